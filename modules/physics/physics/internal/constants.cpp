#include "physics/internal/constants.h"

#include <cmath>

namespace dojo::physics::internal {

Constants Constants::from(const PhysicsParameters &p)
{
    Constants c;
    c.radius = p.ballRadius * 1000.0;
    c.mass = p.ballMass;
    const double g = p.gravity * 1000.0;
    c.slideDecel = p.slidingFriction * g;
    c.rollDecel = p.rollingFriction * g;
    c.slideSpinAccel = 2.5 * p.slidingFriction * g / c.radius;
    c.spinDecay = 2.5 * p.spinningFriction * p.gravity / p.ballRadius;
    c.ballRestitution = p.ballBallRestitution;
    c.ballFriction = p.ballBallFriction;
    c.cushionRestitution = p.cushionRestitution;
    c.cushionFriction = p.cushionFriction;
    c.cushionSin = p.cushionHeight / p.ballRadius - 1.0;
    c.cushionCos = std::sqrt(1.0 - c.cushionSin * c.cushionSin);
    return c;
}

} // namespace dojo::physics::internal
