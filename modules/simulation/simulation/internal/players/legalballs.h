#pragma once

#include "rules/rackstate.h"

namespace dojo::simulation::internal {

// The balls `seat` may hit first: 9-ball's lowest; in 8-ball the seat's group, any but the 8
// on an open table, the 8 once the group is down.
rules::BallSet legalBalls(const rules::RackState &rack, rules::Seat seat);

} // namespace dojo::simulation::internal
