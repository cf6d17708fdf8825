#pragma once

#include "rules/gameoptions.h"
#include "rules/internal/shotfacts.h"
#include "rules/rack.h"

namespace dojo::rules::internal {

// One game's ruling of a shot that impossibility() has already accepted. `step.after` starts
// as a copy of the rack with the shot's pocketed and off-table balls removed.
void ruleEightBallShot(RackStep &step, const ShotRecord &shot, const ShotFacts &facts,
                       const GameOptions &options);
void ruleRotationShot(RackStep &step, const ShotRecord &shot, const ShotFacts &facts,
                      const GameOptions &options);
void ruleStraightPoolShot(RackStep &step, const ShotRecord &shot, const ShotFacts &facts,
                          const GameOptions &options);

// Shared turn bookkeeping.
void passTurn(RackState &rack, BallInHand ballInHand);
void keepTurn(RackState &rack);
// Counts a foul by the shooter; `countsInARow` is false for the 14.1 opening-break breach.
void chargeFoul(RackStep &step, Seat shooter, FoulSet fouls, bool countsInARow = true);
void creditLegalShot(RackStep &step, Seat shooter);
void offer(RackState &rack, Seat chooser, Pending pending, Choices choices, BallInHand asItLies);
void respot(RackStep &step, int ball);
void winRack(RackState &rack, Seat winner);
void abandonRack(RackState &rack, Seat nextBreaker);

} // namespace dojo::rules::internal
