#include "capture/internal/pathverdict.h"

#include "capture/internal/capturetr.h"

#include <physics/pathcheck.h>

#include <array>

namespace dojo::capture::internal {

namespace {

QString findingSentence(const physics::PathFinding &finding, double start)
{
    const double at = finding.time - start;
    switch (finding.problem) {
    case physics::PathProblem::MovedUntouched:
        return Tr::tr("The physics check doubts the tracked paths: ball %1 started to move %2 s "
                      "into the shot with no ball touching it.")
            .arg(finding.ball)
            .arg(at, 0, 'f', 2);
    case physics::PathProblem::SpeedGained:
        return Tr::tr("The physics check doubts the tracked paths: ball %1 sped up %2 s into the "
                      "shot with nothing touching it.")
            .arg(finding.ball)
            .arg(at, 0, 'f', 2);
    case physics::PathProblem::PassedThrough:
        return Tr::tr("The physics check doubts the tracked paths: balls %1 and %2 went through "
                      "each other %3 s into the shot.")
            .arg(finding.ball)
            .arg(finding.otherBall)
            .arg(at, 0, 'f', 2);
    }
    return {};
}

} // namespace

PathVerdict checkPaths(const vision::FinishedShot &finished, TableSize table)
{
    physics::TrackedShot tracked;
    tracked.table = table;
    std::array<int, 16> index{};
    index.fill(-1);
    for (const vision::TableState &state : finished.states) {
        for (const vision::TrackedBall &ball : state.balls) {
            if (ball.ball < 0 || ball.ball > 15 || ball.hidden)
                continue;
            int &slot = index[size_t(ball.ball)];
            if (slot < 0) {
                slot = int(tracked.balls.size());
                tracked.balls.push_back({ball.ball, {}});
            }
            tracked.balls[size_t(slot)].samples.push_back({state.time, ball.position});
        }
    }
    const physics::PathCheck check = physics::checkTrackedShot(tracked);
    if (!check.needsReview || check.findings.empty())
        return {true, Tr::tr("The tracked paths are physically possible.")};
    return {false, findingSentence(check.findings.front(), finished.shot.start)};
}

} // namespace dojo::capture::internal
