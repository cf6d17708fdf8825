#pragma once

#include <venue/bracket.h>

#include <vector>

namespace dojo::venue::internal {

// The places of an elimination draw. A player out is placed at once, by the round they went
// out in: one place after everyone who can still go out later (each match of a later round
// that is not a bye puts one more player out). Players still in share place 1; the semi-final
// losers share 3 until their third-place match is played.
std::vector<Standing> eliminationStandings(const Bracket &bracket);

} // namespace dojo::venue::internal
