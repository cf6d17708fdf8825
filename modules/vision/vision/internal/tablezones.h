#pragma once

#include <core/pocket.h>
#include <core/tablespec.h>
#include <core/vec2.h>

namespace dojo::vision::internal {

// The pocket whose centre is nearest to a point.
PocketId nearestPocket(const TableSpec &spec, Vec2 point);

// Within a pocket's mouth: where a ball that vanishes has dropped.
bool inPocketMouth(const TableSpec &spec, Vec2 point);

// How far a ball centre is from the nearest cushion nose (negative beyond it).
double distanceToCushionNose(const TableSpec &spec, Vec2 point);

} // namespace dojo::vision::internal
