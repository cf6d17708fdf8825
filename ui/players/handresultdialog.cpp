#include "players/handresultdialog.h"

#include "common/uitr.h"
#include "players/playerfinder.h"

#include <rules/game.h>
#include <venue/gamenames.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dojo::ui {

HandResultDialog::HandResultDialog(qint64 venueId, const std::vector<venue::Player> &players,
                                   const std::map<qint64, venue::PlayerRating> &ratings,
                                   const std::optional<venue::HandResult> &correcting,
                                   QWidget *parent)
    : QDialog(parent)
    , m_venueId(venueId)
    , m_correcting(correcting.has_value())
{
    setObjectName(QStringLiteral("handResultDialog"));
    setWindowTitle(m_correcting ? Tr::tr("Correct Result") : Tr::tr("Enter Result"));
    m_day = new QDateEdit(correcting ? correcting->playedOn : QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("resultDay"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(QDate::currentDate().addDays(1)); // the venue's day may be ahead
    m_game = new QComboBox(this);
    m_game->setObjectName(QStringLiteral("resultGame"));
    for (rules::Game game : {rules::Game::EightBall, rules::Game::NineBall, rules::Game::TenBall,
                             rules::Game::StraightPool})
        m_game->addItem(venue::gameName(rules::gameKey(game)), rules::gameKey(game));
    m_game->setCurrentIndex(std::max(
        0,
        m_game->findData(correcting ? correcting->game : rules::gameKey(rules::Game::NineBall))));

    m_playerA = new PlayerFinder(this);
    m_playerA->setObjectName(QStringLiteral("resultPlayerA"));
    m_playerB = new PlayerFinder(this);
    m_playerB->setObjectName(QStringLiteral("resultPlayerB"));
    for (PlayerFinder *finder : {m_playerA, m_playerB}) {
        finder->setCompact(true);
        finder->setPlayers(players, ratings);
        finder->setPlaceholderText(Tr::tr("Find the player"));
    }
    if (correcting) {
        m_playerA->selectPlayer(correcting->playerA);
        m_playerB->selectPlayer(correcting->playerB);
    }
    m_racksA = new QSpinBox(this);
    m_racksA->setObjectName(QStringLiteral("resultRacksA"));
    m_racksB = new QSpinBox(this);
    m_racksB->setObjectName(QStringLiteral("resultRacksB"));
    for (QSpinBox *racks : {m_racksA, m_racksB})
        racks->setRange(0, 999);
    if (correcting) {
        m_racksA->setValue(correcting->racksA);
        m_racksB->setValue(correcting->racksB);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("resultReason"));
    m_reason->setPlaceholderText(Tr::tr("Why the result is corrected"));
    m_reason->setVisible(m_correcting);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("resultProblem"));
    m_problem->setWordWrap(true);

    auto *sides = new QGridLayout;
    auto *labelA = new QLabel(Tr::tr("Player &A:"), this);
    labelA->setBuddy(m_playerA->searchBox());
    auto *labelB = new QLabel(Tr::tr("Player &B:"), this);
    labelB->setBuddy(m_playerB->searchBox());
    auto *racksLabelA = new QLabel(Tr::tr("Racks won by A:"), this);
    racksLabelA->setBuddy(m_racksA);
    auto *racksLabelB = new QLabel(Tr::tr("Racks won by B:"), this);
    racksLabelB->setBuddy(m_racksB);
    sides->addWidget(labelA, 0, 0);
    sides->addWidget(labelB, 0, 1);
    sides->addWidget(m_playerA, 1, 0);
    sides->addWidget(m_playerB, 1, 1);
    auto *racksA = new QFormLayout;
    racksA->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    racksA->addRow(racksLabelA, m_racksA);
    auto *racksB = new QFormLayout;
    racksB->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    racksB->addRow(racksLabelB, m_racksB);
    sides->addLayout(racksA, 2, 0);
    sides->addLayout(racksB, 2, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_correcting ? Tr::tr("&Correct") : Tr::tr("E&nter"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    top->addRow(Tr::tr("&Day:"), m_day);
    top->addRow(Tr::tr("&Game:"), m_game);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sides);
    if (m_correcting) {
        auto *why = new QFormLayout;
        why->addRow(Tr::tr("&Why:"), m_reason);
        layout->addLayout(why);
    }
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_playerA, &PlayerFinder::currentPlayerChanged, this, &HandResultDialog::check);
    connect(m_playerB, &PlayerFinder::currentPlayerChanged, this, &HandResultDialog::check);
    connect(m_racksA, &QSpinBox::valueChanged, this, &HandResultDialog::check);
    connect(m_racksB, &QSpinBox::valueChanged, this, &HandResultDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &HandResultDialog::check);
    // Enter on a found player goes on to what is asked next.
    connect(m_playerA, &PlayerFinder::playerActivated, this,
            [this] { m_playerB->searchBox()->setFocus(); });
    connect(m_playerB, &PlayerFinder::playerActivated, this, [this] { m_racksA->setFocus(); });
    check();
    resize(680, sizeHint().height());
    m_playerA->searchBox()->setFocus();
}

venue::HandResult HandResultDialog::result() const
{
    venue::HandResult result;
    result.venueId = m_venueId;
    result.playedOn = m_day->date();
    result.game = m_game->currentData().toString();
    result.playerA = m_playerA->currentPlayerId();
    result.playerB = m_playerB->currentPlayerId();
    result.racksA = m_racksA->value();
    result.racksB = m_racksB->value();
    return result;
}

QString HandResultDialog::reason() const
{
    return m_reason->text().trimmed();
}

void HandResultDialog::check()
{
    const venue::HandResult entered = result();
    QString problem;
    if (entered.playerA == 0 || entered.playerB == 0)
        problem = Tr::tr("Find both players.");
    else if (entered.playerA == entered.playerB)
        problem = Tr::tr("A result is between two different players.");
    else if (entered.racksA + entered.racksB == 0)
        problem = Tr::tr("Enter the racks each player won.");
    else if (m_correcting && reason().isEmpty())
        problem = Tr::tr("Say why the result is corrected.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace dojo::ui
