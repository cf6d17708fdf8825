#include "rules/setupjson.h"

#include "rules/internal/setupreader.h"

namespace dojo::rules {

using namespace internal;

namespace {

const QString kGame = QStringLiteral("game");
const QString kRaceTo = QStringLiteral("race_to");
const QString kBreakRule = QStringLiteral("break_rule");
const QString kFirstBreaker = QStringLiteral("first_breaker");
const QString kStartingScore = QStringLiteral("starting_score");
const QString kOptions = QStringLiteral("options");

} // namespace

QJsonObject setupToJson(const MatchSetup &setup, const std::array<QString, 2> &players)
{
    return QJsonObject{
        {kGame, gameKey(setup.game)},
        {kRaceTo, setup.raceTo},
        {kBreakRule, breakRuleKey(setup.breakRule)},
        {kFirstBreaker, players[size_t(setup.firstBreaker)]},
        {kStartingScore, perPlayer(setup.startingScore, players)},
        {kOptions, optionsToJson(setup.options)},
    };
}

Result<MatchSetup> setupFromJson(const QJsonObject &object, const std::array<QString, 2> &players)
{
    SetupReader reader(players);
    MatchSetup setup;
    const bool read
        = reader.checkKeys(object,
                           {kGame, kRaceTo, kBreakRule, kFirstBreaker, kStartingScore, kOptions})
          && reader.require(object, kGame)
          && reader.readGame(object.value(kGame), kGame, setup.game)
          && reader.require(object, kRaceTo)
          && reader.readRaceTo(object.value(kRaceTo), kRaceTo, setup.raceTo)
          && reader.require(object, kBreakRule)
          && reader.readBreakRule(object.value(kBreakRule), kBreakRule, setup.breakRule)
          && reader.require(object, kFirstBreaker)
          && reader.readBreaker(object.value(kFirstBreaker), kFirstBreaker, setup.firstBreaker)
          && reader.require(object, kStartingScore)
          && reader.readScore(object.value(kStartingScore), kStartingScore, true,
                              setup.startingScore)
          && reader.require(object, kOptions)
          && reader.readOptions(object.value(kOptions), kOptions, setup.options);
    if (!read)
        return Unexpected(reader.error());
    return setup;
}

} // namespace dojo::rules
