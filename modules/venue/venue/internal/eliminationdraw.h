#pragma once

#include <venue/bracket.h>

#include <vector>

namespace dojo::venue::internal {

// The bracket's size: the smallest power of two that holds every entrant.
int bracketSize(int entrants);

// The seeds (0 for seed 1) on the bracket's lines from top to bottom, so that seeds 1 and 2
// meet only in the final, 1 to 4 only in the semi-finals: for 8, 1 8 5 4 3 6 7 2.
std::vector<int> seedPositions(int size);

// Which winners' bracket match of round `winnersRound` drops its loser into each losers'
// bracket match of the round they drop into (`matches` of them): the i-th takes the loser of
// match i XOR dropMask(...). Bit j from the top of the mask is bit j of winnersRound - 1, so
// two players who met in the winners' bracket land as far apart as the bits allow.
int dropMask(int winnersRound, int matches);

// The draws' matches with their slots and rounds; byes are settled by settleDraw.
void planSingleElimination(Bracket &bracket);
void planDoubleElimination(Bracket &bracket);

} // namespace dojo::venue::internal
