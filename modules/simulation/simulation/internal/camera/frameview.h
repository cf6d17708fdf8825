#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dojo::simulation::internal {

// The frame being drawn (Format_RGB32 pixels) with the sensor noise of its rows, if any.
struct FrameView
{
    std::uint32_t *pixels = nullptr;
    int width = 0;
    int height = 0;
    std::ptrdiff_t stride = 0; // pixels from one row to the next
    const std::vector<const std::int8_t *> *noise = nullptr;

    std::uint32_t *row(int y) const { return pixels + stride * y; }
    const std::int8_t *noiseAt(int x, int y) const
    {
        return noise && !noise->empty() ? (*noise)[size_t(y)] + 4 * size_t(x) : nullptr;
    }
};

} // namespace dojo::simulation::internal
