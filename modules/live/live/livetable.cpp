#include "live/livetable.h"

#include "live/internal/livetr.h"

#include <venue/scoreboard.h>
#include <venue/tablereferee.h>

#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

namespace dojo::live {

using internal::Tr;

namespace {

constexpr int kStateIntervalMs = 33; // 30 Hz
constexpr double kMovedMm = 0.5;     // closer than this, a ball has not moved
constexpr std::size_t kChatKept = 20;

double oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonValue seatJson(std::optional<rules::Seat> seat)
{
    return seat ? QJsonValue(*seat) : QJsonValue(QJsonValue::Null);
}

QJsonObject boardJson(const venue::Scoreboard &board)
{
    QJsonArray options;
    for (const rules::Choice choice : rules::kAllChoices)
        if (board.options.contains(choice))
            options.append(rules::choiceKey(choice));
    QJsonValue groups(QJsonValue::Null);
    if (board.groupOfFirstSeat) {
        groups = QJsonArray{rules::groupKey(*board.groupOfFirstSeat),
                            rules::groupKey(rules::otherGroup(*board.groupOfFirstSeat))};
    }
    return QJsonObject{
        {QStringLiteral("game"), rules::gameKey(board.game)},
        {QStringLiteral("players"), QJsonArray{board.players[0], board.players[1]}},
        {QStringLiteral("race"), board.raceTo},
        {QStringLiteral("score"), QJsonArray{board.score[0], board.score[1]}},
        {QStringLiteral("turn"), seatJson(board.turn)},
        {QStringLiteral("ball_in_hand"), rules::ballInHandKey(board.ballInHand)},
        {QStringLiteral("fouls_in_a_row"), QJsonArray{board.foulsInARow[0], board.foulsInARow[1]}},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("options"), options},
        {QStringLiteral("push_out_allowed"), board.pushOutAllowed},
        {QStringLiteral("shots"), board.shots},
        {QStringLiteral("last_ruling"), board.lastRuling},
        {QStringLiteral("waiting_for_referee"), board.waitingForReferee},
        {QStringLiteral("winner"), seatJson(board.winner)},
    };
}

} // namespace

LiveTable::LiveTable(LiveTableInfo info, qint64 firstSeq, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_channel(firstSeq)
    , m_lastMatch(QJsonValue::Null)
{
    m_stateTimer.setInterval(kStateIntervalMs);
    m_stateTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_stateTimer, &QTimer::timeout, this, &LiveTable::stateTick);
}

void LiveTable::follow(venue::TableScoreboard *scoreboard, venue::TableReferee *referee)
{
    for (const QMetaObject::Connection &connection : m_followed)
        disconnect(connection);
    m_followed.clear();
    m_scoreboard = scoreboard;
    m_referee = referee;
    if (scoreboard) {
        m_followed.push_back(connect(scoreboard, &venue::TableScoreboard::changed, this,
                                     &LiveTable::scoreboardChanged));
    }
    if (referee) {
        m_followed.push_back(connect(referee, &venue::TableReferee::shotSettled, this,
                                     [this](int number) { publishRuling(number, false); }));
        m_followed.push_back(connect(referee, &venue::TableReferee::reviewNeeded, this,
                                     [this](int number) { publishRuling(number, true); }));
    }
    scoreboardChanged();
}

void LiveTable::publishRuling(int number, bool waiting)
{
    const venue::RefereedShot *shot = m_referee ? m_referee->shot(number) : nullptr;
    if (!shot)
        return;
    // A shot held for review is told by why it waits; a settled one by its ruling.
    publish({{QStringLiteral("type"), QStringLiteral("ruling")},
             {QStringLiteral("shot"), number},
             {QStringLiteral("sentence"), waiting ? shot->tracked.reason : shot->sentence},
             {QStringLiteral("waiting"), waiting}});
}

QJsonValue LiveTable::matchJson() const
{
    if (!m_scoreboard || !m_scoreboard->current().hasMatch)
        return QJsonValue(QJsonValue::Null);
    return boardJson(m_scoreboard->current());
}

