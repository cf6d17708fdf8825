#include "vision/internal/homography.h"

#include <opencv2/core.hpp>

#include <cmath>

namespace dojo::vision::internal {

QPointF apply(const Homography &h, double x, double y)
{
    const double w = h[6] * x + h[7] * y + h[8];
    return {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
}

std::optional<Homography> inverse(const Homography &h)
{
    const double a = h[4] * h[8] - h[5] * h[7];
    const double b = h[5] * h[6] - h[3] * h[8];
    const double c = h[3] * h[7] - h[4] * h[6];
    const double determinant = h[0] * a + h[1] * b + h[2] * c;
    if (std::abs(determinant) < 1e-18)
        return std::nullopt;
    return Homography{a / determinant,
                      (h[2] * h[7] - h[1] * h[8]) / determinant,
                      (h[1] * h[5] - h[2] * h[4]) / determinant,
                      b / determinant,
                      (h[0] * h[8] - h[2] * h[6]) / determinant,
                      (h[2] * h[3] - h[0] * h[5]) / determinant,
                      c / determinant,
                      (h[1] * h[6] - h[0] * h[7]) / determinant,
                      (h[0] * h[4] - h[1] * h[3]) / determinant};
}

std::optional<Homography> throughFour(const std::array<Vec2, 4> &from,
                                      const std::array<QPointF, 4> &to)
{
    cv::Mat a(8, 8, CV_64F, cv::Scalar(0));
    cv::Mat b(8, 1, CV_64F);
    for (int i = 0; i < 4; ++i) {
        const double x = from[size_t(i)].x;
        const double y = from[size_t(i)].y;
        const double u = to[size_t(i)].x();
        const double v = to[size_t(i)].y();
        double *r = a.ptr<double>(2 * i);
        r[0] = x, r[1] = y, r[2] = 1, r[6] = -u * x, r[7] = -u * y;
        r = a.ptr<double>(2 * i + 1);
        r[3] = x, r[4] = y, r[5] = 1, r[6] = -v * x, r[7] = -v * y;
        b.at<double>(2 * i) = u;
        b.at<double>(2 * i + 1) = v;
    }
    cv::Mat solution;
    if (!cv::solve(a, b, solution, cv::DECOMP_LU))
        return std::nullopt;
    Homography h{};
    for (int i = 0; i < 8; ++i)
        h[size_t(i)] = solution.at<double>(i);
    h[8] = 1;
    return h;
}

} // namespace dojo::vision::internal
