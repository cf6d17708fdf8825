#pragma once

#include "rules/foul.h"
#include "rules/rackstate.h"
#include "rules/refusal.h"

#include <core/shotrecord.h>

#include <optional>

namespace dojo::rules::internal {

// A shot reduced to what the rules ask about it.
struct ShotFacts
{
    bool scratch = false; // cue ball pocketed
    bool cueOff = false;  // cue ball off the table
    std::optional<int> firstContact;
    BallSet pocketed;    // object balls pocketed
    BallSet off;         // object balls off the table
    BallSet railObjects; // object balls driven to a cushion after first contact
    bool cueToRail = false;
    FoulSet refereeFouls;

    bool cueLost() const { return scratch || cueOff; }
    bool anyPocketed() const { return !pocketed.empty(); }
    // WPA 6.3: with nothing pocketed, some ball must reach a cushion after first contact.
    bool noRail() const
    {
        return firstContact && pocketed.empty() && railObjects.empty() && !cueToRail;
    }
};

ShotFacts factsOf(const ShotRecord &shot);

// Why this shot cannot have happened on this rack (ball 3 is not on the table), or nothing.
std::optional<Refusal> impossibility(const RackState &rack, const ShotRecord &shot);

// The called ball went into the called pocket.
bool calledBallMade(const ShotRecord &shot);

// Fouls every game shares: scratch, cue ball off the table, object ball off the table and
// those the referee called. Contact and rail fouls depend on the game.
FoulSet commonFouls(const ShotFacts &facts);

} // namespace dojo::rules::internal
