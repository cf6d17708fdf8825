#pragma once

#include "physics/parameters.h"
#include "physics/shotsetup.h"

#include <core/result.h>

#include <QJsonValue>
#include <QString>

namespace dojo::physics {

// Reads {"table": "9ft", "balls": [{"id": 0, "x": 635, "y": 635}, ...],
// "cue": {"speed": 2.0, "angle": 0, "side": 0, "top": 0}, "break": false}: millimetres in the
// table frame, the cue ball's speed in m/s just after the strike (CueStrike holds mm/s), the angle
// in degrees (0 toward the foot, 90 along +y), side and top as fractions of the ball radius.
// Refuses unknown keys and tables, balls off the bed or overlapping, duplicate ids, ids outside
// 0-15, a missing cue ball, tip offsets beyond -0.5..0.5 and speeds outside (0, 15] m/s, with
// the field named: "balls[2].x: expected a number in millimetres".
Result<ShotSetup> shotSetupFromJson(const QJsonValue &value,
                                    const PhysicsParameters &parameters = {});

// The fastest cue ball the reader accepts: well past any break (about 12 m/s).
inline constexpr double kMaxCueSpeed = 15.0; // m/s, as in the file

} // namespace dojo::physics
