#pragma once

#include "physics/ballstate.h"

namespace dojo::physics {

// What the player does with the cue, as the simulate command reads it: the cue ball's speed
// just after the strike (mm/s), the direction in degrees (0 toward the foot along +x, 90 along
// +y), and the tip offsets as fractions of the ball radius (side > 0: right english as the
// player sees it; top > 0: follow, < 0: draw).
struct CueStrike
{
    double speed = 0.0;
    double angle = 0.0;
    double side = 0.0;
    double top = 0.0;
};

// The most a tip can be off centre before it miscues, as a fraction of the radius.
inline constexpr double kMaxTipOffset = 0.5;

// The cue ball just after a level cue strikes it: velocity along the aim and the spin the
// off-centre impulse gives a solid ball, omega = 5 v (offset) / (2 R²). No squirt, no swerve.
BallState strikeCueBall(const BallState &cueBall, const CueStrike &strike, double radiusMm);

} // namespace dojo::physics
