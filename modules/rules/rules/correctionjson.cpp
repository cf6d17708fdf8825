#include "rules/correctionjson.h"

#include <core/jsonnumber.h>

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace dojo::rules {
namespace {

const QStringList kCorrectionKeys = {
    QStringLiteral("game"),    QStringLiteral("on_table"),       QStringLiteral("turn"),
    QStringLiteral("breaker"), QStringLiteral("break_due"),      QStringLiteral("ball_in_hand"),
    QStringLiteral("pending"), QStringLiteral("options"),        QStringLiteral("push_out_allowed"),
    QStringLiteral("groups"),  QStringLiteral("fouls_in_a_row"), QStringLiteral("rack_over"),
    QStringLiteral("winner"),  QStringLiteral("next_breaker"),   QStringLiteral("score")};

constexpr std::array<Pending, 7> kAllPendings = {
    Pending::None,         Pending::PushOut,          Pending::MissedCall,   Pending::IllegalBreak,
    Pending::EightOnBreak, Pending::ObjectOffOnBreak, Pending::OpeningBreach};

QString pendingKey(Pending pending)
{
    switch (pending) {
    case Pending::None: return QStringLiteral("none");
    case Pending::PushOut: return QStringLiteral("push-out");
    case Pending::MissedCall: return QStringLiteral("missed-call");
    case Pending::IllegalBreak: return QStringLiteral("illegal-break");
    case Pending::EightOnBreak: return QStringLiteral("eight-on-break");
    case Pending::ObjectOffOnBreak: return QStringLiteral("object-off-on-break");
    case Pending::OpeningBreach: return QStringLiteral("opening-breach");
    }
    return {};
}

QJsonValue nameOrNull(const std::optional<Seat> &seat, const std::array<QString, 2> &players)
{
    return seat ? QJsonValue(players[size_t(*seat)]) : QJsonValue(QJsonValue::Null);
}

QJsonObject perPlayer(const std::array<int, 2> &values, const std::array<QString, 2> &players)
{
    return QJsonObject{{players[0], values[0]}, {players[1], values[1]}};
}

// Reading stops at the first problem; `error` then holds "field: what is wrong".
class CorrectionReader
{
public:
    explicit CorrectionReader(const std::array<QString, 2> &players)
        : m_players(players)
    {
    }

    std::optional<Correction> read(const QJsonValue &value);
    QString error() const { return m_error; }

private:
    bool fail(const QString &field, const QString &what)
    {
        m_error = field + QStringLiteral(": ") + what;
        return false;
    }
    bool has(const QString &key);
    bool readBool(const QString &key, bool &out);
    bool readInteger(const QJsonValue &value, const QString &field, int &out);
    bool readSeat(const QString &key, Seat &out);
    bool readOptionalSeat(const QString &key, std::optional<Seat> &out);
    bool readPerPlayer(const QString &key, std::array<int, 2> &out);
    bool readGame(RackState &rack);
    bool readOnTable(RackState &rack);
    bool readBallInHand(RackState &rack);
    bool readPending(RackState &rack);
    bool readGroups(RackState &rack);
    bool readRackEnd(RackState &rack);
    bool checkScore(const Correction &correction);

    const std::array<QString, 2> &m_players;
    QJsonObject m_object;
    QString m_error;
};

bool CorrectionReader::has(const QString &key)
{
    return m_object.contains(key) || fail(key, QStringLiteral("missing"));
}

bool CorrectionReader::readBool(const QString &key, bool &out)
{
    if (!has(key))
        return false;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool())
        return fail(key, QStringLiteral("expected true or false"));
    out = value.toBool();
    return true;
}

bool CorrectionReader::readInteger(const QJsonValue &value, const QString &field, int &out)
{
    if (!value.isDouble())
        return fail(field, QStringLiteral("expected a whole number"));
    const std::optional<int> number = wholeNumber(value);
    if (!number)
        return fail(field, QStringLiteral("expected a whole number, got %1").arg(value.toDouble()));
    out = *number;
    return true;
}

bool CorrectionReader::readSeat(const QString &key, Seat &out)
{
    std::optional<Seat> seat;
    if (!readOptionalSeat(key, seat))
        return false;
    if (!seat)
        return fail(key, QStringLiteral("expected a player's name, got null"));
    out = *seat;
    return true;
}

bool CorrectionReader::readOptionalSeat(const QString &key, std::optional<Seat> &out)
{
    if (!has(key))
        return false;
    const QJsonValue value = m_object.value(key);
    if (value.isNull()) {
        out.reset();
        return true;
    }
    for (Seat seat : {0, 1}) {
        if (value.isString() && value.toString() == m_players[size_t(seat)]) {
            out = seat;
            return true;
        }
    }
    return fail(key, QStringLiteral("expected \"%1\" or \"%2\"").arg(m_players[0], m_players[1]));
}

bool CorrectionReader::readPerPlayer(const QString &key, std::array<int, 2> &out)
{
    if (!has(key))
        return false;
    const QJsonValue value = m_object.value(key);
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 2)
        return fail(
            key, QStringLiteral("expected {\"%1\": N, \"%2\": N}").arg(m_players[0], m_players[1]));
    for (Seat seat : {0, 1}) {
        const QString &name = m_players[size_t(seat)];
        if (!object.contains(name))
            return fail(key + u'.' + name, QStringLiteral("missing"));
        if (!readInteger(object.value(name), key + u'.' + name, out[size_t(seat)]))
            return false;
    }
    return true;
}

