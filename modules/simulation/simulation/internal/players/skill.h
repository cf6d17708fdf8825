#pragma once

#include <cmath>

namespace dojo::simulation::internal {

// How far a player of `skill` (0 a beginner, 1 a professional) is off, one standard deviation:
// the strike's direction in degrees (2.5 down to 0.1), its speed as a fraction (0.25 down to
// 0.05: distance control) and the tip's offsets in radii (0.1 down to 0.02). Geometric between
// the ends: each step of skill divides the error alike.
inline double aimSigma(double skill)
{
    return 2.5 * std::pow(0.1 / 2.5, skill);
}

inline double speedSigma(double skill)
{
    return 0.25 * std::pow(0.05 / 0.25, skill);
}

inline double tipSigma(double skill)
{
    return 0.1 * std::pow(0.02 / 0.1, skill);
}

} // namespace dojo::simulation::internal
