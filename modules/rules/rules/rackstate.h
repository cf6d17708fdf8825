#pragma once

#include "rules/game.h"

#include <array>
#include <optional>

namespace dojo::rules {

// Why the player whose turn it is has options to choose from.
enum class Pending : std::uint8_t {
    None,
    PushOut,          // 9/10-ball: shoot or hand back after a push-out
    MissedCall,       // 10-ball: shoot or hand back after a missed call
    IllegalBreak,     // 8-ball: accept, re-rack and break, or make the offender break again
    EightOnBreak,     // 8-ball: respot the 8 or re-rack
    ObjectOffOnBreak, // 8-ball: accept, or ball in hand behind the head string
    OpeningBreach,    // 14.1: accept, or make the offender break again
};

// Everything a rack remembers between steps. A plain value: copy it to try a step.
struct RackState
{
    Game game = Game::EightBall;
    BallSet onTable;  // object balls on the table
    Seat turn = 0;    // who acts next: shoots, or chooses while options are pending
    Seat breaker = 0; // who broke this rack, or breaks it while breakDue
    bool breakDue = true;
    BallInHand ballInHand = BallInHand::BehindHeadString;
    Pending pending = Pending::None;
    Choices options;
    bool pushOutAllowed = false;
    std::optional<Group> groupOfFirstSeat; // 8-ball groups; none while the table is open
    std::array<int, 2> foulsInARow{};
    bool over = false;               // won, or abandoned to be racked again
    std::optional<Seat> winner;      // of a rack that was won
    std::optional<Seat> nextBreaker; // of an abandoned rack: who breaks the new one

    friend bool operator==(const RackState &, const RackState &) = default;
};

// The balls of a fresh rack of `game`: 1-15, 1-9 or 1-10.
BallSet fullRack(Game game);
// The ball whose legal pocketing wins a rotation rack: 9 or 10; 0 for the other games.
int moneyBall(Game game);

RackState newRack(Game game, Seat breaker);

} // namespace dojo::rules
