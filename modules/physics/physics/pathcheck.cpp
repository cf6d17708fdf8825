#include "physics/pathcheck.h"

#include "physics/tablemodel.h"

#include "core/ball.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace dojo::physics {
namespace {

// The stretch over which speeds are estimated, and how long a ball must keep within the
// noise to count as resting again.
constexpr double kSpeedWindow = 0.1; // s
constexpr double kRestWindow = 0.1;  // s
// A contact up to this long outside a window still explains what happened in it.
constexpr double kFrameSlack = 0.02; // s

std::optional<Vec2> positionAt(const TrackedBall &ball, double time)
{
    const std::vector<TrackedSample> &s = ball.samples;
    if (s.empty() || time < s.front().time || time > s.back().time)
        return std::nullopt;
    const auto after = std::lower_bound(
        s.begin(), s.end(), time, [](const TrackedSample &a, double t) { return a.time < t; });
    if (after == s.begin() || after->time == time)
        return after->position;
    const auto before = after - 1;
    const double f = (time - before->time) / (after->time - before->time);
    return before->position + (after->position - before->position) * f;
}

double distanceToSegment(Vec2 point, Vec2 start, Vec2 end)
{
    const Vec2 along = end - start;
    const double length = along.lengthSquared();
    const double t = length > 0 ? std::clamp((point - start).dot(along) / length, 0.0, 1.0) : 0.0;
    return distance(point, start + along * t);
}

class Checker
{
public:
    Checker(const TrackedShot &shot, const PhysicsParameters &parameters,
            const PathCheckTolerances &tolerances)
        : m_shot(shot)
        , m_table(tableSpec(shot.table), parameters)
        , m_radius(parameters.ballRadius)
        , m_spinDrive(parameters.slidingFriction * parameters.gravity)
        , m_tolerances(tolerances)
    {
    }

    std::vector<PathFinding> run()
    {
        for (const TrackedBall &ball : m_shot.balls) {
            checkStarts(ball);
            checkSpeed(ball);
        }
        checkPairs();
        std::sort(m_findings.begin(), m_findings.end(),
                  [](const PathFinding &a, const PathFinding &b) { return a.time < b.time; });
        return m_findings;
    }

private:
    // Whether anything could have touched `ball` between `from` and `to`: a cushion or
    // another ball's tracked path within touching distance. Between two samples a real path
    // bends at a collision where the straight chord does not, so each ball's travel over
    // that frame is allowed on top (for a fast ball that is generous, and it has to be).
    bool touched(const TrackedBall &ball, double from, double to) const
    {
        const double reach = 2 * m_radius + m_tolerances.contactMargin;
        const std::vector<TrackedSample> &own = ball.samples;
        for (size_t k = 0; k < own.size(); ++k) {
            if (own[k].time < from - kFrameSlack || own[k].time > to + kFrameSlack)
                continue;
            double step = 0;
            if (k > 0)
                step = distance(own[k].position, own[k - 1].position);
            if (k + 1 < own.size())
                step = std::max(step, distance(own[k].position, own[k + 1].position));
            if (m_table.distanceToCushion(own[k].position)
                <= m_radius + m_tolerances.contactMargin + step) {
                return true;
            }
        }
        for (const TrackedBall &other : m_shot.balls) {
            if (other.number == ball.number)
                continue;
            const std::vector<TrackedSample> &s = other.samples;
            for (size_t k = 0; k + 1 < s.size(); ++k) {
                if (s[k + 1].time < from - kFrameSlack || s[k].time > to + kFrameSlack)
                    continue;
                const std::optional<Vec2> start = positionAt(ball, s[k].time);
                const std::optional<Vec2> end = positionAt(ball, s[k + 1].time);
                if (!start || !end)
                    continue;
                const double travel
                    = distance(*start, *end) + distance(s[k].position, s[k + 1].position);
                // Closest approach of the two chords, moving together over the frame.
                const Vec2 relativeStart = s[k].position - *start;
                const Vec2 relativeEnd = s[k + 1].position - *end;
                if (distanceToSegment({0, 0}, relativeStart, relativeEnd) <= reach + 0.5 * travel) {
                    return true;
                }
            }
        }
        return false;
    }

