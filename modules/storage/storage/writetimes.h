#pragma once

#include <vector>

namespace dojo::storage {

// The database writes since they were last taken (Database::takeWriteTimes()): how many, their
// time together, and each one's time up to kKept of them (the rest only counted).
struct WriteTimes
{
    long long writes = 0;
    double totalMilliseconds = 0.0;
    std::vector<double> milliseconds; // from BEGIN to the end of COMMIT, or one lone write's run

    static constexpr int kKept = 10000;
};

} // namespace dojo::storage
