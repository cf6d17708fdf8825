#include "vision/calibration.h"

#include "vision/internal/cameraheight.h"
#include "vision/internal/homography.h"
#include "vision/internal/tablefinder.h"
#include "vision/internal/visiontr.h"

#include "core/ball.h"

#include <opencv2/core.hpp>

#include <cmath>

namespace dojo::vision {

namespace {

using internal::apply;
using internal::Homography;
using internal::inverse;
using internal::throughFour;

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

namespace {

// How far the corners the table finder places may be off, in pixels: the camera's focal length
// is weighed against a typical lens's by it. Corners a person placed are taken as they are.
constexpr double kFoundCornerError = 1.0;

Result<Calibration> fromCorners(const std::array<QPointF, 4> &corners, QSize image, TableSize table,
                                double distortion, double cornerError)
{
    const TableSpec &spec = tableSpec(table);
    Calibration c;
    c.table = table;
    c.image = image;
    c.distortion = distortion;
    c.distortionCentre = QPointF(image.width() / 2.0, image.height() / 2.0);
    c.corners = corners;
    std::array<QPointF, 4> undistorted;
    for (size_t i = 0; i < 4; ++i)
        undistorted[i] = undistort(c, corners[i]);
    const std::optional<Homography> bed = throughFour(
        {Vec2{0, 0}, Vec2{spec.length, 0}, Vec2{0, spec.width}, Vec2{spec.length, spec.width}},
        undistorted);
    if (!bed || !inverse(*bed))
        return Unexpected(internal::Tr::tr(
            "The four corners do not outline a table: no three of them may lie on a line."));
    c.bedToImage = *bed;
    const internal::CameraPlace camera
        = internal::cameraPlace(*bed, image, spec.length, spec.width, cornerError);
    if (!(camera.height > kBallRadius * 4) || !std::isfinite(camera.height))
        return Unexpected(internal::Tr::tr(
            "The four corners do not outline a table seen from above: check their order."));
    c.ballToImage = internal::multiply(*bed, internal::raisedToBed(camera, kBallRadius));
    return c;
}

} // namespace

Result<Calibration> calibrateFromCorners(const std::array<QPointF, 4> &corners, QSize image,
                                         TableSize table, double distortion)
{
    return fromCorners(corners, image, table, distortion, 0.0);
}

Result<Calibration> calibrate(const cv::Mat &picture, TableSize table)
{
    const Result<internal::TableOutline> outline = internal::findTable(picture, table);
    if (!outline)
        return Unexpected(outline.error());
    const QSize image(picture.cols, picture.rows);
    const TableSpec &spec = tableSpec(table);
    // The noses stand above the bed (WPA: 62.5-64.5 % of a ball's height): the corners found
    // are at that height; the bed's corners are where the rays through them meet the bed's
    // plane once the camera's place is known, refined twice.
    constexpr double kNoseHeight = 0.635 * kBallDiameter;
    Result<Calibration> c
        = fromCorners(outline->noseCorners, image, table, outline->distortion, kFoundCornerError);
    if (!c)
        return c;
    const std::array<Vec2, 4> tableCorners{Vec2{0, 0}, Vec2{spec.length, 0}, Vec2{0, spec.width},
                                           Vec2{spec.length, spec.width}};
    for (int pass = 0; pass < 3; ++pass) {
        const internal::CameraPlace camera = internal::cameraPlace(
            c->bedToImage, image, spec.length, spec.width, kFoundCornerError);
        const Homography raised = internal::raisedToBed(camera, kNoseHeight);
        std::array<Vec2, 4> underNoses;
        for (size_t i = 0; i < 4; ++i) {
            const QPointF q = apply(raised, tableCorners[i].x, tableCorners[i].y);
            underNoses[i] = {q.x(), q.y()};
        }
        std::array<QPointF, 4> undistorted;
        for (size_t i = 0; i < 4; ++i)
            undistorted[i] = undistort(*c, outline->noseCorners[i]);
        const std::optional<Homography> bed = throughFour(underNoses, undistorted);
        if (!bed)
            break;
        std::array<QPointF, 4> bedCorners;
        for (size_t i = 0; i < 4; ++i)
            bedCorners[i] = distort(*c, apply(*bed, tableCorners[i].x, tableCorners[i].y));
        c = fromCorners(bedCorners, image, table, outline->distortion, kFoundCornerError);
        if (!c)
            return c;
    }
    return c;
}

} // namespace dojo::vision
