#include "rules/rackstate.h"

namespace dojo::rules {

BallSet fullRack(Game game)
{
    switch (game) {
    case Game::NineBall: return BallSet::range(1, 9);
    case Game::TenBall: return BallSet::range(1, 10);
    case Game::EightBall:
    case Game::StraightPool: return BallSet::range(1, 15);
    }
    return {};
}

int moneyBall(Game game)
{
    switch (game) {
    case Game::NineBall: return 9;
    case Game::TenBall: return 10;
    default: return 0;
    }
}

RackState newRack(Game game, Seat breaker)
{
    RackState rack;
    rack.game = game;
    rack.onTable = fullRack(game);
    rack.turn = breaker;
    rack.breaker = breaker;
    rack.breakDue = true;
    rack.ballInHand = BallInHand::BehindHeadString;
    return rack;
}

} // namespace dojo::rules
