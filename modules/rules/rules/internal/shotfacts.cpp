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

QString notOnTable(int ball)
{
    return QStringLiteral("ball %1 is not on the table").arg(ball);
}

// Numbers outside 0-15 first: a BallSet cannot even hold them.
QString nonexistent(const ShotRecord &shot)
{
    const auto noSuchBall = [](const QString &field, int ball) -> QString {
        return field + QStringLiteral("ball %1 does not exist").arg(ball);
    };
    if (shot.firstContact && !isBallNumber(*shot.firstContact))
        return noSuchBall(QStringLiteral("first_contact: "), *shot.firstContact);
    for (const PocketedBall &ball : shot.pocketed) {
        if (!isBallNumber(ball.ball))
            return noSuchBall({}, ball.ball);
    }
    for (int ball : shot.offTable) {
        if (!isBallNumber(ball))
            return noSuchBall(QStringLiteral("off_table: "), ball);
    }
    for (int ball : shot.rails) {
        if (!isBallNumber(ball))
            return noSuchBall(QStringLiteral("rails: "), ball);
    }
    if (shot.call && !shot.call->safety && !isBallNumber(shot.call->ball))
        return noSuchBall(QStringLiteral("call: "), shot.call->ball);
    return {};
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

QString impossibility(const RackState &rack, const ShotRecord &shot)
{
    if (const QString problem = nonexistent(shot); !problem.isEmpty())
        return problem;
    auto onTable = [&](int ball) { return ball == kCueBall || rack.onTable.contains(ball); };
    if (shot.firstContact && !rack.onTable.contains(*shot.firstContact))
        return QStringLiteral("first_contact: ") + notOnTable(*shot.firstContact);
    BallSet dropped; // a ball that went down is no longer on the table for the rest of the shot
    for (const PocketedBall &ball : shot.pocketed) {
        if (!onTable(ball.ball))
            return notOnTable(ball.ball);
        if (dropped.contains(ball.ball))
            return QStringLiteral("ball %1 is pocketed twice").arg(ball.ball);
        dropped.insert(ball.ball);
    }
    for (int ball : shot.offTable) {
        if (!onTable(ball))
            return QStringLiteral("off_table: ") + notOnTable(ball);
        if (dropped.contains(ball))
            return QStringLiteral("off_table: ball %1 was pocketed").arg(ball);
    }
    for (int ball : shot.rails) {
        if (!onTable(ball))
            return QStringLiteral("rails: ") + notOnTable(ball);
    }
    if (shot.call && !shot.call->safety && !rack.onTable.contains(shot.call->ball))
        return QStringLiteral("call: ") + notOnTable(shot.call->ball);
    if (!shot.firstContact) {
        for (const PocketedBall &ball : shot.pocketed) {
            if (ball.ball != kCueBall)
                return QStringLiteral("ball %1 was pocketed though the cue ball touched no ball")
                    .arg(ball.ball);
        }
    }
    return {};
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
