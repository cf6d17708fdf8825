#pragma once

#include "rules/foul.h"
#include "rules/game.h"

#include <array>
#include <optional>

namespace dojo::rules {

// What the referee says after one step: every key of FORMAT.md's referee output.
struct Ruling
{
    bool foul = false;
    FoulSet fouls;            // each rule broken on this step
    std::optional<Seat> turn; // who acts next; none once the match is won
    BallInHand ballInHand = BallInHand::None;
    Choices options; // open to `turn` before the next shot
    bool pushOutAllowed = false;
    std::optional<Group> groupOfFirstSeat; // 8-ball; none while the table is open
    BallSet respotted;
    std::array<int, 2> foulsInARow{};
    bool warning = false;
    bool rackOver = false;
    std::optional<Seat> winner; // of the rack
    bool rerack = false;
    Seat breaker = 0;
    std::array<int, 2> score{}; // straight-pool points, else racks won
    std::optional<Seat> matchWinner;

    std::optional<Group> groupOf(Seat seat) const { return groupOfSeat(groupOfFirstSeat, seat); }
};

} // namespace dojo::rules
