// 8-ball by the WPA World Standardized Rules, section 3.

#include "rules/internal/rackrules.h"

#include <core/ball.h>

namespace dojo::rules::internal {
namespace {

Group groupOfBall(int ball)
{
    return ball < kEightBall ? Group::Solids : Group::Stripes;
}

void assignGroups(RackState &rack, Seat seat, Group group)
{
    rack.groupOfFirstSeat = seat == 0 ? group : otherGroup(group);
}

// WPA 3.3: the break.
void ruleBreak(RackStep &step, const ShotRecord &shot, const ShotFacts &facts,
               const GameOptions &options)
{
    RackState &rack = step.after;
    const Seat breaker = rack.turn;
    const Seat opponent = other(breaker);
    rack.breakDue = false;
    rack.pushOutAllowed = false;

    FoulSet fouls = commonFouls(facts);
    const bool eightDown = facts.pocketed.contains(kEightBall);
    const bool eightOff = facts.off.contains(kEightBall);
    const bool legalBreak = facts.anyPocketed() || facts.railObjects.size() >= 4;
    const BallInHand afterScratch = options.eightBallBreakScratchBehindHeadString
                                        ? BallInHand::BehindHeadString
                                        : BallInHand::Anywhere;
    const BallInHand asItLies = facts.cueLost() ? afterScratch : BallInHand::None;

    if (eightDown) {
        // 3.3(e)/(f): the 8 on the break. The breaker chooses after a clean break; after a
        // foul the opponent does, with ball in hand behind the head string on a respot.
        if (fouls.empty()) {
            creditLegalShot(step, breaker);
            offer(rack, breaker, Pending::EightOnBreak, {Choice::RespotEight, Choice::Rerack},
                  BallInHand::None);
        } else {
            chargeFoul(step, breaker, fouls);
            offer(rack, opponent, Pending::EightOnBreak, {Choice::RespotEight, Choice::Rerack},
                  afterScratch);
        }
        return;
    }
    if (eightOff)
        respot(step, kEightBall); // 3.3(g): the 8 is spotted; the foul follows below

    if (!legalBreak) {
        // 3.3(d): not a foul in itself; the opponent chooses.
        if (fouls.empty())
            creditLegalShot(step, breaker);
        else
            chargeFoul(step, breaker, fouls);
        offer(rack, opponent, Pending::IllegalBreak,
              {Choice::Accept, Choice::RerackAndBreak, Choice::RerackOpponentBreaks}, asItLies);
        return;
    }
    if (!fouls.empty()) {
        chargeFoul(step, breaker, fouls);
        if (!facts.cueLost() && (fouls.contains(Foul::ObjectBallOffTable))) {
            // 3.3(g): an object ball off the table on the break.
            offer(rack, opponent, Pending::ObjectOffOnBreak,
                  {Choice::Accept, Choice::BallInHandBehindHeadString}, BallInHand::None);
            return;
        }
        passTurn(rack, facts.cueLost() ? afterScratch : BallInHand::Anywhere);
        return;
    }
    creditLegalShot(step, breaker);
    if (facts.anyPocketed())
        keepTurn(rack); // 3.3(c): the table stays open
    else
        passTurn(rack, BallInHand::None);
    (void)shot;
}

// WPA 3.10 and 3.5: the 8 went down or off; the rack is decided.
void ruleEightDown(RackStep &step, const ShotRecord &shot, const ShotFacts &facts, FoulSet fouls,
                   bool shooterWasOnEight, const GameOptions &options)
{
    RackState &rack = step.after;
    const Seat shooter = rack.turn;
    bool legal = shooterWasOnEight && fouls.empty() && facts.pocketed.contains(kEightBall);
    if (legal && shot.call && !shot.call->safety)
        legal = shot.call->ball == kEightBall && calledBallMade(shot);
    else if (legal && shot.call && shot.call->safety)
        legal = false;
    else if (legal && !shot.call)
        legal = options.eightBallObviousShotsCounted; // else the 8 went into an uncalled pocket
    if (legal) {
        creditLegalShot(step, shooter);
        winRack(rack, shooter);
        return;
    }
    fouls.insert(Foul::EightBallLost);
    chargeFoul(step, shooter, fouls);
    winRack(rack, other(shooter));
}

} // namespace

void ruleEightBallShot(RackStep &step, const ShotRecord &shot, const ShotFacts &facts,
                       const GameOptions &options)
{
    RackState &rack = step.after;
    if (rack.breakDue) {
        ruleBreak(step, shot, facts, options);
        return;
    }
    const Seat shooter = rack.turn;
    const std::optional<Group> group = groupOfSeat(rack.groupOfFirstSeat, shooter);
    // The balls as they stood before this shot (step.after has them removed already).
    const BallSet onTableBefore = rack.onTable | facts.pocketed | facts.off;
    const bool shooterWasOnEight = group && (onTableBefore & ballsOf(*group)).empty();

    FoulSet fouls = commonFouls(facts);
    if (!facts.firstContact) {
        fouls.insert(Foul::NoContact);
    } else {
        const int first = *facts.firstContact;
        bool lawful = false;
        if (!group)
            lawful
                = first != kEightBall
                  || (onTableBefore & (ballsOf(Group::Solids) | ballsOf(Group::Stripes))).empty();
        else if (shooterWasOnEight)
            lawful = first == kEightBall;
        else
            lawful = ballsOf(*group).contains(first);
        if (!lawful)
            fouls.insert(Foul::WrongBallFirst);
    }
    if (facts.noRail())
        fouls.insert(Foul::NoRail);

    if (facts.pocketed.contains(kEightBall) || facts.off.contains(kEightBall)) {
        ruleEightDown(step, shot, facts, fouls, shooterWasOnEight, options);
        return;
    }
    if (!fouls.empty()) {
        chargeFoul(step, shooter, fouls);
        passTurn(rack, BallInHand::Anywhere);
        return;
    }
    creditLegalShot(step, shooter);
    if (shot.call && shot.call->safety) {
        passTurn(rack, BallInHand::None); // 3.5: a declared safety ends the inning
        return;
    }

    // Which ball counts as the called one: the call, or an obvious ball when none was made.
    std::optional<int> made;
    if (shot.call) {
        if (calledBallMade(shot) && (!group || ballsOf(*group).contains(shot.call->ball)))
            made = shot.call->ball;
    } else if (options.eightBallObviousShotsCounted) {
        for (const PocketedBall &ball : shot.pocketed) {
            if (ball.ball != kCueBall && (!group || ballsOf(*group).contains(ball.ball))) {
                made = ball.ball;
                break;
            }
        }
    }
    if (!made) {
        passTurn(rack, BallInHand::None); // 3.5: other balls pocketed stay down
        return;
    }
    if (!group)
        assignGroups(rack, shooter, groupOfBall(*made)); // 3.4: the table was open
    keepTurn(rack);
}

} // namespace dojo::rules::internal
