#pragma once

#include "physics/shotsetup.h"
#include "physics/tablemodel.h"

#include "rules/game.h"

#include "core/vec2.h"

#include <vector>

namespace dojo::simulation::internal {

// Where a player with ball in hand puts the cue ball: a little way behind a legal ball on its
// line to a pocket (a straight-ish shot), else the best spot of a grid, judged by the pot it
// gives; behind the head string when `behindHeadString`, never touching a ball or a cushion.
// `balls` holds no cue ball.
Vec2 placeCueBall(const physics::TableModel &table,
                  const std::vector<physics::BallPlacement> &balls, rules::BallSet legal,
                  bool behindHeadString, double aimSigma, double radius);

// A cue ball centre the rules and the table allow among `balls`.
bool isFreeSpot(const physics::TableModel &table, const std::vector<physics::BallPlacement> &balls,
                Vec2 spot, bool behindHeadString, double radius);

} // namespace dojo::simulation::internal
