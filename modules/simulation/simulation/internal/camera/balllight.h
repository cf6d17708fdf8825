#pragma once

#include "simulation/internal/camera/lighting.h"
#include "simulation/internal/camera/pixelrays.h"
#include "simulation/internal/camera/rgb.h"

#include "physics/vec3.h"

#include <array>

namespace dojo::simulation::internal {

// How a ball is lit where it stands: each lamp's light and its highlight toward the camera,
// the room's light from above, the cloth's blue from below, the lens's fall-off.
class BallLight
{
public:
    BallLight(const Lighting &lighting, const PixelRays &rays, physics::Vec3 centre);

    // The colour `base` of the ball's surface where its outward normal is `normal`.
    Rgb lit(Rgb base, physics::Vec3 normal) const;

private:
    std::array<physics::Vec3, 3> m_toLamp;
    std::array<physics::Vec3, 3> m_halfway; // between lamp and camera: where the highlight is
    std::array<double, 3> m_share{};        // of the light, per lamp
    double m_level = 1.0;                   // the light at the ball's spot of the table
    double m_vignette = 1.0;
    Rgb m_bounce;
};

} // namespace dojo::simulation::internal
