#include "simulation/internal/players/random.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dojo::simulation::internal {

Random::Random(std::uint64_t seed)
    : m_engine(seed)
{
}

double Random::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

double Random::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

double Random::normal(double sigma)
{
    const double u1 = 1.0 - uniform(); // (0, 1]: the logarithm stays finite
    const double u2 = uniform();
    return sigma * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

int Random::below(int count)
{
    return count <= 1 ? 0 : std::min(count - 1, int(uniform() * count));
}

std::uint64_t Random::bits()
{
    return m_engine();
}

} // namespace dojo::simulation::internal
