#include "rules/internal/shotfacts.h"

#include <core/ball.h>

namespace dojo::rules::internal {
namespace {

Foul foulOf(RefereeFoul foul)
{
    switch (foul) {
    case RefereeFoul::DoubleHit: return Foul::DoubleHit;
    case RefereeFoul::PushShot: return Foul::PushShot;
    case RefereeFoul::TouchedBall: return Foul::TouchedBall;
    case RefereeFoul::BadCueBallPlacement: return Foul::BadCueBallPlacement;
    case RefereeFoul::NoFootOnFloor: return Foul::NoFootOnFloor;
    case RefereeFoul::SlowPlay: return Foul::SlowPlay;
    }
    return Foul::TouchedBall;
}

Refusal aboutBall(RefusalReason reason, ShotField field, int ball)
{
    Refusal refusal;
    refusal.reason = reason;
    refusal.field = field;
    refusal.ball = ball;
    return refusal;
}

// Numbers outside 0-15 first: a BallSet cannot even hold them.
std::optional<Refusal> nonexistent(const ShotRecord &shot)
{
    const auto noSuchBall = [](ShotField field, int ball) {
        return aboutBall(RefusalReason::NoSuchBall, field, ball);
    };
    if (shot.firstContact && !isBallNumber(*shot.firstContact))
        return noSuchBall(ShotField::FirstContact, *shot.firstContact);
    for (const PocketedBall &ball : shot.pocketed) {
        if (!isBallNumber(ball.ball))
            return noSuchBall(ShotField::Pocketed, ball.ball);
    }
    for (int ball : shot.offTable) {
        if (!isBallNumber(ball))
            return noSuchBall(ShotField::OffTable, ball);
    }
    for (int ball : shot.rails) {
        if (!isBallNumber(ball))
            return noSuchBall(ShotField::Rails, ball);
    }
    if (shot.call && !shot.call->safety && !isBallNumber(shot.call->ball))
        return noSuchBall(ShotField::Call, shot.call->ball);
    return std::nullopt;
}

} // namespace

ShotFacts factsOf(const ShotRecord &shot)
{
    ShotFacts facts;
    facts.firstContact = shot.firstContact;
    for (const PocketedBall &ball : shot.pocketed) {
        if (ball.ball == kCueBall)
            facts.scratch = true;
        else
            facts.pocketed.insert(ball.ball);
    }
    for (int ball : shot.offTable) {
        if (ball == kCueBall)
            facts.cueOff = true;
        else
            facts.off.insert(ball);
    }
    for (int ball : shot.rails) {
        if (ball == kCueBall)
            facts.cueToRail = true;
        else
            facts.railObjects.insert(ball);
    }
    for (RefereeFoul foul : shot.refereeFouls)
        facts.refereeFouls.insert(foulOf(foul));
    return facts;
}

std::optional<Refusal> impossibility(const RackState &rack, const ShotRecord &shot)
{
    if (std::optional<Refusal> problem = nonexistent(shot))
        return problem;
    const auto notOnTable = [](ShotField field, int ball) {
        return aboutBall(RefusalReason::BallNotOnTable, field, ball);
    };
    auto onTable = [&](int ball) { return ball == kCueBall || rack.onTable.contains(ball); };
    if (shot.firstContact && !rack.onTable.contains(*shot.firstContact))
        return notOnTable(ShotField::FirstContact, *shot.firstContact);
    BallSet dropped; // a ball that went down is no longer on the table for the rest of the shot
    for (const PocketedBall &ball : shot.pocketed) {
        if (!onTable(ball.ball))
            return notOnTable(ShotField::Pocketed, ball.ball);
        if (dropped.contains(ball.ball))
            return aboutBall(RefusalReason::BallPocketedTwice, ShotField::Pocketed, ball.ball);
        dropped.insert(ball.ball);
    }
    for (int ball : shot.offTable) {
        if (!onTable(ball))
            return notOnTable(ShotField::OffTable, ball);
        if (dropped.contains(ball))
            return aboutBall(RefusalReason::BallPocketedAndOff, ShotField::OffTable, ball);
    }
    for (int ball : shot.rails) {
        if (!onTable(ball))
            return notOnTable(ShotField::Rails, ball);
    }
    if (shot.call && !shot.call->safety && !rack.onTable.contains(shot.call->ball))
        return notOnTable(ShotField::Call, shot.call->ball);
    if (!shot.firstContact) {
        for (const PocketedBall &ball : shot.pocketed) {
            if (ball.ball != kCueBall) {
                return aboutBall(RefusalReason::PocketedWithoutContact, ShotField::Pocketed,
                                 ball.ball);
            }
        }
    }
    return std::nullopt;
}

bool calledBallMade(const ShotRecord &shot)
{
    if (!shot.call || shot.call->safety)
        return false;
    for (const PocketedBall &ball : shot.pocketed) {
        if (ball.ball == shot.call->ball)
            return ball.pocket == shot.call->pocket;
    }
    return false;
}

FoulSet commonFouls(const ShotFacts &facts)
{
    FoulSet fouls = facts.refereeFouls;
    if (facts.scratch)
        fouls.insert(Foul::Scratch);
    if (facts.cueOff)
        fouls.insert(Foul::CueBallOffTable);
    if (!facts.off.empty())
        fouls.insert(Foul::ObjectBallOffTable);
    return fouls;
}

} // namespace dojo::rules::internal
