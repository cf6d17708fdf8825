#include "physics/internal/constants.h"

#include <cmath>

namespace dojo::physics::internal {

Constants Constants::from(const PhysicsParameters &p)
{
    Constants c;
    c.radius = p.ballRadius;
    c.mass = p.ballMass;
    c.slideDecel = p.slidingFriction * p.gravity;
    c.rollDecel = p.rollingFriction * p.gravity;
    c.slideSpinAccel = 2.5 * p.slidingFriction * p.gravity / p.ballRadius;
    c.spinDecay = physics::spinDecay(p);
    c.ballRestitution = p.ballBallRestitution;
    c.ballFriction = p.ballBallFriction;
    c.cushionRestitution = p.cushionRestitution;
    c.cushionFriction = p.cushionFriction;
    c.cushionSin = p.cushionHeight / p.ballRadius - 1.0;
    c.cushionCos = std::sqrt(1.0 - c.cushionSin * c.cushionSin);
    return c;
}

} // namespace dojo::physics::internal
