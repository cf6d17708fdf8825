#pragma once

#include "rules/gameoptions.h"
#include "rules/rackstate.h"
#include "rules/refusal.h"
#include "rules/ruling.h"

#include <core/result.h>
#include <core/shotrecord.h>

#include <array>

namespace dojo::rules {

// One ruled step of a rack: the state after it and the ruling. Score, breaker of the next
// rack and match winner are the Match's to fill in.
struct RackStep
{
    RackState after;
    Ruling ruling;
    std::array<int, 2> points{}; // 14.1 points won or lost on this step, by seat
    int ballsPocketed = 0;       // object balls the shooter pocketed that stay down or score
};

// Each rules a step on a rack, or refuses it; the rack itself is never changed.
Result<RackStep, Refusal> shoot(const RackState &rack, const ShotRecord &shot,
                                const GameOptions &options);
Result<RackStep, Refusal> decide(const RackState &rack, Choice choice);
Result<RackStep, Refusal> declareStalemate(const RackState &rack);

// Fills the ruling's keys that mirror a rack: turn, ball in hand, options, push-out, groups,
// fouls in a row, rack over, winner, breaker.
void describeRack(const RackState &rack, Ruling &ruling);

} // namespace dojo::rules
