#include "physics/cuestrike.h"

#include <cmath>
#include <numbers>

namespace dojo::physics {

BallState strikeCueBall(const BallState &cueBall, const CueStrike &strike, double radiusMm)
{
    const double angle = strike.angle * std::numbers::pi / 180.0;
    const Vec2 aim{std::cos(angle), std::sin(angle)};
    // The impulse through (side * R to the right, top * R up) turns the ball about
    // offset x aim; "right" of the aim in this frame is the aim turned +90 degrees.
    const Vec3 right{-aim.y, aim.x, 0.0};
    const Vec3 offset = right * strike.side + Vec3{0.0, 0.0, strike.top};
    const Vec3 spin = offset.cross(Vec3{aim.x, aim.y, 0.0}) * (2.5 * strike.speed / radiusMm);

    BallState struck = cueBall;
    struck.velocity = aim * strike.speed;
    struck.spin = spin;
    struck.motion = Motion::Sliding;
    return struck;
}

} // namespace dojo::physics
