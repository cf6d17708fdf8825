#include "simulation/internal/players/shotplanner.h"

#include "simulation/internal/players/aim.h"
#include "simulation/internal/players/legalballs.h"
#include "simulation/internal/players/skill.h"

#include "physics/shotpreview.h"

#include "rules/rack.h"

#include "core/ball.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dojo::simulation::internal {
namespace {

constexpr double kMissValue = 0.2; // a missed pot usually leaves the opponent something
constexpr double kMinSpeed = 300.0;
constexpr double kMaxSpeed = 7000.0;

// How the player may strike a pot for position: the tip's height and how far past the pocket
// the object ball would roll (plus a share of its way, so a stroke a little soft still gets
// there).
struct Stroke
{
    double top;
    double beyond; // mm
};
constexpr Stroke kStrokes[] = {{0.35, 500.0},  {0.0, 400.0},  {-0.35, 400.0}, {0.3, 200.0},
                               {0.35, 1200.0}, {0.0, 1000.0}, {-0.35, 1000.0}};

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// Signed angle (radians) from the line start-aim to where the ball went by the time it was
// `reach` mm from its start; none when it hardly moved.
std::optional<double> sendError(const std::vector<physics::PathSample> &samples, Vec2 start,
                                Vec2 aim, double reach, double radius)
{
    if (samples.empty())
        return std::nullopt;
    Vec2 went = samples.back().position - start;
    for (const physics::PathSample &sample : samples) {
        if (distance(sample.position, start) >= reach) {
            went = sample.position - start;
            break;
        }
    }
    if (went.length() < radius)
        return std::nullopt;
    const Vec2 want = aim - start;
    return std::atan2(want.cross(went), want.dot(went));
}

// The cue ball's speed after `way` mm when struck at `speed` with the tip `top` radii above
// centre: it slides (draw and stun) until it rolls, then rolls (docs/physics.md).
double speedAfter(double speed, double top, double way, double slide, double roll)
{
    const double slip = speed * (1.0 - 2.5 * top); // the contact point's, forward positive
    const double a = slip >= 0.0 ? slide : -slide; // friction against the slip
    const double sliding = 2.0 * std::abs(slip) / (7.0 * slide);
    const double slideWay = speed * sliding - 0.5 * a * sliding * sliding;
    if (way <= slideWay) {
        const double squared = speed * speed - 2.0 * a * way;
        return std::sqrt(std::max(squared, 0.0));
    }
    const double rolling = speed - a * sliding;
    return std::sqrt(std::max(rolling * rolling - 2.0 * roll * (way - slideWay), 0.0));
}

// The strike that brings the cue ball `way` mm on at `contact` mm/s.
double speedFor(double contact, double top, double way, double slide, double roll)
{
    double low = 0.0;
    double high = 12000.0;
    for (int i = 0; i < 40; ++i) {
        const double middle = 0.5 * (low + high);
        (speedAfter(middle, top, way, slide, roll) < contact ? low : high) = middle;
    }
    return high;
}

} // namespace

ShotPlanner::ShotPlanner(physics::Simulator &simulator, TableSize table,
                         const rules::GameOptions &options)
    : m_simulator(simulator)
    , m_table(simulator.table(table))
    , m_size(table)
    , m_options(options)
    , m_radius(simulator.parameters().ballRadius)
{
    m_setup.table = table;
}

