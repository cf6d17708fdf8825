#pragma once

#include "physics/internal/polynomial.h"
#include "physics/internal/trajectory.h"
#include "physics/tablemodel.h"

namespace dojo::physics::internal {

// When two balls next touch on approach (absolute time), while both keep their current
// motion: the first root of the quartic |centre gap(t)|² = (2R)². kNever if they don't.
double ballBallTime(const Trajectory &a, const Trajectory &b, double now, double radius);

// The first cushion element a ball meets while it keeps its current motion.
struct CushionContact
{
    double time = kNever;
    int cushion = -1; // index into TableModel::cushions(), or
    int jawTip = -1;  // index into TableModel::jawTips()
};
CushionContact cushionTime(const Trajectory &ball, double now, const TableModel &table,
                           double radius);

// When the ball's centre passes a pocket's slate edge between the jaws.
struct PocketEntry
{
    double time = kNever;
    int pocket = -1;
};
PocketEntry pocketTime(const Trajectory &ball, double now, const TableModel &table, double radius);

} // namespace dojo::physics::internal
