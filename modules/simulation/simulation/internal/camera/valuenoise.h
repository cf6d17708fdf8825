#pragma once

#include <cmath>
#include <cstdint>

namespace dojo::simulation::internal {

// Smooth reproducible noise in [0, 1] over the plane, one feature per unit: the cloth's
// mottling, the wood's grain, the floor's carpet.
inline double latticeValue(std::int64_t x, std::int64_t y, std::uint64_t seed)
{
    std::uint64_t value = seed ^ (std::uint64_t(x) * 0x9e3779b97f4a7c15ULL)
                          ^ (std::uint64_t(y) * 0xc2b2ae3d27d4eb4fULL);
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdULL;
    value ^= value >> 33;
    value *= 0xc4ceb9fe1a85ec53ULL;
    value ^= value >> 33;
    return double(value >> 11) * 0x1.0p-53;
}

inline double valueNoise(double x, double y, std::uint64_t seed)
{
    const double fx = std::floor(x);
    const double fy = std::floor(y);
    const auto ix = static_cast<std::int64_t>(fx);
    const auto iy = static_cast<std::int64_t>(fy);
    const double tx = x - fx;
    const double ty = y - fy;
    const double sx = tx * tx * (3 - 2 * tx);
    const double sy = ty * ty * (3 - 2 * ty);
    const double top = latticeValue(ix, iy, seed)
                       + (latticeValue(ix + 1, iy, seed) - latticeValue(ix, iy, seed)) * sx;
    const double bottom
        = latticeValue(ix, iy + 1, seed)
          + (latticeValue(ix + 1, iy + 1, seed) - latticeValue(ix, iy + 1, seed)) * sx;
    return top + (bottom - top) * sy;
}

} // namespace dojo::simulation::internal
