#include "tablescreen/scoreboardpanel.h"

#include "common/uitr.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dojo::ui {
namespace {

const QString kAtTableStyle = QStringLiteral(
    "QFrame#%1 { background: #1565c0; border-radius: 8px; } QLabel { color: white; }");
const QString kWaitingStyle
    = QStringLiteral("QFrame#%1 { background: palette(alternate-base); border-radius: 8px; }");

QString gameName(rules::Game game)
{
    switch (game) {
    case rules::Game::EightBall: return Tr::tr("8-ball");
    case rules::Game::NineBall: return Tr::tr("9-ball");
    case rules::Game::TenBall: return Tr::tr("10-ball");
    case rules::Game::StraightPool: return Tr::tr("14.1 continuous");
    }
    return {};
}

QLabel *captionLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.95);
    label->setFont(small);
    return label;
}

} // namespace

ScoreboardPanel::ScoreboardPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreboardPanel"));
    setAccessibleName(Tr::tr("Scoreboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_noMatch = new QLabel(Tr::tr("No match at this table."), this);
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setWordWrap(true);
    layout->addWidget(m_noMatch);

    m_match = new QWidget(this);
    auto *match = new QVBoxLayout(m_match);
    match->setContentsMargins(0, 0, 0, 0);
    match->setSpacing(6);
    auto *headingLine = new QHBoxLayout;
    m_heading = new QLabel(m_match);
    m_heading->setObjectName(QStringLiteral("matchLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_shots = captionLabel(QStringLiteral("shotsLabel"), m_match);
    m_shots->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_shots->setForegroundRole(QPalette::PlaceholderText);
    headingLine->addWidget(m_heading, 1);
    headingLine->addWidget(m_shots);
    match->addLayout(headingLine);

    for (rules::Seat seat : {0, 1}) {
        m_rows[size_t(seat)] = makeRow(seat);
        match->addWidget(m_rows[size_t(seat)].frame);
    }

    m_openTable = new QLabel(Tr::tr("Open table: no groups are chosen yet."), m_match);
    m_openTable->setObjectName(QStringLiteral("openTableLabel"));
    m_openTable->setWordWrap(true);
    match->addWidget(m_openTable);

    m_ballInHand = new QLabel(m_match);
    m_ballInHand->setObjectName(QStringLiteral("ballInHandLabel"));
    m_ballInHand->setWordWrap(true);
    m_ballInHand->setStyleSheet(QStringLiteral(
        "QLabel { background: #c77c02; color: white; border-radius: 6px; padding: 4px 8px; "
        "font-weight: bold; }"));
    match->addWidget(m_ballInHand);

    m_lastRulingCaption = captionLabel(QStringLiteral("lastRulingCaption"), m_match);
    m_lastRulingCaption->setText(Tr::tr("Last ruling"));
    m_lastRulingCaption->setForegroundRole(QPalette::PlaceholderText);
    match->addWidget(m_lastRulingCaption);
    m_lastRuling = new QLabel(m_match);
    m_lastRuling->setObjectName(QStringLiteral("lastRulingLabel"));
    m_lastRuling->setWordWrap(true);
    m_lastRuling->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastRuling->setAccessibleName(Tr::tr("Last ruling"));
    match->addWidget(m_lastRuling);
    m_waiting = new QLabel(m_match);
    m_waiting->setObjectName(QStringLiteral("waitingLabel"));
    m_waiting->setWordWrap(true);
    m_waiting->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #8a4b00; border: 1px solid #f0a040; "
                       "border-radius: 4px; padding: 4px 6px; }"));
    m_waiting->hide();
    match->addWidget(m_waiting);
    layout->addWidget(m_match);

    showScoreboard({});
}

ScoreboardPanel::PlayerRow ScoreboardPanel::makeRow(rules::Seat seat)
{
    PlayerRow row;
    row.frame = new QFrame(m_match);
    row.frame->setObjectName(QStringLiteral("playerRow%1").arg(seat));
    auto *grid = new QGridLayout(row.frame);
    grid->setContentsMargins(10, 6, 12, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(0);

    row.name = new QLabel(row.frame);
    row.name->setObjectName(QStringLiteral("playerName%1").arg(seat));
    QFont nameFont = row.name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    row.name->setFont(nameFont);

    row.score = new QLabel(row.frame);
    row.score->setObjectName(QStringLiteral("playerScore%1").arg(seat));
    QFont scoreFont = row.score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 2.4);
    scoreFont.setBold(true);
    row.score->setFont(scoreFont);
    row.score->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.score->setMinimumWidth(48);

    auto *captions = new QHBoxLayout;
    captions->setSpacing(12);
    row.turn = captionLabel(QStringLiteral("playerTurn%1").arg(seat), row.frame);
    row.turn->setText(Tr::tr("At the table"));
    row.group = captionLabel(QStringLiteral("playerGroup%1").arg(seat), row.frame);
    row.fouls = captionLabel(QStringLiteral("playerFouls%1").arg(seat), row.frame);
    captions->addWidget(row.turn);
    captions->addWidget(row.group);
    captions->addWidget(row.fouls);
    captions->addStretch(1);

    grid->addWidget(row.name, 0, 0);
    grid->addLayout(captions, 1, 0);
    grid->addWidget(row.score, 0, 1, 2, 1);
    grid->setColumnStretch(0, 1);
    return row;
}

void ScoreboardPanel::setScoreboard(venue::TableScoreboard *scoreboard)
{
    if (m_scoreboard == scoreboard)
        return;
    if (m_scoreboard)
        disconnect(m_scoreboard, nullptr, this, nullptr);
    m_scoreboard = scoreboard;
    if (!scoreboard) {
        showScoreboard({});
        return;
    }
    connect(scoreboard, &venue::TableScoreboard::changed, this,
            [this] { showScoreboard(m_scoreboard->current()); });
    showScoreboard(scoreboard->current());
}

void ScoreboardPanel::showScoreboard(const venue::Scoreboard &scoreboard)
{
    m_shown = scoreboard;
    m_noMatch->setVisible(!scoreboard.hasMatch);
    m_match->setVisible(scoreboard.hasMatch);
    if (!scoreboard.hasMatch)
        return;

    const QLocale locale;
    const QString game = gameName(scoreboard.game);
    if (scoreboard.raceTo <= 0)
        m_heading->setText(game);
    else if (scoreboard.game == rules::Game::StraightPool)
        m_heading->setText(
            Tr::tr("%1, to %2 points").arg(game, locale.toString(scoreboard.raceTo)));
    else
        m_heading->setText(Tr::tr("%1, race to %2").arg(game, locale.toString(scoreboard.raceTo)));
    m_shots->setText(Tr::tr("Shots: %1").arg(locale.toString(scoreboard.shots)));

    showRow(0);
    showRow(1);
    m_openTable->setVisible(scoreboard.game == rules::Game::EightBall
                            && !scoreboard.groupOfFirstSeat);

    const QString shooter
        = scoreboard.turn ? scoreboard.players[size_t(*scoreboard.turn)] : QString();
    switch (scoreboard.ballInHand) {
    case rules::BallInHand::None: m_ballInHand->clear(); break;
    case rules::BallInHand::Anywhere:
        m_ballInHand->setText(Tr::tr("%1 has ball in hand.").arg(shooter));
        break;
    case rules::BallInHand::BehindHeadString:
        m_ballInHand->setText(Tr::tr("%1 has ball in hand behind the head string.").arg(shooter));
        break;
    }
    m_ballInHand->setVisible(scoreboard.ballInHand != rules::BallInHand::None && scoreboard.turn);

    m_lastRuling->setText(scoreboard.lastRuling.isEmpty() ? Tr::tr("No shot has been played yet.")
                                                          : scoreboard.lastRuling);
    m_waiting->setText(scoreboard.waitingForReferee);
    m_waiting->setVisible(!scoreboard.waitingForReferee.isEmpty());
}

void ScoreboardPanel::showRow(rules::Seat seat)
{
    const PlayerRow &row = m_rows[size_t(seat)];
    const QLocale locale;
    const QString &name = m_shown.players[size_t(seat)];
    const int score = m_shown.score[size_t(seat)];
    const bool atTable = m_shown.turn == seat;
    row.name->setText(name);
    row.score->setText(locale.toString(score));
    row.turn->setVisible(atTable);
    row.frame->setStyleSheet(
        (atTable ? kAtTableStyle : kWaitingStyle).arg(row.frame->objectName()));
    row.frame->setAccessibleName(
        atTable ? Tr::tr("%1, at the table, %2").arg(name, locale.toString(score))
                : Tr::tr("%1, %2").arg(name, locale.toString(score)));

    const std::optional<rules::Group> group = rules::groupOfSeat(m_shown.groupOfFirstSeat, seat);
    row.group->setVisible(m_shown.game == rules::Game::EightBall && group.has_value());
    if (group)
        row.group->setText(*group == rules::Group::Solids ? Tr::tr("Solids") : Tr::tr("Stripes"));

    const int fouls = m_shown.foulsInARow[size_t(seat)];
    row.fouls->setVisible(fouls > 0);
    row.fouls->setText(Tr::tr("Fouls in a row: %1").arg(locale.toString(fouls)));
}

} // namespace dojo::ui
