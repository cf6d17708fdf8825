#pragma once

#include <QSize>

#include <vector>

namespace dojo::capture::internal {

// One way a camera can send pictures: a resolution and the frame rates it allows.
struct CameraMode
{
    QSize resolution;
    double minFramesPerSecond = 0.0;
    double maxFramesPerSecond = 0.0;
};

// The mode closest to the wanted resolution, then to the wanted frame rate; -1 when there is
// no mode. An empty resolution asks for the largest, a rate of 0 for the fastest.
int closestCameraMode(const std::vector<CameraMode> &modes, QSize resolution,
                      double framesPerSecond);

} // namespace dojo::capture::internal
