#pragma once

#include "physics/ballstate.h"
#include "physics/parameters.h"
#include "physics/shotresult.h"
#include "physics/shotsetup.h"
#include "physics/tablemodel.h"

#include "core/result.h"
#include "core/tablespec.h"

#include <array>
#include <memory>
#include <span>

namespace dojo::physics {

namespace internal {
class Engine;
}

// Sees every event of a shot as it is resolved, with every ball just before and just after
// (tests check energy and overlaps with it). Costs nothing when absent.
class SimulationObserver
{
public:
    virtual ~SimulationObserver() = default;
    virtual void eventResolved(const ShotEvent &event, std::span<const BallState> before,
                               std::span<const BallState> after)
        = 0;
};

struct SimulationOptions
{
    bool recordPath = false; // fill ShotResult::path (for sampling and drawing)
    int maxEvents = 5000;    // a shot that needs more stops there, flagged hitEventLimit
    SimulationObserver *observer = nullptr;
};

// The event-based simulator: between events every ball moves in closed form; the next
// event (collision, cushion, pocket, motion change) is found by solving for its time.
// Deterministic: the same shot gives the same bits. Keep one per thread and reuse it (and
// the ShotResult): it holds the working space, so a shot allocates nothing once warm.
class Simulator
{
public:
    static constexpr int kMaxBalls = 16;

    explicit Simulator(const PhysicsParameters &parameters = {});
    ~Simulator();
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    const PhysicsParameters &parameters() const { return m_parameters; }
    const TableModel &table(TableSize size) const { return m_tables[static_cast<size_t>(size)]; }

    // The shot as a player plays it: balls at rest, the cue ball (0) struck. Refused, with
    // `result` untouched, when the balls are not a set of at most kMaxBalls numbers 0-15, each
    // once.
    Result<void> simulate(const ShotSetup &setup, ShotResult &result,
                          const SimulationOptions &options = {});
    Result<ShotResult> simulate(const ShotSetup &setup, const SimulationOptions &options = {});

    // From balls in any state (already moving, spinning...), refused as above.
    Result<void> simulate(TableSize size, std::span<const BallState> balls, bool isBreak,
                          ShotResult &result, const SimulationOptions &options = {});

private:
    PhysicsParameters m_parameters;
    std::array<TableModel, 4> m_tables;
    std::unique_ptr<internal::Engine> m_engine;
    std::array<BallState, kMaxBalls> m_start{};
};

} // namespace dojo::physics
