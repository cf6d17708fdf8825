#include "vision/internal/assignment.h"

#include <algorithm>
#include <limits>

namespace dojo::vision::internal {

std::vector<int> assign(const std::vector<std::vector<double>> &cost, int columns)
{
    const int rows = int(cost.size());
    const int n = std::max(rows, columns);
    std::vector<int> result(size_t(rows), -1);
    if (rows == 0 || columns == 0)
        return result;
    // Square, padded with forbidden pairs; potentials u, v; p[j] the row matched to column j.
    auto at = [&](int i, int j) {
        return i < rows && j < columns ? std::min(cost[size_t(i)][size_t(j)], kForbidden)
                                       : kForbidden;
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(size_t(n) + 1, 0.0), v(size_t(n) + 1, 0.0);
    std::vector<int> p(size_t(n) + 1, 0), way(size_t(n) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(size_t(n) + 1, inf);
        std::vector<bool> used(size_t(n) + 1, false);
        do {
            used[size_t(j0)] = true;
            const int i0 = p[size_t(j0)];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= n; ++j) {
                if (used[size_t(j)])
                    continue;
                const double cur = at(i0 - 1, j - 1) - u[size_t(i0)] - v[size_t(j)];
                if (cur < minv[size_t(j)]) {
                    minv[size_t(j)] = cur;
                    way[size_t(j)] = j0;
                }
                if (minv[size_t(j)] < delta) {
                    delta = minv[size_t(j)];
                    j1 = j;
                }
            }
            for (int j = 0; j <= n; ++j) {
                if (used[size_t(j)]) {
                    u[size_t(p[size_t(j)])] += delta;
                    v[size_t(j)] -= delta;
                } else {
                    minv[size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (p[size_t(j0)] != 0);
        do {
            const int j1 = way[size_t(j0)];
            p[size_t(j0)] = p[size_t(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    for (int j = 1; j <= n; ++j) {
        const int i = p[size_t(j)] - 1;
        if (i >= 0 && i < rows && j - 1 < columns && cost[size_t(i)][size_t(j - 1)] < kForbidden)
            result[size_t(i)] = j - 1;
    }
    return result;
}

} // namespace dojo::vision::internal
