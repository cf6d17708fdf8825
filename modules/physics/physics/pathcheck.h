#pragma once

#include "physics/parameters.h"

#include "core/tablespec.h"
#include "core/vec2.h"

#include <QString>

#include <vector>

namespace dojo::physics {

// One ball's centre as the tracker saw it during a shot (table mm, seconds).
struct TrackedSample
{
    double time = 0.0;
    Vec2 position;
};

struct TrackedBall
{
    int number = 0;
    std::vector<TrackedSample> samples; // in time order; they stop where the ball dropped
};

struct TrackedShot
{
    TableSize table = TableSize::NineFoot;
    std::vector<TrackedBall> balls;
};

// What the tracker is allowed before a path counts as impossible.
struct PathCheckTolerances
{
    double positionNoise = 2.0; // mm a resting ball's tracked centre wanders
    double contactMargin = 6.0; // mm beyond touching that still counts as a contact
    double speedMargin = 150.0; // mm/s of speed a noisy estimate may gain
    double overlap = 10.0;      // mm two tracked balls may seem to overlap
};

// Why a tracked shot cannot have happened as tracked.
enum class PathProblem {
    MovedUntouched, // a ball at rest started to move with no ball touching it (the cue
                    // ball's first start is the strike)
    SpeedGained,    // a ball sped up faster than cloth friction on its spin allows, with
                    // nothing touching it
    PassedThrough,  // two balls overlapped or went through each other
};

// "moved-untouched", "speed-gained", "passed-through".
QString pathProblemKey(PathProblem problem);

struct PathFinding
{
    PathProblem problem = PathProblem::MovedUntouched;
    int ball = 0;
    int otherBall = -1; // PassedThrough
    double time = 0.0;
};

struct PathCheck
{
    bool needsReview = false;
    std::vector<PathFinding> findings; // in time order
};

// Physics validation of a tracked shot: a shot the check flags goes to the referee's review
// instead of being ruled on as tracked.
PathCheck checkTrackedShot(const TrackedShot &shot, const PhysicsParameters &parameters = {},
                           const PathCheckTolerances &tolerances = {});

} // namespace dojo::physics
