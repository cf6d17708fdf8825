#include "venue/playerrequest.h"

#include "venue/internal/venuetr.h"

#include <core/ball.h>
#include <rules/rackstate.h>

namespace dojo::venue {

using internal::Tr;

namespace {

QString pocketName(PocketId pocket)
{
    switch (pocket) {
    case PocketId::HeadLeft: return Tr::tr("the head-left pocket");
    case PocketId::HeadRight: return Tr::tr("the head-right pocket");
    case PocketId::SideLeft: return Tr::tr("the left side pocket");
    case PocketId::SideRight: return Tr::tr("the right side pocket");
    case PocketId::FootLeft: return Tr::tr("the foot-left pocket");
    case PocketId::FootRight: return Tr::tr("the foot-right pocket");
    }
    return {};
}

QString choiceSentence(rules::Choice choice, const QString &player)
{
    switch (choice) {
    case rules::Choice::Shoot: return Tr::tr("%1 chooses to shoot.").arg(player);
    case rules::Choice::HandBack: return Tr::tr("%1 hands the table back.").arg(player);
    case rules::Choice::Accept: return Tr::tr("%1 accepts the table.").arg(player);
    case rules::Choice::RerackAndBreak:
        return Tr::tr("%1 chooses to re-rack and break.").arg(player);
    case rules::Choice::RerackOpponentBreaks:
        return Tr::tr("%1 has the balls re-racked for the opponent to break.").arg(player);
    case rules::Choice::RespotEight: return Tr::tr("%1 has the 8 spotted.").arg(player);
    case rules::Choice::Rerack: return Tr::tr("%1 chooses a re-rack.").arg(player);
    case rules::Choice::BallInHandBehindHeadString:
        return Tr::tr("%1 takes ball in hand behind the head string.").arg(player);
    }
    return {};
}

// WPA 3.x: with the groups settled a player calls only their own balls, then the 8.
Result<void> checkEightBallCall(const rules::RackState &rack, rules::Seat seat, int ball)
{
    const std::optional<rules::Group> group = rules::groupOfSeat(rack.groupOfFirstSeat, seat);
    if (!group) {
        if (ball == kEightBall)
            return Unexpected(Tr::tr("The 8 cannot be called while the table is open."));
        return {};
    }
    const bool solids = *group == rules::Group::Solids;
    const rules::BallSet own = rules::ballsOf(*group);
    const bool cleared = (rack.onTable & own).empty();
    if (ball == kEightBall) {
        if (!cleared)
            return Unexpected(Tr::tr("The 8 can be called only once the group is cleared."));
        return {};
    }
    if (!own.contains(ball)) {
        return Unexpected(solids ? Tr::tr("The %1 is a stripe: call one of the solids.").arg(ball)
                                 : Tr::tr("The %1 is a solid: call one of the stripes.").arg(ball));
    }
    return {};
}

Result<void> checkCall(const rules::RackState &rack, rules::Seat seat, const Call &call)
{
    if (call.ball <= 0 || call.ball > 15)
        return Unexpected(Tr::tr("Call an object ball, from 1 to 15."));
    if (!rack.onTable.contains(call.ball))
        return Unexpected(Tr::tr("The %1 is not on the table.").arg(call.ball));
    if (rack.game == rules::Game::NineBall)
        return Unexpected(Tr::tr("Shots are not called in 9-ball."));
    if (rack.game == rules::Game::EightBall)
        return checkEightBallCall(rack, seat, call.ball);
    return {};
}

} // namespace

Result<void> checkRequest(const rules::Match &match, const std::array<QString, 2> &players,
                          rules::Seat seat, const PlayerRequest &request)
{
    const rules::RackState &rack = match.rack();
    if (match.winner())
        return Unexpected(Tr::tr("The match is over."));
    if (seat != rack.turn)
        return Unexpected(Tr::tr("It is %1's turn.").arg(players[size_t(rack.turn == 1)]));
    if (request.kind == PlayerRequest::Kind::Choose) {
        if (rack.options.empty())
            return Unexpected(Tr::tr("No choice is offered now."));
        if (!rack.options.contains(request.choice))
            return Unexpected(Tr::tr("That choice is not offered now."));
        return {};
    }
    if (!rack.options.empty())
        return Unexpected(Tr::tr("Choose first: the last ruling offered a choice."));
    if (rack.breakDue)
        return Unexpected(Tr::tr("The break comes first: it is not called."));
    switch (request.kind) {
    case PlayerRequest::Kind::Call: return checkCall(rack, seat, request.call);
    case PlayerRequest::Kind::PushOut:
        if (!rack.pushOutAllowed)
            return Unexpected(Tr::tr("A push-out is allowed only on the shot after the break."));
        return {};
    case PlayerRequest::Kind::Safety:
    case PlayerRequest::Kind::Choose: break;
    }
    return {};
}

QString requestSentence(const PlayerRequest &request, const QString &player)
{
    switch (request.kind) {
    case PlayerRequest::Kind::Call:
        return Tr::tr("%1 calls the %2 in %3.")
            .arg(player)
            .arg(request.call.ball)
            .arg(pocketName(request.call.pocket));
    case PlayerRequest::Kind::Safety: return Tr::tr("%1 plays a safety.").arg(player);
    case PlayerRequest::Kind::PushOut: return Tr::tr("%1 announces a push-out.").arg(player);
    case PlayerRequest::Kind::Choose: return choiceSentence(request.choice, player);
    }
    return {};
}

} // namespace dojo::venue
