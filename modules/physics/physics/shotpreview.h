#pragma once

#include "physics/shotresult.h"
#include "physics/shotsetup.h"
#include "physics/simulator.h"

#include "core/pocket.h"
#include "core/result.h"
#include "core/shotrecord.h"
#include "core/tablespec.h"
#include "core/units.h"
#include "core/vec2.h"

#include <vector>

namespace dojo::physics {

// A shot a player is thinking about: this object ball into that pocket, struck this way.
struct ShotPreviewRequest
{
    TableSize table = TableSize::NineFoot;
    std::vector<BallPlacement> balls; // as they lie; ball 0 is the cue ball
    int objectBall = 1;
    PocketId pocket = PocketId::FootRight;
    double speed = metres(2.0); // mm/s, the cue ball just after the strike
    double side = 0.0;          // tip offsets as in CueStrike
    double top = 0.0;
};

// What the preview shows: the ghost-ball aim, the cut, what is in the way, and the paths the
// simulator gives the cue ball and the object ball for that speed and spin.
struct ShotPreview
{
    Vec2 aimPoint;           // where the object ball is sent: the middle of the mouth
    Vec2 ghostBall;          // where the cue ball's centre is when it meets the object ball
    double cueAngle = 0.0;   // degrees, the strike direction (CueStrike::angle)
    double cutAngle = 0.0;   // degrees between the cue ball's line and the object ball's
    bool cutTooThin = false; // 90 degrees or more: the cue ball cannot send it that way
    std::vector<int> cueBallBlockers;    // balls the cue ball would touch on its way
    std::vector<int> objectBallBlockers; // balls the object ball would touch on its way
    bool jawInTheWay = false;            // the object ball's line clips a jaw of the pocket
    std::vector<PathSample> cueBallPath; // simulated, from the strike until it stops or drops
    std::vector<PathSample> objectBallPath;
    ShotRecord outcome;        // what the simulated shot did
    bool makesTheShot = false; // the object ball drops in the chosen pocket
};

// Aims with the ghost ball, checks the lines and simulates the shot (paths sampled at
// pathHz; 0 skips the paths but still simulates the outcome). Refused when the cue ball or the
// object ball is not on the table, or the balls cannot be simulated.
Result<ShotPreview> previewShot(Simulator &simulator, const ShotPreviewRequest &request,
                                double pathHz = 60.0);

} // namespace dojo::physics
