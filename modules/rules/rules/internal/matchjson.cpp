#include "rules/internal/matchjson.h"

#include "rules/internal/rulestr.h"

namespace dojo::rules::internal {

QJsonValue nameOrNull(const std::optional<Seat> &seat, const std::array<QString, 2> &players)
{
    return seat ? QJsonValue(players[size_t(*seat)]) : QJsonValue(QJsonValue::Null);
}

QJsonObject perPlayer(const std::array<int, 2> &values, const std::array<QString, 2> &players)
{
    return QJsonObject{{players[0], values[0]}, {players[1], values[1]}};
}

QJsonArray choicesToJson(Choices choices)
{
    QJsonArray keys;
    for (Choice choice : kAllChoices) {
        if (choices.contains(choice))
            keys.append(choiceKey(choice));
    }
    return keys;
}

QJsonArray ballsToJson(BallSet balls)
{
    QJsonArray numbers;
    for (int ball = 0; ball <= 15; ++ball) {
        if (balls.contains(ball))
            numbers.append(ball);
    }
    return numbers;
}

QJsonValue groupsToJson(std::optional<Group> groupOfFirstSeat,
                        const std::array<QString, 2> &players)
{
    if (!groupOfFirstSeat)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{players[0], groupKey(*groupOfSeat(groupOfFirstSeat, 0))},
                       {players[1], groupKey(*groupOfSeat(groupOfFirstSeat, 1))}};
}

std::optional<Seat> MatchJsonReader::seatNamed(const QJsonValue &value) const
{
    for (Seat seat : {0, 1}) {
        if (value.isString() && value.toString() == m_players[size_t(seat)])
            return seat;
    }
    return std::nullopt;
}

bool MatchJsonReader::readGame(const QJsonValue &value, const QString &field, Game &out)
{
    const std::optional<Game> game = gameFromKey(value.toString());
    if (!value.isString() || !game) {
        return fail(
            Tr::tr("%1: expected eight-ball, nine-ball, ten-ball or straight-pool").arg(field));
    }
    out = *game;
    return true;
}

bool MatchJsonReader::readSeat(const QJsonValue &value, const QString &field, Seat &out)
{
    std::optional<Seat> seat;
    if (!readOptionalSeat(value, field, seat))
        return false;
    if (!seat)
        return fail(Tr::tr("%1: expected a player's name, got null").arg(field));
    out = *seat;
    return true;
}

bool MatchJsonReader::readOptionalSeat(const QJsonValue &value, const QString &field,
                                       std::optional<Seat> &out)
{
    if (value.isNull()) {
        out.reset();
        return true;
    }
    out = seatNamed(value);
    if (out)
        return true;
    return fail(Tr::tr("%1: expected \"%2\" or \"%3\"").arg(field, m_players[0], m_players[1]));
}

bool MatchJsonReader::readPerPlayer(const QJsonValue &value, const QString &field,
                                    std::array<int, 2> &out)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 2) {
        return fail(
            Tr::tr("%1: expected {\"%2\": N, \"%3\": N}").arg(field, m_players[0], m_players[1]));
    }
    const QString prefix = field + u'.';
    for (Seat seat : {0, 1}) {
        const QString &name = m_players[size_t(seat)];
        if (!require(object, name, prefix)
            || !readWholeNumber(object.value(name), prefix + name, out[size_t(seat)]))
            return false;
    }
    return true;
}

} // namespace dojo::rules::internal