PlannedShot ShotPlanner::plan(const std::vector<physics::BallPlacement> &balls,
                              const rules::RackState &rack, const Shooter &shooter, Random &random)
{
    m_balls = &balls;
    m_rack = &rack;
    m_shooter = shooter;
    m_legal = legalBalls(rack, shooter.seat);
    m_candidates.clear();
    m_setup.balls = balls;
    m_setup.isBreak = false;

    addPots();
    const auto best = [this] {
        double value = -1.0;
        for (const Candidate &candidate : m_candidates)
            value = std::max(value, candidate.value);
        return value;
    };
    if (best() < 0.55)
        addSafeties();
    if (best() <= 0.05)
        addKicks();

    // Players misjudge: the weaker, the more their choice wanders from the best.
    const Candidate *chosen = nullptr;
    double chosenValue = -1e9;
    for (const Candidate &candidate : m_candidates) {
        const double judged = candidate.value + random.normal(0.1 * (1.0 - shooter.skill));
        if (judged > chosenValue) {
            chosenValue = judged;
            chosen = &candidate;
        }
    }
    if (chosen)
        return chosen->shot;

    // Nothing to think of: roll the cue ball at the nearest legal ball and hope.
    PlannedShot shot;
    shot.kind = ShotKind::Safety;
    shot.call = safetyCall();
    const Vec2 cue = cueBall();
    double nearest = 1e12;
    for (const physics::BallPlacement &ball : balls) {
        if (m_legal.contains(ball.number) && distance(ball.position, cue) < nearest) {
            nearest = distance(ball.position, cue);
            shot.strike.angle = angleOf(ball.position - cue);
        }
    }
    shot.strike.speed = 1500.0;
    return shot;
}

Vec2 ShotPlanner::cueBall() const
{
    for (const physics::BallPlacement &ball : *m_balls) {
        if (ball.number == kCueBall)
            return ball.position;
    }
    return {};
}

std::optional<Call> ShotPlanner::callFor(int ball, PocketId pocket) const
{
    if (m_rack->game != rules::Game::EightBall)
        return std::nullopt;
    return Call{false, ball, pocket};
}

std::optional<Call> ShotPlanner::safetyCall() const
{
    if (m_rack->game != rules::Game::EightBall)
        return std::nullopt;
    return Call::safetyCall();
}

const physics::ShotResult *ShotPlanner::simulate(const physics::CueStrike &strike, bool recordPath)
{
    m_setup.cue = strike;
    physics::SimulationOptions options;
    options.recordPath = recordPath;
    if (!m_simulator.simulate(m_setup, m_result, options))
        return nullptr;
    return &m_result;
}

double ShotPlanner::valueOf(const physics::ShotResult &result, const std::optional<Call> &call)
{
    ShotRecord record = result.shot;
    record.call = call;
    const Result<rules::RackStep, rules::Refusal> step = rules::shoot(*m_rack, record, m_options);
    if (!step)
        return 0.0;
    const rules::RackState &after = step->after;
    const rules::Seat seat = m_shooter.seat;
    if (after.over)
        return after.winner ? (*after.winner == seat ? 1.0 : 0.0) : 0.3;
    if (step->ruling.foul)
        return 0.02;
    if (after.pending != rules::Pending::None)
        return 0.4;
    m_after.clear();
    Vec2 cue;
    for (const physics::BallState &ball : result.finalState) {
        if (ball.isPocketed())
            continue;
        m_after.push_back({ball.number, ball.position});
        if (ball.number == kCueBall)
            cue = ball.position;
    }
    const double skill = m_shooter.skill;
    if (after.turn == seat) {
        // Position: what the next shot will be, as well as this player can see it.
        const double next
            = bestPot(m_table, m_after, cue, legalBalls(after, seat), aimSigma(skill), m_radius)
                  .chance;
        return 0.55 + 0.45 * (skill * next + (1.0 - skill) * 0.5);
    }
    const rules::BallSet theirBalls = legalBalls(after, rules::other(seat));
    const double theirs
        = bestPot(m_table, m_after, cue, theirBalls, aimSigma(m_shooter.opponentSkill), m_radius)
              .chance;
    // A cue ball left far from anything the opponent may hit makes even a safety back hard.
    double apart = 1e12;
    for (const physics::BallPlacement &ball : m_after) {
        if (theirBalls.contains(ball.number))
            apart = std::min(apart, distance(ball.position, cue));
    }
    return 0.5 * (1.0 - (skill * theirs + (1.0 - skill) * 0.5))
           + 0.05 * skill * std::min(1.0, apart / 1500.0);
}

