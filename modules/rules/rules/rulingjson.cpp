#include "rules/rulingjson.h"

#include "rules/internal/matchjson.h"

#include <QJsonArray>

namespace dojo::rules {

using namespace internal;

QJsonObject rulingToJson(int step, const Ruling &ruling, const std::array<QString, 2> &players)
{
    QJsonArray fouls;
    for (int kind = 0; kind < kFoulKinds; ++kind) {
        if (ruling.fouls.contains(static_cast<Foul>(kind)))
            fouls.append(foulKey(static_cast<Foul>(kind)));
    }
    return QJsonObject{
        {QStringLiteral("step"), step},
        {QStringLiteral("foul"), ruling.foul},
        {QStringLiteral("fouls"), fouls},
        {QStringLiteral("turn"), nameOrNull(ruling.turn, players)},
        {QStringLiteral("ball_in_hand"), ballInHandKey(ruling.ballInHand)},
        {QStringLiteral("options"), choicesToJson(ruling.options)},
        {QStringLiteral("push_out_allowed"), ruling.pushOutAllowed},
        {QStringLiteral("groups"), groupsToJson(ruling.groupOfFirstSeat, players)},
        {QStringLiteral("respotted"), ballsToJson(ruling.respotted)},
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
