#include "physics/internal/engine.h"

#include "physics/internal/collisions.h"
#include "physics/internal/eventsearch.h"

#include <algorithm>
#include <cmath>

namespace dojo::physics::internal {

Engine::Engine(const PhysicsParameters &parameters)
    : m_c(Constants::from(parameters))
{
}

BallState Engine::stateOf(int i, double time) const
{
    const auto k = static_cast<size_t>(i);
    return stateAt(m_trajectories[k], m_balls[k], time, m_c);
}

void Engine::setMotion(int i, const BallState &state, double time)
{
    const auto k = static_cast<size_t>(i);
    const Trajectory &old = m_trajectories[k];
    if (m_recordPath && old.motion != Motion::Pocketed) {
        m_result->path.push_back(
            {m_balls[k].number, old.start, time, old.position, old.velocity, old.acceleration});
    }
    m_balls[k] = state;
    m_trajectories[k] = startTrajectory(state, time, m_c);
}

void Engine::scheduleOwn(int i)
{
    const auto k = static_cast<size_t>(i);
    const Trajectory &t = m_trajectories[k];
    OwnEvent own;
    if (t.isMoving()) {
        own = {t.end, Own::Transition, -1};
        const CushionContact cushion = cushionTime(t, m_now, *m_table, m_c.radius);
        if (cushion.time < own.time) {
            own = cushion.cushion >= 0 ? OwnEvent{cushion.time, Own::Cushion, cushion.cushion}
                                       : OwnEvent{cushion.time, Own::JawTip, cushion.jawTip};
        }
        const PocketEntry pocket = pocketTime(t, m_now, *m_table, m_c.radius);
        if (pocket.time < own.time)
            own = {pocket.time, Own::Pocket, pocket.pocket};
    }
    m_own[k] = own;
}

void Engine::schedule(int i)
{
    scheduleOwn(i);
    const Trajectory &t = m_trajectories[static_cast<size_t>(i)];
    for (int j = 0; j < m_count; ++j) {
        if (j == i)
            continue;
        const double time
            = ballBallTime(t, m_trajectories[static_cast<size_t>(j)], m_now, m_c.radius);
        pair(std::min(i, j), std::max(i, j)) = time;
    }
}

void Engine::snapshot(double time, std::array<BallState, kMax> &out) const
{
    for (int i = 0; i < m_count; ++i)
        out[static_cast<size_t>(i)] = stateOf(i, time);
}

ShotEvent Engine::resolvePair(int i, int j, double time)
{
    BallState a = stateOf(i, time);
    BallState b = stateOf(j, time);
    collideBalls(a, b, m_c);
    // Leave a hair's breadth between them, half each way along the line of centres.
    const Vec2 between = b.position - a.position;
    const double gap = between.length();
    const double wanted = 2.0 * m_c.radius + kContactGap;
    if (gap < wanted && gap > 0.0) {
        const Vec2 push = between * (0.5 * (wanted - gap) / gap);
        a.position = a.position - push;
        b.position = b.position + push;
    }
    setMotion(i, a, time);
    setMotion(j, b, time);
    m_recorder.ballBall(a.number, b.number);
    schedule(i);
    schedule(j);
    ShotEvent event;
    event.time = time;
    event.kind = ShotEvent::Kind::BallBall;
    event.ball = a.number;
    event.otherBall = b.number;
    return event;
}

ShotEvent Engine::resolveOwn(int i, double time)
{
    const OwnEvent own = m_own[static_cast<size_t>(i)];
    BallState ball = stateOf(i, time);
    ShotEvent event;
    event.time = time;
    event.ball = ball.number;
    switch (own.kind) {
    case Own::None: break;
    case Own::Transition:
        if (m_trajectories[static_cast<size_t>(i)].motion == Motion::Sliding) {
            // The slip has just reached zero: roll exactly.
            ball.spin.x = -ball.velocity.y / m_c.radius;
            ball.spin.y = ball.velocity.x / m_c.radius;
            event.kind = ShotEvent::Kind::SlidingToRolling;
        } else {
            ball.velocity = {};
            ball.spin.x = 0.0;
            ball.spin.y = 0.0;
            event.kind = ShotEvent::Kind::RollingToRest;
        }
        break;
    case Own::Cushion: {
        const Cushion &cushion = m_table->cushions()[static_cast<size_t>(own.index)];
        bounceOffCushion(ball, cushion.normal, m_c);
        const double off = cushion.normal.dot(ball.position - cushion.start);
        if (off < m_c.radius + kContactGap)
            ball.position = ball.position + cushion.normal * (m_c.radius + kContactGap - off);
        m_recorder.cushion(ball.number, own.index, ball.position);
        event.kind = ShotEvent::Kind::BallCushion;
        event.cushion = own.index;
        break;
    }
    case Own::JawTip: {
        const JawTip &tip = m_table->jawTips()[static_cast<size_t>(own.index)];
        const Vec2 away = ball.position - tip.point;
        const double gap = away.length();
        const Vec2 normal = away / gap;
        bounceOffCushion(ball, normal, m_c);
        if (gap < m_c.radius + kContactGap)
            ball.position = tip.point + normal * (m_c.radius + kContactGap);
        m_recorder.cushion(ball.number, static_cast<int>(m_table->cushions().size()) + own.index,
                           ball.position);
        event.kind = ShotEvent::Kind::BallJaw;
        event.pocket = tip.pocket;
        break;
    }
    case Own::Pocket:
        ball.motion = Motion::Pocketed;
        ball.pocket = static_cast<PocketId>(own.index);
        ball.velocity = {};
        ball.spin = {};
        m_recorder.pocket(ball.number, ball.pocket);
        event.kind = ShotEvent::Kind::Pocket;
        event.pocket = ball.pocket;
        break;
    }
    setMotion(i, ball, time);
    if (event.kind == ShotEvent::Kind::SlidingToRolling
        && !m_trajectories[static_cast<size_t>(i)].isMoving()) {
        event.kind = ShotEvent::Kind::RollingToRest; // the draw stopped it dead
    }
    schedule(i);
    return event;
}

void Engine::run(const TableModel &table, std::span<const BallState> balls, bool isBreak,
                 bool struck, ShotResult &result, const SimulationOptions &options)
{
    m_table = &table;
    m_result = &result;
    m_recordPath = options.recordPath;
    m_count = static_cast<int>(std::min<size_t>(balls.size(), kMax));
    m_now = 0.0;
    result.events.clear();
    result.finalState.clear();
    result.path.clear();
    result.duration = 0.0;
    result.hitEventLimit = false;
    m_recorder.begin(balls.first(static_cast<size_t>(m_count)), table, m_c.radius, isBreak,
                     result.shot);

    for (int i = 0; i < m_count; ++i) {
        const auto k = static_cast<size_t>(i);
        m_balls[k] = balls[k];
        m_trajectories[k] = startTrajectory(balls[k], 0.0, m_c);
    }
    if (struck) {
        ShotEvent strike;
        strike.kind = ShotEvent::Kind::CueStrike;
        strike.ball = 0;
        result.events.push_back(strike);
    }
    for (int i = 0; i < m_count; ++i) {
        scheduleOwn(i);
        for (int j = i + 1; j < m_count; ++j) {
            pair(i, j) = ballBallTime(m_trajectories[static_cast<size_t>(i)],
                                      m_trajectories[static_cast<size_t>(j)], 0.0, m_c.radius);
        }
    }

    int resolved = 0;
    for (;;) {
        double next = kNever;
        int first = -1;
        int second = -1;
        for (int i = 0; i < m_count; ++i) {
            if (m_own[static_cast<size_t>(i)].time < next) {
                next = m_own[static_cast<size_t>(i)].time;
                first = i;
                second = -1;
            }
        }
        for (int i = 0; i < m_count; ++i) {
            for (int j = i + 1; j < m_count; ++j) {
                if (pair(i, j) < next) {
                    next = pair(i, j);
                    first = i;
                    second = j;
                }
            }
        }
        if (first < 0)
            break;
        if (resolved >= options.maxEvents) {
            result.hitEventLimit = true;
            break;
        }
        ++resolved;
        m_now = next;
        if (options.observer)
            snapshot(next, m_before);
        const ShotEvent event
            = second >= 0 ? resolvePair(first, second, next) : resolveOwn(first, next);
        result.events.push_back(event);
        if (options.observer) {
            snapshot(next, m_after);
            const auto count = static_cast<size_t>(m_count);
            options.observer->eventResolved(event, std::span(m_before).first(count),
                                            std::span(m_after).first(count));
        }
    }

    result.duration = m_now;
    for (int i = 0; i < m_count; ++i) {
        const auto k = static_cast<size_t>(i);
        if (m_recordPath && m_trajectories[k].motion != Motion::Pocketed) {
            const Trajectory &t = m_trajectories[k];
            result.path.push_back({m_balls[k].number, t.start, std::max(t.start, m_now), t.position,
                                   t.velocity, t.acceleration});
        }
        result.finalState.push_back(stateOf(i, m_now));
    }
}

} // namespace dojo::physics::internal
