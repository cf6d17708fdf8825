#pragma once

#include "simulation/internal/camera/lighting.h"
#include "simulation/internal/camera/pixelrays.h"
#include "simulation/internal/camera/tablegeometry.h"

#include <QSize>

#include <cstdint>
#include <vector>

namespace dojo::simulation::internal {

// The still table as the camera sees it, drawn once by casting every pixel's ray (edges
// supersampled 4x4): cloth, cushions, rails, diamonds, pockets and floor. Also remembers per
// pixel whether it looks down a pocket (a sinking ball shows there, nowhere else below the
// bed) and whether balls cast their shadows there.
class StillTable
{
public:
    StillTable(const TableGeometry &geometry, const Lighting &lighting, const PixelRays &rays,
               QSize resolution, std::uint64_t seed);

    int width() const { return m_width; }
    int height() const { return m_height; }
    const std::uint32_t *row(int y) const { return m_pixels.data() + size_t(y) * size_t(m_width); }

    bool looksIntoPocket(int x, int y) const { return flags(x, y) & kIntoPocket; }
    bool takesShadows(int x, int y) const { return flags(x, y) & kTakesShadows; }

private:
    static constexpr std::uint8_t kIntoPocket = 1;
    static constexpr std::uint8_t kTakesShadows = 2;

    std::uint8_t flags(int x, int y) const
    {
        return m_flags[size_t(y) * size_t(m_width) + size_t(x)];
    }

    int m_width = 0;
    int m_height = 0;
    std::vector<std::uint32_t> m_pixels; // Format_RGB32
    std::vector<std::uint8_t> m_flags;
};

} // namespace dojo::simulation::internal
