// 9-ball (WPA section 2) and 10-ball (WPA section 9 of the World Standardized Rules): the
// lowest ball first, push-outs, the money ball respotted, three fouls lose.

#include "rules/internal/rackrules.h"

namespace dojo::rules::internal {
namespace {

// Fouls of an ordinary shot: contact with the lowest ball first, then a rail or a pocket.
FoulSet shotFouls(const ShotFacts &facts, int lowest)
{
    FoulSet fouls = commonFouls(facts);
    if (!facts.firstContact)
        fouls.insert(Foul::NoContact);
    else if (*facts.firstContact != lowest)
        fouls.insert(Foul::WrongBallFirst);
    if (facts.noRail())
        fouls.insert(Foul::NoRail);
    return fouls;
}

// The money ball never stays down unless it won the rack.
void respotMoneyBall(RackStep &step, const ShotFacts &facts)
{
    const int money = moneyBall(step.after.game);
    if (facts.pocketed.contains(money) || facts.off.contains(money))
        respot(step, money);
}

// A foul: ball in hand anywhere for the opponent, or the rack lost on the third in a row.
void foul(RackStep &step, const ShotFacts &facts, FoulSet fouls, const GameOptions &options)
{
    RackState &rack = step.after;
    const Seat shooter = rack.turn;
    respotMoneyBall(step, facts);
    chargeFoul(step, shooter, fouls);
    rack.pushOutAllowed = false;
    if (options.threeFoulRule && rack.foulsInARow[static_cast<size_t>(shooter)] >= 3) {
        step.ruling.fouls.insert(Foul::ThreeFouls);
        winRack(rack, other(shooter));
        return;
    }
    passTurn(rack, BallInHand::Anywhere);
}

void ruleBreak(RackStep &step, const ShotFacts &facts, int lowest, const GameOptions &options)
{
    RackState &rack = step.after;
    const Seat breaker = rack.turn;
    const int money = moneyBall(rack.game);
    rack.breakDue = false;
    FoulSet fouls = shotFouls(facts, lowest);
    if (!facts.anyPocketed() && facts.railObjects.size() < 4)
        fouls.insert(Foul::BadBreak); // 2.3 / 9.3: pocket a ball or drive four to the rails
    if (!fouls.empty()) {
        foul(step, facts, fouls, options);
        return;
    }
    creditLegalShot(step, breaker);
    const bool moneyWins = rack.game == Game::NineBall || options.tenBallOnBreakWins;
    if (facts.pocketed.contains(money) && moneyWins) {
        winRack(rack, breaker);
        return;
    }
    respotMoneyBall(step, facts);
    rack.pushOutAllowed = true; // 2.4: the next shot may be a push-out, whoever takes it
    if (facts.anyPocketed())
        keepTurn(rack);
    else
        passTurn(rack, BallInHand::None);
}

void rulePushOut(RackStep &step, const ShotFacts &facts, const GameOptions &options)
{
    RackState &rack = step.after;
    const Seat pusher = rack.turn;
    // 2.4: no contact or rail needed; every other foul still counts.
    const FoulSet fouls = commonFouls(facts);
    if (!fouls.empty()) {
        foul(step, facts, fouls, options);
        return;
    }
    creditLegalShot(step, pusher);
    respotMoneyBall(step, facts);
    offer(rack, other(pusher), Pending::PushOut, {Choice::Shoot, Choice::HandBack},
          BallInHand::None);
}

} // namespace

void ruleRotationShot(RackStep &step, const ShotRecord &shot, const ShotFacts &facts,
                      const GameOptions &options)
{
    RackState &rack = step.after;
    const Seat shooter = rack.turn;
    const int money = moneyBall(rack.game);
    const int lowest = (rack.onTable | facts.pocketed | facts.off).lowest();
    if (rack.breakDue) {
        ruleBreak(step, facts, lowest, options);
        return;
    }
    if (shot.pushOut && rack.pushOutAllowed) {
        rulePushOut(step, facts, options);
        return;
    }
    rack.pushOutAllowed = false;
    const FoulSet fouls = shotFouls(facts, lowest);
    if (!fouls.empty()) {
        foul(step, facts, fouls, options);
        return;
    }
    creditLegalShot(step, shooter);

    if (rack.game == Game::NineBall) {
        if (facts.pocketed.contains(money)) {
            winRack(rack, shooter); // 2.5: the 9 legally pocketed, by any route
            return;
        }
        if (facts.anyPocketed())
            keepTurn(rack);
        else
            passTurn(rack, BallInHand::None);
        return;
    }

    // 10-ball: every shot is called.
    if (shot.call && shot.call->safety) {
        respotMoneyBall(step, facts);
        passTurn(rack, BallInHand::None);
        return;
    }
    if (calledBallMade(shot)) {
        if (shot.call->ball == money) {
            winRack(rack, shooter);
            return;
        }
        respotMoneyBall(step, facts);
        keepTurn(rack);
        return;
    }
    respotMoneyBall(step, facts);
    if (facts.anyPocketed()) {
        // A missed call that pocketed something: the opponent chooses who shoots next.
        offer(rack, other(shooter), Pending::MissedCall, {Choice::Shoot, Choice::HandBack},
              BallInHand::None);
        return;
    }
    passTurn(rack, BallInHand::None);
}

} // namespace dojo::rules::internal
