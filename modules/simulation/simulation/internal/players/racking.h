#pragma once

#include "simulation/internal/players/random.h"

#include "physics/shotsetup.h"
#include "physics/tablemodel.h"

#include "rules/game.h"

#include "core/tablespec.h"

#include <vector>

namespace dojo::simulation::internal {

// A new rack as WPA racks it, in a random order the rules allow: 9-ball with the 1 at the
// apex and the 9 in the middle; 8-ball with the 8 in the middle and a solid and a stripe in
// the back corners. No cue ball.
std::vector<physics::BallPlacement> rackFor(rules::Game game, const TableSpec &spec,
                                            Random &random);

// Where a ball the rules bring back is spotted (WPA 1.4): on the long string as close to the
// foot spot as it can be without touching a ball, behind the spot toward the foot rail, or in
// front of it when the string behind is full.
Vec2 spotFor(const std::vector<physics::BallPlacement> &balls, const physics::TableModel &table,
             double radius);

} // namespace dojo::simulation::internal
