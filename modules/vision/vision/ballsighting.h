#pragma once

#include "vision/calibration.h"

#include "core/vec2.h"

#include <QPointF>

#include <vector>

namespace cv {
class Mat;
}

namespace dojo::vision {

// One ball seen in one picture.
struct BallSighting
{
    QPointF pixel;           // the centre, sub-pixel (fitted to the ball's edge, not its blob)
    Vec2 position;           // on the table, mm, at ball-centre height
    double radius = 0.0;     // pixels
    int ball = -1;           // 0 the cue ball, 1-15; -1 not identified
    double confidence = 0.0; // of the identity, 0 to 1
    bool blurred = false;    // elongated by motion
};

// Every ball on the cloth inside the cushion noses, also touching each other, in the jaws
// or half lit, each identified where the picture allows. Nothing on an empty table.
std::vector<BallSighting> findBalls(const cv::Mat &picture, const Calibration &calibration);

} // namespace dojo::vision
