#include "simulation/internal/camera/sensornoise.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dojo::simulation::internal {

namespace {

constexpr size_t kPlanePixels = size_t(1) << 18; // 1 MiB of noise: stays in the cache

std::uint64_t splitMix(std::uint64_t &state)
{
    std::uint64_t value = (state += 0x9e3779b97f4a7c15ULL);
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// A standard normal number from twelve 16-bit uniforms (Irwin-Hall): integer arithmetic
// only, so every machine draws the same noise.
double gaussian(std::uint64_t &state)
{
    std::int64_t sum = 0;
    for (int word = 0; word < 3; ++word) {
        const std::uint64_t bits = splitMix(state);
        for (int part = 0; part < 4; ++part)
            sum += std::int64_t((bits >> (16 * part)) & 0xFFFF);
    }
    return double(sum - 6 * 65535) / 65536.0;
}

void addRow(const std::uint8_t *scene, const std::int8_t *noise, std::uint8_t *out, size_t bytes)
{
    size_t i = 0;
#if defined(__SSE2__)
    // Unsigned level plus signed noise, saturating: shift both to signed, add, shift back.
    const __m128i flip = _mm_set1_epi8(char(0x80));
    for (; i + 16 <= bytes; i += 16) {
        const __m128i level
            = _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(scene + i)), flip);
        const __m128i grain = _mm_loadu_si128(reinterpret_cast<const __m128i *>(noise + i));
        const __m128i sum = _mm_xor_si128(_mm_adds_epi8(level, grain), flip);
        // Plain stores: the balls and their shadows read parts of the frame right after.
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), sum);
    }
#endif
    for (; i < bytes; ++i)
        out[i] = std::uint8_t(std::clamp(int(scene[i]) + int(noise[i]), 0, 255));
}

} // namespace

SensorNoise::SensorNoise(double sigma, std::uint64_t seed, int width)
    : m_seed(seed)
    , m_rowBytes(size_t(std::max(width, 0)) * 4)
{
    if (!(sigma > 0.0))
        return;
    const size_t pixels = kPlanePixels + size_t(std::max(width, 0));
    m_offsets = kPlanePixels;
    m_plane.resize(pixels * 4);
    std::uint64_t state = seed ^ 0x5eed5eed5eed5eedULL;
    for (size_t pixel = 0; pixel < pixels; ++pixel) {
        for (size_t channel = 0; channel < 3; ++channel) {
            const double value = std::round(sigma * gaussian(state));
            m_plane[pixel * 4 + channel] = std::int8_t(std::clamp(value, -127.0, 127.0));
        }
        m_plane[pixel * 4 + 3] = 0; // alpha stays opaque
    }
}

std::vector<const std::int8_t *> SensorNoise::rows(long long frameNumber, int height) const
{
    std::vector<const std::int8_t *> rows;
    if (isSilent())
        return rows;
    rows.resize(size_t(std::max(height, 0)));
    std::uint64_t state = m_seed * 0xd1b54a32d192ed03ULL + std::uint64_t(frameNumber);
    for (const std::int8_t *&row : rows)
        row = m_plane.data() + (splitMix(state) % m_offsets) * 4;
    return rows;
}

void SensorNoise::copy(const StillTable &still, const std::vector<const std::int8_t *> &noise,
                       QImage &frame)
{
    const size_t bytes = size_t(still.width()) * 4;
    std::uint8_t *bits = frame.bits();
    const auto stride = size_t(frame.bytesPerLine());
    for (int y = 0; y < still.height(); ++y) {
        const auto *from = reinterpret_cast<const std::uint8_t *>(still.row(y));
        std::uint8_t *to = bits + size_t(y) * stride;
        if (noise.empty())
            std::memcpy(to, from, bytes);
        else
            addRow(from, noise[size_t(y)], to, bytes);
    }
}

} // namespace dojo::simulation::internal
