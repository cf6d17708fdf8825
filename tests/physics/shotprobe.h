#pragma once

#include "physics/ballstate.h"
#include "physics/shotevent.h"
#include "physics/simulator.h"

#include <optional>
#include <span>
#include <vector>

// Keeps every event of a simulated shot with the balls just before and just after it, so a
// test can read a ball's state at the moment something happened to it.
class ShotProbe : public dojo::physics::SimulationObserver
{
public:
    struct Moment
    {
        dojo::physics::ShotEvent event;
        std::vector<dojo::physics::BallState> before;
        std::vector<dojo::physics::BallState> after;
    };

    void eventResolved(const dojo::physics::ShotEvent &event,
                       std::span<const dojo::physics::BallState> before,
                       std::span<const dojo::physics::BallState> after) override
    {
        m_moments.push_back({event, {before.begin(), before.end()}, {after.begin(), after.end()}});
    }

    const std::vector<Moment> &moments() const { return m_moments; }

    // The n-th (0-based) event of this kind that involves `ball`.
    const Moment *find(dojo::physics::ShotEvent::Kind kind, int ball, int nth = 0) const
    {
        for (const Moment &moment : m_moments) {
            const bool involves = moment.event.ball == ball || moment.event.otherBall == ball;
            if (moment.event.kind == kind && involves && nth-- == 0)
                return &moment;
        }
        return nullptr;
    }

    static const dojo::physics::BallState &ball(const std::vector<dojo::physics::BallState> &balls,
                                                int number)
    {
        for (const dojo::physics::BallState &state : balls) {
            if (state.number == number)
                return state;
        }
        return balls.front();
    }

private:
    std::vector<Moment> m_moments;
};

// A ball at `position` moving at `velocity` (mm/s) with `spin` (rad/s), sliding unless the
// spin rolls it.
inline dojo::physics::BallState movingBall(int number, dojo::Vec2 position, dojo::Vec2 velocity,
                                           dojo::physics::Vec3 spin = {})
{
    dojo::physics::BallState ball;
    ball.number = number;
    ball.position = position;
    ball.velocity = velocity;
    ball.spin = spin;
    ball.motion = dojo::physics::Motion::Sliding;
    return ball;
}

// Natural roll for a ball of radius `radius` mm moving at `velocity`.
inline dojo::physics::Vec3 rollingSpin(dojo::Vec2 velocity, double radius)
{
    return {-velocity.y / radius, velocity.x / radius, 0.0};
}
