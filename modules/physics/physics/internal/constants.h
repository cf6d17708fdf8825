#pragma once

#include "physics/parameters.h"

namespace dojo::physics::internal {

// The parameters in the engine's working units: millimetres, seconds, radians, kilograms.
struct Constants
{
    double radius = 0.0;         // mm
    double mass = 0.0;           // kg
    double slideDecel = 0.0;     // mu_s g, mm/s²
    double rollDecel = 0.0;      // mu_r g, mm/s²
    double slideSpinAccel = 0.0; // 5 mu_s g / (2 R), rad/s²
    double spinDecay = 0.0;      // 5 mu_sp g / (2 R), rad/s²
    double ballRestitution = 0.0;
    double ballFriction = 0.0;
    double cushionRestitution = 0.0;
    double cushionFriction = 0.0;
    double cushionSin = 0.0; // of the angle from the ball's equator up to the nose contact
    double cushionCos = 0.0;

    static Constants from(const PhysicsParameters &parameters);
};

// A pair is touching when their centres are 2R apart; after a collision the engine leaves
// them this much further apart so that the next search starts from a clear gap.
inline constexpr double kContactGap = 1e-4; // mm
// Below this approach speed a ball meeting a cushion stays against it instead of bouncing
// again and again (the cushion's friction takes the spin that drives it in).
inline constexpr double kGrazeSpeed = 10.0;   // mm/s
inline constexpr double kSpeedEpsilon = 1e-6; // mm/s
inline constexpr double kSpinEpsilon = 1e-9;  // rad/s

} // namespace dojo::physics::internal
