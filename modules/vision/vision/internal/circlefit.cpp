#include "vision/internal/circlefit.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace dojo::vision::internal {

namespace {

constexpr int kRays = 48;
constexpr double kInnermost = 0.45;     // of the radius, where a ray's walk inward stops
constexpr double kOutermost = 1.75;     // where it starts, on the cloth beyond the ball
constexpr double kStepShare = 1.0 / 36; // of the radius, at least half a pixel: a ray's step
// The rim must stand this far (8-bit levels) from the cloth beside it to place its edge.
constexpr float kLeastContrast = 24.0f;
// A rim that rises slowly (motion blur) must rise further before it counts.
constexpr float kLeastRampContrast = 36.0f;
// The cloth beyond a ball may lie in its shadow, this dark; walking in, the shade may change
// this much from one step to the next before it is the ball's edge.
constexpr float kDeepestShadow = 0.2f;
constexpr float kBrightestCloth = 1.45f;
constexpr float kStepDarker = 0.82f;
constexpr float kStepBrighter = 1.2f;

// The colour at a point, pixel i spanning [i, i + 1) as the camera's coordinates have it.
cv::Vec3f sample(const cv::Mat &picture, double x, double y)
{
    x -= 0.5;
    y -= 0.5;
    const int x0 = int(std::floor(x));
    const int y0 = int(std::floor(y));
    if (x0 < 0 || y0 < 0 || x0 + 1 >= picture.cols || y0 + 1 >= picture.rows)
        return {-1, -1, -1};
    const float fx = float(x - x0);
    const float fy = float(y - y0);
    const auto *r0 = picture.ptr<cv::Vec3b>(y0) + x0;
    const auto *r1 = picture.ptr<cv::Vec3b>(y0 + 1) + x0;
    return cv::Vec3f(r0[0]) * ((1 - fx) * (1 - fy)) + cv::Vec3f(r0[1]) * (fx * (1 - fy))
           + cv::Vec3f(r1[0]) * ((1 - fx) * fy) + cv::Vec3f(r1[1]) * (fx * fy);
}

// A blurred ball's rim rises slowly, as a soft shadow does: where the colour has gone halfway
// from the cloth outside to the ball's, once it has gone far enough to be a ball.
std::optional<double> rampEdge(const std::array<cv::Vec3f, 128> &colours,
                               const std::array<double, 128> &at, int n, const cv::Vec3f &outside)
{
    const auto away = [&](int i) {
        const cv::Vec3f d = colours[size_t(i)] - outside;
        return std::sqrt(d.dot(d));
    };
    // The ball's inside: the samples innermost along the ray, by their median distance.
    std::array<float, 8> inner{};
    const int count = std::min(8, n / 4);
    for (int i = 0; i < count; ++i)
        inner[size_t(i)] = away(n - 1 - i);
    std::sort(inner.begin(), inner.begin() + count);
    const float inside = inner[size_t(count / 2)];
    if (inside < kLeastRampContrast)
        return std::nullopt;
    const float half = inside / 2;
    for (int i = 1; i < n; ++i) {
        const float a = away(i - 1);
        const float b = away(i);
        if (a < half && b >= half) {
            // Once across, it must stay across: a shadow's ramp falls back.
            for (int j = i; j < n; ++j) {
                if (away(j) < half * 0.8f)
                    return std::nullopt;
            }
            return at[size_t(i - 1)]
                   - (at[size_t(i - 1)] - at[size_t(i)]) * double((half - a) / (b - a));
        }
    }
    return std::nullopt;
}

// Where along one ray (distance from the rough centre) the ball's edge lies, if it shows.
std::optional<double> edgeAlong(const cv::Mat &picture, const ClothModel &cloth, cv::Point2d from,
                                cv::Point2d direction, double radius, bool blurred)
{
    std::array<cv::Vec3f, 128> colours;
    std::array<double, 128> at;
    int n = 0;
    const double step = std::max(0.5, radius * kStepShare);
    for (double t = kOutermost * radius; t >= kInnermost * radius && n < 128; t -= step) {
        colours[size_t(n)] = sample(picture, from.x + direction.x * t, from.y + direction.y * t);
        if (colours[size_t(n)][0] < 0)
            return std::nullopt;
        at[size_t(n++)] = t;
    }
    if (n < 8)
        return std::nullopt;
    // The cloth just beyond the ball, maybe in its shadow: a neighbour or the rail there and
    // the ray tells nothing.
    cv::Vec3f shade = (colours[0] + colours[1] + colours[2]) / 3.0f;
    const cv::Vec3f outside = shade;
    if (cloth.unlikeness(shade, cloth.colour, kDeepestShadow, kBrightestCloth) > 1)
        return std::nullopt;
    // Walking in, the cloth's shade changes slowly (a soft shadow); the ball's edge is a step.
    // Two samples in a row off the shade: the picture's full noise is not the model's.
    int rim = -1;
    for (int i = 3; i + 1 < n; ++i) {
        const cv::Vec3f &p = colours[size_t(i)];
        if (cloth.unlikeness(p, shade, kStepDarker, kStepBrighter) > 1
            && cloth.unlikeness(colours[size_t(i + 1)], shade, kStepDarker, kStepBrighter) > 1) {
            rim = i;
            break;
        }
        shade = shade * 0.7f + p * 0.3f;
    }
    if (rim < 0)
        return blurred ? rampEdge(colours, at, n, outside) : std::nullopt;
    // The halfway level between the cloth's shade just outside and the ball's rim.
    const cv::Vec3f beyond = shade;
    const auto away = [&](int i) {
        const cv::Vec3f d = colours[size_t(i)] - beyond;
        return std::sqrt(d.dot(d));
    };
    float inside = 0;
    for (int i = rim; i < std::min(n, rim + 4); ++i)
        inside = std::max(inside, away(i));
    if (inside < kLeastContrast)
        return std::nullopt;
    const float half = inside / 2;
    for (int i = std::max(1, rim - 3); i < std::min(n, rim + 4); ++i) {
        const float a = away(i - 1);
        const float b = away(i);
        if (a < half && b >= half)
            return at[size_t(i - 1)]
                   - (at[size_t(i - 1)] - at[size_t(i)]) * double((half - a) / (b - a));
    }
    return std::nullopt;
}

// The centre (and, given enough of the outline, the radius) that best fit the edge points,
// by Gauss-Newton on their distances to the circle.
void fit(const std::vector<cv::Point2d> &points, cv::Point2d &centre, double &radius,
         bool freeRadius)
{
    for (int iteration = 0; iteration < 8; ++iteration) {
        cv::Matx33d normal = cv::Matx33d::zeros();
        cv::Vec3d gradient(0, 0, 0);
        for (const cv::Point2d &p : points) {
            const cv::Point2d d = p - centre;
            const double distance = std::max(1e-6, std::hypot(d.x, d.y));
            const double residual = distance - radius;
            const cv::Vec3d j(-d.x / distance, -d.y / distance, freeRadius ? -1.0 : 0.0);
            normal += j * j.t();
            gradient += j * residual;
        }
        if (!freeRadius)
            normal(2, 2) = 1;
        cv::Vec3d step;
        if (!cv::solve(normal, -gradient, step, cv::DECOMP_CHOLESKY))
            return;
        centre += cv::Point2d(step[0], step[1]);
        radius += step[2];
        if (std::abs(step[0]) + std::abs(step[1]) < 1e-3)
            return;
    }
}

} // namespace

