#include "physics/simulator.h"

#include "physics/internal/engine.h"

#include "core/ball.h"

#include <bitset>

namespace dojo::physics {
namespace {

// Up to kMaxBalls balls, each number 0-15 at most once: the engine indexes by number.
bool isValidSet(std::span<const BallState> balls)
{
    if (balls.size() > static_cast<size_t>(Simulator::kMaxBalls))
        return false;
    std::bitset<16> seen;
    for (const BallState &ball : balls) {
        if (!isBallNumber(ball.number) || seen.test(static_cast<size_t>(ball.number)))
            return false;
        seen.set(static_cast<size_t>(ball.number));
    }
    return true;
}

} // namespace

Simulator::Simulator(const PhysicsParameters &parameters)
    : m_parameters(parameters)
    , m_tables{TableModel(tableSpec(TableSize::SevenFoot), parameters),
               TableModel(tableSpec(TableSize::EightFoot), parameters),
               TableModel(tableSpec(TableSize::EightFootOversized), parameters),
               TableModel(tableSpec(TableSize::NineFoot), parameters)}
    , m_engine(std::make_unique<internal::Engine>(parameters))
{
}

Simulator::~Simulator() = default;

void Simulator::simulate(const ShotSetup &setup, ShotResult &result,
                         const SimulationOptions &options)
{
    const size_t count = std::min(setup.balls.size(), m_start.size());
    bool struck = false;
    for (size_t i = 0; i < count; ++i) {
        BallState ball;
        ball.number = setup.balls[i].number;
        ball.position = setup.balls[i].position;
        if (ball.number == kCueBall && setup.cue.speed > 0) {
            ball = strikeCueBall(ball, setup.cue, m_parameters.ballRadius);
            struck = true;
        }
        m_start[i] = ball;
    }
    const std::span<const BallState> balls(m_start.data(), count);
    if (setup.balls.size() > count || !isValidSet(balls)) {
        result = ShotResult();
        return;
    }
    m_engine->run(table(setup.table), balls, setup.isBreak, struck, result, options);
}

ShotResult Simulator::simulate(const ShotSetup &setup, const SimulationOptions &options)
{
    ShotResult result;
    simulate(setup, result, options);
    return result;
}

void Simulator::simulate(TableSize size, std::span<const BallState> balls, bool isBreak,
                         ShotResult &result, const SimulationOptions &options)
{
    if (!isValidSet(balls)) {
        result = ShotResult();
        return;
    }
    m_engine->run(table(size), balls, isBreak, false, result, options);
}

} // namespace dojo::physics
