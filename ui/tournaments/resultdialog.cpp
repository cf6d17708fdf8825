#include "tournaments/resultdialog.h"

#include "tournaments/tournamenttext.h"

#include "common/uitr.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dojo::ui {

ResultDialog::ResultDialog(const venue::TournamentView &view, int matchId, Submit submit,
                           QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_matchId(matchId)
    , m_submit(std::move(submit))
    , m_race(venue::raceOf(view, matchId))
{
    setObjectName(QStringLiteral("resultDialog"));
    const venue::BracketMatch &match = m_view.draw.matches.at(size_t(matchId));
    setWindowTitle(Tr::tr("Result of %1").arg(matchNumber(matchId)));

    auto *heading = new QLabel(Tr::tr("%1, match %2 (%3)")
                                   .arg(roundHeading(m_view.draw, match))
                                   .arg(match.number)
                                   .arg(matchNumber(matchId)),
                               this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    const QString nameA = seededName(m_view, match.entrantA);
    const QString nameB = seededName(m_view, match.entrantB);
    auto *race = new QLabel(m_race.racksA == m_race.racksB
                                ? Tr::tr("A race to %1.").arg(m_race.racksA)
                                : Tr::tr("A handicapped race: %1 races to %2, %3 to %4.")
                                      .arg(nameA)
                                      .arg(m_race.racksA)
                                      .arg(nameB)
                                      .arg(m_race.racksB),
                            this);
    race->setObjectName(QStringLiteral("resultRace"));

    m_playerA = new QRadioButton(nameA, this);
    m_playerA->setObjectName(QStringLiteral("resultWinnerA"));
    m_playerB = new QRadioButton(nameB, this);
    m_playerB->setObjectName(QStringLiteral("resultWinnerB"));
    m_winner = new QButtonGroup(this);
    m_winner->addButton(m_playerA, 0);
    m_winner->addButton(m_playerB, 1);
    m_racksA = new QSpinBox(this);
    m_racksA->setObjectName(QStringLiteral("resultRacksA"));
    m_racksA->setRange(0, std::max(m_race.racksA, m_race.racksB));
    m_racksA->setAccessibleName(Tr::tr("Racks of %1").arg(nameA));
    m_racksB = new QSpinBox(this);
    m_racksB->setObjectName(QStringLiteral("resultRacksB"));
    m_racksB->setRange(0, std::max(m_race.racksA, m_race.racksB));
    m_racksB->setAccessibleName(Tr::tr("Racks of %1").arg(nameB));

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(Tr::tr("Winner"), this), 0, 0);
    grid->addWidget(new QLabel(Tr::tr("Racks"), this), 0, 1);
    grid->addWidget(m_playerA, 1, 0);
    grid->addWidget(m_racksA, 1, 1);
    grid->addWidget(m_playerB, 2, 0);
    grid->addWidget(m_racksB, 2, 1);
    grid->setColumnStretch(0, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("resultProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResultDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(race);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // Typed first: the racks; the winner follows from them.
    setTabOrder(m_racksA, m_racksB);
    setTabOrder(m_racksB, m_playerA);
    setTabOrder(m_playerA, m_playerB);
    m_racksA->setFocus();
    m_racksA->selectAll();
    connect(m_racksA, &QSpinBox::valueChanged, this, &ResultDialog::racksChanged);
    connect(m_racksB, &QSpinBox::valueChanged, this, &ResultDialog::racksChanged);
    connect(m_winner, &QButtonGroup::idToggled, this, [this] { showProblem(); });
    showProblem();
}

std::optional<int> ResultDialog::winner() const
{
    const venue::BracketMatch &match = m_view.draw.matches.at(size_t(m_matchId));
    if (m_playerA->isChecked())
        return match.entrantA;
    if (m_playerB->isChecked())
        return match.entrantB;
    return std::nullopt;
}

int ResultDialog::racksA() const
{
    return m_racksA->value();
}

int ResultDialog::racksB() const
{
    return m_racksB->value();
}

void ResultDialog::chooseWinner(int slot)
{
    (slot == 0 ? m_playerA : m_playerB)->setChecked(true);
}

void ResultDialog::setRacks(int racksA, int racksB)
{
    m_racksA->setValue(racksA);
    m_racksB->setValue(racksB);
}

void ResultDialog::racksChanged()
{
    // The first to reach their race has won; the winner can still be clicked.
    const bool aReached = m_racksA->value() >= m_race.racksA;
    const bool bReached = m_racksB->value() >= m_race.racksB;
    if (aReached != bReached)
        chooseWinner(aReached ? 0 : 1);
    showProblem();
}

QString ResultDialog::problem() const
{
    const venue::BracketMatch &match = m_view.draw.matches.at(size_t(m_matchId));
    const std::optional<int> winner = this->winner();
    if (!winner)
        return Tr::tr("Choose the winner: type the racks each player won, or click the winner.");
    const bool aWon = winner == match.entrantA;
    const QString winnerName = m_view.entrantName(*winner);
    const QString loserName = m_view.entrantName(aWon ? *match.entrantB : *match.entrantA);
    const int winnerRacks = aWon ? racksA() : racksB();
    const int loserRacks = aWon ? racksB() : racksA();
    const int winnerRace = aWon ? m_race.racksA : m_race.racksB;
    const int loserRace = aWon ? m_race.racksB : m_race.racksA;
    if (winnerRacks != winnerRace)
        return Tr::tr("%1 won, so %1 has the %2 racks of their race.")
            .arg(winnerName)
            .arg(winnerRace);
    if (loserRacks >= loserRace)
        return Tr::tr("%1 lost, so %1 has fewer than the %2 racks of their race.")
            .arg(loserName)
            .arg(loserRace);
    venue::Bracket trial = m_view.draw; // the draw's own reason, before anything is asked
    if (Result<void> fits = venue::recordResult(trial, m_matchId, *winner, racksA(), racksB());
        !fits)
        return fits.error();
    return {};
}

QString ResultDialog::shownProblem() const
{
    return m_problem->text();
}

void ResultDialog::showProblem()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ResultDialog::accept()
{
    if (const QString problem = this->problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    if (m_submit) {
        if (Result<void> recorded = m_submit(*winner(), racksA(), racksB()); !recorded) {
            m_problem->setText(recorded.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace dojo::ui
