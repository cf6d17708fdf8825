#pragma once

#include <vector>

namespace dojo::venue::internal {

// Whether all `count` players can be paired at once, each with one they may play
// (`allowed`, count × count by rows, symmetric): Edmonds' blossom algorithm, O(count³) at
// worst and close to O(count²) when a greedy pairing is nearly complete.
bool hasPerfectMatching(int count, const std::vector<char> &allowed);

} // namespace dojo::venue::internal