bool CorrectionReader::readGame(RackState &rack)
{
    if (!has(QStringLiteral("game")))
        return false;
    const std::optional<Game> game = gameFromKey(m_object.value(QLatin1String("game")).toString());
    if (!game)
        return fail(QStringLiteral("game"),
                    QStringLiteral("expected eight-ball, nine-ball, ten-ball or straight-pool"));
    rack.game = *game;
    return true;
}

bool CorrectionReader::readOnTable(RackState &rack)
{
    const QString key = QStringLiteral("on_table");
    if (!has(key))
        return false;
    if (!m_object.value(key).isArray())
        return fail(key, QStringLiteral("expected a list of ball numbers"));
    const QJsonArray balls = m_object.value(key).toArray();
    const BallSet rackBalls = fullRack(rack.game);
    rack.onTable = {};
    for (qsizetype i = 0; i < balls.size(); ++i) {
        const QString field = key + QStringLiteral("[%1]").arg(i);
        int ball = 0;
        if (!readInteger(balls.at(i), field, ball))
            return false;
        if (ball < 0 || ball > 15 || !rackBalls.contains(ball))
            return fail(field, QStringLiteral("ball %1 is not in a %2 rack")
                                   .arg(QString::number(ball), gameKey(rack.game)));
        if (rack.onTable.contains(ball))
            return fail(field, QStringLiteral("ball %1 is listed twice").arg(ball));
        rack.onTable.insert(ball);
    }
    return true;
}

bool CorrectionReader::readBallInHand(RackState &rack)
{
    const QString key = QStringLiteral("ball_in_hand");
    if (!has(key))
        return false;
    const QString text = m_object.value(key).toString();
    for (BallInHand ballInHand :
         {BallInHand::None, BallInHand::Anywhere, BallInHand::BehindHeadString}) {
        if (ballInHandKey(ballInHand) == text) {
            rack.ballInHand = ballInHand;
            return true;
        }
    }
    return fail(key, QStringLiteral("expected none, anywhere or behind-head-string"));
}

bool CorrectionReader::readPending(RackState &rack)
{
    const QString key = QStringLiteral("pending");
    if (!has(key))
        return false;
    const QString text = m_object.value(key).toString();
    const auto pending = std::find_if(kAllPendings.begin(), kAllPendings.end(),
                                      [&](Pending p) { return pendingKey(p) == text; });
    if (pending == kAllPendings.end())
        return fail(key, QStringLiteral("unknown \"%1\"").arg(text));
    rack.pending = *pending;

    const QString optionsKey = QStringLiteral("options");
    if (!has(optionsKey))
        return false;
    if (!m_object.value(optionsKey).isArray())
        return fail(optionsKey, QStringLiteral("expected a list of choices"));
    const QJsonArray options = m_object.value(optionsKey).toArray();
    rack.options = {};
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString field = optionsKey + QStringLiteral("[%1]").arg(i);
        const std::optional<Choice> choice = choiceFromKey(options.at(i).toString());
        if (!choice)
            return fail(field, QStringLiteral("unknown choice"));
        rack.options.insert(*choice);
    }
    if (rack.pending == Pending::None && !rack.options.empty())
        return fail(optionsKey, QStringLiteral("no choice is pending"));
    if (rack.pending != Pending::None && rack.options.empty())
        return fail(optionsKey, QStringLiteral("the pending %1 offers choices").arg(text));
    return true;
}

bool CorrectionReader::readGroups(RackState &rack)
{
    const QString key = QStringLiteral("groups");
    if (!has(key))
        return false;
    const QJsonValue value = m_object.value(key);
    rack.groupOfFirstSeat.reset();
    if (value.isNull())
        return true;
    if (rack.game != Game::EightBall)
        return fail(key, QStringLiteral("only eight-ball has groups"));
    const QJsonObject groups = value.toObject();
    std::array<std::optional<Group>, 2> read;
    for (Seat seat : {0, 1}) {
        const QString &name = m_players[size_t(seat)];
        const QString text = groups.value(name).toString();
        for (Group group : {Group::Solids, Group::Stripes}) {
            if (groupKey(group) == text)
                read[size_t(seat)] = group;
        }
        if (!read[size_t(seat)])
            return fail(key + u'.' + name, QStringLiteral("expected solids or stripes"));
    }
    if (!value.isObject() || groups.size() != 2 || read[0] == read[1])
        return fail(key, QStringLiteral("expected one player on solids and one on stripes"));
    rack.groupOfFirstSeat = read[0];
    return true;
}

