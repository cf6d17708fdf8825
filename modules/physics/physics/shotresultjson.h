#pragma once

#include "physics/parameters.h"
#include "physics/shotresult.h"
#include "physics/tablemodel.h"

#include <QJsonObject>

namespace dojo::physics {

// The simulate command's answer: "parameters" (every constant by name, SI units),
// "events" (time, type, balls, and the cushion or pocket), "final" (each ball's id and x, y
// in mm, or the pocket it fell in), "shot" (FORMAT.md's SHOT) and "duration" (s). With
// sampleHz > 0 (and the path recorded), "paths": each ball's [t, x, y] every 1/sampleHz s.
// Times are rounded to the microsecond, positions to the micrometre.
QJsonObject shotResultToJson(const ShotResult &result, const TableModel &table,
                             const PhysicsParameters &parameters, double sampleHz = 0);

} // namespace dojo::physics
