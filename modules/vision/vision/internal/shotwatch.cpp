#include "vision/internal/shotwatch.h"

#include "vision/internal/tablezones.h"
#include "vision/internal/visiontr.h"

#include <core/ball.h>

#include <algorithm>

namespace dojo::vision::internal {

namespace {

constexpr double kStartSpeed = 80.0;   // mm/s of the cue ball: it was struck
constexpr int kStartFrames = 2;        // frames in a row above it
constexpr double kRestSpeed = 12.0;    // mm/s: a ball at rest
constexpr double kRestTime = 0.2;      // s every ball at rest: the shot is over
constexpr double kMoved = 3.0;         // mm from its place: an object ball was set moving
constexpr double kContactSlack = 12.0; // mm beyond touching for the first contact
constexpr double kRailSlack = 3.0;     // mm beyond touching for a cushion
constexpr double kFrozenSlack = 1.5;   // mm: closer at the start, a ball lies frozen to it
constexpr double kHandStop = 600.0;    // mm/s just before rest: a hand put it down
constexpr double kRackLink = kBallDiameter + 5.0; // mm between racked neighbours

double distanceToSegment(Vec2 point, Vec2 a, Vec2 b)
{
    const Vec2 ab = b - a;
    const double length2 = ab.lengthSquared();
    const double t = length2 > 0 ? std::clamp((point - a).dot(ab) / length2, 0.0, 1.0) : 0.0;
    return distance(point, a + ab * t);
}

} // namespace

ShotWatch::ShotWatch(TableSize table)
    : m_spec(tableSpec(table))
{
}

void ShotWatch::review(const QString &reason)
{
    if (!m_shot.needsReview)
        m_shot.reason = reason;
    m_shot.needsReview = true;
}

bool ShotWatch::isRack() const
{
    // Eight or more object balls touching in one cluster are a rack: the shot is a break.
    std::vector<Vec2> balls;
    for (int n = 1; n < 16; ++n) {
        if (m_balls[size_t(n)].present)
            balls.push_back(m_balls[size_t(n)].position);
    }
    for (size_t seed = 0; seed < balls.size(); ++seed) {
        std::vector<bool> in(balls.size(), false);
        std::vector<size_t> todo{seed};
        in[seed] = true;
        size_t count = 0;
        while (!todo.empty()) {
            const size_t i = todo.back();
            todo.pop_back();
            ++count;
            for (size_t j = 0; j < balls.size(); ++j) {
                if (!in[j] && distance(balls[i], balls[j]) <= kRackLink) {
                    in[j] = true;
                    todo.push_back(j);
                }
            }
        }
        if (count >= 8)
            return true;
    }
    return false;
}

void ShotWatch::begin(const TableState &state)
{
    m_inShot = true;
    m_shot = TrackedShot{};
    m_shot.start = m_stillSince; // the last frame the cue ball lay still
    m_shot.shot.isBreak = isRack();
    m_contactDecided = false;
    m_restSince = -1.0;
    m_cueSpeeds.clear();
    m_cueTimes.clear();
    for (Ball &ball : m_balls) {
        ball.atStart = ball.present;
        ball.moved = false;
        ball.railed = false;
    }
    (void)state;
}

void ShotWatch::findContact(const TableState &state)
{
    (void)state;
    const Ball &cue = m_balls[kCueBall];
    std::vector<int> movers;
    for (int n = 1; n < 16; ++n) {
        Ball &ball = m_balls[size_t(n)];
        if (!ball.atStart || !ball.present || ball.moved || ball.hidden)
            continue;
        if (distance(ball.position, ball.start) > kMoved) {
            ball.moved = true;
            movers.push_back(n);
        }
    }
    if (movers.empty())
        return;
    m_contactDecided = true;
    std::vector<int> near;
    for (int n : movers) {
        if (distanceToSegment(m_balls[size_t(n)].start, cue.previous, cue.position)
            <= kBallDiameter + kContactSlack)
            near.push_back(n);
    }
    if (near.size() == 1) {
        m_shot.shot.firstContact = near.front();
        return;
    }
    if (near.empty()) {
        review(Tr::tr("Ball %1 started moving away from the cue ball, so the first ball the "
                      "cue ball touched cannot be decided.")
                   .arg(movers.front()));
        return;
    }
    m_shot.shot.firstContact = near.front();
    review(Tr::tr("Balls %1 and %2 started moving within one frame next to the cue ball, so "
                  "which one it touched first cannot be decided.")
               .arg(near[0])
               .arg(near[1]));
}

void ShotWatch::findRails()
{
    for (int n = 0; n < 16; ++n) {
        Ball &ball = m_balls[size_t(n)];
        if (!ball.present || ball.railed || (m_shot.shot.isBreak && n == kCueBall))
            continue;
        if (inPocketMouth(m_spec, ball.position))
            continue;
        // Touching a nose now, or turned back by one between two frames.
        const double gap = distanceToCushionNose(m_spec, ball.position) - kBallRadius;
        const double step = distance(ball.position, ball.previous);
        bool touched = gap <= kRailSlack;
        if (!touched && gap <= step + kRailSlack) {
            const Vec2 in = ball.previous - ball.beforePrevious;
            const Vec2 out = ball.position - ball.previous;
            const Vec2 pos = ball.previous;
            const double nx = pos.x < m_spec.length / 2 ? -1.0 : 1.0;
            const double ny = pos.y < m_spec.width / 2 ? -1.0 : 1.0;
            const bool nearX = std::min(pos.x, m_spec.length - pos.x) <= gap + kBallRadius + step;
            const bool nearY = std::min(pos.y, m_spec.width - pos.y) <= gap + kBallRadius + step;
            touched = (nearX && in.x * nx > 1.0 && out.x * nx < -1.0)
                      || (nearY && in.y * ny > 1.0 && out.y * ny < -1.0);
        }
        if (!touched)
            continue;
        // A ball frozen to a cushion that stays there was not driven to it.
        if (ball.atStart && distanceToCushionNose(m_spec, ball.start) <= kBallRadius + kFrozenSlack
            && distance(ball.position, ball.start) < kBallRadius)
            continue;
        ball.railed = true;
        m_shot.shot.rails.push_back(n);
    }
}

void ShotWatch::watch(const TableState &state, double dt)
{
    if (!m_contactDecided)
        findContact(state);
    if (m_shot.shot.firstContact)
        findRails();
    const Ball &cue = m_balls[kCueBall];
    if (cue.present && dt > 0) {
        m_cueSpeeds.push_back(distance(cue.position, cue.previous) / dt);
        m_cueTimes.push_back(state.time);
    }
}

std::optional<TrackedShot> ShotWatch::finish()
{
    m_inShot = false;
    m_shot.end = m_restSince;
    for (int n = 0; n < 16; ++n) {
        if (m_balls[size_t(n)].present && m_balls[size_t(n)].hidden)
            review(Tr::tr("Ball %1 was hidden when the balls came to rest.").arg(n));
    }
    // Only the cue ball moved, and it stopped dead: a hand carried it, nobody shot.
    bool othersMoved = !m_shot.shot.pocketed.empty() || !m_shot.shot.rails.empty();
    for (int n = 1; n < 16; ++n)
        othersMoved = othersMoved || m_balls[size_t(n)].moved;
    if (!othersMoved && !m_shot.needsReview) {
        double last = 0.0;
        for (size_t i = 0; i < m_cueTimes.size(); ++i) {
            if (m_cueTimes[i] >= m_restSince - 0.1 && m_cueTimes[i] <= m_restSince)
                last = std::max(last, m_cueSpeeds[i]);
        }
        if (last > kHandStop)
            return std::nullopt;
    }
    return m_shot;
}

std::optional<TrackedShot> ShotWatch::update(const TableState &state)
{
    const double dt = state.time - m_lastTime;
    std::array<bool, 16> seen{};
    int unidentified = 0;
    bool allAtRest = true;
    for (const TrackedBall &tracked : state.balls) {
        if (tracked.velocity.length() > kRestSpeed)
            allAtRest = false;
        if (tracked.ball < 0 || tracked.ball >= 16) {
            ++unidentified;
            continue;
        }
        Ball &ball = m_balls[size_t(tracked.ball)];
        seen[size_t(tracked.ball)] = true;
        if (!ball.present) {
            ball.present = true;
            ball.position = ball.previous = ball.beforePrevious = tracked.position;
            ball.start = tracked.position;
            ball.atStart = false;
        }
        ball.beforePrevious = ball.previous;
        ball.previous = ball.position;
        ball.position = tracked.position;
        ball.velocity = tracked.velocity;
        ball.hidden = tracked.hidden;
        if (!tracked.hidden)
            ball.lastSeen = state.time;
    }
    // Balls that left the table since the last frame: dropped, or lost.
    for (int n = 0; n < 16; ++n) {
        Ball &ball = m_balls[size_t(n)];
        if (seen[size_t(n)] || !ball.present)
            continue;
        ball.present = false;
        if (!m_inShot)
            continue;
        if (inPocketMouth(m_spec, ball.position))
            m_shot.shot.pocketed.push_back({n, nearestPocket(m_spec, ball.position)});
        else if (distanceToCushionNose(m_spec, ball.position) < -kBallRadius)
            m_shot.shot.offTable.push_back(n);
        else
            review(Tr::tr("Ball %1 was lost in the middle of the table.").arg(n));
    }
    if (m_inShot && unidentified < m_unidentified)
        review(Tr::tr("A ball that was not identified left the table."));
    m_unidentified = unidentified;

    std::optional<TrackedShot> done;
    if (!m_inShot) {
        const Ball &cue = m_balls[kCueBall];
        const bool moving = cue.present && !cue.hidden && cue.velocity.length() > kStartSpeed;
        m_movingFrames = moving ? m_movingFrames + 1 : 0;
        if (!moving) {
            for (Ball &ball : m_balls)
                ball.start = ball.position;
            m_stillSince = state.time;
        }
        if (m_movingFrames >= kStartFrames) {
            begin(state);
            watch(state, 0.0);
        }
    } else {
        watch(state, dt);
        if (allAtRest) {
            if (m_restSince < 0)
                m_restSince = state.time;
            if (state.time - m_restSince >= kRestTime)
                done = finish();
        } else {
            m_restSince = -1.0;
        }
    }
    m_lastTime = state.time;
    return done;
}

} // namespace dojo::vision::internal
