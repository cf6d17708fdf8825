#pragma once

#include "vision/calibration.h"

#include <opencv2/core.hpp>

namespace dojo::vision::internal {

// The cloth inside the cushion noses as the detector sees it: the part of the picture around
// the bed, shrunk so that a ball spans about ten pixels, and a mask of the bed less a margin
// along the noses and the corner pockets' mouths (a pocket's dark hole is no ball).
struct PlayingArea
{
    cv::Rect region;   // of the picture
    double scale = 1;  // work pixels per picture pixel
    cv::Mat bgr;       // the region, scaled
    cv::Mat mask;      // 255 on the cloth
    double radius = 0; // a ball's radius in work pixels at the bed's centre

    static PlayingArea of(const cv::Mat &picture, const Calibration &calibration);
    // A work pixel's centre in the picture's coordinates (pixel i spans [i, i + 1)).
    QPointF toPicture(cv::Point2f work) const;
};

} // namespace dojo::vision::internal
