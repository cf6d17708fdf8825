#include "vision/internal/shotwatch.h"

#include "vision/internal/tablezones.h"
#include "vision/internal/visiontr.h"

#include <core/ball.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dojo::vision::internal {

namespace {

constexpr double kStartSpeed = 80.0;   // mm/s of the cue ball: it was struck
constexpr int kStartFrames = 2;        // frames in a row above it
constexpr double kRestSpeed = 9.0;     // mm/s: a ball at rest
constexpr double kRestTime = 0.2;      // s every ball at rest: the shot is over
constexpr double kMoved = 3.0;         // mm from its place: an object ball was set moving
constexpr double kContactSlack = 12.0; // mm beyond touching for the first contact
constexpr double kRailSlack = 2.5;     // mm beyond touching for a cushion
constexpr double kTurnStep = 0.5;      // mm a frame toward, then away from a nose: turned
constexpr double kTurnIn = 0.05;       // mm a frame toward a nose before turning (compressing)
constexpr double kCloseCall = 8.0;     // mm from a nose without a touch seen: cannot tell
constexpr double kGraze = 2.0;         // mm beyond touching: the cue ball may have grazed a ball
constexpr double kRailTie = 0.004;     // s between two rails, at least: their order cannot be told
constexpr size_t kTrailFrames = 8;     // the cue ball's way searched for the first contact
constexpr double kTieAlong = 5.0;      // mm of the cue ball's way between two contacts: a tie
constexpr double kFrozenSlack = 0.5;   // mm: closer at the start, a ball lies frozen to it
constexpr double kHiddenLong = 0.1;    // s unseen at the end: the ball is really hidden
constexpr double kFrozenPair = 1.0;    // mm apart at most: two balls touching
constexpr double kJawTime = 0.3;       // s from a cushion by a pocket to dropping into it
constexpr double kBlindSpell = 0.04;   // s unseen while moving: its way may hold a contact
constexpr double kNearRail = 10.0;     // mm: a ball this close to a nose, hit toward it, hits it
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

void ShotWatch::begin()
{
    m_inShot = true;
    m_shot = TrackedShot{};
    m_shot.start = m_stillSince; // the last frame the cue ball lay still
    m_shot.shot.isBreak = isRack();
    m_contactDecided = false;
    m_restSince = -1.0;
    m_cueSpeeds.clear();
    m_cueTrail.assign({m_balls[kCueBall].start});
    m_rails.clear();
    m_grazed.fill(false);
    m_cueTimes.clear();
    for (Ball &ball : m_balls) {
        ball.railedByPocket.reset();
        ball.atStart = ball.present;
        ball.moved = false;
        ball.railed = false;
        ball.closest = std::numeric_limits<double>::infinity();
    }
}

void ShotWatch::findContact(const TableState &state)
{
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
    // A ball the cue ball all but touched, and which did not move, may have been grazed first.
    for (int n = 1; n < 16; ++n) {
        const Ball &ball = m_balls[size_t(n)];
        if (ball.atStart && ball.present && !ball.moved
            && distanceToSegment(ball.start, cue.previous, cue.position) <= kBallDiameter + kGraze
            && !m_grazed[size_t(n)])
            m_grazed[size_t(n)] = true;
    }
    if (movers.empty())
        return;
    m_contactDecided = true;
    m_contactTime = state.time - m_frame;
    // Along the cue ball's way over the last frames, the ball it reached first.
    std::vector<std::pair<double, int>> reached; // (mm along the way, ball)
    const double reach = kBallDiameter + kContactSlack;
    std::array<Vec2, 16> contactFrom{}; // where the cue ball was as it reached each ball
    for (int n : movers) {
        const Vec2 start = m_balls[size_t(n)].start;
        double walked = 0.0;
        for (size_t i = 1; i < m_cueTrail.size(); ++i) {
            const Vec2 from = m_cueTrail[i - 1];
            const Vec2 way = m_cueTrail[i] - from;
            const double length = way.length();
            if (distanceToSegment(start, from, m_cueTrail[i]) <= reach) {
                double along = 0.0;
                if (length > 0) {
                    const double t = (start - from).dot(way / length);
                    const double off2 = (start - from).lengthSquared() - t * t;
                    along = std::max(
                        0.0, t - std::sqrt(std::max(0.0, kBallDiameter * kBallDiameter - off2)));
                }
                reached.emplace_back(walked + along, n);
                contactFrom[n] = from + (length > 0 ? way / length * along : Vec2{});
                break;
            }
            walked += length;
        }
    }
    std::sort(reached.begin(), reached.end());
    if (reached.empty() && m_cueTrail.size() >= 2) {
        // The cue ball turned at a ball between two frames, or the ball it hit passed the
        // blow on (a rack): the ball clearly nearest its last stretch, still or not.
        const Vec2 a = m_cueTrail[m_cueTrail.size() - 2], b = m_cueTrail.back();
        double best = std::numeric_limits<double>::infinity(), second = best;
        int nearest = -1;
        for (int n = 1; n < 16; ++n) {
            const Ball &ball = m_balls[size_t(n)];
            if (!ball.atStart)
                continue;
            const double d = distanceToSegment(ball.start, a, b);
            if (d < best) {
                second = best;
                best = d;
                nearest = n;
            } else {
                second = std::min(second, d);
            }
        }
        if (nearest > 0 && best <= kBallDiameter + kContactSlack + 0.5 * distance(a, b)
            && second >= best + kBallRadius)
            reached.emplace_back(0.0, nearest);
    }
    if (reached.empty()) {
        review(Tr::tr("Ball %1 started moving away from the cue ball, so the first ball the "
                      "cue ball touched cannot be decided.")
                   .arg(movers.front()));
        return;
    }
    const int first = reached.front().second;
    m_shot.shot.firstContact = first;
    // Lying next to a nose and hit toward it, the ball meets the cushion at once.
    Ball &hit = m_balls[size_t(first)];
    const Vec2 push = hit.start - contactFrom[size_t(first)];
    for (int rail = 0; rail < 4; ++rail) {
        const double gap = railGap(hit.start, rail);
        const double toward = rail == 0   ? -push.x
                              : rail == 1 ? push.x
                              : rail == 2 ? -push.y
                                          : push.y;
        if (gap > kFrozenSlack && gap <= kNearRail && toward > 0 && !hit.railed) {
            hit.railed = true;
            m_rails.emplace_back(state.time - m_frame, first);
        }
    }
    // A ball lying against the first one, and as near the cue ball's way: the blow passes
    // through a frozen pair at once, so which the cue ball met first the frames cannot show.
    for (int n = 1; n < 16; ++n) {
        const Ball &other = m_balls[size_t(n)];
        if (n == first || !other.atStart
            || distance(other.start, m_balls[size_t(first)].start) > kBallDiameter + kFrozenPair)
            continue;
        bool near = false;
        for (size_t i = 1; i < m_cueTrail.size(); ++i)
            near
                = near || distanceToSegment(other.start, m_cueTrail[i - 1], m_cueTrail[i]) <= reach;
        if (near)
            review(Tr::tr("Balls %1 and %2 lay touching each other in the cue ball's way, so "
                          "which one it touched first cannot be decided.")
                       .arg(first)
                       .arg(n));
    }
    // Two balls set moving in one frame, and the cue ball's way only near, not onto, the one
    // it reached first: it may have passed that one and hit the other.
    double firstGap = std::numeric_limits<double>::infinity();
    for (size_t i = 1; i < m_cueTrail.size(); ++i)
        firstGap = std::min(firstGap, distanceToSegment(m_balls[size_t(first)].start,
                                                        m_cueTrail[i - 1], m_cueTrail[i]));
    const bool onlyNear = firstGap > kBallDiameter + kGraze;
    if (reached.size() > 1 && (reached[1].first - reached[0].first < kTieAlong || onlyNear))
        review(Tr::tr("Balls %1 and %2 started moving within one frame next to the cue ball, so "
                      "which one it touched first cannot be decided.")
                   .arg(reached[0].second)
                   .arg(reached[1].second));
}

double ShotWatch::railGap(Vec2 point, int rail) const
{
    // The nose of one rail: x = 0, x = length, y = 0, y = width; open across pocket mouths.
    const bool alongX = rail >= 2;
    const double across = rail == 0   ? point.x
                          : rail == 1 ? m_spec.length - point.x
                          : rail == 2 ? point.y
                                      : m_spec.width - point.y;
    const double along = alongX ? point.x : point.y;
    for (const Pocket &pocket : m_spec.pockets) {
        const double line = rail == 0   ? 0.0
                            : rail == 1 ? m_spec.length
                            : rail == 2 ? 0.0
                                        : m_spec.width;
        const double centreAcross = alongX ? pocket.centre.y : pocket.centre.x;
        if (std::abs(centreAcross - line) > 1.0)
            continue;
        const auto at = [&](Vec2 p) { return alongX ? p.x : p.y; };
        const double lo = std::min({at(pocket.centre), at(pocket.jawA), at(pocket.jawB)});
        const double hi = std::max({at(pocket.centre), at(pocket.jawA), at(pocket.jawB)});
        if (along > lo && along < hi)
            return std::numeric_limits<double>::infinity();
    }
    return across - kBallRadius;
}

std::optional<double> ShotWatch::touchedCushion(const Ball &ball) const
{
    // When, as a share of the last frame interval (1 = this frame), or nothing.
    const Vec2 p0 = ball.beforePrevious, p1 = ball.previous, p2 = ball.position;
    std::optional<double> when;
    const auto take = [&when](double share) { when = when ? std::min(*when, share) : share; };
    for (int rail = 0; rail < 4; ++rail) {
        const double g1 = railGap(p1, rail), g2 = railGap(p2, rail);
        if (g2 <= kRailSlack) {
            take(std::isfinite(g1) && g1 > g2 ? std::clamp(g1 / (g1 - g2), 0.0, 1.0) : 1.0);
            continue;
        }
        // Turned back between two frames, close enough to have reached the nose.
        const double in = railGap(p0, rail) - g1;
        const double out = g2 - g1;
        const Vec2 a = p1 - p0, b = p2 - p1;
        const double alongChange = rail < 2 ? std::abs(b.y - a.y) : std::abs(b.x - a.x);
        if (std::isfinite(g2) && std::isfinite(in) && in > kTurnIn && out > kTurnStep
            && g1 <= std::max(in, out) + kRailSlack && alongChange < 2.0 * (in + out) + 4.0)
            take(std::clamp(g1 / std::max(in, 1e-3), 0.0, 1.0) * 0.5);
    }
    // The cushion ends at the jaw tips either side of a mouth; they count as cushion.
    for (const Pocket &pocket : m_spec.pockets) {
        for (Vec2 jaw : {pocket.jawA, pocket.jawB}) {
            if (distance(p2, jaw) <= kBallRadius)
                take(1.0);
        }
    }
    return when;
}

void ShotWatch::findRails(double time)
{
    for (int n = 0; n < 16; ++n) {
        Ball &ball = m_balls[size_t(n)];
        if (!ball.present || ball.railed || (m_shot.shot.isBreak && n == kCueBall))
            continue;
        double gap = std::numeric_limits<double>::infinity();
        for (int rail = 0; rail < 4; ++rail)
            gap = std::min(gap, railGap(ball.position, rail));
        for (const Pocket &pocket : m_spec.pockets) {
            for (Vec2 jaw : {pocket.jawA, pocket.jawB})
                gap = std::min(gap, distance(ball.position, jaw) - kBallRadius);
        }
        if (!(ball.atStart && distance(ball.position, ball.start) < kBallRadius))
            ball.closest = std::min(ball.closest, gap);
        // A ball that lies still by a cushion is not driven to it.
        if (ball.atStart && distance(ball.position, ball.start) < kMoved)
            continue;
        const std::optional<double> share = touchedCushion(ball);
        if (!share)
            continue;
        // A cushion turn seen one frame late may have come before the first contact.
        if (time - m_frame < m_contactTime - 1e-6 && n == kCueBall)
            continue;
        // A ball frozen to a cushion that stays there was not driven to it.
        if (ball.atStart && distanceToCushionNose(m_spec, ball.start) <= kBallRadius + kFrozenSlack
            && distance(ball.position, ball.start) < kBallRadius)
            continue;
        ball.railed = true;
        m_rails.emplace_back(time - m_frame * (1.0 - *share), n);
        const Pocket &pocket = m_spec.pocket(nearestPocket(m_spec, ball.position));
        if (distance(ball.position, pocket.centre) <= pocket.mouthWidth + kBallRadius) {
            ball.railedByPocket = pocket.id;
            ball.railedAt = time;
        }
    }
}

void ShotWatch::watch(const TableState &state, double dt)
{
    m_cueTrail.push_back(m_balls[kCueBall].position);
    while (m_cueTrail.size() > kTrailFrames)
        m_cueTrail.pop_front();
    if (!m_contactDecided) {
        findContact(state);
    } else {
        // Balls set moving after the first contact: the shot moved more than the cue ball.
        for (Ball &ball : m_balls) {
            if (ball.atStart && ball.present && !ball.hidden && !ball.moved
                && distance(ball.position, ball.start) > kMoved) {
                ball.moved = true;
            }
        }
    }
    if (m_shot.shot.firstContact)
        findRails(state.time);
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
    // Only the cue ball moved, and it stopped dead: a hand carried it, nobody shot.
    bool othersMoved = !m_shot.shot.pocketed.empty() || !m_shot.shot.rails.empty();
    for (int n = 1; n < 16; ++n)
        othersMoved = othersMoved || m_balls[size_t(n)].moved;
    if (!othersMoved) {
        double last = 0.0;
        for (size_t i = 0; i < m_cueTimes.size(); ++i) {
            if (m_cueTimes[i] >= m_restSince - 0.25 && m_cueTimes[i] <= m_restSince)
                last = std::max(last, m_cueSpeeds[i]);
        }
        if (last > kHandStop)
            return std::nullopt;
    }
    for (int n = 0; n < 16; ++n) {
        const Ball &ball = m_balls[size_t(n)];
        if (!ball.railed && ball.closest <= kCloseCall && !(m_shot.shot.isBreak && n == kCueBall))
            review(Tr::tr("Ball %1 came within a few millimetres of a cushion, so whether it "
                          "touched it cannot be decided.")
                       .arg(n));
    }
    for (int n = 1; n < 16; ++n) {
        // Left still, it may have been touched; set moving, it was, maybe before the ball
        // taken for the first.
        if (m_grazed[size_t(n)] && m_shot.shot.firstContact != n)
            review(Tr::tr("The cue ball passed within a hair of ball %1, so whether it touched "
                          "ball %1 first cannot be decided.")
                       .arg(n));
    }
    // Rails in the order they were touched, as well as frames can tell.
    std::stable_sort(m_rails.begin(), m_rails.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t i = 0; i < m_rails.size(); ++i) {
        m_shot.shot.rails.push_back(m_rails[i].second);
        // Within two frames the order is the interpolation's guess (a turn is seen a frame
        // late), not what the frames show.
        if (i > 0 && m_rails[i].first - m_rails[i - 1].first < std::max(kRailTie, 2 * m_frame))
            review(Tr::tr("Balls %1 and %2 reached cushions within two frames of each other, so "
                          "their order cannot be decided.")
                       .arg(m_rails[i - 1].second)
                       .arg(m_rails[i].second));
    }
    for (int n = 0; n < 16; ++n) {
        if (m_balls[size_t(n)].present && m_balls[size_t(n)].hidden
            && m_lastTime - m_balls[size_t(n)].lastSeen > kHiddenLong)
            review(Tr::tr("Ball %1 was hidden when the balls came to rest.").arg(n));
    }
    return m_shot;
}

std::optional<TrackedShot> ShotWatch::update(const TableState &state)
{
    const double dt = state.time - m_lastTime;
    if (dt > 0 && dt < 0.5)
        m_frame = dt;
    std::array<bool, 16> seen{};
    int unidentified = 0;
    int newlyIdentified = 0; // a ball the watch had not, maybe a track that was -1 till now
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
            ++newlyIdentified;
            // Taken for dropped, it is back on the table.
            auto &pocketed = m_shot.shot.pocketed;
            const auto dropped
                = std::find_if(pocketed.begin(), pocketed.end(),
                               [&](const PocketedBall &p) { return p.ball == tracked.ball; });
            if (m_inShot && dropped != pocketed.end()) {
                pocketed.erase(dropped);
                review(Tr::tr("Ball %1 vanished by a pocket and was seen again, so whether it "
                              "dropped cannot be decided.")
                           .arg(tracked.ball));
            }
            ball.present = true;
            ball.position = ball.previous = ball.beforePrevious = tracked.position;
            ball.start = tracked.position;
            ball.atStart = false;
        }
        ball.beforePrevious = ball.previous;
        ball.previous = ball.position;
        ball.position = tracked.position;
        ball.velocity = tracked.velocity;
        // Back in sight far from where it went out of it: it moved unseen.
        if (m_inShot && ball.hidden && !tracked.hidden && state.time - ball.lastSeen > kBlindSpell
            && distance(tracked.position, ball.lastSeenAt) > kBallRadius)
            review(Tr::tr("Ball %1 moved out of sight for a while, so what it touched then "
                          "cannot be decided.")
                       .arg(tracked.ball));
        ball.hidden = tracked.hidden;
        if (!tracked.hidden) {
            ball.lastSeen = state.time;
            ball.lastSeenAt = tracked.position;
        }
    }
    // Balls that left the table since the last frame: dropped, or lost.
    for (int n = 0; n < 16; ++n) {
        Ball &ball = m_balls[size_t(n)];
        if (seen[size_t(n)] || !ball.present)
            continue;
        ball.present = false;
        if (!m_inShot)
            continue;
        if (inPocketMouth(m_spec, ball.position)) {
            const PocketId pocket = nearestPocket(m_spec, ball.position);
            m_shot.shot.pocketed.push_back({n, pocket});
            // Never seen leaving its place: it hung in the jaws, half seen, and may hang there.
            if (ball.atStart && distance(ball.position, ball.start) < kMoved)
                review(Tr::tr("Ball %1 vanished from the jaws of a pocket without being seen to "
                              "move, so whether it dropped cannot be decided.")
                           .arg(n));
            // A jaw and the cushion beside it are a hair apart where a ball drops.
            if (ball.railedByPocket == pocket && state.time - ball.railedAt <= kJawTime)
                review(Tr::tr("Ball %1 met the jaws of the pocket it dropped into, so whether "
                              "it touched a cushion cannot be decided.")
                           .arg(n));
        } else if (distanceToCushionNose(m_spec, ball.position) < -kBallRadius)
            m_shot.shot.offTable.push_back(n);
        else
            review(Tr::tr("Ball %1 was lost in the middle of the table.").arg(n));
    }
    // Fewer unidentified balls than became identified: one of them left the table.
    if (m_inShot && unidentified + newlyIdentified < m_unidentified)
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
            begin();
            watch(state, 0.0);
        }
    } else {
        watch(state, dt);
        if (allAtRest) {
            // The speeds are fitted over the last frames: they fall behind by about two.
            if (m_restSince < 0)
                m_restSince = state.time - 2 * m_frame;
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
