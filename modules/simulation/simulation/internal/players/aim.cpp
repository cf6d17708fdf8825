#include "simulation/internal/players/aim.h"

#include "core/ball.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dojo::simulation::internal {
namespace {

constexpr double kMaxCut = 80.0; // degrees; thinner than that nobody plays it as a pot

bool ballInTheWay(const std::vector<physics::BallPlacement> &balls, Vec2 start, Vec2 end,
                  int object, double radius)
{
    for (const physics::BallPlacement &ball : balls) {
        if (ball.number == kCueBall || ball.number == object)
            continue;
        if (distanceToSegment(ball.position, start, end) < 2 * radius)
            return true;
    }
    return false;
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

} // namespace

double distanceToSegment(Vec2 point, Vec2 start, Vec2 end)
{
    const Vec2 along = end - start;
    const double length = along.lengthSquared();
    const double t = length > 0 ? std::clamp((point - start).dot(along) / length, 0.0, 1.0) : 0.0;
    return distance(point, start + along * t);
}

double angleOf(Vec2 direction)
{
    return std::atan2(direction.y, direction.x) * 180.0 / std::numbers::pi;
}

PotLine potLine(const physics::TableModel &table, const std::vector<physics::BallPlacement> &balls,
                Vec2 cue, int ball, PocketId pocket, double radius)
{
    PotLine line;
    line.ball = ball;
    line.pocket = pocket;
    const auto found
        = std::find_if(balls.begin(), balls.end(),
                       [ball](const physics::BallPlacement &b) { return b.number == ball; });
    if (found == balls.end())
        return line;
    const physics::PocketOpening &opening = table.pocket(pocket);
    line.object = found->position;
    line.aimPoint = opening.mouthMiddle;
    const Vec2 toPocket = line.aimPoint - line.object;
    line.objectDistance = toPocket.length();
    const Vec2 send = toPocket / line.objectDistance;
    line.ghostBall = line.object - send * (2 * radius);
    const Vec2 toGhost = line.ghostBall - cue;
    line.cueDistance = toGhost.length();
    if (line.cueDistance < 1.0)
        return line;
    const Vec2 cueLine = toGhost / line.cueDistance;
    line.cueAngle = angleOf(cueLine);
    line.cut = std::acos(std::clamp(cueLine.dot(send), -1.0, 1.0)) * 180.0 / std::numbers::pi;
    if (line.cut >= kMaxCut)
        return line;

    // The ball's way in: straight into a corner, or along the rail; a side only from the front.
    const double entry = std::acos(std::clamp(send.dot(opening.inward), -1.0, 1.0));
    const bool corner = isCornerPocket(pocket);
    if (!corner && entry > radians(60.0))
        return line;
    const double window = corner ? opening.halfMouth * (0.55 + 0.45 * std::cos(entry))
                                 : opening.halfMouth * std::cos(entry);
    line.tolerance = window - 0.75 * radius;
    if (line.tolerance < 2.0)
        return line;

    if (ballInTheWay(balls, cue, line.ghostBall, ball, radius)
        || ballInTheWay(balls, line.object, line.aimPoint, ball, radius)) {
        return line;
    }
    line.clear = true;
    return line;
}

double makeChance(const PotLine &line, double aimSigma, double radius)
{
    if (!line.clear)
        return 0.0;
    // An aim off by d radians meets the object ball d (cue distance) to the side, which turns
    // the object ball's line by that over 2R cos(cut).
    const double cosine = std::max(std::cos(radians(line.cut)), 0.2);
    const double turn = radians(aimSigma) * (line.cueDistance + 100.0) / (2 * radius * cosine);
    // Thin cuts are also misjudged, whatever the stroke.
    const double judged = turn + radians(aimSigma) * 0.6 * std::tan(radians(line.cut));
    const double miss = line.objectDistance * judged;
    return std::erf(line.tolerance / (std::sqrt(2.0) * std::max(miss, 1e-6)));
}

BestPot bestPot(const physics::TableModel &table, const std::vector<physics::BallPlacement> &balls,
                Vec2 cue, rules::BallSet legal, double aimSigma, double radius)
{
    BestPot best;
    for (const physics::BallPlacement &ball : balls) {
        if (ball.number == kCueBall || !legal.contains(ball.number))
            continue;
        for (PocketId pocket : kAllPockets) {
            const PotLine line = potLine(table, balls, cue, ball.number, pocket, radius);
            const double chance = makeChance(line, aimSigma, radius);
            if (chance > best.chance) {
                best.chance = chance;
                best.line = line;
            }
        }
    }
    return best;
}

} // namespace dojo::simulation::internal
