#pragma once

#include "simulation/internal/camera/frameview.h"

#include <cstdint>
#include <vector>

namespace dojo::simulation::internal {

// A rectangle of the frame's pixels.
struct PixelBox
{
    int left = 0;
    int top = 0;
    int width = 0;
    int height = 0;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    size_t index(int x, int y) const { return size_t(y - top) * size_t(width) + size_t(x - left); }
};

// How much light a ball's shadow leaves on each pixel of the cloth around it, in 256ths
// (256: untouched).
struct ShadowPatch
{
    PixelBox box;
    std::vector<std::uint16_t> keep;

    void applyTo(const FrameView &frame) const;
};

// What a ball puts over each pixel of its box: its coverage (0 to 1) and its colour already
// multiplied by the coverage, averaged over the exposure.
struct BallImage
{
    PixelBox box;
    std::vector<float> values; // coverage, red, green, blue per pixel

    // Over what the frame shows there, with the sensor's noise on what the ball adds.
    void applyTo(const FrameView &frame) const;
};

// All a ball adds to a frame; a ball at rest adds the same to every frame.
struct BallPatch
{
    ShadowPatch shadow;
    BallImage image;
};

} // namespace dojo::simulation::internal
