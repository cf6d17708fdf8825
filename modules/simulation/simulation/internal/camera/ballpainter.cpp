#include "simulation/internal/camera/ballpainter.h"

#include "simulation/internal/camera/balllight.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace dojo::simulation::internal {

namespace {

constexpr double kPocketDark = 60; // mm below the bed where a sinking ball is lost in the dark

} // namespace

BallPainter::BallPainter(const PixelRays &rays, const Lighting &lighting, const StillTable &still)
    : m_rays(rays)
    , m_lighting(lighting)
    , m_still(still)
{
    for (int number = kCueBall; number <= kHighestBall; ++number)
        m_surfaces.emplace_back(number, m_font);
}

PixelBox BallPainter::box(const BallPose &pose) const
{
    double left = 1e300;
    double top = 1e300;
    double right = -1e300;
    double bottom = -1e300;
    for (int corner = 0; corner < 8; ++corner) {
        const physics::Vec3 point{pose.position.x + (corner & 1 ? kBallRadius : -kBallRadius),
                                  pose.position.y + (corner & 2 ? kBallRadius : -kBallRadius),
                                  pose.height + (corner & 4 ? kBallRadius : -kBallRadius)};
        const QPointF pixel = m_rays.project(point);
        left = std::min(left, pixel.x());
        right = std::max(right, pixel.x());
        top = std::min(top, pixel.y());
        bottom = std::max(bottom, pixel.y());
    }
    if (!(left < right) || right < -1 || bottom < -1 || left > m_still.width()
        || top > m_still.height())
        return {};
    const int x0 = std::max(0, int(std::floor(left)) - 1);
    const int y0 = std::max(0, int(std::floor(top)) - 1);
    const int x1 = std::min(m_still.width() - 1, int(std::ceil(right)) + 1);
    const int y1 = std::min(m_still.height() - 1, int(std::ceil(bottom)) + 1);
    return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

BallImage BallPainter::paint(const BallExposure &ball) const
{
    std::vector<PixelBox> boxes;
    int left = INT_MAX;
    int top = INT_MAX;
    int right = INT_MIN;
    int bottom = INT_MIN;
    for (const BallPose &pose : ball.poses) {
        boxes.push_back(box(pose));
        const PixelBox &b = boxes.back();
        if (b.isEmpty())
            continue;
        left = std::min(left, b.left);
        top = std::min(top, b.top);
        right = std::max(right, b.left + b.width - 1);
        bottom = std::max(bottom, b.top + b.height - 1);
    }
    BallImage image;
    if (right < left)
        return image;
    image.box = {left, top, right - left + 1, bottom - top + 1};
    const size_t pixels = size_t(image.box.width) * size_t(image.box.height);
    image.values.assign(4 * pixels, 0.0f);
    // A pixel's ray is the same for every pose: find it once.
    std::vector<physics::Vec3> rays(pixels);
    for (int y = top; y <= bottom; ++y) {
        for (int x = left; x <= right; ++x)
            rays[image.box.index(x, y)] = m_rays.direction(x + 0.5, y + 0.5);
    }
    for (size_t i = 0; i < ball.poses.size(); ++i) {
        if (!boxes[i].isEmpty())
            addPose(ball.poses[i], boxes[i], rays, image);
    }
    if (ball.poses.size() > 1) {
        const float perPose = 1.0f / float(ball.poses.size());
        for (float &value : image.values)
            value *= perPose;
    }
    return image;
}

void BallPainter::addPose(const BallPose &pose, const PixelBox &area,
                          const std::vector<physics::Vec3> &rays, BallImage &image) const
{
    const physics::Vec3 camera = m_rays.lens().centre;
    const physics::Vec3 centre{pose.position.x, pose.position.y, pose.height};
    const physics::Vec3 fromCentre = camera - centre;
    const double distanceSquared = fromCentre.lengthSquared();
    const double distance = std::sqrt(distanceSquared);
    constexpr double radius = kBallRadius;
    const double pixelSize = distance / m_rays.lens().focal; // mm across one pixel at the ball
    const double reach = (radius + pixelSize) * (radius + pixelSize);
    const double inside = std::max(radius - pixelSize, 0.0);
    const double solid = inside * inside; // fully covered within
    const double perPixelSize = 1.0 / pixelSize;

    // The ball's frame: table directions turned into it.
    const physics::Vec3 ballX = toBall(pose.orientation, {1, 0, 0});
    const physics::Vec3 ballY = toBall(pose.orientation, {0, 1, 0});
    const physics::Vec3 ballZ = toBall(pose.orientation, {0, 0, 1});

    const BallLight light(m_lighting, m_rays, centre);
    const BallSurface &surface = m_surfaces[size_t(pose.number)];

    for (int y = area.top; y < area.top + area.height; ++y) {
        for (int x = area.left; x < area.left + area.width; ++x) {
            const size_t index = image.box.index(x, y);
            const physics::Vec3 &ray = rays[index];
            const double along = fromCentre.dot(ray); // < 0: the ball is ahead
            const double missSquared = distanceSquared - along * along;
            if (missSquared >= reach)
                continue;
            double cover = 1.0;
            double miss = radius;
            if (missSquared > solid) { // on the silhouette's edge: how much of the pixel it covers
                miss = std::sqrt(missSquared);
                cover = std::min(0.5 + (radius - miss) * perPixelSize, 1.0);
                if (cover <= 0.0)
                    continue;
            }
            double t = -along;
            if (missSquared < radius * radius)
                t -= std::sqrt(radius * radius - missSquared);
            const physics::Vec3 hit = camera + ray * t;
            if (hit.z < 0.0 && !m_still.looksIntoPocket(x, y))
                continue; // the bed hides a sinking ball outside the pocket's hole
            const physics::Vec3 normal = (hit - centre) * (1.0 / std::max(miss, radius));
            const physics::Vec3 own = ballX * normal.x + ballY * normal.y + ballZ * normal.z;
            const double facing = std::max(-normal.dot(ray), 0.2);
            const Rgb base = surface.colour(own, 0.6 * pixelSize / (radius * facing));

            Rgb colour = light.lit(base, normal);
            if (hit.z < 0.0) // down the pocket, in its dark
                colour = colour * std::clamp(1.0 + hit.z / kPocketDark, 0.03, 1.0);

            float *value = image.values.data() + 4 * index;
            value[0] += float(cover);
            value[1] += float(cover * colour.r);
            value[2] += float(cover * colour.g);
            value[3] += float(cover * colour.b);
        }
    }
}

} // namespace dojo::simulation::internal
