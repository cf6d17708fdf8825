#include "physics/internal/trajectory.h"

#include "physics/internal/polynomial.h"

#include <algorithm>
#include <cmath>

namespace dojo::physics::internal {
namespace {

// The range of p + v t + a t² / 2 over [0, duration].
void extent(double p, double v, double a, double duration, double &low, double &high)
{
    const double atEnd = p + v * duration + 0.5 * a * duration * duration;
    low = std::min(p, atEnd);
    high = std::max(p, atEnd);
    if (a != 0.0) {
        const double turn = -v / a;
        if (turn > 0.0 && turn < duration) {
            const double atTurn = p + 0.5 * v * turn;
            low = std::min(low, atTurn);
            high = std::max(high, atTurn);
        }
    }
}

double spinZAt(double spinZ, double elapsed, const Constants &c)
{
    const double left = std::max(std::abs(spinZ) - c.spinDecay * elapsed, 0.0);
    return std::copysign(left, spinZ);
}

} // namespace

Trajectory startTrajectory(const BallState &state, double start, const Constants &c)
{
    Trajectory t;
    t.start = start;
    t.end = kNever;
    t.position = state.position;
    t.spin = state.spin;
    t.minX = t.maxX = state.position.x;
    t.minY = t.maxY = state.position.y;
    if (state.motion == Motion::Pocketed) {
        t.motion = Motion::Pocketed;
        t.spin = {};
        return t;
    }

    const Vec2 slip = contactSlip(state.velocity, state.spin, c.radius);
    const double slipSpeed = slip.length();
    const double speed = state.velocity.length();
    double duration = 0.0;
    if (slipSpeed > kSpeedEpsilon) {
        // Friction opposes the slip; the slip shrinks at 7/2 mu_s g without turning.
        const Vec2 direction = slip / slipSpeed;
        t.motion = Motion::Sliding;
        t.velocity = state.velocity;
        t.acceleration = direction * -c.slideDecel;
        t.spinAcceleration = Vec2{-direction.y, direction.x} * c.slideSpinAccel;
        duration = slipSpeed / (3.5 * c.slideDecel);
    } else if (speed > kSpeedEpsilon) {
        t.motion = Motion::Rolling;
        t.velocity = state.velocity;
        t.acceleration = state.velocity * (-c.rollDecel / speed);
        t.spin.x = -state.velocity.y / c.radius;
        t.spin.y = state.velocity.x / c.radius;
        duration = speed / c.rollDecel;
    } else {
        t.motion = std::abs(state.spin.z) > kSpinEpsilon ? Motion::Spinning : Motion::Stationary;
        t.spin.x = 0.0;
        t.spin.y = 0.0;
        return t;
    }
    t.end = start + duration;
    extent(t.position.x, t.velocity.x, t.acceleration.x, duration, t.minX, t.maxX);
    extent(t.position.y, t.velocity.y, t.acceleration.y, duration, t.minY, t.maxY);
    return t;
}

BallState stateAt(const Trajectory &t, const BallState &ball, double time, const Constants &c)
{
    BallState state = ball;
    state.motion = t.motion;
    if (t.motion == Motion::Pocketed)
        return state;
    const double tau = std::max(time - t.start, 0.0);
    state.position = t.positionAt(time);
    state.velocity = t.velocityAt(time);
    state.spin.z = spinZAt(t.spin.z, tau, c);
    switch (t.motion) {
    case Motion::Sliding:
        state.spin.x = t.spin.x + t.spinAcceleration.x * tau;
        state.spin.y = t.spin.y + t.spinAcceleration.y * tau;
        break;
    case Motion::Rolling:
        state.spin.x = -state.velocity.y / c.radius;
        state.spin.y = state.velocity.x / c.radius;
        break;
    default:
        state.velocity = {};
        state.spin.x = 0.0;
        state.spin.y = 0.0;
        state.motion = state.spin.z != 0.0 ? Motion::Spinning : Motion::Stationary;
        break;
    }
    return state;
}

} // namespace dojo::physics::internal
