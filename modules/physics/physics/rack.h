#pragma once

#include "physics/shotsetup.h"

#include "core/tablespec.h"
#include "core/units.h"

#include <vector>

namespace dojo::physics {

// The racks as WPA racks them: the apex ball on the foot spot, rows toward the foot rail,
// neighbours `gap` millimetres apart (a real rack is never perfectly tight).
std::vector<BallPlacement> nineBallRack(const TableSpec &spec, double gap = 0.05);
std::vector<BallPlacement> fifteenBallRack(const TableSpec &spec, double gap = 0.05);

// A break: the rack plus the cue ball on the head string, `offset` mm to the right of the
// long axis, struck at the apex ball's centre at `speed` mm/s.
ShotSetup nineBallBreak(TableSize size, double speed = metres(8.0), double offset = 0.0);
ShotSetup fifteenBallBreak(TableSize size, double speed = metres(8.0), double offset = 0.0);

} // namespace dojo::physics
