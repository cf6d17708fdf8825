#pragma once

#include "physics/vec3.h"

#include "core/tablespec.h"
#include "core/vec2.h"

#include <array>
#include <vector>

namespace dojo::simulation::internal {

// One lamp of the light over the table: a shaded bulb a metre above the bed.
struct Lamp
{
    physics::Vec3 position;
    double power = 1.0;
    double radius = 150.0; // of its shade's opening, mm: how soft the shadows are
};

// The light over a table: three lamps along its middle, so the cloth is brightest under them
// and darkest in the corners, `unevenLight` darker there (0: flat light).
class Lighting
{
public:
    Lighting(const TableSpec &table, double unevenLight, unsigned long long seed);

    const std::array<Lamp, 3> &lamps() const { return m_lamps; }

    // How bright the light is at the bed's level below `point`: 1 on the brightest cloth,
    // 1 - unevenLight on the darkest, less still beyond the cushions (tabulated every 8 mm).
    double brightness(physics::Vec3 point) const;

    // Each lamp's share of the light reaching `point` (summing to 1).
    std::array<double, 3> shares(physics::Vec3 point) const;

private:
    double irradiance(physics::Vec3 point) const;
    double exactBrightness(Vec2 point) const;

    std::array<Lamp, 3> m_lamps{};
    double m_brightest = 1.0;
    double m_darkest = 0.0;
    double m_uneven = 0.0;
    Vec2 m_gridOrigin;
    int m_gridColumns = 0;
    int m_gridRows = 0;
    std::vector<double> m_grid;
};

} // namespace dojo::simulation::internal
