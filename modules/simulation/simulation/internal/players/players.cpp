#include "simulation/internal/players/players.h"

#include "simulation/internal/players/aim.h"
#include "simulation/internal/players/cueballplacement.h"
#include "simulation/internal/players/legalballs.h"
#include "simulation/internal/players/racking.h"
#include "simulation/internal/players/skill.h"
#include "simulation/internal/simulationtr.h"

#include "rules/refusal.h"

#include "core/ball.h"
#include "core/units.h"

#include <algorithm>

namespace dojo::simulation::internal {
namespace {

// A rack still going after this many shots is a stalemate (WPA 8.x): racked again.
constexpr int kStalemateShots = 150;
// Attempts at a shot before next() gives up and returns the last one (problems() says why).
constexpr int kAttempts = 4;

rules::MatchSetup matchFor(const GameSettings &settings, Random &random)
{
    rules::MatchSetup setup;
    setup.game = settings.game;
    setup.raceTo = 0; // forever
    setup.breakRule = rules::BreakRule::Alternate;
    setup.firstBreaker = random.below(2); // the lag
    return setup;
}

} // namespace

Players::Players(const GameSettings &settings)
    : m_settings(settings)
    , m_table(m_simulator.table(settings.table))
    , m_radius(m_simulator.parameters().ballRadius)
    , m_random(settings.seed)
    , m_match(matchFor(settings, m_random))
    , m_planner(m_simulator, settings.table, m_match.setup().options)
{
    rack();
}

const PlayedShot &Players::next()
{
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (play())
            break;
    }
    return m_played;
}

bool Players::play()
{
    answerChoices();
    if (m_shotsInRack >= kStalemateShots) {
        if (const auto ruled = m_match.apply(rules::Stalemate{})) {
            m_stepsBefore.emplace_back(rules::Stalemate{});
            follow(*ruled);
        }
    }
    const rules::RackState &state = m_match.rack();
    const rules::Seat shooter = state.turn;
    const double skill = m_settings.players[size_t(shooter)].skill;
    const double opponentSkill = m_settings.players[size_t(rules::other(shooter))].skill;
    const bool isBreak = state.breakDue;
    bool ballInHand = false;
    PlannedShot plan;
    if (isBreak) {
        if (!m_rackStarts)
            rack(); // a break is due on a rack the rules ended: the balls go back in
        const TableSpec &spec = m_table.spec();
        setCueBall({spec.headStringX - 1.0, spec.width / 2 + m_random.uniform(-100.0, 100.0)});
        plan = planBreak(skill);
    } else {
        if (state.ballInHand != rules::BallInHand::None || !hasCueBall()) {
            removeCueBall();
            setCueBall(placeCueBall(m_table, m_balls, legalBalls(state, shooter),
                                    state.ballInHand == rules::BallInHand::BehindHeadString,
                                    aimSigma(skill), m_radius));
            ballInHand = true;
        }
        plan = m_planner.plan(m_balls, state, {shooter, skill, opponentSkill, m_safetiesInARow},
                              m_random);
    }

    physics::ShotSetup setup;
    setup.table = m_settings.table;
    setup.balls = m_balls;
    setup.cue = withErrors(plan.strike, skill, isBreak ? 1.5 : 1.0);
    setup.isBreak = isBreak;
    physics::SimulationOptions options;
    options.recordPath = true;
    const int number = m_played.number + 1;
    if (const Result<void> simulated = m_simulator.simulate(setup, m_played.result, options);
        !simulated) {
        abandonRack(Tr::tr("Shot %1 of the simulated match could not be simulated (%2); the balls "
                           "were racked again.")
                        .arg(number)
                        .arg(simulated.error()));
        return false;
    }
    ShotRecord record = m_played.result.shot;
    record.call = plan.call;
    const Result<rules::Ruling, rules::Refusal> ruled = m_match.apply(record);
    if (!ruled) {
        abandonRack(Tr::tr("The referee refused shot %1 of the simulated match (%2); the balls "
                           "were racked again.")
                        .arg(number)
                        .arg(rules::refusalText(ruled.error())));
        return false;
    }

    m_played.number = number;
    m_played.shooter = shooter;
    m_played.rackStarts = m_rackStarts;
    m_played.pause = pauseBefore(m_rackStarts, ballInHand);
    m_played.before = std::move(setup.balls);
    m_played.strike = setup.cue;
    m_played.shot = record;
    m_played.ruling = *ruled;
    m_played.stepsBefore = std::move(m_stepsBefore);
    m_stepsBefore.clear();
    m_played.players = {m_settings.players[0].name, m_settings.players[1].name};
    m_rackStarts = false;
    ++m_shotsInRack;
    const bool safe = plan.kind == ShotKind::Safety || plan.kind == ShotKind::Kick;
    m_safetiesInARow = safe ? m_safetiesInARow + 1 : 0;

    m_balls.clear();
    for (const physics::BallState &ball : m_played.result.finalState) {
        if (!ball.isPocketed())
            m_balls.push_back({ball.number, ball.position});
    }
    follow(*ruled);
    return true;
}

void Players::answerChoices()
{
    for (int guard = 0; guard < 8 && m_match.rack().pending != rules::Pending::None; ++guard) {
        const rules::Choice choice = choose();
        const Result<rules::Ruling, rules::Refusal> ruled = m_match.apply(choice);
        if (!ruled) {
            m_problems.push_back(Tr::tr("The referee refused a simulated player's choice (%1).")
                                     .arg(rules::refusalText(ruled.error())));
            return;
        }
        m_stepsBefore.emplace_back(choice);
        follow(*ruled);
    }
}

