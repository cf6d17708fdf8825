#include "simulation/internal/camera/lens.h"

#include "simulation/internal/camera/railsize.h"

#include <algorithm>
#include <cmath>

namespace dojo::simulation::internal {

namespace {

// The outer edge of the rails, walked in small steps: its distorted normalised extent.
void outlineExtent(const Lens &lens, const TableSpec &table, double &maxX, double &maxY)
{
    const double x0 = -kRailWidth;
    const double y0 = -kRailWidth;
    const double x1 = table.length + kRailWidth;
    const double y1 = table.width + kRailWidth;
    constexpr int kSteps = 256;
    maxX = 0.0;
    maxY = 0.0;
    for (int i = 0; i <= kSteps; ++i) {
        const double f = double(i) / kSteps;
        const physics::Vec3 points[4] = {{x0 + (x1 - x0) * f, y0, kRailTop},
                                         {x0 + (x1 - x0) * f, y1, kRailTop},
                                         {x0, y0 + (y1 - y0) * f, kRailTop},
                                         {x1, y0 + (y1 - y0) * f, kRailTop}};
        for (const physics::Vec3 &point : points) {
            const physics::Vec3 q = point - lens.centre;
            const double depth = q.dot(lens.forward);
            const double x = q.dot(lens.right) / depth;
            const double y = q.dot(lens.down) / depth;
            const double factor = distortionFactor(lens.k1, x * x + y * y);
            maxX = std::max(maxX, std::abs(x * factor));
            maxY = std::max(maxY, std::abs(y * factor));
        }
    }
}

} // namespace

Lens lensFor(const TableSpec &table, const CameraSettings &settings)
{
    Lens lens;
    // Mounted over the head side of the centre, tilted toward the foot so that its optical
    // axis meets the bed at the table's centre: the table fills the picture evenly.
    const double tilt = settings.tiltDegrees * M_PI / 180.0;
    lens.centre
        = {table.length / 2 - settings.height * std::tan(tilt), table.width / 2, settings.height};
    lens.forward = {std::sin(tilt), 0.0, -std::cos(tilt)};
    lens.right = {std::cos(tilt), 0.0, std::sin(tilt)};
    lens.down = {0.0, 1.0, 0.0};
    lens.k1 = settings.distortion;
    lens.principal = QPointF(settings.resolution.width() / 2.0, settings.resolution.height() / 2.0);
    double maxX = 1.0;
    double maxY = 1.0;
    outlineExtent(lens, table, maxX, maxY);
    const double framing = std::max(settings.framing, 1e-3);
    lens.focal = std::min(settings.resolution.width() / (2 * framing * maxX),
                          settings.resolution.height() / (2 * framing * maxY));
    return lens;
}

double undistortionFactor(double k1, double distortedRadiusSquared)
{
    if (k1 == 0.0 || distortedRadiusSquared <= 0.0)
        return 1.0;
    const double target = std::sqrt(distortedRadiusSquared);
    // Series inversion as the start, then Newton on r (1 + k1 r²) = r_d.
    double r = target * (1.0 - k1 * distortedRadiusSquared);
    for (int i = 0; i < 50; ++i) {
        const double value = r * (1.0 + k1 * r * r) - target;
        const double slope = 1.0 + 3.0 * k1 * r * r;
        if (slope <= 0.0)
            break; // past the fold of a strong barrel lens: keep the last estimate
        const double step = value / slope;
        r -= step;
        if (std::abs(step) <= 1e-13 * std::max(target, 1e-12))
            break;
    }
    return r / target;
}

} // namespace dojo::simulation::internal
