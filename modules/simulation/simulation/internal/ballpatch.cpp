#include "simulation/internal/ballpatch.h"

#include "simulation/internal/rgb.h"

namespace dojo::simulation::internal {

void ShadowPatch::applyTo(const FrameView &frame) const
{
    for (int y = box.top; y < box.top + box.height; ++y) {
        std::uint32_t *row = frame.row(y);
        const std::uint16_t *keeps = keep.data() + box.index(box.left, y);
        for (int x = box.left; x < box.left + box.width; ++x) {
            const std::uint32_t kept = keeps[x - box.left];
            if (kept >= 256)
                continue;
            const std::uint32_t pixel = row[x];
            const std::uint32_t red = (((pixel >> 16) & 0xFF) * kept) >> 8;
            const std::uint32_t green = (((pixel >> 8) & 0xFF) * kept) >> 8;
            const std::uint32_t blue = ((pixel & 0xFF) * kept) >> 8;
            row[x] = 0xFF000000u | (red << 16) | (green << 8) | blue;
        }
    }
}

void BallImage::applyTo(const FrameView &frame) const
{
    for (int y = box.top; y < box.top + box.height; ++y) {
        std::uint32_t *row = frame.row(y);
        const float *value = values.data() + 4 * box.index(box.left, y);
        for (int x = box.left; x < box.left + box.width; ++x, value += 4) {
            const float cover = value[0];
            if (cover <= 0.0f)
                continue;
            const std::int8_t *noise = frame.noiseAt(x, y);
            const std::uint32_t old = row[x];
            std::uint32_t pixel = 0xFF000000u;
            for (int channel = 0; channel < 3; ++channel) { // blue, green, red
                const float before = float((old >> (8 * channel)) & 0xFF);
                const float grain = noise ? float(noise[channel]) : 0.0f;
                const float after = before * (1.0f - cover) + value[3 - channel] + cover * grain;
                pixel |= level(after) << (8 * channel);
            }
            row[x] = pixel;
        }
    }
}

} // namespace dojo::simulation::internal