    void checkStarts(const TrackedBall &ball)
    {
        const std::vector<TrackedSample> &s = ball.samples;
        if (s.empty())
            return;
        const double moving = 3 * m_tolerances.positionNoise;
        bool resting = true;
        bool struck = ball.number != kCueBall;
        Vec2 anchor = s.front().position;
        size_t lastStill = 0;
        for (size_t k = 1; k < s.size(); ++k) {
            if (resting) {
                const double moved = distance(s[k].position, anchor);
                if (moved <= m_tolerances.positionNoise)
                    lastStill = k;
                if (moved <= moving)
                    continue;
                resting = false;
                if (!struck && ball.number == kCueBall) {
                    struck = true; // the cue strikes it
                    continue;
                }
                if (!touched(ball, s[lastStill].time, s[k].time))
                    m_findings.push_back(
                        {PathProblem::MovedUntouched, ball.number, -1, s[lastStill].time});
                continue;
            }
            // Resting again once it has kept within the noise for a while.
            size_t first = k;
            while (first > 0 && s[k].time - s[first - 1].time <= kRestWindow)
                --first;
            if (s[k].time - s[first].time < 0.9 * kRestWindow)
                continue;
            const bool still = std::all_of(
                s.begin() + static_cast<long>(first), s.begin() + static_cast<long>(k) + 1,
                [&](const TrackedSample &sample) {
                    return distance(sample.position, s[k].position) <= m_tolerances.positionNoise;
                });
            if (still) {
                resting = true;
                anchor = s[k].position;
                lastStill = k;
            }
        }
    }

    std::optional<double> speedAt(const TrackedBall &ball, double time) const
    {
        const std::optional<Vec2> a = positionAt(ball, time - kSpeedWindow / 2);
        const std::optional<Vec2> b = positionAt(ball, time + kSpeedWindow / 2);
        if (!a || !b)
            return std::nullopt;
        return distance(*a, *b) / kSpeedWindow;
    }

    void checkSpeed(const TrackedBall &ball)
    {
        const std::vector<TrackedSample> &s = ball.samples;
        if (s.size() < 2)
            return;
        // Spin can speed a ball up by at most mu_s g while it slides.
        const double allowed = m_spinDrive * kSpeedWindow + m_tolerances.speedMargin;
        double from = s.front().time + kSpeedWindow / 2;
        if (ball.number == kCueBall) {
            // The cue gives the cue ball its speed: the check starts once the strike is over.
            const double moving = 3 * m_tolerances.positionNoise;
            const auto struck = std::find_if(s.begin(), s.end(), [&](const TrackedSample &sample) {
                return distance(sample.position, s.front().position) > moving;
            });
            if (struck != s.end())
                from = std::max(from, struck->time + 1.5 * kSpeedWindow);
        }
        for (double t = from; t + 1.5 * kSpeedWindow <= s.back().time; t += kSpeedWindow / 2) {
            const std::optional<double> now = speedAt(ball, t);
            const std::optional<double> later = speedAt(ball, t + kSpeedWindow);
            if (!now || !later || *later - *now <= allowed)
                continue;
            if (*now < 3 * m_tolerances.positionNoise / kSpeedWindow)
                continue; // starting from rest: checkStarts judges that

            if (touched(ball, t - kSpeedWindow / 2, t + 1.5 * kSpeedWindow))
                continue;
            m_findings.push_back({PathProblem::SpeedGained, ball.number, -1, t});
            return; // once per ball is enough to send the shot to review
        }
    }

    void checkPairs()
    {
        const double overlapping = 2 * m_radius - m_tolerances.overlap;
        for (size_t i = 0; i < m_shot.balls.size(); ++i) {
            const TrackedBall &a = m_shot.balls[i];
            for (size_t j = i + 1; j < m_shot.balls.size(); ++j) {
                const TrackedBall &b = m_shot.balls[j];
                std::optional<Vec2> previous;
                double previousTime = 0;
                for (const TrackedSample &sample : a.samples) {
                    const std::optional<Vec2> other = positionAt(b, sample.time);
                    if (!other) {
                        previous.reset();
                        continue;
                    }
                    const Vec2 apart = *other - sample.position;
                    // Overlapping at a sample, or on opposite sides of each other one sample
                    // later having come closer than a radius: they went through each other.
                    bool through = apart.length() < overlapping;
                    if (!through && previous && previous->dot(apart) < 0
                        && distanceToSegment({0, 0}, *previous, apart) < m_radius) {
                        through = true;
                    }
                    if (through) {
                        m_findings.push_back({PathProblem::PassedThrough, a.number, b.number,
                                              previous ? previousTime : sample.time});
                        break;
                    }
                    previous = apart;
                    previousTime = sample.time;
                }
            }
        }
    }

    const TrackedShot &m_shot;
    TableModel m_table;
    double m_radius;
    double m_spinDrive;
    PathCheckTolerances m_tolerances;
    std::vector<PathFinding> m_findings;
};

} // namespace

QString pathProblemKey(PathProblem problem)
{
    switch (problem) {
    case PathProblem::MovedUntouched: return QStringLiteral("moved-untouched");
    case PathProblem::SpeedGained: return QStringLiteral("speed-gained");
    case PathProblem::PassedThrough: return QStringLiteral("passed-through");
    }
    return {};
}

PathCheck checkTrackedShot(const TrackedShot &shot, const PhysicsParameters &parameters,
                           const PathCheckTolerances &tolerances)
{
    PathCheck check;
    check.findings = Checker(shot, parameters, tolerances).run();
    check.needsReview = !check.findings.empty();
    return check;
}

} // namespace dojo::physics
