#include "rules/internal/rackrules.h"

namespace dojo::rules::internal {

void passTurn(RackState &rack, BallInHand ballInHand)
{
    rack.turn = other(rack.turn);
    rack.ballInHand = ballInHand;
}

void keepTurn(RackState &rack)
{
    rack.ballInHand = BallInHand::None;
}

void chargeFoul(RackStep &step, Seat shooter, FoulSet fouls, bool countsInARow)
{
    step.ruling.foul = true;
    step.ruling.fouls = fouls;
    if (countsInARow)
        ++step.after.foulsInARow[static_cast<size_t>(shooter)];
    const bool warns = step.after.game != Game::EightBall;
    step.ruling.warning
        = warns && countsInARow && step.after.foulsInARow[static_cast<size_t>(shooter)] == 2;
}

void creditLegalShot(RackStep &step, Seat shooter)
{
    step.after.foulsInARow[static_cast<size_t>(shooter)] = 0;
}

void offer(RackState &rack, Seat chooser, Pending pending, Choices choices, BallInHand asItLies)
{
    rack.turn = chooser;
    rack.pending = pending;
    rack.options = choices;
    rack.ballInHand = asItLies;
    rack.pushOutAllowed = false;
}

void respot(RackStep &step, int ball)
{
    step.after.onTable.insert(ball);
    step.ruling.respotted.insert(ball);
}

void winRack(RackState &rack, Seat winner)
{
    rack.over = true;
    rack.winner = winner;
    rack.pending = Pending::None;
    rack.options = {};
    rack.pushOutAllowed = false;
}

void abandonRack(RackState &rack, Seat nextBreaker)
{
    rack.over = true;
    rack.winner.reset();
    rack.nextBreaker = nextBreaker;
    rack.pending = Pending::None;
    rack.options = {};
    rack.pushOutAllowed = false;
}

} // namespace dojo::rules::internal
