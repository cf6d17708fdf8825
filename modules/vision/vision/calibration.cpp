#include "vision/calibration.h"

#include "core/ball.h"

#include <cmath>

namespace dojo::vision {

namespace {

using Homography = std::array<double, 9>;

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

double halfDiagonal(QSize image)
{
    return std::hypot(image.width(), image.height()) / 2;
}

// The lens's radial model on coordinates normalised by the half-diagonal: x_d = x (1 + k1 r²).
QPointF distort(const Calibration &c, QPointF undistorted)
{
    if (c.distortion == 0.0)
        return undistorted;
    const double scale = halfDiagonal(c.image);
    const QPointF p = (undistorted - c.distortionCentre) / scale;
    const double r2 = p.x() * p.x() + p.y() * p.y();
    return c.distortionCentre + p * (1 + c.distortion * r2) * scale;
}

QPointF undistort(const Calibration &c, QPointF distorted)
{
    if (c.distortion == 0.0)
        return distorted;
    const double scale = halfDiagonal(c.image);
    const QPointF d = (distorted - c.distortionCentre) / scale;
    QPointF p = d;
    for (int i = 0; i < 20; ++i) { // fixed point: converges fast for |k1| r² well below 1
        const double r2 = p.x() * p.x() + p.y() * p.y();
        p = d / (1 + c.distortion * r2);
    }
    return c.distortionCentre + p * scale;
}

std::optional<Vec2> toTable(const Homography &toImage, QPointF undistorted)
{
    const std::optional<Homography> back = inverse(toImage);
    if (!back)
        return std::nullopt;
    const QPointF p = apply(*back, undistorted.x(), undistorted.y());
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
        return std::nullopt;
    return Vec2{p.x(), p.y()};
}

} // namespace

std::optional<Vec2> Calibration::ballPosition(QPointF pixel) const
{
    return toTable(ballToImage, undistort(*this, pixel));
}

QPointF Calibration::ballPixel(Vec2 position) const
{
    return distort(*this, apply(ballToImage, position.x, position.y));
}

QPointF Calibration::bedPixel(Vec2 position) const
{
    return distort(*this, apply(bedToImage, position.x, position.y));
}

std::optional<Vec2> Calibration::bedPosition(QPointF pixel) const
{
    return toTable(bedToImage, undistort(*this, pixel));
}

double Calibration::ballRadiusPixels(Vec2 position) const
{
    const QPointF centre = ballPixel(position);
    const QPointF across = ballPixel({position.x, position.y + kBallRadius});
    const QPointF along = ballPixel({position.x + kBallRadius, position.y});
    const auto length = [](QPointF v) { return std::hypot(v.x(), v.y()); };
    return (length(across - centre) + length(along - centre)) / 2;
}

} // namespace dojo::vision
