#pragma once

#include "core/ballposition.h"

#include <QImage>

#include <memory>
#include <vector>

namespace dojo::capture {

// Where a ball really is, as the simulated table knows it: the ground truth of a frame.
using BallPosition = dojo::BallPosition;

// One picture from a table's camera. The image is implicitly shared: handing a frame on
// copies no pixels.
struct Frame
{
    QImage image;         // Format_RGB32 (or what the source gave, convertible to it)
    long long number = 0; // counted from 0 by the source since it started
    double time = 0.0;    // seconds on the monotonic clock of the source's TableCamera
    // The simulated table's truth at this frame; null for a real camera.
    std::shared_ptr<const std::vector<BallPosition>> truth;
};

} // namespace dojo::capture
