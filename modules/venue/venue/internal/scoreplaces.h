#pragma once

#include <venue/bracket.h>

#include <vector>

namespace dojo::venue::internal {

// The places of a round robin (within each group) or a Swiss: by wins (Swiss: a bye counts
// as one), then (Swiss) Buchholz, the sum of the opponents' wins, then racks won minus racks
// lost, then, for exactly two players still level, the one who beat the other; players still
// level share the place.
std::vector<Standing> scoreStandings(const Bracket &bracket);

} // namespace dojo::venue::internal
