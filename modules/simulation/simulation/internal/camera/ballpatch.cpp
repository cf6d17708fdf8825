#include "simulation/internal/camera/ballpatch.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dojo::simulation::internal {

namespace {

// Each channel of `count` pixels times its pixel's keep / 256; alpha stays opaque.
void darken(std::uint32_t *pixels, const std::uint16_t *keep, int count)
{
    int i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i opaque = _mm_set1_epi32(int(0xFF000000u));
    for (; i + 4 <= count; i += 4) {
        const __m128i four = _mm_loadu_si128(reinterpret_cast<const __m128i *>(pixels + i));
        const __m128i keeps = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(keep + i));
        const __m128i pairs = _mm_unpacklo_epi16(keeps, keeps); // k0 k0 k1 k1 k2 k2 k3 k3
        const __m128i low
            = _mm_mullo_epi16(_mm_unpacklo_epi8(four, zero), _mm_unpacklo_epi32(pairs, pairs));
        const __m128i high
            = _mm_mullo_epi16(_mm_unpackhi_epi8(four, zero), _mm_unpackhi_epi32(pairs, pairs));
        const __m128i darker = _mm_packus_epi16(_mm_srli_epi16(low, 8), _mm_srli_epi16(high, 8));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(pixels + i), _mm_or_si128(darker, opaque));
    }
#endif
    for (; i < count; ++i) {
        const std::uint32_t pixel = pixels[i];
        const std::uint32_t kept = keep[i];
        const std::uint32_t red = (((pixel >> 16) & 0xFF) * kept) >> 8;
        const std::uint32_t green = (((pixel >> 8) & 0xFF) * kept) >> 8;
        const std::uint32_t blue = ((pixel & 0xFF) * kept) >> 8;
        pixels[i] = 0xFF000000u | (red << 16) | (green << 8) | blue;
    }
}

std::uint32_t channel(float value)
{
    return std::uint32_t(std::min(std::max(value, 0.0f), 255.0f) + 0.5f);
}

} // namespace

void ShadowPatch::applyTo(const FrameView &frame) const
{
    for (int y = box.top; y < box.top + box.height; ++y)
        darken(frame.row(y) + box.left, keep.data() + box.index(box.left, y), box.width);
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
            const float keep = 1.0f - cover;
            const float blue = float(old & 0xFF) * keep + value[3];
            const float green = float((old >> 8) & 0xFF) * keep + value[2];
            const float red = float((old >> 16) & 0xFF) * keep + value[1];
            const float grain[3]
                = {noise ? cover * float(noise[0]) : 0.0f, noise ? cover * float(noise[1]) : 0.0f,
                   noise ? cover * float(noise[2]) : 0.0f};
            row[x] = 0xFF000000u | (channel(red + grain[2]) << 16)
                     | (channel(green + grain[1]) << 8) | channel(blue + grain[0]);
        }
    }
}

} // namespace dojo::simulation::internal