void ShotPlanner::addPots()
{
    const Vec2 cue = cueBall();
    const double sigma = aimSigma(m_shooter.skill);
    struct Option
    {
        double chance;
        PotLine line;
    };
    std::vector<Option> options;
    for (const physics::BallPlacement &ball : *m_balls) {
        if (ball.number == kCueBall || !m_legal.contains(ball.number))
            continue;
        for (PocketId pocket : kAllPockets) {
            const PotLine line = potLine(m_table, *m_balls, cue, ball.number, pocket, m_radius);
            const double chance = makeChance(line, sigma, m_radius);
            if (chance > 0.02)
                options.push_back({chance, line});
        }
    }
    std::stable_sort(options.begin(), options.end(),
                     [](const Option &a, const Option &b) { return a.chance > b.chance; });
    if (options.size() > 3)
        options.resize(3);

    const physics::PhysicsParameters &physics = m_simulator.parameters();
    const double slide = physics.slidingFriction * physics.gravity;
    const double roll = physics.rollingFriction * physics.gravity;
    // mm an object ball struck at v mm/s travels per (mm/s)²: sliding to 5/7 v, then rolling.
    const double travel = 24.0 / (49.0 * 2.0 * slide) + 25.0 / (49.0 * 2.0 * roll);
    for (const Option &option : options) {
        const PotLine &line = option.line;
        const auto strokeSpeed = [&](const Stroke &stroke) {
            const double way = 1.35 * line.objectDistance + stroke.beyond;
            const double object = std::sqrt(way / travel);
            const double contact = object / (0.975 * std::max(std::cos(radians(line.cut)), 0.25));
            return std::clamp(speedFor(contact, stroke.top, line.cueDistance, slide, roll),
                              kMinSpeed, kMaxSpeed);
        };
        const double reach = std::max(
            std::min(0.6 * line.objectDistance, line.objectDistance - 3 * m_radius), 2 * m_radius);

        physics::ShotPreviewRequest request;
        request.table = m_size;
        request.balls = *m_balls;
        request.objectBall = line.ball;
        request.pocket = line.pocket;
        request.speed = strokeSpeed(kStrokes[0]);
        request.top = kStrokes[0].top;
        const Result<physics::ShotPreview> preview
            = physics::previewShot(m_simulator, request, 240.0);
        if (!preview || preview->cutTooThin || !preview->cueBallBlockers.empty()
            || !preview->objectBallBlockers.empty()) {
            continue;
        }
        const std::optional<double> first
            = sendError(preview->objectBallPath, line.object, line.aimPoint, reach, m_radius);
        if (!first)
            continue;

        // Throw: find how the object ball's line follows the aim, then correct for it.
        const double nudge = 0.1; // degrees
        physics::CueStrike strike{request.speed, preview->cueAngle + nudge, 0.0, request.top};
        const physics::ShotResult *nudged = simulate(strike, true);
        if (!nudged)
            continue;
        const std::optional<double> second = sendError(nudged->samplePath(line.ball, 240.0),
                                                       line.object, line.aimPoint, reach, m_radius);
        if (!second || std::abs(*second - *first) < 1e-6)
            continue;
        const double slope = (*second - *first) / nudge; // radians of send per degree of aim
        const double aim = preview->cueAngle - *first / slope;
        // Throw moves the object ball a few degrees at most, a small fraction of that at the
        // cue; a bigger correction means the line is not what the ghost ball says.
        if (std::abs(aim - preview->cueAngle) > 1.0)
            continue;

        for (const Stroke &stroke : kStrokes) {
            strike = {strokeSpeed(stroke), aim, 0.0, stroke.top};
            const physics::ShotResult *played = simulate(strike, true);
            if (!played)
                continue;
            const std::optional<double> error = sendError(
                played->samplePath(line.ball, 240.0), line.object, line.aimPoint, reach, m_radius);
            if (error && std::abs(*error) > 0.002 && std::abs(*error / slope) < 0.5) {
                strike.angle -= *error / slope;
                played = simulate(strike, false);
                if (!played)
                    continue;
            }
            const bool made = std::find(played->shot.pocketed.begin(), played->shot.pocketed.end(),
                                        PocketedBall{line.ball, line.pocket})
                              != played->shot.pocketed.end();
            const double chance = made ? option.chance : option.chance * 0.3;
            Candidate candidate;
            candidate.shot.kind = ShotKind::Pot;
            candidate.shot.strike = strike;
            candidate.shot.call = callFor(line.ball, line.pocket);
            candidate.shot.chance = chance;
            candidate.value
                = chance * valueOf(*played, candidate.shot.call) + (1.0 - chance) * kMissValue;
            m_candidates.push_back(candidate);
        }
    }
}

