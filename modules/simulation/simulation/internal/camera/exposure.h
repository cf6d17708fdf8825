#pragma once

#include "simulation/ballpose.h"
#include "simulation/internal/camera/pixelrays.h"

#include <span>
#include <vector>

namespace dojo::simulation::internal {

// One ball while the shutter is open: its poses at evenly spaced moments of the exposure,
// about one per pixel it travels (up to 16); one pose when it stands still.
struct BallExposure
{
    int number = 0;
    std::vector<BallPose> poses;
};

// The balls of a frame, matched by number between the shutter's opening and closing (a ball
// in only one of them stays where it is there), farthest from the camera first.
std::vector<BallExposure> exposures(std::span<const BallPose> shutterOpens,
                                    std::span<const BallPose> shutterCloses, const PixelRays &rays);

} // namespace dojo::simulation::internal
