#pragma once

#include "physics/ballstate.h"
#include "physics/tablemodel.h"

#include "core/shotrecord.h"

#include <array>
#include <cstdint>
#include <span>

namespace dojo::physics::internal {

// Writes FORMAT.md's SHOT while the shot is simulated: the first object ball the cue ball
// touches, the balls in the order they drop, and the balls driven to a cushion after first
// contact (on a break only object balls count). A ball frozen to a cushion at the start is
// not counted for meeting that cushion within a ball radius of where it lay (WPA 8.4).
class ShotRecorder
{
public:
    void begin(std::span<const BallState> balls, const TableModel &table, double radius,
               bool isBreak, ShotRecord &record);
    void ballBall(int ball, int other);
    // element: a cushion index, or cushions().size() + jaw tip index.
    void cushion(int ball, int element, Vec2 centre);
    void pocket(int ball, PocketId pocket);

private:
    ShotRecord *m_record = nullptr;
    double m_radius = 0.0;
    std::array<std::uint64_t, 16> m_frozen{}; // by ball number, bit per cushion element
    std::array<Vec2, 16> m_start{};
    std::array<bool, 16> m_onRails{};
};

} // namespace dojo::physics::internal
