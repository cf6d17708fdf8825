#include "rules/scenario.h"

#include <core/jsonnumber.h>
#include <core/shotrecordjson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dojo::rules {
namespace {

ScenarioStep readStep(const QJsonValue &value)
{
    ScenarioStep step;
    if (!value.isObject()) {
        step.error = QStringLiteral("a step must be a JSON object");
        return step;
    }
    const QJsonObject object = value.toObject();
    int kinds = 0;
    for (const char *key : {"shot", "decision", "event"})
        kinds += object.contains(QLatin1String(key)) ? 1 : 0;
    if (kinds != 1) {
        step.error = QStringLiteral("a step holds exactly one of shot, decision or event");
        return step;
    }
    if (object.contains(QLatin1String("shot"))) {
        const ShotRecordParse parsed = shotRecordFromJson(object.value(QLatin1String("shot")));
        if (!parsed.shot)
            step.error = QStringLiteral("shot.") + parsed.error;
        else
            step.shot = *parsed.shot;
        return step;
    }
    if (object.contains(QLatin1String("decision"))) {
        step.kind = ScenarioStep::Kind::Decision;
        const QString key = object.value(QLatin1String("decision")).toString();
        const std::optional<Choice> choice = choiceFromKey(key);
        if (!choice)
            step.error = QStringLiteral("decision: unknown choice \"%1\"").arg(key);
        else
            step.choice = *choice;
        return step;
    }
    step.kind = ScenarioStep::Kind::Stalemate;
    if (object.value(QLatin1String("event")).toString() != QLatin1String("stalemate"))
        step.error = QStringLiteral("event: the only event is \"stalemate\"");
    return step;
}

std::optional<int> seatOf(const std::array<QString, 2> &players, const QString &name)
{
    for (int seat = 0; seat < 2; ++seat) {
        if (players[size_t(seat)] == name)
            return seat;
    }
    return std::nullopt;
}

QString readHeader(const QJsonObject &object, Scenario &scenario)
{
    if (object.value(QLatin1String("format")).toString() != QLatin1String("dojopool-rack/1"))
        return QStringLiteral("format: expected \"dojopool-rack/1\"");
    scenario.name = object.value(QLatin1String("name")).toString();
    const std::optional<Game> game = gameFromKey(object.value(QLatin1String("game")).toString());
    if (!game)
        return QStringLiteral("game: expected eight-ball, nine-ball, ten-ball or straight-pool");
    scenario.setup.game = *game;
    if (object.contains(QLatin1String("rules"))
        && object.value(QLatin1String("rules")).toString() != QLatin1String("wpa"))
        return QStringLiteral("rules: only \"wpa\" is known");

    const QJsonArray players = object.value(QLatin1String("players")).toArray();
    if (players.size() != 2 || !players.at(0).isString() || !players.at(1).isString())
        return QStringLiteral("players: expected two names");
    scenario.players = {players.at(0).toString(), players.at(1).toString()};
    if (scenario.players[0].isEmpty() || scenario.players[0] == scenario.players[1])
        return QStringLiteral("players: expected two different, non-empty names");

    if (object.contains(QLatin1String("breaker"))) {
        const std::optional<int> seat
            = seatOf(scenario.players, object.value(QLatin1String("breaker")).toString());
        if (!seat)
            return QStringLiteral("breaker: not one of the players");
        scenario.setup.firstBreaker = *seat;
    }
    if (object.contains(QLatin1String("race_to"))) {
        const std::optional<int> race = wholeNumber(object.value(QLatin1String("race_to")));
        if (!race || *race < 1)
            return QStringLiteral("race_to: expected a whole number of at least 1");
        scenario.setup.raceTo = *race;
    }
    if (object.contains(QLatin1String("break_rule"))) {
        const QString rule = object.value(QLatin1String("break_rule")).toString();
        if (rule == QLatin1String("alternate"))
            scenario.setup.breakRule = BreakRule::Alternate;
        else if (rule == QLatin1String("winner"))
            scenario.setup.breakRule = BreakRule::Winner;
        else
            return QStringLiteral("break_rule: expected \"alternate\" or \"winner\"");
    }
    if (object.contains(QLatin1String("score"))) {
        const QJsonObject score = object.value(QLatin1String("score")).toObject();
        for (auto it = score.begin(); it != score.end(); ++it) {
            const std::optional<int> seat = seatOf(scenario.players, it.key());
            const std::optional<int> value = wholeNumber(it.value());
            if (!seat)
                return QStringLiteral("score.%1: not one of the players").arg(it.key());
            if (!value)
                return QStringLiteral("score.%1: expected a whole number").arg(it.key());
            scenario.setup.startingScore[size_t(*seat)] = *value;
        }
    }
    if (!object.value(QLatin1String("steps")).isArray())
        return QStringLiteral("steps: expected a list of steps");
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

} // namespace

ScenarioParse parseScenario(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, QStringLiteral("not valid JSON: %1 at offset %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)};
    if (!document.isObject())
        return {std::nullopt, QStringLiteral("a scenario is a JSON object")};
    Scenario scenario;
    const QJsonObject object = document.object();
    if (const QString error = readHeader(object, scenario); !error.isEmpty())
        return {std::nullopt, error};
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    scenario.steps.reserve(size_t(steps.size()));
    for (const QJsonValue &step : steps)
        scenario.steps.push_back(readStep(step));
    return {std::move(scenario), {}};
}

QJsonObject rulingToJson(int step, const Ruling &ruling, const std::array<QString, 2> &players)
{
    QJsonArray options;
    for (Choice choice : kAllChoices) {
        if (ruling.options.contains(choice))
            options.append(choiceKey(choice));
    }
    QJsonArray respotted;
    for (int ball = 0; ball <= 15; ++ball) {
        if (ruling.respotted.contains(ball))
            respotted.append(ball);
    }
    QJsonArray fouls;
    for (int kind = 0; kind < kFoulKinds; ++kind) {
        if (ruling.fouls.contains(static_cast<Foul>(kind)))
            fouls.append(foulKey(static_cast<Foul>(kind)));
    }
    QJsonValue groups(QJsonValue::Null);
    if (ruling.groupOfFirstSeat) {
        groups = QJsonObject{{players[0], groupKey(*ruling.groupOf(0))},
                             {players[1], groupKey(*ruling.groupOf(1))}};
    }
    return QJsonObject{
        {QStringLiteral("step"), step},
        {QStringLiteral("foul"), ruling.foul},
        {QStringLiteral("fouls"), fouls},
        {QStringLiteral("turn"), nameOrNull(ruling.turn, players)},
        {QStringLiteral("ball_in_hand"), ballInHandKey(ruling.ballInHand)},
        {QStringLiteral("options"), options},
        {QStringLiteral("push_out_allowed"), ruling.pushOutAllowed},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("respotted"), respotted},
        {QStringLiteral("fouls_in_a_row"), perPlayer(ruling.foulsInARow, players)},
        {QStringLiteral("warning"), ruling.warning},
        {QStringLiteral("rack_over"), ruling.rackOver},
        {QStringLiteral("winner"), nameOrNull(ruling.winner, players)},
        {QStringLiteral("rerack"), ruling.rerack},
        {QStringLiteral("breaker"), players[size_t(ruling.breaker)]},
        {QStringLiteral("score"), perPlayer(ruling.score, players)},
        {QStringLiteral("match_winner"), nameOrNull(ruling.matchWinner, players)},
    };
}

} // namespace dojo::rules
