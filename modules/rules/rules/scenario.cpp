#include "rules/scenario.h"

#include "rules/internal/rulestr.h"
#include "rules/internal/setupreader.h"
#include "rules/stepjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dojo::rules {

using namespace internal;

namespace {

const QString kFormat = QStringLiteral("dojopool-rack/1");

// The players first: every other key of the header names them.
Result<std::array<QString, 2>> readPlayers(const QJsonObject &object)
{
    const QString key = QStringLiteral("players");
    const QJsonArray players = object.value(key).toArray();
    if (players.size() != 2 || !players.at(0).isString() || !players.at(1).isString())
        return Unexpected(Tr::tr("%1: expected two names").arg(key));
    const std::array<QString, 2> names = {players.at(0).toString(), players.at(1).toString()};
    if (names[0].isEmpty() || names[1].isEmpty() || names[0] == names[1])
        return Unexpected(Tr::tr("%1: expected two different, non-empty names").arg(key));
    return names;
}

// The match's setup in a scenario's words; every key but `game` is optional.
Result<MatchSetup> readSetup(const QJsonObject &object, const std::array<QString, 2> &players)
{
    const QString game = QStringLiteral("game");
    const QString breaker = QStringLiteral("breaker");
    const QString raceTo = QStringLiteral("race_to");
    const QString breakRule = QStringLiteral("break_rule");
    const QString score = QStringLiteral("score");
    SetupReader reader(players);
    MatchSetup setup;
    const bool read
        = reader.readGame(object.value(game), game, setup.game)
          && (!object.contains(breaker)
              || reader.readBreaker(object.value(breaker), breaker, setup.firstBreaker))
          && (!object.contains(raceTo)
              || reader.readRaceTo(object.value(raceTo), raceTo, setup.raceTo))
          && (!object.contains(breakRule)
              || reader.readBreakRule(object.value(breakRule), breakRule, setup.breakRule))
          && (!object.contains(score)
              || reader.readScore(object.value(score), score, false, setup.startingScore));
    if (!read)
        return Unexpected(reader.error());
    return setup;
}

} // namespace

Result<Scenario> parseScenario(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Unexpected(Tr::tr("not valid JSON: %1 at offset %2")
                              .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject())
        return Unexpected(Tr::tr("a scenario is a JSON object"));
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("format")).toString() != kFormat)
        return Unexpected(Tr::tr("%1: expected \"%2\"").arg(QStringLiteral("format"), kFormat));
    if (object.contains(QLatin1String("rules"))
        && object.value(QLatin1String("rules")).toString() != QLatin1String("wpa"))
        return Unexpected(Tr::tr("%1: only \"wpa\" is known").arg(QStringLiteral("rules")));

    Result<std::array<QString, 2>> players = readPlayers(object);
    if (!players)
        return Unexpected(players.error());
    Result<MatchSetup> setup = readSetup(object, *players);
    if (!setup)
        return Unexpected(setup.error());
    if (!object.value(QLatin1String("steps")).isArray())
        return Unexpected(Tr::tr("%1: expected a list of steps").arg(QStringLiteral("steps")));

    Scenario scenario;
    scenario.name = object.value(QLatin1String("name")).toString();
    scenario.players = *players;
    scenario.setup = *setup;
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    scenario.steps.reserve(size_t(steps.size()));
    for (const auto &step : steps)
        scenario.steps.push_back(scenarioStepFromJson(step));
    return scenario;
}

} // namespace dojo::rules
