#include "vision/internal/clusterfill.h"

#include <algorithm>
#include <cmath>

namespace dojo::vision::internal {

namespace {

constexpr double kSolid = 0.8;      // of the radius: the cluster is this deep where a ball lies
constexpr double kApart = 1.7;      // radii from every found ball: room for another
constexpr double kNeighbour = 2.6;  // radii: a found ball this near may touch the new one
constexpr double kTouching = 0.08;  // of the radius off touching: it touches
constexpr int kLeastNeighbours = 3; // touching found balls that fix a hidden one
constexpr int kMostTries = 24;

// The point touching the neighbours (2 radii from each), from a start, by Gauss-Newton.
cv::Point2d touching(cv::Point2d p, const std::vector<cv::Point2d> &neighbours, double radius)
{
    for (int iteration = 0; iteration < 10; ++iteration) {
        cv::Matx22d normal = cv::Matx22d::zeros();
        cv::Vec2d gradient(0, 0);
        for (const cv::Point2d &n : neighbours) {
            const cv::Point2d d = p - n;
            const double length = std::max(1e-6, std::hypot(d.x, d.y));
            const cv::Vec2d j(d.x / length, d.y / length);
            normal += j * j.t();
            gradient += j * (length - 2 * radius);
        }
        cv::Vec2d step;
        if (!cv::solve(normal, -gradient, step, cv::DECOMP_CHOLESKY))
            return p;
        p += cv::Point2d(step[0], step[1]);
        if (std::abs(step[0]) + std::abs(step[1]) < 1e-3)
            break;
    }
    return p;
}

} // namespace

std::vector<cv::Point2d> fillCluster(const cv::Mat &depth,
                                     const std::function<cv::Point2d(cv::Point)> &toPicture,
                                     std::vector<cv::Point2d> found, double radius,
                                     double workRadius)
{
    std::vector<cv::Point2d> filled;
    if (found.size() < size_t(kLeastNeighbours))
        return filled;
    const auto farFromAll = [&](cv::Point2d p, double apart) {
        return std::all_of(found.begin(), found.end(), [&](const cv::Point2d &f) {
            return std::hypot(f.x - p.x, f.y - p.y) >= apart * radius;
        });
    };
    // The solid places of the clusters, deepest first.
    std::vector<std::pair<float, cv::Point>> solid;
    for (int y = 0; y < depth.rows; ++y) {
        const float *d = depth.ptr<float>(y);
        for (int x = 0; x < depth.cols; ++x)
            if (d[x] >= float(kSolid * workRadius))
                solid.emplace_back(d[x], cv::Point(x, y));
    }
    std::sort(solid.begin(), solid.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<cv::Point2d> tried;
    for (const auto &[d, at] : solid) {
        if (int(tried.size()) >= kMostTries)
            break;
        const cv::Point2d start = toPicture(at);
        if (!farFromAll(start, kApart))
            continue;
        const bool seen = std::any_of(tried.begin(), tried.end(), [&](const cv::Point2d &t) {
            return std::hypot(t.x - start.x, t.y - start.y) < radius;
        });
        if (seen)
            continue;
        tried.push_back(start);
        std::vector<cv::Point2d> neighbours;
        for (const cv::Point2d &f : found) {
            if (std::hypot(f.x - start.x, f.y - start.y) <= kNeighbour * radius)
                neighbours.push_back(f);
        }
        if (neighbours.size() < size_t(kLeastNeighbours))
            continue;
        // Only the neighbours it touches fix it: refit on those.
        cv::Point2d p = touching(start, neighbours, radius);
        std::erase_if(neighbours, [&](const cv::Point2d &n) {
            return std::abs(std::hypot(n.x - p.x, n.y - p.y) - 2 * radius) > kTouching * radius;
        });
        if (neighbours.size() < size_t(kLeastNeighbours))
            continue;
        p = touching(p, neighbours, radius);
        if (!farFromAll(p, 2 - kTouching) || std::hypot(p.x - start.x, p.y - start.y) > radius)
            continue;
        filled.push_back(p);
        found.push_back(p);
    }
    return filled;
}

} // namespace dojo::vision::internal
