#pragma once

#include <cstdint>
#include <random>

namespace dojo::simulation::internal {

// The simulated players' dice: the same seed gives the same numbers with every standard
// library (the engine is specified bit for bit; the distributions are ours, not std's).
class Random
{
public:
    explicit Random(std::uint64_t seed);

    double uniform(); // [0, 1)
    double uniform(double low, double high);
    double normal(double sigma); // mean 0, Box-Muller
    int below(int count);        // 0 to count - 1
    std::uint64_t bits();

private:
    std::mt19937_64 m_engine;
};

} // namespace dojo::simulation::internal
