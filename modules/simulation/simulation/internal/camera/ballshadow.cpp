#include "simulation/internal/camera/ballshadow.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace dojo::simulation::internal {

namespace {

constexpr double kDirect = 0.70;    // of the cloth's light that comes straight from the lamps
constexpr double kContact = 0.32;   // how dark the cloth is right where the ball sits
constexpr double kSoftness = 0.30;  // the penumbra, as a fraction of the shadow's size
constexpr double kDarkest = 0.80;   // no shadow takes more than this of the light
constexpr int kMostShadowPoses = 4; // a moving ball's shadow is blurred over this many
constexpr int kGrid = 4;            // pixels between the points the shadow is worked out at

// One lamp's shadow of the ball on the bed.
struct Blob
{
    Vec2 centre;
    Vec2 axis; // unit, away from the lamp
    double inverseMajor = 0.0;
    double inverseMinor = 0.0;
    double strength = 0.0;

    double at(Vec2 point) const
    {
        const Vec2 offset = point - centre;
        const double a = offset.dot(axis) * inverseMajor;
        const double b = offset.cross(axis) * inverseMinor;
        const double r2 = a * a + b * b;
        constexpr double inner = (1 - kSoftness) * (1 - kSoftness);
        constexpr double outer = (1 + kSoftness) * (1 + kSoftness);
        if (r2 >= outer)
            return 0.0;
        if (r2 <= inner)
            return strength;
        const double t = (outer - r2) / (outer - inner);
        return strength * t * t * (3 - 2 * t);
    }
};

struct Shadow
{
    Vec2 contact;
    double contactStrength = 0.0;
    std::array<Blob, 3> blobs{};