bool CorrectionReader::readRackEnd(RackState &rack)
{
    if (!readBool(QStringLiteral("rack_over"), rack.over)
        || !readOptionalSeat(QStringLiteral("winner"), rack.winner)
        || !readOptionalSeat(QStringLiteral("next_breaker"), rack.nextBreaker))
        return false;
    if (!rack.over && rack.winner)
        return fail(QStringLiteral("winner"), QStringLiteral("a rack that is not over has none"));
    if (!rack.over && rack.nextBreaker)
        return fail(QStringLiteral("next_breaker"),
                    QStringLiteral("only an abandoned rack names the next breaker"));
    if (rack.winner && rack.nextBreaker)
        return fail(QStringLiteral("next_breaker"),
                    QStringLiteral("a rack that was won names no next breaker"));
    return true;
}

bool CorrectionReader::checkScore(const Correction &correction)
{
    if (correction.rack.game == Game::StraightPool)
        return true; // 14.1 points may go below zero through fouls
    for (Seat seat : {0, 1}) {
        if (correction.score[size_t(seat)] < 0)
            return fail(QStringLiteral("score.") + m_players[size_t(seat)],
                        QStringLiteral("racks won cannot be negative"));
    }
    return true;
}

std::optional<Correction> CorrectionReader::read(const QJsonValue &value)
{
    if (!value.isObject()) {
        m_error = QStringLiteral("a correction is a JSON object");
        return std::nullopt;
    }
    m_object = value.toObject();
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!kCorrectionKeys.contains(it.key())) {
            fail(it.key(), QStringLiteral("unknown key"));
            return std::nullopt;
        }
    }
    Correction correction;
    RackState &rack = correction.rack;
    const bool ok
        = readGame(rack) && readOnTable(rack) && readSeat(QStringLiteral("turn"), rack.turn)
          && readSeat(QStringLiteral("breaker"), rack.breaker)
          && readBool(QStringLiteral("break_due"), rack.breakDue) && readBallInHand(rack)
          && readPending(rack) && readBool(QStringLiteral("push_out_allowed"), rack.pushOutAllowed)
          && readGroups(rack) && readPerPlayer(QStringLiteral("fouls_in_a_row"), rack.foulsInARow)
          && readRackEnd(rack) && readPerPlayer(QStringLiteral("score"), correction.score)
          && checkScore(correction);
    if (!ok)
        return std::nullopt;
    for (Seat seat : {0, 1}) {
        if (rack.foulsInARow[size_t(seat)] < 0) {
            fail(QStringLiteral("fouls_in_a_row.") + m_players[size_t(seat)],
                 QStringLiteral("cannot be negative"));
            return std::nullopt;
        }
    }
    return correction;
}

} // namespace

QJsonObject correctionToJson(const Correction &correction, const std::array<QString, 2> &players)
{
    const RackState &rack = correction.rack;
    QJsonArray onTable;
    for (int ball = 0; ball <= 15; ++ball) {
        if (rack.onTable.contains(ball))
            onTable.append(ball);
    }
    QJsonArray options;
    for (Choice choice : kAllChoices) {
        if (rack.options.contains(choice))
            options.append(choiceKey(choice));
    }
    QJsonValue groups(QJsonValue::Null);
    if (rack.groupOfFirstSeat) {
        const Group first = *rack.groupOfFirstSeat;
        const Group second = first == Group::Solids ? Group::Stripes : Group::Solids;
        groups = QJsonObject{{players[0], groupKey(first)}, {players[1], groupKey(second)}};
    }
    return QJsonObject{
        {QStringLiteral("game"), gameKey(rack.game)},
        {QStringLiteral("on_table"), onTable},
        {QStringLiteral("turn"), players[size_t(rack.turn)]},
        {QStringLiteral("breaker"), players[size_t(rack.breaker)]},
        {QStringLiteral("break_due"), rack.breakDue},
        {QStringLiteral("ball_in_hand"), ballInHandKey(rack.ballInHand)},
        {QStringLiteral("pending"), pendingKey(rack.pending)},
        {QStringLiteral("options"), options},
        {QStringLiteral("push_out_allowed"), rack.pushOutAllowed},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("fouls_in_a_row"), perPlayer(rack.foulsInARow, players)},
        {QStringLiteral("rack_over"), rack.over},
        {QStringLiteral("winner"), nameOrNull(rack.winner, players)},
        {QStringLiteral("next_breaker"), nameOrNull(rack.nextBreaker, players)},
        {QStringLiteral("score"), perPlayer(correction.score, players)},
    };
}

CorrectionParse correctionFromJson(const QJsonValue &value, const std::array<QString, 2> &players)
{
    CorrectionReader reader(players);
    std::optional<Correction> correction = reader.read(value);
    if (!correction)
        return {std::nullopt, reader.error()};
    return {std::move(correction), {}};
}

} // namespace dojo::rules
