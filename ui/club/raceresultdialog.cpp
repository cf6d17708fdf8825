#include "club/raceresultdialog.h"

#include "common/uitr.h"

#include <venue/gamenames.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("resultProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    auto *stays = new QLabel(Tr::tr("A result entered stays: only a referee or a manager can void "
                                    "it. The players' ratings count it at their next refresh."),
                             this);
    stays->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(race);
    form->addRow(Tr::tr("Racks won by %1:").arg(challenge.challenger), m_challenger);
    form->addRow(Tr::tr("Racks won by %1:").arg(challenge.challenged), m_challenged);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Enter Result"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(stays);
    layout->addWidget(m_buttons);

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
    const std::optional<QString> why = problem();
    m_problem->setText(why.value_or(QString()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!why);
}

} // namespace dojo::ui
