#include "simulatedcalibration.h"

#include <core/ball.h>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace dojo::testsupport {

namespace {

// The homography taking the table's plane at height z to undistorted pixels.
std::array<double, 9> planeToImage(const simulation::CameraModel &camera,
                                   const vision::Calibration &lens, const TableSpec &spec, double z)
{
    // The undistorted pixel of a point: its distorted projection with the lens undone by the
    // calibration's own model (the same model, renormalised).
    vision::Calibration undistorting = lens;
    undistorting.bedToImage = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    std::vector<cv::Point2f> table;
    std::vector<cv::Point2f> image;
    for (const Vec2 corner :
         {Vec2{0, 0}, Vec2{spec.length, 0}, Vec2{0, spec.width}, Vec2{spec.length, spec.width}}) {
        const QPointF distorted = *camera.project({corner.x, corner.y, z});
        const Vec2 undistorted = *undistorting.bedPosition(distorted);
        table.emplace_back(float(corner.x), float(corner.y));
        image.emplace_back(float(undistorted.x), float(undistorted.y));
    }
    const cv::Mat h = cv::getPerspectiveTransform(table, image, cv::DECOMP_LU);
    std::array<double, 9> out{};
    for (int i = 0; i < 9; ++i)
        out[size_t(i)] = h.at<double>(i / 3, i % 3);
    return out;
}

} // namespace

vision::Calibration calibrationOf(const simulation::CameraModel &camera, TableSize table)
{
    const TableSpec &spec = tableSpec(table);
    vision::Calibration calibration;
    calibration.table = table;
    calibration.image = camera.settings().resolution;
    const double halfDiagonal
        = std::hypot(calibration.image.width(), calibration.image.height()) / 2;
    calibration.distortion
        = camera.settings().distortion * std::pow(halfDiagonal / camera.focal(), 2);
    calibration.distortionCentre = camera.principal();
    calibration.bedToImage = planeToImage(camera, calibration, spec, 0.0);
    calibration.ballToImage = planeToImage(camera, calibration, spec, kBallRadius);
    calibration.corners
        = {calibration.bedPixel({0, 0}), calibration.bedPixel({spec.length, 0}),
           calibration.bedPixel({0, spec.width}), calibration.bedPixel({spec.length, spec.width})};
    return calibration;
}

QString shotText(const ShotRecord &shot)
{
    QString text = QStringLiteral("break %1, first %2, pocketed")
                       .arg(shot.isBreak ? 1 : 0)
                       .arg(shot.firstContact ? *shot.firstContact : -1);
    for (const PocketedBall &p : shot.pocketed)
        text += QStringLiteral(" %1:%2").arg(p.ball).arg(pocketKey(p.pocket));
    text += QStringLiteral(", rails");
    for (int ball : shot.rails)
        text += QStringLiteral(" %1").arg(ball);
    if (!shot.offTable.empty()) {
        text += QStringLiteral(", off");
        for (int ball : shot.offTable)
            text += QStringLiteral(" %1").arg(ball);
    }
    return text;
}

} // namespace dojo::testsupport
