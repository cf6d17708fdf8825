#include "rules/rack.h"

#include "rules/internal/rackrules.h"
#include "rules/internal/shotfacts.h"

#include <core/ball.h>

namespace dojo::rules {
namespace {

using namespace internal;

Unexpected<Refusal> refused(RefusalReason reason)
{
    Refusal refusal;
    refusal.reason = reason;
    return Unexpected(refusal);
}

Unexpected<Refusal> pendingChoice(const RackState &rack)
{
    Refusal refusal;
    refusal.reason = RefusalReason::ChoicePending;
    refusal.choices = rack.options;
    return Unexpected(refusal);
}

// The balls go back in the rack; `breaker` breaks it.
void rerackFor(RackStep &step, Seat breaker)
{
    RackState &rack = step.after;
    step.ruling.rerack = true;
    if (rack.game == Game::StraightPool) {
        // 14.1 never ends a rack this way: the same game goes on from a new opening break.
        rack.onTable = fullRack(rack.game);
        rack.breakDue = true;
        rack.breaker = breaker;
        rack.turn = breaker;
        rack.ballInHand = BallInHand::BehindHeadString;
        rack.pending = Pending::None;
        rack.options = {};
        return;
    }
    abandonRack(rack, breaker);
    rack.breaker = breaker;
    rack.turn = breaker;
}

} // namespace

void describeRack(const RackState &rack, Ruling &ruling)
{
    ruling.turn = rack.turn;
    ruling.ballInHand = rack.breakDue ? BallInHand::BehindHeadString : rack.ballInHand;
    ruling.options = rack.options;
    ruling.pushOutAllowed = rack.pushOutAllowed;
    ruling.groupOfFirstSeat = rack.groupOfFirstSeat;
    ruling.foulsInARow = rack.foulsInARow;
    ruling.rackOver = rack.over;
    ruling.winner = rack.winner;
    ruling.breaker = rack.breaker;
}

Result<RackStep, Refusal> shoot(const RackState &rack, const ShotRecord &shot,
                                const GameOptions &options)
{
    if (rack.over)
        return refused(RefusalReason::RackOver);
    if (rack.pending != Pending::None)
        return pendingChoice(rack);
    if (shot.isBreak && !rack.breakDue)
        return refused(RefusalReason::NoBreakDue);
    if (std::optional<Refusal> problem = impossibility(rack, shot))
        return Unexpected(*problem);

    const ShotFacts facts = factsOf(shot);
    RackStep step;
    step.after = rack;
    step.after.onTable = rack.onTable.without(facts.pocketed | facts.off);
    switch (rack.game) {
    case Game::EightBall: ruleEightBallShot(step, shot, facts, options); break;
    case Game::NineBall:
    case Game::TenBall: ruleRotationShot(step, shot, facts, options); break;
    case Game::StraightPool: ruleStraightPoolShot(step, shot, facts, options); break;
    }
    if (step.ballsPocketed == 0 && !step.ruling.foul && rack.game != Game::StraightPool) {
        BallSet stayDown = facts.pocketed.without(step.ruling.respotted);
        if (step.after.pending == Pending::EightOnBreak)
            stayDown.erase(kEightBall); // the choice brings it back: respotted or racked again
        step.ballsPocketed = stayDown.size();
    }
    describeRack(step.after, step.ruling);
    return step;
}

Result<RackStep, Refusal> decide(const RackState &rack, Choice choice)
{
    if (rack.over)
        return refused(RefusalReason::RackOver);
    if (!rack.options.contains(choice)) {
        Refusal refusal;
        refusal.reason = RefusalReason::ChoiceNotOffered;
        refusal.choice = choice;
        return Unexpected(refusal);
    }

    RackStep step;
    step.after = rack;
    RackState &after = step.after;
    const Seat chooser = rack.turn;
    const Pending pending = rack.pending;
    after.pending = Pending::None;
    after.options = {};
    after.pushOutAllowed = false;

    switch (choice) {
    case Choice::Shoot: // the chooser takes the table as it lies
    case Choice::Accept: break;
    case Choice::HandBack:
        after.turn = other(chooser);
        after.ballInHand = BallInHand::None;
        break;
    case Choice::BallInHandBehindHeadString: after.ballInHand = BallInHand::BehindHeadString; break;
    case Choice::RespotEight: respot(step, kEightBall); break;
    case Choice::RerackAndBreak: rerackFor(step, chooser); break;
    case Choice::RerackOpponentBreaks: rerackFor(step, other(chooser)); break;
    case Choice::Rerack:
        // 8-ball 3.3(e): the chooser breaks; 14.1 4.3: the offender breaks again.
        rerackFor(step, pending == Pending::OpeningBreach ? other(chooser) : chooser);
        break;
    }
    describeRack(step.after, step.ruling);
    return step;
}

Result<RackStep, Refusal> declareStalemate(const RackState &rack)
{
    if (rack.over)
        return refused(RefusalReason::RackOver);
    if (rack.pending != Pending::None)
        return pendingChoice(rack);
    RackStep step;
    step.after = rack;
    // The player who broke this rack breaks again.
    rerackFor(step, rack.breaker);
    step.after.foulsInARow = {};
    describeRack(step.after, step.ruling);
    return step;
}

} // namespace dojo::rules
