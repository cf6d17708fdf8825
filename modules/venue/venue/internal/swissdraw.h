#pragma once

#include "swisspairing.h"

#include <venue/bracket.h>

namespace dojo::venue::internal {

// The scores, byes and meetings of a Swiss draw's decided matches.
SwissField swissField(const Bracket &bracket);

// The last Swiss round paired so far; 0 before any.
int lastSwissRound(const Bracket &bracket);

// Pairs the next round when it is within the rounds planned. False when every planned round
// is paired, or when no legal pairing exists: the draw then ends with the rounds it has.
bool pairNextSwissRound(Bracket &bracket);

// Withdraws the pairing of `round` (its matches are the last in the list).
void withdrawSwissRound(Bracket &bracket, int round);

} // namespace dojo::venue::internal
