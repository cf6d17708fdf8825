#pragma once

#include "simulation/internal/camera/ballpatch.h"
#include "simulation/internal/camera/ballsurface.h"
#include "simulation/internal/camera/digitfont.h"
#include "simulation/internal/camera/exposure.h"
#include "simulation/internal/camera/lighting.h"
#include "simulation/internal/camera/pixelrays.h"
#include "simulation/internal/camera/stilltable.h"

#include <vector>

namespace dojo::simulation::internal {

// Draws a ball: every pixel's ray meets the sphere exactly (the silhouette is the camera
// model's), coverage smooths the edge, the hit's normal in the ball's frame picks its colour,
// the lamps light it (diffuse, highlights, the cloth's blue bounce from below); a moving ball
// is the average of its poses. Below the bed it shows only down a pocket.
class BallPainter
{
public:
    BallPainter(const PixelRays &rays, const Lighting &lighting, const StillTable &still);

    BallImage paint(const BallExposure &ball) const;

private:
    PixelBox box(const BallPose &pose) const;
    void addPose(const BallPose &pose, const PixelBox &area, const std::vector<physics::Vec3> &rays,
                 BallImage &image) const;

    const PixelRays &m_rays;
    const Lighting &m_lighting;
    const StillTable &m_still;
    DigitFont m_font;
    std::vector<BallSurface> m_surfaces; // by number
};

} // namespace dojo::simulation::internal
