// Physics benchmark: how long the simulator takes for a 9-ball break, a 15-ball break and
// random shots, on one core. Prints the median and the best time per simulation over many
// repetitions, the events per simulation, microseconds per event, and each figure as a
// ratio to a baseline measured in the same run (one ball sliding to rest), so numbers from
// noisy or different machines can be compared. Speed is reported, never asserted.

#include "physics/rack.h"
#include "physics/simulator.h"

#include "core/ball.h"
#include "core/tablespec.h"
#include "core/units.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace dojo;
using namespace dojo::physics;

namespace {

// A benchmark shot the simulator refuses is a bug in the benchmark: stop and say so.
void simulateOrDie(Simulator &simulator, const ShotSetup &setup, ShotResult &result)
{
    if (Result<void> simulated = simulator.simulate(setup, result); !simulated)
        qFatal("bench_physics: a shot was refused: %s", qPrintable(simulated.error()));
}

struct Figures
{
    double medianMicros = 0;
    double bestMicros = 0;
    double events = 0; // per simulation
};

// Times batches of simulations until about `seconds` have passed; each batch runs every
// setup once and long enough (about a millisecond) for the clock to resolve it.
Figures measure(Simulator &simulator, const std::vector<ShotSetup> &setups, double seconds)
{
    using Clock = std::chrono::steady_clock;
    ShotResult result;
    long long events = 0;
    for (const ShotSetup &setup : setups) { // warm up: sizes the result's buffers
        simulateOrDie(simulator, setup, result);
        events += static_cast<long long>(result.events.size()) - 1; // the strike is no event
    }
    const Clock::time_point probeStart = Clock::now();
    for (const ShotSetup &setup : setups)
        simulateOrDie(simulator, setup, result);
    const double once = std::chrono::duration<double>(Clock::now() - probeStart).count();
    const int rounds = std::max(1, static_cast<int>(1e-3 / std::max(once, 1e-9)));

    std::vector<double> perSimulation;
    const Clock::time_point end
        = Clock::now()
          + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    while (Clock::now() < end || perSimulation.size() < 5) {
        const Clock::time_point start = Clock::now();
        for (int round = 0; round < rounds; ++round) {
            for (const ShotSetup &setup : setups)
                simulateOrDie(simulator, setup, result);
        }
        const double micros
            = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
        perSimulation.push_back(micros / (rounds * static_cast<double>(setups.size())));
    }
    std::sort(perSimulation.begin(), perSimulation.end());
    return {perSimulation[perSimulation.size() / 2], perSimulation.front(),
            static_cast<double>(events) / static_cast<double>(setups.size())};
}

// A game in progress: the cue ball and 9 object balls anywhere on the bed, none touching,
// struck at any speed up to a hard shot, with any spin.
std::vector<ShotSetup> randomShots(int count, const Simulator &simulator)
{
    std::mt19937 random(2024);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const TableSpec &spec = tableSpec(TableSize::NineFoot);
    const TableModel &table = simulator.table(TableSize::NineFoot);
    std::vector<ShotSetup> setups;
    while (static_cast<int>(setups.size()) < count) {
        ShotSetup setup;
        for (int number = 0; number <= 9; ++number) {
            for (;;) {
                const Vec2 at{kBallRadius + (spec.length - kBallDiameter) * unit(random),
                              kBallRadius + (spec.width - kBallDiameter) * unit(random)};
                const bool clear
                    = table.isOnBed(at, kBallRadius, 0.0)
                      && std::all_of(setup.balls.begin(), setup.balls.end(),
                                     [&](const BallPlacement &b) {
                                         return distance(b.position, at) > kBallDiameter;
                                     });
                if (clear) {
                    setup.balls.push_back({number, at});
                    break;
                }
            }
        }
        setup.cue = {metres(0.5 + 5.5 * unit(random)), 360.0 * unit(random), unit(random) - 0.5,
                     unit(random) - 0.5};
        setups.push_back(setup);
    }
    return setups;
}

// One ball, nothing to hit: strike, sliding to rolling, rolling to rest.
std::vector<ShotSetup> baseline()
{
    ShotSetup setup;
    setup.balls = {{0, {600.0, 635.0}}};
    setup.cue = {metres(0.3), 0.0, 0.0, 0.0}; // stops half a metre on, far from any cushion
    return {setup};
}

void print(const char *name, const Figures &f, const Figures &base)
{
    std::printf("%-34s %10.2f %10.2f %8.1f %8.3f %10.1f\n", name, f.medianMicros, f.bestMicros,
                f.events, f.medianMicros / std::max(f.events, 1.0),
                f.medianMicros / base.medianMicros);
}

} // namespace

int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0; // per scenario
    Simulator simulator;
    const Figures base = measure(simulator, baseline(), seconds);
    const Figures nine = measure(simulator, {nineBallBreak(TableSize::NineFoot)}, seconds);
    const Figures fifteen = measure(simulator, {fifteenBallBreak(TableSize::NineFoot)}, seconds);
    std::vector<ShotSetup> breaks;
    for (int i = 0; i < 50; ++i)
        breaks.push_back(
            nineBallBreak(TableSize::NineFoot, metres(7.0 + 0.06 * i), -150.0 + 6.0 * i));
    const Figures nineVaried = measure(simulator, breaks, seconds);
    const Figures random = measure(simulator, randomShots(1000, simulator), seconds);

    std::printf("DojoPool physics benchmark, one core, %.1f s per scenario\n", seconds);
    std::printf("%-34s %10s %10s %8s %8s %10s\n", "scenario", "median us", "best us", "events",
                "us/event", "x baseline");
    print("baseline: one ball slides to rest", base, base);
    print("9-ball break (8 m/s, centre)", nine, base);
    print("15-ball break (8 m/s, centre)", fifteen, base);
    print("9-ball breaks, 50 speeds/offsets", nineVaried, base);
    print("random shots, 10 balls", random, base);
    return 0;
}