std::optional<FittedCircle> fitBallEdge(const cv::Mat &picture, const ClothModel &cloth,
                                        cv::Point2d rough, double radius, bool blurred)
{
    cv::Point2d centre = rough;
    std::vector<cv::Point2d> edge;
    // Twice: the second pass casts its rays from the first pass's centre.
    for (int pass = 0; pass < 2; ++pass) {
        edge.clear();
        for (int r = 0; r < kRays; ++r) {
            const double angle = 2 * std::numbers::pi * r / kRays;
            const cv::Point2d direction(std::cos(angle), std::sin(angle));
            if (const std::optional<double> t
                = edgeAlong(picture, cloth, centre, direction, radius, blurred))
                edge.push_back(centre + direction * *t);
        }
        if (edge.size() < kRays / 4)
            return std::nullopt;
        double fitted = radius;
        fit(edge, centre, fitted, false);
        // Drop the points a shadow, a neighbour or a highlight put off the outline; refit.
        const double tolerance = 1.5 + 0.08 * radius;
        std::erase_if(edge, [&](const cv::Point2d &p) {
            return std::abs(std::hypot(p.x - centre.x, p.y - centre.y) - radius) > tolerance;
        });
        if (edge.size() < kRays / 4)
            return std::nullopt;
        fit(edge, centre, fitted, false);
    }
    // Seen nearly all round, the outline fixes its own radius too (the lens and the anti-aliased
    // rim make it differ a little from the calibration's).
    if (edge.size() >= kRays * 3 / 4) {
        double fitted = radius;
        cv::Point2d free = centre;
        fit(edge, free, fitted, true);
        if (std::abs(fitted - radius) < 0.15 * radius)
            centre = free;
    }
    FittedCircle circle;
    circle.centre = centre;
    std::vector<double> distances;
    double squares = 0;
    for (const cv::Point2d &p : edge) {
        const double d = std::hypot(p.x - centre.x, p.y - centre.y);
        distances.push_back(d);
        squares += (d - radius) * (d - radius);
    }
    std::nth_element(distances.begin(), distances.begin() + long(distances.size() / 2),
                     distances.end());
    circle.radius = distances[distances.size() / 2];
    circle.coverage = double(edge.size()) / kRays;
    circle.residual = std::sqrt(squares / double(edge.size()));
    return circle;
}

} // namespace dojo::vision::internal
