#pragma once

#include <vector>

namespace dojo::vision::internal {

// Cost at or above which a pair may not be matched.
inline constexpr double kForbidden = 1e9;

// The cheapest one-to-one matching of rows to columns (Hungarian method): for each row the
// column it takes, or -1 when it takes none or only a forbidden one.
std::vector<int> assign(const std::vector<std::vector<double>> &cost, int columns);

} // namespace dojo::vision::internal
