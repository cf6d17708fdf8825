#pragma once

#include <venue/bracket.h>

#include <vector>

namespace dojo::venue::internal {

// Each entrant's group, drawn by snake seeding: seeds 1..g into groups 1..g, the next g
// back from group g to 1, and so on.
std::vector<int> snakeGroups(int entrants, int groups);

// Every group's circle: one player fixed, the others turning one place a round; with an odd
// number a bye takes the fixed place, so each player sits out one round. A bye is a match
// with slot B Nobody, decided at once and listed last in its round.
void planRoundRobin(Bracket &bracket);

} // namespace dojo::venue::internal
