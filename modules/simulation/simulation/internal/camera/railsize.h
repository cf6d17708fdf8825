#pragma once

#include "core/ball.h"
#include "core/units.h"

namespace dojo::simulation::internal {

// The parts of a table around its playing surface, in mm from the cushion nose outward or
// above the bed: what the camera frames and the still scene draws.
inline constexpr double kCushionWidth = inches(2.0);      // nose to the wooden rail
inline constexpr double kRailWidth = inches(5.0);         // nose to the rail's outer edge
inline constexpr double kRailTop = 0.665 * kBallDiameter; // cushion and rail tops
inline constexpr double kFloorDepth = inches(30.0);       // the floor below the bed

} // namespace dojo::simulation::internal