    double at(Vec2 point) const
    {
        // Falls to nothing two radii from where the ball sits.
        const double near
            = 1.0 - (point - contact).lengthSquared() / (4.0 * kBallRadius * kBallRadius);
        double dark = near > 0.0 ? contactStrength * near * near * near : 0.0;
        for (const Blob &blob : blobs)
            dark += blob.at(point);
        return std::min(dark, kDarkest);
    }
};

// Only the rows and columns where the shadow darkens something.
void trim(ShadowPatch &patch)
{
    const PixelBox &box = patch.box;
    int left = box.left + box.width;
    int right = box.left - 1;
    int top = box.top + box.height;
    int bottom = box.top - 1;
    for (int y = box.top; y < box.top + box.height; ++y) {
        const std::uint16_t *row = patch.keep.data() + box.index(box.left, y);
        for (int x = box.left; x < box.left + box.width; ++x) {
            if (row[x - box.left] >= 256)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < left) {
        patch = {};
        return;
    }
    ShadowPatch trimmed;
    trimmed.box = {left, top, right - left + 1, bottom - top + 1};
    trimmed.keep.resize(size_t(trimmed.box.width) * size_t(trimmed.box.height));
    for (int y = top; y <= bottom; ++y) {
        const std::uint16_t *from = patch.keep.data() + box.index(left, y);
        std::copy(from, from + trimmed.box.width, trimmed.keep.data() + trimmed.box.index(left, y));
    }
    patch = std::move(trimmed);
}

} // namespace

ShadowPainter::ShadowPainter(const PixelRays &rays, const Lighting &lighting,
                             const StillTable &still)
    : m_rays(rays)
    , m_lighting(lighting)
    , m_still(still)
{
}

ShadowPatch ShadowPainter::paint(const BallExposure &ball) const
{
    ShadowPatch patch;
    std::vector<Shadow> shadows;
    Vec2 low{1e300, 1e300};
    Vec2 high{-1e300, -1e300};
    const auto extend = [&](Vec2 point, double margin) {
        low = {std::min(low.x, point.x - margin), std::min(low.y, point.y - margin)};
        high = {std::max(high.x, point.x + margin), std::max(high.y, point.y + margin)};
    };
    const size_t count = std::min(ball.poses.size(), size_t(kMostShadowPoses));
    for (size_t i = 0; i < count; ++i) {
        const BallPose &pose = ball.poses[(2 * i + 1) * ball.poses.size() / (2 * count)];
        const double height = pose.height;
        const double sink = std::clamp(height / kBallRadius, 0.0, 1.0);
        if (sink <= 0.0)
            continue;
        const physics::Vec3 centre{pose.position.x, pose.position.y, height};
        Shadow shadow;
        shadow.contact = pose.position;
        shadow.contactStrength = kContact * sink;
        extend(pose.position, 2.0 * kBallRadius);
        const std::array<double, 3> shares = m_lighting.shares(centre);
        for (size_t l = 0; l < 3; ++l) {
            const physics::Vec3 lamp = m_lighting.lamps()[l].position;
            if (lamp.z <= height + 1.0)
                continue;
            const Vec2 away = pose.position - Vec2{lamp.x, lamp.y};
            const double apart = away.length();
            Blob &blob = shadow.blobs[l];
            blob.axis = apart > 1.0 ? away / apart : Vec2{1.0, 0.0};
            blob.centre = pose.position + away * (height / (lamp.z - height));
            const double minor = kBallRadius * lamp.z / (lamp.z - height);
            const double rising = (lamp.z - height) / (lamp - centre).length();
            const double major = std::min(minor / rising, 4 * kBallRadius);
            blob.inverseMajor = 1.0 / major;
            blob.inverseMinor = 1.0 / minor;
            blob.strength = kDirect * shares[l] * sink;
            extend(blob.centre, major * (1 + kSoftness));
        }
        shadows.push_back(shadow);
    }
    if (shadows.empty())
        return patch;

    // The pixels that see that part of the bed.
    double left = 1e300;
    double top = 1e300;
    double right = -1e300;
    double bottom = -1e300;
    for (int corner = 0; corner < 4; ++corner) {
        const QPointF pixel
            = m_rays.project({corner & 1 ? high.x : low.x, corner & 2 ? high.y : low.y, 0.0});
        left = std::min(left, pixel.x());
        right = std::max(right, pixel.x());
        top = std::min(top, pixel.y());
        bottom = std::max(bottom, pixel.y());
    }
    const int x0 = std::max(0, int(std::floor(left)) - 2);
    const int x1 = std::min(m_still.width() - 1, int(std::ceil(right)) + 2);
    const int y0 = std::max(0, int(std::floor(top)) - 2);
    const int y1 = std::min(m_still.height() - 1, int(std::ceil(bottom)) + 2);
    if (x1 < x0 || y1 < y0)
        return patch;
    patch.box = {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    patch.keep.assign(size_t(patch.box.width) * size_t(patch.box.height), 256);

    // Shadows are soft: work them out on a grid of every fourth pixel, smooth in between.
    const double perShadow = 1.0 / double(shadows.size());
    const int columns = (x1 - x0) / kGrid + 2;
    const int rows = (y1 - y0) / kGrid + 2;
    std::vector<float> grid(size_t(columns) * size_t(rows));
    for (int j = 0; j < rows; ++j) {
        for (int i = 0; i < columns; ++i) {
            const physics::Vec3 bed
                = m_rays.onPlane(x0 + i * kGrid + 0.5, y0 + j * kGrid + 0.5, 0.0);
            double dark = 0.0;
            for (const Shadow &shadow : shadows)
                dark += shadow.at({bed.x, bed.y});
            grid[size_t(j) * size_t(columns) + size_t(i)] = float(dark * perShadow);
        }
    }
    for (int y = y0; y <= y1; ++y) {
        const int j = (y - y0) / kGrid;
        const float fy = float((y - y0) % kGrid) / kGrid;
        const float *above = grid.data() + size_t(j) * size_t(columns);
        const float *below = above + columns;
        std::uint16_t *keep = patch.keep.data() + patch.box.index(x0, y);
        for (int x = x0; x <= x1; ++x) {
            if (!m_still.takesShadows(x, y))
                continue;
            const int i = (x - x0) / kGrid;
            const float fx = float((x - x0) % kGrid) / kGrid;
            const float top = above[i] + (above[i + 1] - above[i]) * fx;
            const float bottom = below[i] + (below[i + 1] - below[i]) * fx;
            const float dark = top + (bottom - top) * fy;
            keep[x - x0] = std::uint16_t((1.0f - dark) * 256.0f + 0.5f);
        }
    }
    trim(patch);
    return patch;
}

} // namespace dojo::simulation::internal
