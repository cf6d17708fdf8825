#include "physics/shotpreview.h"

#include "physics/internal/physicstr.h"
#include "physics/tablemodel.h"

#include "core/ball.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dojo::physics {
namespace {

double distanceToSegment(Vec2 point, Vec2 start, Vec2 end)
{
    const Vec2 along = end - start;
    const double length = along.lengthSquared();
    const double t = length > 0 ? std::clamp((point - start).dot(along) / length, 0.0, 1.0) : 0.0;
    return distance(point, start + along * t);
}

// Balls (other than those excluded) a ball travelling from start to end would touch.
std::vector<int> ballsInTheWay(const std::vector<BallPlacement> &balls, Vec2 start, Vec2 end,
                               double radius, int excludeA, int excludeB)
{
    std::vector<int> blockers;
    for (const BallPlacement &ball : balls) {
        if (ball.number == excludeA || ball.number == excludeB)
            continue;
        if (distanceToSegment(ball.position, start, end) < 2 * radius)
            blockers.push_back(ball.number);
    }
    return blockers;
}

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

} // namespace

Result<ShotPreview> previewShot(Simulator &simulator, const ShotPreviewRequest &request,
                                double pathHz)
{
    ShotPreview preview;
    const auto find = [&](int number) {
        return std::find_if(request.balls.begin(), request.balls.end(),
                            [number](const BallPlacement &b) { return b.number == number; });
    };
    const auto cue = find(kCueBall);
    const auto object = find(request.objectBall);
    if (cue == request.balls.end())
        return Unexpected(internal::Tr::tr("the cue ball is not on the table"));
    if (request.objectBall == kCueBall || object == request.balls.end()) {
        return Unexpected(
            internal::Tr::tr("ball %1 is not an object ball on the table").arg(request.objectBall));
    }
    const double radius = simulator.parameters().ballRadius;
    const TableModel &table = simulator.table(request.table);
    const PocketOpening &pocket = table.pocket(request.pocket);

    // Ghost ball: one ball's width behind the object ball, on the line to the mouth's middle.
    preview.aimPoint = pocket.mouthMiddle;
    const Vec2 toPocket = preview.aimPoint - object->position;
    const Vec2 sendLine = toPocket / toPocket.length();
    preview.ghostBall = object->position - sendLine * (2 * radius);
    const Vec2 toGhost = preview.ghostBall - cue->position;
    const Vec2 cueLine = toGhost / toGhost.length();
    preview.cueAngle = degrees(std::atan2(cueLine.y, cueLine.x));
    preview.cutAngle = degrees(std::acos(std::clamp(cueLine.dot(sendLine), -1.0, 1.0)));
    preview.cutTooThin = preview.cutAngle >= 90.0;

    preview.cueBallBlockers = ballsInTheWay(request.balls, cue->position, preview.ghostBall, radius,
                                            kCueBall, request.objectBall);
    preview.objectBallBlockers = ballsInTheWay(request.balls, object->position, preview.aimPoint,
                                               radius, kCueBall, request.objectBall);
    // The object ball must pass the mouth and reach the slate edge clear of both jaw points.
    const Vec2 dropPoint
        = preview.aimPoint + sendLine * (pocket.shelf / std::max(sendLine.dot(pocket.inward), 0.1));
    for (const JawTip &tip : table.jawTips()) {
        if (tip.pocket == request.pocket
            && distanceToSegment(tip.point, object->position, dropPoint) < radius) {
            preview.jawInTheWay = true;
        }
    }

    ShotSetup setup;
    setup.table = request.table;
    setup.balls = request.balls;
    setup.cue = {request.speed, preview.cueAngle, request.side, request.top};
    SimulationOptions options;
    options.recordPath = pathHz > 0;
    const Result<ShotResult> simulated = simulator.simulate(setup, options);
    if (!simulated)
        return Unexpected(simulated.error());
    const ShotResult &result = *simulated;
    preview.outcome = result.shot;
    preview.makesTheShot = std::find(result.shot.pocketed.begin(), result.shot.pocketed.end(),
                                     PocketedBall{request.objectBall, request.pocket})
                           != result.shot.pocketed.end();
    if (pathHz > 0) {
        preview.cueBallPath = result.samplePath(kCueBall, pathHz);
        preview.objectBallPath = result.samplePath(request.objectBall, pathHz);
    }
    return preview;
}

} // namespace dojo::physics
