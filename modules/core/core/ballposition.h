#pragma once

#include "core/vec2.h"

namespace dojo {

// Where one ball is on the table at one moment: the simulated table's truth, and (with the
// tracking issue) what the camera saw.
struct BallPosition
{
    int ball = 0;
    Vec2 position; // table mm
    friend bool operator==(const BallPosition &, const BallPosition &) = default;
};

} // namespace dojo
