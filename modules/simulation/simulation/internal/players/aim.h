#pragma once

#include "physics/shotsetup.h"
#include "physics/tablemodel.h"

#include "rules/game.h"

#include "core/pocket.h"
#include "core/vec2.h"

#include <vector>

namespace dojo::simulation::internal {

// A pot as a player sees it before shooting: the ghost ball, the cut, what is in the way and
// how much the object ball may be off and still drop.
struct PotLine
{
    int ball = 0;
    PocketId pocket = PocketId::HeadLeft;
    Vec2 object;
    Vec2 aimPoint;               // the middle of the mouth
    Vec2 ghostBall;              // the cue ball's centre at contact
    double cueAngle = 0.0;       // degrees, as CueStrike::angle
    double cut = 0.0;            // degrees
    double cueDistance = 0.0;    // cue ball to ghost ball, mm
    double objectDistance = 0.0; // object ball to the mouth, mm
    double tolerance = 0.0;      // mm the object ball may pass off the mouth's middle and drop
    bool clear = false;          // no ball or jaw in the way, not too thin
};

// The pot of `ball` into `pocket` with the cue ball at `cue`; the cue ball in `balls` is
// ignored (it may be in hand).
PotLine potLine(const physics::TableModel &table, const std::vector<physics::BallPlacement> &balls,
                Vec2 cue, int ball, PocketId pocket, double radius);

// How likely a player whose stroke is off by `aimSigma` degrees (one standard deviation)
// makes the pot; 0 when it is not clear.
double makeChance(const PotLine &line, double aimSigma, double radius);

// The best chance among `legal` balls into any pocket from `cue`, and which pot it is.
struct BestPot
{
    double chance = 0.0;
    PotLine line;
};
BestPot bestPot(const physics::TableModel &table, const std::vector<physics::BallPlacement> &balls,
                Vec2 cue, rules::BallSet legal, double aimSigma, double radius);

double distanceToSegment(Vec2 point, Vec2 start, Vec2 end);

// Degrees of a direction, as CueStrike::angle.
double angleOf(Vec2 direction);

} // namespace dojo::simulation::internal
