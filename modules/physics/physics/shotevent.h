#pragma once

#include "core/pocket.h"

#include <QString>

namespace dojo::physics {

// What happened at one instant of a shot. Between events every ball moves in closed form.
struct ShotEvent
{
    enum class Kind {
        CueStrike,        // the cue ball is struck (time 0)
        BallBall,         // two balls collide
        BallCushion,      // a ball bounces off a rail or a jaw face
        BallJaw,          // a ball bounces off a jaw tip
        Pocket,           // a ball drops
        SlidingToRolling, // the contact point stops slipping on the cloth
        RollingToRest,    // the ball stops (it may still spin in place)
    };

    double time = 0.0; // seconds from the strike
    Kind kind = Kind::CueStrike;
    int ball = 0;                         // ball number
    int otherBall = -1;                   // BallBall: the ball it hit
    int cushion = -1;                     // BallCushion: index into TableModel::cushions()
    PocketId pocket = PocketId::HeadLeft; // BallJaw, Pocket

    friend bool operator==(const ShotEvent &, const ShotEvent &) = default;
};

// "cue-strike", "ball-ball", "ball-cushion", "ball-jaw", "pocket", "sliding-to-rolling",
// "rolling-to-rest".
QString eventKindKey(ShotEvent::Kind kind);

} // namespace dojo::physics
