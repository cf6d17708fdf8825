#pragma once

#include "physics/cuestrike.h"

#include "core/tablespec.h"
#include "core/vec2.h"

#include <vector>

namespace dojo::physics {

// A ball where it lies before the shot, in table millimetres.
struct BallPlacement
{
    int number = 0;
    Vec2 position;
};

// One shot to simulate: the table, the balls at rest (ball 0 is the cue ball) and the strike.
struct ShotSetup
{
    TableSize table = TableSize::NineFoot;
    std::vector<BallPlacement> balls;
    CueStrike cue;
    bool isBreak = false;
};

} // namespace dojo::physics