std::vector<physics::BallPlacement> ShotPlanner::nearestLegalBalls(size_t most) const
{
    const Vec2 cue = cueBall();
    std::vector<physics::BallPlacement> targets;
    for (const physics::BallPlacement &ball : *m_balls) {
        if (m_legal.contains(ball.number))
            targets.push_back(ball);
    }
    std::stable_sort(targets.begin(), targets.end(), [cue](const auto &a, const auto &b) {
        return distance(a.position, cue) < distance(b.position, cue);
    });
    if (targets.size() > most)
        targets.resize(most);
    return targets;
}

void ShotPlanner::addSafeties()
{
    const Vec2 cue = cueBall();
    const double roll = m_simulator.parameters().rollingFriction * m_simulator.parameters().gravity;
    const std::vector<physics::BallPlacement> targets = nearestLegalBalls(3);
    // Executing a safety well is a skill too; and after a few in a row players lose patience.
    const double execution
        = (0.3 + 0.7 * m_shooter.skill) * std::pow(0.85, m_shooter.safetiesInARow);
    for (const physics::BallPlacement &target : targets) {
        const double apart = distance(target.position, cue);
        if (apart <= 2 * m_radius)
            continue;
        const double straight = angleOf(target.position - cue);
        for (double fullness : {-0.75, -0.45, -0.15, 0.15, 0.45, 0.75}) {
            const double offset = std::asin(std::clamp(fullness * 2 * m_radius / apart, -1.0, 1.0))
                                  * 180.0 / std::numbers::pi;
            for (double beyond : {300.0, 900.0, 2000.0}) {
                const double speed = std::clamp(1.15 * std::sqrt(2.0 * roll * (apart + beyond)),
                                                kMinSpeed, kMaxSpeed);
                const physics::CueStrike strike{speed, straight + offset, 0.0, 0.2};
                const physics::ShotResult *played = simulate(strike, false);
                if (!played)
                    continue;
                Candidate candidate;
                candidate.shot.kind = ShotKind::Safety;
                candidate.shot.strike = strike;
                candidate.shot.call = safetyCall();
                candidate.value = execution * valueOf(*played, candidate.shot.call);
                m_candidates.push_back(candidate);
            }
        }
    }
}

void ShotPlanner::addKicks()
{
    const Vec2 cue = cueBall();
    const TableSpec &spec = m_table.spec();
    const double roll = m_simulator.parameters().rollingFriction * m_simulator.parameters().gravity;
    const double r = m_radius;
    const std::vector<physics::BallPlacement> targets = nearestLegalBalls(2);
    for (const physics::BallPlacement &target : targets) {
        const Vec2 p = target.position;
        // The ball seen in each rail as in a mirror: the cue ball's centre turns a radius
        // off the cushion nose.
        const Vec2 mirrors[] = {{2 * r - p.x, p.y},
                                {2 * (spec.length - r) - p.x, p.y},
                                {p.x, 2 * r - p.y},
                                {p.x, 2 * (spec.width - r) - p.y}};
        for (size_t rail = 0; rail < 4; ++rail) {
            const Vec2 along = rail < 2 ? Vec2{0.0, 1.0} : Vec2{1.0, 0.0};
            for (double shift : {-40.0, 0.0, 40.0}) {
                const Vec2 aim = mirrors[rail] + along * shift;
                const double way = distance(aim, cue);
                const double speed
                    = std::clamp(1.5 * std::sqrt(2.0 * roll * (way + 800.0)), kMinSpeed, kMaxSpeed);
                const physics::CueStrike strike{speed, angleOf(aim - cue), 0.0, 0.2};
                const physics::ShotResult *played = simulate(strike, false);
                if (!played)
                    continue;
                Candidate candidate;
                candidate.shot.kind = ShotKind::Kick;
                candidate.shot.strike = strike;
                candidate.shot.call = safetyCall();
                candidate.value = 0.8 * std::pow(0.85, m_shooter.safetiesInARow)
                                  * valueOf(*played, candidate.shot.call);
                m_candidates.push_back(candidate);
            }
        }
    }
}

} // namespace dojo::simulation::internal