void LiveTable::scoreboardChanged()
{
    const QJsonValue match = matchJson();
    std::array<QString, 2> names;
    if (m_scoreboard && m_scoreboard->current().hasMatch)
        names = m_scoreboard->current().players;
    if (names != m_seatNames) { // another match: its seats are free
        m_seatNames = names;
        m_seated = {};
        publishSeats();
    }
    if (match == m_lastMatch)
        return;
    m_lastMatch = match;
    publish({{QStringLiteral("type"), QStringLiteral("match")}, {QStringLiteral("match"), match}});
}

void LiveTable::publish(QJsonObject message, bool isState)
{
    Q_EMIT published(m_channel.publish(std::move(message), isState));
}

QJsonArray LiveTable::seatsJson() const
{
    QJsonArray seats;
    if (m_seatNames[0].isEmpty())
        return seats;
    for (size_t seat = 0; seat < 2; ++seat) {
        seats.append(QJsonObject{{QStringLiteral("name"), m_seatNames[seat]},
                                 {QStringLiteral("taken"), m_seated[seat].has_value()}});
    }
    return seats;
}

void LiveTable::publishSeats()
{
    publish({{QStringLiteral("type"), QStringLiteral("seats")},
             {QStringLiteral("seats"), seatsJson()}});
}

QJsonArray LiveTable::ballsJson() const
{
    QJsonArray balls;
    for (const Ball &ball : m_sent) {
        balls.append(QJsonObject{{QStringLiteral("n"), ball.n},
                                 {QStringLiteral("x"), oneDecimal(ball.x)},
                                 {QStringLiteral("y"), oneDecimal(ball.y)},
                                 {QStringLiteral("vx"), oneDecimal(ball.vx)},
                                 {QStringLiteral("vy"), oneDecimal(ball.vy)}});
    }
    return balls;
}

void LiveTable::showBalls(const std::vector<BallPosition> &balls)
{
    m_seen.clear();
    for (const BallPosition &ball : balls)
        if (ball.ball >= 0 && ball.ball <= 15)
            m_seen.push_back(ball);
    if (!m_stateTimer.isActive())
        stateTick(); // at rest, the first movement goes out at once
}

void LiveTable::stateTick()
{
    // The balls as last sent, by number, to measure how far each went.
    std::array<const Ball *, 16> before{};
    for (const Ball &ball : m_sent)
        before[size_t(ball.n)] = &ball;
    bool moved = m_seen.size() != m_sent.size();
    for (const BallPosition &ball : m_seen) {
        const Ball *was = before[size_t(ball.ball)];
        if (!was || std::hypot(ball.position.x - was->x, ball.position.y - was->y) > kMovedMm)
            moved = true;
    }
    if (!moved) {
        if (m_moving) {
            for (Ball &ball : m_sent)
                ball.vx = ball.vy = 0;
            publishState(false);
        }
        m_stateTimer.stop();
        return;
    }
    const double seconds
        = m_sinceSent.isValid() ? std::max(0.001, m_sinceSent.elapsed() / 1000.0) : 0.0;
    std::vector<Ball> now;
    now.reserve(m_seen.size());
    for (const BallPosition &ball : m_seen) {
        Ball next{ball.ball, ball.position.x, ball.position.y, 0, 0};
        if (const Ball *was = before[size_t(ball.ball)]; was && seconds > 0) {
            next.vx = (next.x - was->x) / seconds;
            next.vy = (next.y - was->y) / seconds;
        }
        now.push_back(next);
    }
    m_sent = std::move(now);
    publishState(true);
    if (!m_stateTimer.isActive())
        m_stateTimer.start();
}

void LiveTable::publishState(bool moving)
{
    m_moving = moving;
    m_sinceSent.start();
    publish({{QStringLiteral("type"), QStringLiteral("state")},
             {QStringLiteral("t"), QDateTime::currentMSecsSinceEpoch()},
             {QStringLiteral("balls"), ballsJson()},
             {QStringLiteral("moving"), moving}},
            true);
}

