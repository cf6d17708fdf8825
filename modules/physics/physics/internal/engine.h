#pragma once

#include "physics/internal/constants.h"
#include "physics/internal/polynomial.h"
#include "physics/internal/shotrecorder.h"
#include "physics/internal/trajectory.h"
#include "physics/simulator.h"

#include <array>
#include <span>

namespace dojo::physics::internal {

// The event loop of one shot: each ball's own next event (motion change, cushion, jaw tip,
// pocket) and each pair's next contact are kept; the earliest is resolved and only the
// events of the balls it changed are searched again. Fixed-size working space, no heap.
class Engine
{
public:
    static constexpr int kMax = Simulator::kMaxBalls;

    explicit Engine(const PhysicsParameters &parameters);

    void run(const TableModel &table, std::span<const BallState> balls, bool isBreak, bool struck,
             ShotResult &result, const SimulationOptions &options);

private:
    enum class Own { None, Transition, Cushion, JawTip, Pocket };
    struct OwnEvent
    {
        double time = kNever;
        Own kind = Own::None;
        int index = -1;
    };

    BallState stateOf(int i, double time) const;
    void setMotion(int i, const BallState &state, double time);
    void scheduleOwn(int i);
    void schedule(int i); // own events and every pair with i
    void snapshot(double time, std::array<BallState, kMax> &out) const;
    double &pair(int i, int j)
    {
        return m_pairs[static_cast<size_t>(i) * kMax + static_cast<size_t>(j)];
    }

    ShotEvent resolvePair(int i, int j, double time);
    ShotEvent resolveOwn(int i, double time);

    Constants m_c;
    const TableModel *m_table = nullptr;
    ShotResult *m_result = nullptr;
    bool m_recordPath = false;
    int m_count = 0;
    double m_now = 0.0;
    std::array<BallState, kMax> m_balls{}; // identity and the state its trajectory starts from
    std::array<Trajectory, kMax> m_trajectories{};
    std::array<OwnEvent, kMax> m_own{};
    std::array<double, size_t(kMax) * kMax> m_pairs{}; // [i * kMax + j], i < j
    std::array<BallState, kMax> m_before{};
    std::array<BallState, kMax> m_after{};
    ShotRecorder m_recorder;
};

} // namespace dojo::physics::internal
