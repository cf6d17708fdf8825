// 14.1 continuous by the WPA World Standardized Rules, section 4: called balls score a point
// each, fouls cost one, the third in a row fifteen more; fourteen balls down, re-rack.

#include "rules/internal/rackrules.h"

namespace dojo::rules::internal {
namespace {

// 4.4: balls that did not score go back on the table.
void spotAll(RackStep &step, BallSet balls)
{
    for (int ball = 1; ball <= 15; ++ball) {
        if (balls.contains(ball))
            respot(step, ball);
    }
}

void foul(RackStep &step, const ShotFacts &facts, FoulSet fouls, const GameOptions &options)
{
    RackState &rack = step.after;
    const Seat shooter = rack.turn;
    const size_t seat = static_cast<size_t>(shooter);
    spotAll(step, facts.pocketed | facts.off);
    chargeFoul(step, shooter, fouls);
    step.points[seat] -= 1;
    if (rack.foulsInARow[seat] >= 3) {
        // 4.10: the third consecutive foul costs 15 more; all fifteen balls are racked and
        // the offender breaks as at the opening break.
        step.ruling.fouls.insert(Foul::ThreeFouls);
        step.points[seat] -= options.straightPoolThirdFoulPenalty;
        rack.foulsInARow[seat] = 0;
        rack.onTable = fullRack(Game::StraightPool);
        step.ruling.rerack = true;
        rack.breakDue = true;
        rack.breaker = shooter;
        rack.turn = shooter;
        rack.ballInHand = BallInHand::BehindHeadString;
        return;
    }
    // 4.9: after a scratch the cue ball is in hand behind the head string; after any other
    // foul the incoming player takes the table as it lies.
    passTurn(rack, facts.cueLost() ? BallInHand::BehindHeadString : BallInHand::None);
}

// 4.5: with one object ball left (or none), the other fourteen are racked again.
void rerackFourteen(RackStep &step)
{
    RackState &rack = step.after;
    if (rack.onTable.size() > 1 || rack.breakDue)
        return;
    rack.onTable = fullRack(Game::StraightPool);
    step.ruling.rerack = true;
}

// A shot without a foul: the called ball made scores, else the balls are spotted.
void settleLegalShot(RackStep &step, Seat shooter, bool calledMade, const ShotFacts &facts)
{
    creditLegalShot(step, shooter);
    if (calledMade) {
        // 4.4: the called ball and every other ball pocketed on the shot score a point each.
        step.points[static_cast<size_t>(shooter)] += facts.pocketed.size();
        step.ballsPocketed = facts.pocketed.size();
        keepTurn(step.after);
        rerackFourteen(step);
        return;
    }
    spotAll(step, facts.pocketed);
    passTurn(step.after, BallInHand::None);
}

void ruleOpeningBreak(RackStep &step, const ShotRecord &shot, const ShotFacts &facts,
                      const GameOptions &options)
{
    RackState &rack = step.after;
    const Seat breaker = rack.turn;
    const size_t seat = static_cast<size_t>(breaker);
    rack.breakDue = false;
    const bool called = calledBallMade(shot);
    // 4.3: pocket a called ball, or drive the cue ball and two object balls to a rail.
    const bool breach = !called && !(facts.cueToRail && facts.railObjects.size() >= 2);
    if (breach) {
        FoulSet fouls = commonFouls(facts);
        fouls.insert(Foul::OpeningBreakBreach);
        spotAll(step, facts.pocketed | facts.off);
        chargeFoul(step, breaker, fouls, /*countsInARow=*/false);
        step.points[seat] -= options.straightPoolBreachPenalty;
        offer(rack, other(breaker), Pending::OpeningBreach, {Choice::Accept, Choice::Rerack},
              facts.cueLost() ? BallInHand::BehindHeadString : BallInHand::None);
        return;
    }
    const FoulSet fouls = commonFouls(facts);
    if (!fouls.empty()) {
        foul(step, facts, fouls, options);
        return;
    }
    settleLegalShot(step, breaker, called, facts);
}

} // namespace

void ruleStraightPoolShot(RackStep &step, const ShotRecord &shot, const ShotFacts &facts,
                          const GameOptions &options)
{
    RackState &rack = step.after;
    if (rack.breakDue) {
        ruleOpeningBreak(step, shot, facts, options);
        return;
    }
    const Seat shooter = rack.turn;
    FoulSet fouls = commonFouls(facts);
    if (!facts.firstContact)
        fouls.insert(Foul::NoContact);
    if (facts.noRail())
        fouls.insert(Foul::NoRail);
    if (!fouls.empty()) {
        foul(step, facts, fouls, options);
        rerackFourteen(step);
        return;
    }
    settleLegalShot(step, shooter, calledBallMade(shot), facts);
}

} // namespace dojo::rules::internal
