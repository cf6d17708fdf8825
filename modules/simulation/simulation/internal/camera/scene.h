#pragma once

#include "simulation/internal/camera/ballpainter.h"
#include "simulation/internal/camera/ballshadow.h"
#include "simulation/internal/camera/lighting.h"
#include "simulation/internal/camera/patchcache.h"
#include "simulation/internal/camera/pixelrays.h"
#include "simulation/internal/camera/sensornoise.h"
#include "simulation/internal/camera/stilltable.h"
#include "simulation/internal/camera/tablegeometry.h"

#include "simulation/cameramodel.h"

#include "core/tablespec.h"

#include <memory>

namespace dojo::simulation::internal {

// Everything a renderer makes once for its table and camera: the table's shape and light,
// the pixels' rays, the still table's picture, the sensor's noise, the painters of the balls
// and their shadows, and the patches of the balls at rest.
class Scene
{
public:
    Scene(const TableSpec &table, const CameraSettings &camera, double noise, double unevenLight,
          unsigned long long seed);

    const PixelRays &rays() const { return m_rays; }
    const StillTable &still() const { return m_still; }
    const SensorNoise &noise() const { return m_noise; }

    // What a ball adds to the frame: kept while it stays at rest, worked out when it moves.
    std::shared_ptr<const BallPatch> patch(const BallExposure &ball) const;

private:
    TableGeometry m_geometry;
    Lighting m_lighting;
    PixelRays m_rays;
    StillTable m_still;
    SensorNoise m_noise;
    ShadowPainter m_shadows;
    BallPainter m_balls;
    mutable PatchCache m_resting;
};

} // namespace dojo::simulation::internal
