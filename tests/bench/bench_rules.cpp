// How many shots per second the referee rules on one core, over a long random but legal
// match of each game. Not a test: it prints figures, it asserts nothing about time.
//
// The engine's cost is reported against a baseline measured in the same run: copying the
// rack state and the shot once per step, the least any referee must do.

#include <rules/match.h>
#include <rules/rack.h>

#include <core/ball.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace dojo;
using Clock = std::chrono::steady_clock;

namespace {

struct Step
{
    rules::RackState rack;
    ShotRecord shot;
};

// A shot that could happen on this rack: balls named are on the table, calls name a ball
// that is there. Fouls happen, as in real play.
ShotRecord randomShot(const rules::RackState &rack, std::mt19937 &random)
{
    std::vector<int> balls;
    for (int ball = 1; ball <= 15; ++ball) {
        if (rack.onTable.contains(ball))
            balls.push_back(ball);
    }
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    std::uniform_int_distribution<int> pocketPick(0, 5);
    ShotRecord shot;
    shot.isBreak = rack.breakDue;
    if (balls.empty())
        return shot;
    std::shuffle(balls.begin(), balls.end(), random);
    const int lowest = rack.onTable.lowest();
    shot.firstContact = chance(random) < 0.85 ? lowest : balls.front();
    if (rack.game == rules::Game::EightBall && chance(random) < 0.8)
        shot.firstContact = balls.front();
    if (chance(random) < 0.03)
        shot.firstContact.reset();
    const int pockets
        = shot.firstContact ? (chance(random) < 0.55 ? 1 : (chance(random) < 0.2 ? 2 : 0)) : 0;
    for (int i = 0; i < pockets && i < int(balls.size()); ++i)
        shot.pocketed.push_back({balls[size_t(i)], static_cast<PocketId>(pocketPick(random))});
    if (chance(random) < 0.06)
        shot.pocketed.push_back({kCueBall, static_cast<PocketId>(pocketPick(random))});
    if (shot.firstContact) {
        const int rails = shot.isBreak ? 5 : int(chance(random) * 3);
        for (int i = 0; i < rails && i + pockets < int(balls.size()); ++i)
            shot.rails.push_back(balls[size_t(i + pockets)]);
        if (chance(random) < 0.5)
            shot.rails.push_back(kCueBall);
    }
    const bool calls = rack.game != rules::Game::NineBall;
    if (calls && !shot.isBreak) {
        if (!shot.pocketed.empty() && shot.pocketed.front().ball != kCueBall
            && chance(random) < 0.9)
            shot.call = Call{false, shot.pocketed.front().ball, shot.pocketed.front().pocket};
        else if (chance(random) < 0.1)
            shot.call = Call::safetyCall();
        else
            shot.call = Call{false, balls.back(), static_cast<PocketId>(pocketPick(random))};
    }
    if (rack.game == rules::Game::StraightPool && shot.isBreak && chance(random) < 0.7) {
        shot.rails = {kCueBall, balls.front(), balls.back()};
    }
    shot.pushOut = rack.pushOutAllowed && chance(random) < 0.3;
    return shot;
}

struct Figures
{
    double engineSeconds = 0;
    double baselineSeconds = 0;
    double matchSeconds = 0;
    size_t shots = 0;
    size_t steps = 0;
    size_t racks = 0;
};

Figures measure(rules::Game game, size_t wantedShots)
{
    std::mt19937 random(20261127);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    rules::MatchSetup setup;
    setup.game = game;
    setup.raceTo = 1000000; // one long match

    // Play once to record a legal stream of steps (shots and choices).
    std::vector<Step> shots;
    std::vector<rules::Step> stream; // every step, shots and choices, in order
    shots.reserve(wantedShots);
    rules::Match match(setup);
    while (shots.size() < wantedShots) {
        const rules::RackState &rack = match.rack();
        if (!rack.options.empty()) {
            std::vector<rules::Choice> offered;
            for (rules::Choice choice : rules::kAllChoices) {
                if (rack.options.contains(choice))
                    offered.push_back(choice);
            }
            const rules::Choice choice
                = offered[size_t(chance(random) * double(offered.size())) % offered.size()];
            if (!match.apply(choice))
                std::abort(); // an offered choice is always taken
            stream.push_back(choice);
            continue;
        }
        const ShotRecord shot = randomShot(rack, random);
        const rules::RackState before = rack;
        if (match.apply(shot)) {
            shots.push_back({before, shot});
            stream.push_back(shot);
        }
    }

    Figures figures;
    figures.shots = shots.size();
    figures.steps = stream.size();
    figures.racks = size_t(match.rackNumber());

    // The engine alone: each recorded shot ruled from its recorded rack.
    int sink = 0;
    auto start = Clock::now();
    for (const Step &step : shots) {
        const auto ruled = rules::shoot(step.rack, step.shot, setup.options);
        sink += ruled ? ruled->after.turn + int(ruled->ruling.foul) : 1;
    }
    figures.engineSeconds = std::chrono::duration<double>(Clock::now() - start).count();

    // Baseline: copying the rack and the shot once per step.
    start = Clock::now();
    for (const Step &step : shots) {
        rules::RackState copy = step.rack;
        ShotRecord shotCopy = step.shot;
        sink += copy.turn + int(shotCopy.pocketed.size());
    }
    figures.baselineSeconds = std::chrono::duration<double>(Clock::now() - start).count();

    // The whole Match (statistics, score, new racks) replaying the same stream.
    start = Clock::now();
    rules::Match replay(setup);
    for (const rules::Step &step : stream)
        sink += replay.apply(step) ? 1 : 0;
    figures.matchSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (sink == 42)
        std::puts("");
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    const size_t shots = argc > 1 ? size_t(std::atol(argv[1])) : 1000000;
    std::printf("rules benchmark: %zu legal random shots per game, one core\n", shots);
    std::printf("%-14s %8s %14s %14s %16s %10s\n", "game", "racks", "engine shots/s",
                "match steps/s", "ns/shot (engine)", "x baseline");
    for (rules::Game game : {rules::Game::EightBall, rules::Game::NineBall, rules::Game::TenBall,
                             rules::Game::StraightPool}) {
        const Figures f = measure(game, shots);
        std::printf("%-14s %8zu %14.0f %14.0f %16.1f %10.1f\n", qPrintable(rules::gameKey(game)),
                    f.racks, double(f.shots) / f.engineSeconds, double(f.steps) / f.matchSeconds,
                    1e9 * f.engineSeconds / double(f.shots), f.engineSeconds / f.baselineSeconds);
    }
    return 0;
}
