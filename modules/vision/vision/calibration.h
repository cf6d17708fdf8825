#pragma once

#include "core/result.h"
#include "core/tablespec.h"
#include "core/vec2.h"

#include <QPointF>
#include <QSize>

#include <array>
#include <optional>

namespace cv {
class Mat;
}

namespace dojo::vision {

// Where a table lies in one camera's picture: table millimetres (x toward the foot, y across,
// the origin at the head-left corner of the playing surface) to pixels and back, at the bed
// and at a ball's centre height (28.575 mm: near the corners a bed-only mapping is 15-20 mm
// off), with the lens's radial distortion undone. A plain value: copy it, store it per table.
struct Calibration
{
    TableSize table = TableSize::NineFoot;
    QSize image; // the picture it was made for
    std::array<double, 9>
        bedToImage{}; // homography, row-major: table mm at z = 0 -> undistorted px
    std::array<double, 9> ballToImage{}; // the same at the height of a ball's centre
    double distortion = 0.0;             // k1 on coordinates normalised by the half-diagonal
    QPointF distortionCentre;            // pixels; the image's centre unless measured
    // The playing surface's corners in the picture, at the bed, in the order of the table
    // frame's (0, 0), (length, 0), (0, width), (length, width): head-left, foot-left,
    // head-right, foot-right. What a person drags when correcting it by hand.
    std::array<QPointF, 4> corners{};

    // A ball centre's pixel to its table position, and back.
    std::optional<Vec2> ballPosition(QPointF pixel) const;
    QPointF ballPixel(Vec2 position) const;
    // A point of the bed to its pixel and back.
    QPointF bedPixel(Vec2 position) const;
    std::optional<Vec2> bedPosition(QPointF pixel) const;
    // How many pixels a ball's radius spans where it lies.
    double ballRadiusPixels(Vec2 position) const;
};

// Finds the table in a picture (BGR, 8-bit) by itself: the cloth's colour learnt from the
// picture, the cushion noses' lines, the corners, the lens's distortion from the rails'
// curvature, the ball-height mapping from the camera's geometry. Refused with a sentence when
// no table of that size is seen.
Result<Calibration> calibrate(const cv::Mat &picture, TableSize table);

// From the four corners a person placed (bed height), the picture's size and an optional k1.
Result<Calibration> calibrateFromCorners(const std::array<QPointF, 4> &corners, QSize image,
                                         TableSize table, double distortion = 0.0);

} // namespace dojo::vision
