#include "simulation/internal/camera/exposure.h"

#include <algorithm>
#include <cmath>

namespace dojo::simulation::internal {

namespace {

constexpr int kMostPoses = 16;

physics::Vec3 centreOf(const BallPose &pose)
{
    return {pose.position.x, pose.position.y, pose.height};
}

// How many pixels the ball's surface moves: its centre, and its turning.
double pixelTravel(const BallPose &from, const BallPose &to, const PixelRays &rays)
{
    const QPointF a = rays.project(centreOf(from));
    const QPointF b = rays.project(centreOf(to));
    const double moved = std::hypot(b.x() - a.x(), b.y() - a.y());
    const Orientation &p = from.orientation;
    const Orientation &q = to.orientation;
    const double cosine = std::min(1.0, std::abs(p.w * q.w + p.x * q.x + p.y * q.y + p.z * q.z));
    const double turned = 2 * std::acos(cosine) * kBallRadius;
    const physics::Vec3 centre = centreOf(from);
    const double pixelsPerMm = rays.lens().focal / (rays.lens().centre - centre).length();
    return std::max(moved, turned * pixelsPerMm);
}

BallExposure expose(const BallPose &from, const BallPose &to, const PixelRays &rays)
{
    BallExposure exposure;
    exposure.number = from.number;
    const bool still = from.position == to.position && from.height == to.height
                       && from.orientation == to.orientation;
    if (still) {
        exposure.poses.push_back(from);
        return exposure;
    }
    const int count = std::clamp(int(std::ceil(pixelTravel(from, to, rays))), 1, kMostPoses);
    for (int i = 0; i < count; ++i) {
        const double t = (i + 0.5) / count;
        BallPose pose;
        pose.number = from.number;
        pose.position = from.position + (to.position - from.position) * t;
        pose.height = from.height + (to.height - from.height) * t;
        pose.orientation = interpolate(from.orientation, to.orientation, t);
        exposure.poses.push_back(pose);
    }
    return exposure;
}

} // namespace

std::vector<BallExposure> exposures(std::span<const BallPose> shutterOpens,
                                    std::span<const BallPose> shutterCloses, const PixelRays &rays)
{
    std::vector<BallExposure> balls;
    const auto find = [](std::span<const BallPose> poses, int number) -> const BallPose * {
        const auto it = std::find_if(poses.begin(), poses.end(), [number](const BallPose &pose) {
            return pose.number == number;
        });
        return it == poses.end() ? nullptr : &*it;
    };
    for (const BallPose &open : shutterOpens) {
        if (!isBallNumber(open.number))
            continue; // no such ball to draw
        const BallPose *close = find(shutterCloses, open.number);
        balls.push_back(expose(open, close ? *close : open, rays));
    }
    for (const BallPose &close : shutterCloses) {
        if (isBallNumber(close.number) && !find(shutterOpens, close.number))
            balls.push_back(expose(close, close, rays));
    }
    const physics::Vec3 camera = rays.lens().centre;
    const auto distanceOf = [camera](const BallExposure &exposure) {
        return (centreOf(exposure.poses[exposure.poses.size() / 2]) - camera).lengthSquared();
    };
    std::stable_sort(balls.begin(), balls.end(), [&](const BallExposure &a, const BallExposure &b) {
        return distanceOf(a) > distanceOf(b);
    });
    return balls;
}

} // namespace dojo::simulation::internal
