#pragma once

#include "rules/game.h"

namespace dojo::rules {

// Who breaks the next rack of a match.
enum class BreakRule { Alternate, Winner };

// Where WPA editions or house rules differ, the choice is an option here with the WPA
// default. docs/rules.md lists each one with its rule number.
struct GameOptions
{
    // 8-ball: a scratch on a legal break gives the incoming player ball in hand behind the
    // head string (WPA 3.3); false gives ball in hand anywhere (some league rules).
    bool eightBallBreakScratchBehindHeadString = true;
    // 8-ball: a shot with no call that pockets one of the shooter's balls counts as called
    // ("obvious" balls and pockets need not be called, WPA 3.5); false: an uncalled shot
    // never counts.
    bool eightBallObviousShotsCounted = true;
    // 9-ball and 10-ball: three consecutive fouls lose the rack (WPA 2.8, 9.x).
    bool threeFoulRule = true;
    // 10-ball: the 10 pocketed on a legal break is spotted and the breaker continues (WPA);
    // true makes it win the rack, as some leagues play.
    bool tenBallOnBreakWins = false;
    // 14.1: points lost for a breach of the opening break (WPA 4.3) and the extra points for
    // a third consecutive foul (WPA 4.10).
    int straightPoolBreachPenalty = 2;
    int straightPoolThirdFoulPenalty = 15;
};

// The match around the racks (FORMAT.md: race_to, break_rule, score).
struct MatchSetup
{
    Game game = Game::EightBall;
    GameOptions options;
    int raceTo = 0; // racks, or points in 14.1; 0: no target
    BreakRule breakRule = BreakRule::Alternate;
    Seat firstBreaker = 0;
    std::array<int, 2> startingScore{};
};

} // namespace dojo::rules
