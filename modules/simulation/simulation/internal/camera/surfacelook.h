#pragma once

#include "simulation/internal/camera/lighting.h"
#include "simulation/internal/camera/rgb.h"
#include "simulation/internal/camera/tablegeometry.h"

#include <cstdint>

namespace dojo::simulation::internal {

// Tournament blue cloth at full light.
inline constexpr Rgb kClothColour{22.0, 96.0, 168.0};

// How each surface of the still table looks where a ray meets it, lit by the lamps: the
// cloth, the cushions' shaded noses, dark wooden rails with grain and pearl sights, the
// pockets' leather and holes, the floor.
class SurfaceLook
{
public:
    SurfaceLook(const TableGeometry &geometry, const Lighting &lighting, std::uint64_t seed);

    Rgb colour(const SurfaceHit &hit) const;

private:
    Rgb cloth(physics::Vec3 point, double light) const;
    Rgb cushion(physics::Vec3 point, double light) const;
    Rgb rail(physics::Vec3 point, double light) const;

    const TableGeometry &m_geometry;
    const Lighting &m_lighting;
    std::uint64_t m_seed;
};

} // namespace dojo::simulation::internal
