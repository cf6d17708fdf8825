#include "simulation/internal/camera/lighting.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace dojo::simulation::internal {

namespace {

constexpr double kLampHeight = 1000.0; // mm above the bed
constexpr double kGridStep = 8.0;      // mm between the tabulated points
constexpr double kGridMargin = 400.0;  // mm around the playing surface

// A reproducible number in [-1, 1) from the seed and a slot.
double jitter(unsigned long long seed, int slot)
{
    std::uint64_t value
        = seed * 0x9e3779b97f4a7c15ULL + std::uint64_t(slot) * 0xbf58476d1ce4e5b9ULL;
    value ^= value >> 31;
    value *= 0x94d049bb133111ebULL;
    value ^= value >> 29;
    return double(value >> 11) * 0x1.0p-52 - 1.0;
}

} // namespace

Lighting::Lighting(const TableSpec &table, double unevenLight, unsigned long long seed)
    : m_uneven(std::clamp(unevenLight, 0.0, 1.0))
{
    // The fixture hangs a little off centre and its bulbs differ a little: the seed says how.
    const double offsetX = 60.0 * jitter(seed, 0);
    const double offsetY = 40.0 * jitter(seed, 1);
    for (int i = 0; i < 3; ++i) {
        Lamp &lamp = m_lamps[size_t(i)];
        lamp.position = {table.length / 2 + (i - 1) * table.length / 3 + offsetX,
                         table.width / 2 + offsetY, kLampHeight};
        lamp.power = 1.0 + 0.08 * jitter(seed, 2 + i);
    }
    m_brightest = 0.0;
    m_darkest = 1e300;
    constexpr int kSteps = 32;
    for (int i = 0; i <= kSteps; ++i) {
        for (int j = 0; j <= kSteps / 2; ++j) {
            const double e
                = irradiance({table.length * i / kSteps, table.width * j / (kSteps / 2), 0.0});
            m_brightest = std::max(m_brightest, e);
            m_darkest = std::min(m_darkest, e);
        }
    }
    m_gridOrigin = {-kGridMargin, -kGridMargin};
    m_gridColumns = int((table.length + 2 * kGridMargin) / kGridStep) + 2;
    m_gridRows = int((table.width + 2 * kGridMargin) / kGridStep) + 2;
    m_grid.resize(size_t(m_gridColumns) * size_t(m_gridRows));
    for (int j = 0; j < m_gridRows; ++j) {
        for (int i = 0; i < m_gridColumns; ++i)
            m_grid[size_t(j) * size_t(m_gridColumns) + size_t(i)]
                = exactBrightness(m_gridOrigin + Vec2{i * kGridStep, j * kGridStep});
    }
}

double Lighting::irradiance(physics::Vec3 point) const
{
    double sum = 0.0;
    for (const Lamp &lamp : m_lamps) {
        const physics::Vec3 toLamp = lamp.position - point;
        const double distance = toLamp.length();
        sum += lamp.power * std::max(toLamp.z, 0.0) / (distance * distance * distance);
    }
    return sum;
}

double Lighting::exactBrightness(Vec2 point) const
{
    const double span = std::max(m_brightest - m_darkest, 1e-300);
    const double relative = (m_brightest - irradiance({point.x, point.y, 0.0})) / span;
    return std::max(0.05, 1.0 - m_uneven * relative);
}

double Lighting::brightness(physics::Vec3 point) const
{
    const double gx = (point.x - m_gridOrigin.x) / kGridStep;
    const double gy = (point.y - m_gridOrigin.y) / kGridStep;
    if (!(gx >= 0 && gy >= 0 && gx < m_gridColumns - 1 && gy < m_gridRows - 1))
        return exactBrightness({point.x, point.y});
    const auto i = size_t(gx);
    const auto j = size_t(gy);
    const double fx = gx - double(i);
    const double fy = gy - double(j);
    const double *above = m_grid.data() + j * size_t(m_gridColumns) + i;
    const double *below = above + m_gridColumns;
    const double top = above[0] + (above[1] - above[0]) * fx;
    const double bottom = below[0] + (below[1] - below[0]) * fx;
    return top + (bottom - top) * fy;
}

std::array<double, 3> Lighting::shares(physics::Vec3 point) const
{
    std::array<double, 3> shares{};
    double sum = 0.0;
    for (size_t i = 0; i < m_lamps.size(); ++i) {
        const physics::Vec3 toLamp = m_lamps[i].position - point;
        shares[i] = m_lamps[i].power / toLamp.lengthSquared();
        sum += shares[i];
    }
    for (double &share : shares)
        share /= sum;
    return shares;
}

} // namespace dojo::simulation::internal
