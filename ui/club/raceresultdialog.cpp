#include "club/raceresultdialog.h"

#include "common/uitr.h"

#include <venue/gamenames.h>

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace dojo::ui {

RaceResultDialog::RaceResultDialog(const venue::Challenge &challenge, QWidget *parent)
    : QDialog(parent)
    , m_challenge(challenge)
{
    setObjectName(QStringLiteral("raceResultDialog"));
    setWindowTitle(Tr::tr("Enter the Result"));

    auto *race = new QLabel(
        Tr::tr("%1 v %2, %3, race to %4.")
            .arg(challenge.challenger, challenge.challenged, venue::gameName(challenge.game))
            .arg(challenge.raceTo),
        this);
    m_challenger = new QSpinBox(this);
    m_challenger->setObjectName(QStringLiteral("challengerRacks"));
    m_challenged = new QSpinBox(this);
    m_challenged->setObjectName(QStringLiteral("challengedRacks"));
    for (QSpinBox *racks : {m_challenger, m_challenged})
        racks->setRange(0, challenge.raceTo);

    auto *stays = new QLabel(Tr::tr("A result entered stays: only a referee or a manager can void "
                                    "it. The players' ratings count it at their next refresh."),
                             this);
    stays->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(race);
    form->addRow(Tr::tr("Racks won by %1:").arg(challenge.challenger), m_challenger);
    form->addRow(Tr::tr("Racks won by %1:").arg(challenge.challenged), m_challenged);

    m_form = layOutCheckedForm(this, form, QStringLiteral("resultProblem"), Tr::tr("&Enter Result"),
                               {stays});

    connect(m_challenger, &QSpinBox::valueChanged, this, &RaceResultDialog::check);
    connect(m_challenged, &QSpinBox::valueChanged, this, &RaceResultDialog::check);
    m_challenger->setFocus();
    check();
}

int RaceResultDialog::challengerRacks() const
{
    return m_challenger->value();
}

int RaceResultDialog::challengedRacks() const
{
    return m_challenged->value();
}

std::optional<QString> RaceResultDialog::problem() const
{
    if (Result<void> race
        = venue::checkRaceResult(m_challenge, challengerRacks(), challengedRacks());
        !race)
        return race.error();
    return std::nullopt;
}

void RaceResultDialog::check()
{
    m_form.show(problem());
}

} // namespace dojo::ui
