#pragma once

#include "core/vec2.h"

#include <vector>

namespace dojo::vision {

// One ball as the tracker believes it to be at one moment.
struct TrackedBall
{
    int ball = -1;       // 0-15; -1 while not yet identified
    Vec2 position;       // table mm
    Vec2 velocity;       // mm/s
    bool hidden = false; // not seen this frame (under an arm, in a cluster): kept where predicted
};

// The table at one frame: every ball on it, each once.
struct TableState
{
    long long frame = 0;
    double time = 0.0; // seconds
    std::vector<TrackedBall> balls;
};

} // namespace dojo::vision
