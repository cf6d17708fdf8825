#include "simulation/tableplayback.h"

#include "core/ball.h"

#include <algorithm>
#include <utility>

namespace dojo::simulation {
namespace {

// When in the pause the player racks, spots or takes the cue ball in hand.
constexpr double kSetUpShare = 0.3;
// How fast a hand carries the cue ball to its place (mm/s), and how long before the strike it
// is down at the latest (s).
constexpr double kHandSpeed = 1000.0;
constexpr double kSettled = 0.25;

} // namespace

TablePlayback::TablePlayback(const GameSettings &settings)
    : m_game(settings)
    , m_seed(settings.seed)
{
    m_poses.reserve(m_balls.size());
    m_balls[kCueBall].orientation = scattered(m_seed, kCueBall);
    takeNextShot(0.0);
    m_setUpAt = 0.0; // the first rack is on the table from the start
    setUp();
    advanceTo(0.0);
}

void TablePlayback::takeNextShot(double pauseStart)
{
    m_shot = m_game.next();
    m_inPlay = false;
    m_setUp = false;
    m_strikeAt = pauseStart + m_shot.pause;
    m_setUpAt = pauseStart + kSetUpShare * m_shot.pause;
    m_endAt = m_strikeAt + m_shot.result.duration;
}

void TablePlayback::setUp()
{
    m_setUp = true;
    std::array<bool, 16> placed{};
    const Vec2 *cue = nullptr;
    for (const physics::BallPlacement &placement : m_shot.before) {
        const auto number = static_cast<size_t>(placement.number);
        placed[number] = true;
        if (placement.number == kCueBall) {
            cue = &placement.position;
            continue;
        }
        Ball &ball = m_balls[number];
        if (m_shot.rackStarts)
            ball.orientation = scattered(m_seed * 1000003ULL + unsigned(m_racks), placement.number);
        ball.position = placement.position;
        ball.visible = true;
    }
    if (m_shot.rackStarts)
        ++m_racks;
    for (size_t number = 1; number < m_balls.size(); ++number) {
        if (!placed[number])
            m_balls[number].visible = false;
    }
    Ball &cueBall = m_balls[kCueBall];
    if (!cue) {
        cueBall.visible = false;
        return;
    }
    m_handFrom = cueBall.position;
    m_handTo = *cue;
    m_handEnd = m_setUpAt;
    if (cueBall.visible && distance(m_handFrom, m_handTo) > 0.0) {
        // Carried over the cloth rather than jumping, so a tracker can follow it.
        m_handEnd = std::min(m_setUpAt + distance(m_handFrom, m_handTo) / kHandSpeed,
                             std::max(m_setUpAt, m_strikeAt - kSettled));
    }
    if (m_handEnd <= m_setUpAt)
        cueBall.position = m_handTo;
    cueBall.visible = true;
}

void TablePlayback::strike()
{
    m_inPlay = true;
    m_struck.push_back(m_shot);
    // The balls exactly where the physics starts them.
    for (const physics::BallPlacement &placement : m_shot.before)
        m_balls[static_cast<size_t>(placement.number)].position = placement.position;

    m_segments.assign(m_shot.result.path.begin(), m_shot.result.path.end());
    // Ball by ball; each ball's segments stay in time order.
    std::stable_sort(m_segments.begin(), m_segments.end(),
                     [](const physics::PathSegment &a, const physics::PathSegment &b) {
                         return a.ball < b.ball;
                     });
    for (Ball &ball : m_balls) {
        ball.first = ball.last = ball.cursor = 0;
        ball.drop.reset();
    }
    for (size_t i = 0; i < m_segments.size(); ++i) {
        Ball &ball = m_balls[static_cast<size_t>(m_segments[i].ball)];
        if (ball.last == 0) {
            ball.first = i;
            ball.cursor = i;
        }
        ball.last = i + 1;
    }
    for (const physics::BallState &state : m_shot.result.finalState) {
        Ball &ball = m_balls[static_cast<size_t>(state.number)];
        if (state.isPocketed())
            ball.drop = ball.last > ball.first ? m_segments[ball.last - 1].end : 0.0;
    }
}

void TablePlayback::finish()
{
    for (const physics::BallState &state : m_shot.result.finalState) {
        Ball &ball = m_balls[static_cast<size_t>(state.number)];
        if (state.isPocketed())
            ball.visible = false;
        else
            moveTo(ball, state.position);
    }
    m_finished.push_back({m_shot, m_strikeAt, m_endAt});
    m_last = std::move(m_shot);
    takeNextShot(m_endAt);
}

void TablePlayback::moveTo(Ball &ball, Vec2 position)
{
    ball.orientation = rolled(ball.orientation, position - ball.position, kBallRadius);
    ball.position = position;
}

void TablePlayback::poseShot(double shotTime)
{
    for (Ball &ball : m_balls) {
        if (!ball.visible || ball.last == ball.first)
            continue;
        if (ball.drop && shotTime >= *ball.drop) {
            ball.visible = false;
            continue;
        }
        while (ball.cursor + 1 < ball.last && shotTime > m_segments[ball.cursor].end)
            ++ball.cursor;
        const physics::PathSegment &segment = m_segments[ball.cursor];
        const double dt = std::clamp(shotTime - segment.start, 0.0, segment.end - segment.start);
        moveTo(ball,
               segment.position + segment.velocity * dt + segment.acceleration * (0.5 * dt * dt));
    }
}

void TablePlayback::poseCueBallInHand(double time)
{
    if (m_handEnd <= m_setUpAt || time < m_setUpAt)
        return;
    Ball &cueBall = m_balls[kCueBall];
    if (time >= m_handEnd) {
        cueBall.position = m_handTo;
        return;
    }
    const double t = (time - m_setUpAt) / (m_handEnd - m_setUpAt);
    cueBall.position = m_handFrom + (m_handTo - m_handFrom) * t;
}

const std::vector<BallPose> &TablePlayback::advanceTo(double time)
{
    time = std::max(time, m_time);
    m_time = time;
    for (;;) {
        if (!m_inPlay) {
            if (!m_setUp && time >= m_setUpAt)
                setUp();
            if (time < m_strikeAt) {
                poseCueBallInHand(time);
                break;
            }
            strike();
        }
        if (time < m_endAt) {
            poseShot(time - m_strikeAt);
            break;
        }
        finish();
    }

    m_poses.clear();
    for (size_t number = 0; number < m_balls.size(); ++number) {
        const Ball &ball = m_balls[number];
        if (ball.visible)
            m_poses.push_back({int(number), ball.position, kBallRadius, ball.orientation});
    }
    return m_poses;
}

std::vector<PlayedShot> TablePlayback::takeStruckShots()
{
    return std::exchange(m_struck, {});
}

std::vector<FinishedShot> TablePlayback::takeFinishedShots()
{
    return std::exchange(m_finished, {});
}

const PlayedShot *TablePlayback::lastShot() const
{
    return m_last ? &*m_last : nullptr;
}

} // namespace dojo::simulation
