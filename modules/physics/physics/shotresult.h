#pragma once

#include "physics/ballstate.h"
#include "physics/shotevent.h"

#include "core/shotrecord.h"
#include "core/vec2.h"

#include <vector>

namespace dojo::physics {

// One ball's closed-form motion between two of its events: centre(t) = position
// + velocity (t - start) + acceleration (t - start)² / 2, millimetres and seconds.
struct PathSegment
{
    int ball = 0;
    double start = 0.0;
    double end = 0.0;
    Vec2 position;
    Vec2 velocity;
    Vec2 acceleration;
};

// A ball's centre sampled along its path.
struct PathSample
{
    double time = 0.0;
    Vec2 position;
};

// Everything one simulated shot produced.
struct ShotResult
{
    std::vector<ShotEvent> events;     // in time order, the strike first
    std::vector<BallState> finalState; // every ball of the setup, in setup order
    ShotRecord shot;                   // as the referee reads it
    double duration = 0.0;             // seconds until the last ball stopped moving
    bool hitEventLimit = false;        // stopped early: more events than the limit allows
    std::vector<PathSegment> path;     // only when asked for (SimulationOptions::recordPath)

    // The ball's centre from the strike until it stopped or dropped, every 1/hz seconds
    // (and at the moment it stopped or dropped). Needs the recorded path.
    std::vector<PathSample> samplePath(int ball, double hz) const;
};

} // namespace dojo::physics
