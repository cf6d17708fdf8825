#include "club/challengedialog.h"

#include "club/clubtext.h"
#include "common/uitr.h"

#include <venue/gamenames.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace dojo::ui {

ChallengeDialog::ChallengeDialog(PlayerPicker::Players players, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("challengeDialog"));
    setWindowTitle(Tr::tr("New Challenge"));

    m_challenger = new PlayerPicker(players, this);
    m_challenger->setObjectName(QStringLiteral("challenger"));
    m_challenged = new PlayerPicker(players, this);
    m_challenged->setObjectName(QStringLiteral("challenged"));
    m_game = new QComboBox(this);
    m_game->setObjectName(QStringLiteral("challengeGame"));
    for (const QString &game : clubGames())
        m_game->addItem(venue::gameName(game), game);
    m_raceTo = new QSpinBox(this);
    m_raceTo->setObjectName(QStringLiteral("challengeRace"));
    m_raceTo->setRange(1, 99);
    m_raceTo->setValue(venue::NewChallenge{}.raceTo);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("challengeNote"));
    m_note->setPlaceholderText(Tr::tr("For the record: stakes, a date agreed"));

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("C&hallenger:"), m_challenger);
    form->addRow(Tr::tr("Challen&ged:"), m_challenged);
    form->addRow(Tr::tr("&Game:"), m_game);
    form->addRow(Tr::tr("&Race to:"), m_raceTo);
    form->addRow(Tr::tr("&Note:"), m_note);

    m_form = layOutCheckedForm(this, form, QStringLiteral("challengeProblem"), Tr::tr("&Issue"));

    connect(m_challenger, &PlayerPicker::playerChanged, this, &ChallengeDialog::check);
    connect(m_challenged, &PlayerPicker::playerChanged, this, &ChallengeDialog::check);
    m_challenger->setFocus();
    check();
}

venue::NewChallenge ChallengeDialog::challenge() const
{
    venue::NewChallenge challenge;
    challenge.challengerId = m_challenger->playerId();
    challenge.challengedId = m_challenged->playerId();
    challenge.game = m_game->currentData().toString();
    challenge.raceTo = m_raceTo->value();
    challenge.note = m_note->text().trimmed();
    return challenge;
}

QString ChallengeDialog::challengerName() const
{
    return m_challenger->playerName();
}

QString ChallengeDialog::challengedName() const
{
    return m_challenged->playerName();
}

std::optional<QString> ChallengeDialog::problem() const
{
    const venue::NewChallenge asked = challenge();
    if (asked.challengerId == 0)
        return Tr::tr("Type the name of the player who challenges.");
    if (asked.challengedId == 0)
        return Tr::tr("Type the name of the player challenged.");
    if (asked.challengerId == asked.challengedId)
        return Tr::tr("A player cannot challenge themselves.");
    return std::nullopt;
}

void ChallengeDialog::check()
{
    m_form.show(problem());
}

} // namespace dojo::ui
