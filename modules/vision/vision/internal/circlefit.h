#pragma once

#include "vision/internal/clothmodel.h"

#include <opencv2/core.hpp>

#include <optional>

namespace dojo::vision::internal {

// A ball's outline fitted in the full picture.
struct FittedCircle
{
    cv::Point2d centre;
    double radius = 0;   // pixels, as measured from the edge points kept
    double coverage = 0; // the share of rays that found the ball's edge and fit it
    double residual = 0; // RMS distance of those edge points to the circle, pixels
};

// Fits a ball's circle of the expected radius to its edge, from a rough centre: along rays
// out of it, where the colour passes halfway from the ball's rim to the cloth beyond, with
// the rays that met a neighbour, a shadow or the rail dropped as outliers. `blurred`: also
// the slow rims of a ball blurred by its motion.
std::optional<FittedCircle> fitBallEdge(const cv::Mat &picture, const ClothModel &cloth,
                                        cv::Point2d rough, double radius, bool blurred = false);

} // namespace dojo::vision::internal
