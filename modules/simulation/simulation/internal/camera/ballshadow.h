#pragma once

#include "simulation/internal/camera/ballpatch.h"
#include "simulation/internal/camera/exposure.h"
#include "simulation/internal/camera/lighting.h"
#include "simulation/internal/camera/pixelrays.h"
#include "simulation/internal/camera/stilltable.h"

namespace dojo::simulation::internal {

// Darkens the cloth around a ball: each lamp's soft shadow (an ellipse thrown away from the
// lamp) and the dark contact where the ball sits. Drawn before any ball, so no shadow falls
// on a ball; the shadow of a sinking ball fades.
class ShadowPainter
{
public:
    ShadowPainter(const PixelRays &rays, const Lighting &lighting, const StillTable &still);

    ShadowPatch paint(const BallExposure &ball) const;

private:
    const PixelRays &m_rays;
    const Lighting &m_lighting;
    const StillTable &m_still;
};

} // namespace dojo::simulation::internal
