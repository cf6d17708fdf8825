#pragma once

#include <algorithm>
#include <cstdint>

namespace dojo::simulation::internal {

// A colour in 8-bit levels (0 to 255 per channel) while it is being lit and mixed.
struct Rgb
{
    double r = 0.0;
    double g = 0.0;
    double b = 0.0;

    friend constexpr Rgb operator+(Rgb a, Rgb c) { return {a.r + c.r, a.g + c.g, a.b + c.b}; }
    friend constexpr Rgb operator-(Rgb a, Rgb c) { return {a.r - c.r, a.g - c.g, a.b - c.b}; }
    friend constexpr Rgb operator*(Rgb a, double s) { return {a.r * s, a.g * s, a.b * s}; }
    friend constexpr Rgb operator*(Rgb a, Rgb c) { return {a.r * c.r, a.g * c.g, a.b * c.b}; }
};

inline constexpr Rgb fromHex(std::uint32_t rgb)
{
    return {double((rgb >> 16) & 0xFF), double((rgb >> 8) & 0xFF), double(rgb & 0xFF)};
}

inline constexpr Rgb mix(Rgb a, Rgb b, double t)
{
    return a + (b - a) * t;
}

inline std::uint32_t level(double value)
{
    return static_cast<std::uint32_t>(std::clamp(value + 0.5, 0.0, 255.0));
}

// As a QImage::Format_RGB32 pixel.
inline std::uint32_t packed(Rgb colour)
{
    return 0xFF000000u | (level(colour.r) << 16) | (level(colour.g) << 8) | level(colour.b);
}

} // namespace dojo::simulation::internal