QString LiveTable::snapshot(bool player, std::optional<rules::Seat> seat) const
{
    const TableSpec &spec = tableSpec(m_info.size);
    QJsonArray chat;
    for (const QJsonObject &line : m_chat)
        chat.append(line);
    const QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("snapshot")},
        {QStringLiteral("seq"), m_channel.lastSeq()},
        {QStringLiteral("protocol"), kProtocolVersion},
        {QStringLiteral("table"), QJsonObject{{QStringLiteral("name"), m_info.name},
                                              {QStringLiteral("size"), tableSizeKey(m_info.size)},
                                              {QStringLiteral("length_mm"), spec.length},
                                              {QStringLiteral("width_mm"), spec.width}}},
        {QStringLiteral("role"), player ? QStringLiteral("player") : QStringLiteral("spectator")},
        {QStringLiteral("seat"), seatJson(seat)},
        {QStringLiteral("balls"), ballsJson()},
        {QStringLiteral("moving"), m_moving},
        {QStringLiteral("match"), matchJson()},
        {QStringLiteral("seats"), seatsJson()},
        {QStringLiteral("chat"), chat},
    };
    return messageText(message);
}

Result<void> LiveTable::sit(quint64 connection, rules::Seat seat)
{
    if (m_seatNames[0].isEmpty())
        return Unexpected(Tr::tr("No match is being played at this table: set one up first."));
    const auto index = size_t(seat == 1);
    if (m_seated[index] && *m_seated[index] != connection)
        return Unexpected(Tr::tr("%1's seat is taken on another phone.").arg(m_seatNames[index]));
    for (auto &held : m_seated) // one seat a phone
        if (held == connection)
            held.reset();
    m_seated[index] = connection;
    publishSeats();
    return {};
}

void LiveTable::leave(quint64 connection)
{
    bool left = false;
    for (auto &held : m_seated) {
        if (held == connection) {
            held.reset();
            left = true;
        }
    }
    if (left)
        publishSeats();
}

std::optional<rules::Seat> LiveTable::seatOf(quint64 connection) const
{
    for (size_t seat = 0; seat < 2; ++seat)
        if (m_seated[seat] == connection)
            return rules::Seat(seat);
    return std::nullopt;
}

Result<void> LiveTable::request(quint64 connection, const venue::PlayerRequest &request)
{
    const std::optional<rules::Seat> seat = seatOf(connection);
    if (!seat)
        return Unexpected(Tr::tr("Sit down first: choose which player you are."));
    if (!m_referee)
        return Unexpected(Tr::tr("This table has no automatic referee running."));
    const QString name = m_seatNames[size_t(*seat)];
    if (Result<void> taken
        = m_referee->request(*seat, request, QStringLiteral("player:%1").arg(name));
        !taken)
        return taken;
    if (request.kind != venue::PlayerRequest::Kind::Choose) { // a choice shows in the match
        QJsonObject announced{{QStringLiteral("type"), QStringLiteral("announced")},
                              {QStringLiteral("seat"), *seat},
                              {QStringLiteral("request"), messageType(ClientMessage(request))},
                              {QStringLiteral("sentence"), venue::requestSentence(request, name)}};
        if (request.kind == venue::PlayerRequest::Kind::Call) {
            announced.insert(QStringLiteral("ball"), request.call.ball);
            announced.insert(QStringLiteral("pocket"), pocketKey(request.call.pocket));
        }
        publish(announced);
    }
    return {};
}

Result<void> LiveTable::setup(quint64 connection, const SetupMessage &setup)
{
    if (m_scoreboard && m_scoreboard->current().hasMatch && !m_scoreboard->current().winner) {
        const venue::Scoreboard &board = m_scoreboard->current();
        return Unexpected(Tr::tr("%1 already has a match: %2 against %3.")
                              .arg(m_info.name, board.players[0], board.players[1]));
    }
    if (!m_startMatch || !m_referee)
        return Unexpected(Tr::tr("This table has no automatic referee running."));
    rules::MatchSetup match;
    match.game = setup.game;
    match.raceTo = setup.race;
    if (Result<void> started = m_startMatch(match, setup.players); !started)
        return started;
    if (setup.seat)
        return sit(connection, *setup.seat);
    return {};
}

Result<void> LiveTable::chat(quint64 connection, const QString &text)
{
    const std::optional<rules::Seat> seat = seatOf(connection);
    const QString from = seat ? m_seatNames[size_t(*seat)] : Tr::tr("A player");
    const QJsonObject line{{QStringLiteral("type"), QStringLiteral("chat")},
                           {QStringLiteral("from"), from},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()}};
    m_chat.push_back(line);
    if (m_chat.size() > kChatKept)
        m_chat.erase(m_chat.begin());
    publish(line);
    return {};
}

} // namespace dojo::live
