#include "physics/simulator.h"

#include "physics/internal/engine.h"
#include "physics/internal/physicstr.h"

#include "core/ball.h"

#include <bitset>

namespace dojo::physics {
namespace {

using internal::Tr;

// Up to kMaxBalls balls, each number 0-15 at most once: the engine indexes by number.
template<typename Ball> Result<void> checkBalls(std::span<const Ball> balls)
{
    if (balls.size() > static_cast<size_t>(Simulator::kMaxBalls)) {
        return Unexpected(Tr::tr("a shot holds at most %1 balls, not %2")
                              .arg(Simulator::kMaxBalls)
                              .arg(balls.size()));
    }
    std::bitset<16> seen;
    for (const Ball &ball : balls) {
        if (!isBallNumber(ball.number))
            return Unexpected(Tr::tr("ball %1 does not exist (0-15)").arg(ball.number));
        if (seen.test(static_cast<size_t>(ball.number)))
            return Unexpected(Tr::tr("ball %1 is listed twice").arg(ball.number));
        seen.set(static_cast<size_t>(ball.number));
    }
    return {};
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

Result<void> Simulator::simulate(const ShotSetup &setup, ShotResult &result,
                                 const SimulationOptions &options)
{
    if (Result<void> checked = checkBalls(std::span<const BallPlacement>(setup.balls)); !checked)
        return checked;
    const size_t count = setup.balls.size();
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
    m_engine->run(table(setup.table), std::span<const BallState>(m_start.data(), count),
                  setup.isBreak, struck, result, options);
    return {};
}

Result<ShotResult> Simulator::simulate(const ShotSetup &setup, const SimulationOptions &options)
{
    ShotResult result;
    if (Result<void> simulated = simulate(setup, result, options); !simulated)
        return Unexpected(simulated.error());
    return result;
}

Result<void> Simulator::simulate(TableSize size, std::span<const BallState> balls, bool isBreak,
                                 ShotResult &result, const SimulationOptions &options)
{
    if (Result<void> checked = checkBalls(balls); !checked)
        return checked;
    m_engine->run(table(size), balls, isBreak, false, result, options);
    return {};
}

} // namespace dojo::physics
