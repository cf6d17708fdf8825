#pragma once

#include "simulation/orientation.h"

#include "core/ball.h"
#include "core/vec2.h"

namespace dojo::simulation {

// One ball as the overhead camera sees it at one moment: where its centre is on the table
// (mm), how high above the bed (the radius while it lies on the cloth) and how it is turned.
struct BallPose
{
    int number = 0;
    Vec2 position;
    double height = kBallRadius;
    Orientation orientation;
};

} // namespace dojo::simulation
