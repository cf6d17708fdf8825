#pragma once

#include "physics/ballstate.h"
#include "physics/internal/constants.h"

#include "core/vec2.h"

namespace dojo::physics::internal {

// One ball's motion in closed form from `start` until its next motion transition `end`
// (kNever at rest): a quadratic in time for the centre, linear for the spin.
struct Trajectory
{
    Motion motion = Motion::Stationary;
    double start = 0.0;
    double end = 0.0;
    Vec2 position; // at start
    Vec2 velocity;
    Vec2 acceleration;
    Vec3 spin;
    Vec2 spinAcceleration; // horizontal spin change while sliding
    // Where the centre can be between start and end: culls event searches cheaply.
    double minX = 0.0;
    double minY = 0.0;
    double maxX = 0.0;
    double maxY = 0.0;

    bool isMoving() const { return motion == Motion::Rolling || motion == Motion::Sliding; }
    Vec2 positionAt(double time) const
    {
        const double tau = time - start;
        return position + velocity * tau + acceleration * (0.5 * tau * tau);
    }
    Vec2 velocityAt(double time) const { return velocity + acceleration * (time - start); }
};

// The motion a ball in this state starts at `start`: sliding while its contact point slips,
// rolling while it moves, else at rest (spinning or not). Rolling snaps the spin to rolling.
Trajectory startTrajectory(const BallState &state, double start, const Constants &constants);

// The ball `time` seconds into the shot (start <= time <= end), keeping number and pocket.
BallState stateAt(const Trajectory &trajectory, const BallState &ball, double time,
                  const Constants &constants);

// The slip velocity of the contact point with the cloth: v + R z x omega.
inline Vec2 contactSlip(Vec2 velocity, const Vec3 &spin, double radius)
{
    return {velocity.x - radius * spin.y, velocity.y + radius * spin.x};
}

} // namespace dojo::physics::internal