rules::Choice Players::choose() const
{
    const rules::RackState &rack = m_match.rack();
    const rules::Choices options = rack.options;
    const double skill = m_settings.players[size_t(rack.turn)].skill;
    // How good the table is as it lies for the chooser.
    const auto tableChance = [&] {
        if (!hasCueBall())
            return 0.0;
        Vec2 cue;
        for (const physics::BallPlacement &ball : m_balls) {
            if (ball.number == kCueBall)
                cue = ball.position;
        }
        return bestPot(m_table, m_balls, cue, legalBalls(rack, rack.turn), aimSigma(skill),
                       m_radius)
            .chance;
    };
    switch (rack.pending) {
    case rules::Pending::IllegalBreak:
        if (options.contains(rules::Choice::Accept) && tableChance() >= 0.5)
            return rules::Choice::Accept;
        if (options.contains(rules::Choice::RerackAndBreak))
            return rules::Choice::RerackAndBreak;
        break;
    case rules::Pending::EightOnBreak:
        // After a clean break the breaker keeps a good table; after a foul the opponent
        // takes the spotted 8 with ball in hand.
        if (rack.turn == rack.breaker && tableChance() < 0.4
            && options.contains(rules::Choice::Rerack)) {
            return rules::Choice::Rerack;
        }
        if (options.contains(rules::Choice::RespotEight))
            return rules::Choice::RespotEight;
        break;
    default: break;
    }
    // Push-outs and the rest: take the table as it lies.
    for (rules::Choice choice : {rules::Choice::Shoot, rules::Choice::Accept}) {
        if (options.contains(choice))
            return choice;
    }
    for (rules::Choice choice : rules::kAllChoices) {
        if (options.contains(choice))
            return choice;
    }
    return rules::Choice::Shoot;
}

void Players::follow(const rules::Ruling &ruling)
{
    if (ruling.rackOver) {
        rack();
        return;
    }
    for (int ball = 1; ball <= kHighestBall; ++ball) {
        if (!ruling.respotted.contains(ball))
            continue;
        if (std::any_of(m_balls.begin(), m_balls.end(),
                        [ball](const physics::BallPlacement &b) { return b.number == ball; })) {
            continue;
        }
        m_balls.push_back({ball, spotFor(m_balls, m_table, m_radius)});
    }
    std::sort(m_balls.begin(), m_balls.end(),
              [](const auto &a, const auto &b) { return a.number < b.number; });
}

void Players::rack()
{
    m_balls = rackFor(m_settings.game, m_table.spec(), m_random);
    std::sort(m_balls.begin(), m_balls.end(),
              [](const auto &a, const auto &b) { return a.number < b.number; });
    m_rackStarts = true;
    m_shotsInRack = 0;
    m_safetiesInARow = 0;
}

bool Players::hasCueBall() const
{
    return !m_balls.empty() && m_balls.front().number == kCueBall;
}

void Players::removeCueBall()
{
    if (hasCueBall())
        m_balls.erase(m_balls.begin());
}

void Players::setCueBall(Vec2 position)
{
    removeCueBall();
    m_balls.insert(m_balls.begin(), {kCueBall, position});
}

PlannedShot Players::planBreak(double skill)
{
    // Into the apex ball: the one on the foot spot.
    const Vec2 cue = m_balls.front().position;
    const Vec2 footSpot = m_table.spec().footSpot;
    Vec2 apex = footSpot;
    double nearest = 1e12;
    for (const physics::BallPlacement &ball : m_balls) {
        if (ball.number != kCueBall && distance(ball.position, footSpot) < nearest) {
            nearest = distance(ball.position, footSpot);
            apex = ball.position;
        }
    }
    PlannedShot plan;
    plan.kind = ShotKind::Break;
    plan.strike.angle = angleOf(apex - cue);
    plan.strike.speed = metres(8.0 + 2.0 * skill);
    plan.strike.top = -0.1; // a little under centre: the cue ball stays near the middle
    return plan;
}

physics::CueStrike Players::withErrors(const physics::CueStrike &strike, double skill,
                                       double aimScale)
{
    physics::CueStrike played = strike;
    played.angle += m_random.normal(aimSigma(skill) * aimScale);
    played.speed = std::clamp(strike.speed * (1.0 + m_random.normal(speedSigma(skill))), 150.0,
                              metres(12.0));
    const double tip = physics::kMaxTipOffset * 0.9;
    played.top = std::clamp(strike.top + m_random.normal(tipSigma(skill)), -tip, tip);
    played.side = std::clamp(strike.side + m_random.normal(0.7 * tipSigma(skill)), -tip, tip);
    return played;
}

double Players::pauseBefore(bool rackStarts, bool ballInHand)
{
    const double mean = m_settings.meanPause;
    double pause = mean * m_random.uniform(0.5, 1.5); // 2 to 6 s by default
    if (rackStarts)
        pause += 1.5 * mean; // racking
    if (ballInHand)
        pause += 0.25 * mean; // placing the cue ball
    return pause;
}

void Players::abandonRack(const QString &problem)
{
    m_problems.push_back(problem);
    answerChoices();
    if (const auto ruled = m_match.apply(rules::Stalemate{})) {
        m_stepsBefore.emplace_back(rules::Stalemate{});
        follow(*ruled);
    } else
        rack();
}

} // namespace dojo::simulation::internal
