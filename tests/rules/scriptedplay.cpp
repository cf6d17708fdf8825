#include "scriptedplay.h"

#include <vector>

namespace dojo::rules::play {

namespace {

constexpr int kEight = 8;

int moneyBallOf(Game game)
{
    return game == Game::EightBall ? kEight : moneyBall(game);
}

BallSet groupBalls(Group group)
{
    return group == Group::Solids ? BallSet::range(1, 7) : BallSet::range(9, 15);
}

// The ball the shooter must hit first, as a sensible player would aim.
int targetBall(const RackState &rack)
{
    if (rack.onTable.empty())
        return -1;
    switch (rack.game) {
    case Game::NineBall:
    case Game::TenBall: return rack.onTable.lowest();
    case Game::StraightPool: return rack.onTable.lowest();
    case Game::EightBall: {
        BallSet own = rack.onTable.without(BallSet::range(kEight, kEight));
        if (rack.groupOfFirstSeat) {
            const Group first = *rack.groupOfFirstSeat;
            const Group mine = *groupOfSeat(first, rack.turn);
            own = rack.onTable & groupBalls(mine);
        }
        return own.empty() ? (rack.onTable.contains(kEight) ? kEight : rack.onTable.lowest())
                           : own.lowest();
    }
    }
    return -1;
}

bool callsShots(Game game)
{
    return game != Game::NineBall;
}

} // namespace

ScriptedPlay::ScriptedPlay(quint32 seed, bool withCorrections)
    : m_random(seed)
    , m_withCorrections(withCorrections)
{
}

int ScriptedPlay::randomBall(BallSet balls)
{
    std::vector<int> list;
    for (int ball = 1; ball <= 15; ++ball) {
        if (balls.contains(ball))
            list.push_back(ball);
    }
    return list.empty() ? -1 : list[m_random.bounded(int(list.size()))];
}

PocketId ScriptedPlay::randomPocket()
{
    return kAllPockets[size_t(m_random.bounded(int(kAllPockets.size())))];
}

Step ScriptedPlay::next(const Match &match)
{
    const RackState &rack = match.rack();
    if (!rack.options.empty()) {
        std::vector<Choice> offered;
        for (Choice choice : kAllChoices) {
            if (rack.options.contains(choice))
                offered.push_back(choice);
        }
        return offered[size_t(m_random.bounded(int(offered.size())))];
    }
    if (rack.breakDue)
        return breakShot(rack);
    const int roll = m_random.bounded(200);
    if (m_withCorrections && roll < 4)
        return correction(match);
    if (roll < 6)
        return Stalemate{};
    return playShot(rack);
}

ShotRecord ScriptedPlay::breakShot(const RackState &rack)
{
    ShotRecord shot;
    shot.isBreak = true;
    shot.firstContact = rack.onTable.lowest();
    const int money = moneyBallOf(rack.game);
    BallSet left = rack.onTable;
    const int roll = m_random.bounded(100);
    if (roll < 50) {
        const int ball = randomBall(left.without(BallSet::range(money, money)));
        if (ball > 0) {
            shot.pocketed.push_back({ball, randomPocket()});
            left.erase(ball);
        }
    } else if (roll < 55 && left.contains(money)) {
        shot.pocketed.push_back({money, randomPocket()});
        left.erase(money);
    }
    const int rails = roll >= 90 ? 1 : 4; // a weak break now and then
    for (int i = 0; i < rails && !left.empty(); ++i) {
        const int ball = randomBall(left);
        shot.rails.push_back(ball);
        left.erase(ball);
    }
    if (m_random.bounded(100) < 8)
        shot.pocketed.push_back({0, randomPocket()});
    return shot;
}

ShotRecord ScriptedPlay::playShot(const RackState &rack)
{
    ShotRecord shot;
    const int target = targetBall(rack);
    if (target < 0) {
        shot.rails = {0};
        return shot;
    }
    shot.firstContact = target;
    const PocketId pocket = randomPocket();
    const int money = moneyBallOf(rack.game);
    const int roll = m_random.bounded(100);
    if (roll < 45) { // the target goes down where it was called
        shot.pocketed.push_back({target, pocket});
        if (callsShots(rack.game))
            shot.call = Call{false, target, pocket};
    } else if (roll < 55 && money > 0 && rack.onTable.contains(money) && money != target) {
        // a combination on the money ball: wins a rotation rack, loses an early 8
        shot.pocketed.push_back({money, pocket});
        if (callsShots(rack.game))
            shot.call = Call{false, money, pocket};
    } else if (roll < 55 && rack.game == Game::StraightPool) {
        shot.pocketed.push_back({target, pocket});
        shot.call = Call{false, target, pocket};
        const int second = randomBall(rack.onTable.without(BallSet::range(target, target)));
        if (second > 0)
            shot.pocketed.push_back({second, randomPocket()});
    } else if (roll < 75) { // a miss that reaches a cushion
        shot.rails = {0, target};
        if (callsShots(rack.game))
            shot.call = Call{false, target, pocket};
    } else if (roll < 85) { // a scratch
        shot.pocketed.push_back({0, pocket});
        shot.rails = {target};
    } else if (roll < 90) {
        if (rack.pushOutAllowed)
            shot.pushOut = true;
        else
            shot.call = Call::safetyCall();
        shot.rails = {target};
    } else if (roll < 95) { // no cushion after contact
    } else {
        shot.rails = {0};
        shot.refereeFouls = {RefereeFoul::DoubleHit};
    }
    return shot;
}

Correction ScriptedPlay::correction(const Match &match)
{
    // The referee gives the table to the other player with ball in hand, as after a missed
    // foul call.
    Correction correction{match.rack(), match.score()};
    RackState &rack = correction.rack;
    rack.turn = other(rack.turn);
    rack.ballInHand = BallInHand::Anywhere;
    rack.pending = Pending::None;
    rack.options = {};
    rack.pushOutAllowed = false;
    rack.foulsInARow = {};
    return correction;
}

} // namespace dojo::rules::play
