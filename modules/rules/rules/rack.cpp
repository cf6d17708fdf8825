#include "rules/rack.h"

#include "rules/internal/rackrules.h"
#include "rules/internal/shotfacts.h"

#include <core/ball.h>

#include <QStringList>

namespace dojo::rules {
namespace {

using namespace internal;

RackStep refused(const RackState &rack, const QString &error)
{
    RackStep step;
    step.after = rack;
    step.error = error;
    return step;
}

QString pendingChoices(const RackState &rack)
{
    QStringList keys;
    for (Choice choice : kAllChoices) {
        if (rack.options.contains(choice))
            keys << choiceKey(choice);
    }
    return keys.join(QStringLiteral(", "));
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

RackStep shoot(const RackState &rack, const ShotRecord &shot, const GameOptions &options)
{
    if (rack.over)
        return refused(rack, QStringLiteral("the rack is over"));
    if (rack.pending != Pending::None)
        return refused(rack, QStringLiteral("a choice is pending (%1); the shot must wait")
                                 .arg(pendingChoices(rack)));
    if (shot.isBreak && !rack.breakDue)
        return refused(rack, QStringLiteral("break: no break is due; the rack is under way"));
    if (const QString problem = impossibility(rack, shot); !problem.isEmpty())
        return refused(rack, problem);

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

RackStep decide(const RackState &rack, Choice choice)
{
    if (rack.over)
        return refused(rack, QStringLiteral("the rack is over"));
    if (!rack.options.contains(choice))
        return refused(rack, QStringLiteral("%1 was not offered").arg(choiceKey(choice)));

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

RackStep declareStalemate(const RackState &rack)
{
    if (rack.over)
        return refused(rack, QStringLiteral("the rack is over"));
    if (rack.pending != Pending::None)
        return refused(rack, QStringLiteral("a choice is pending (%1)").arg(pendingChoices(rack)));
    RackStep step;
    step.after = rack;
    // The player who broke this rack breaks again.
    rerackFor(step, rack.breaker);
    step.after.foulsInARow = {};
    describeRack(step.after, step.ruling);
    return step;
}

} // namespace dojo::rules
