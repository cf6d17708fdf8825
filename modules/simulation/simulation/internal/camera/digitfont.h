#pragma once

#include "core/vec2.h"

#include <array>
#include <vector>

namespace dojo::simulation::internal {

// The numbers printed on the balls, built into the code so they look the same on every
// machine: each digit a few strokes (lines and elliptic arcs) of a bold round pen, sampled
// as smooth coverage. 6 and 9 are underlined, as on real balls.
class DigitFont
{
public:
    DigitFont();

    // How much of the point (x, y) the number covers, 0 to 1: units of the digits' height,
    // y up, the number centred on the origin; edges smoothed over `blur` of those units.
    double coverage(int number, double x, double y, double blur) const;

private:
    struct Segment
    {
        Vec2 from;
        Vec2 along;                  // to the segment's other end
        double inverseLength2 = 0.0; // 1 / |along|²
    };
    using Glyph = std::vector<Segment>;

    double distanceTo(const Glyph &glyph, Vec2 point) const;

    std::array<Glyph, 10> m_glyphs;
    Glyph m_underline;
};

} // namespace dojo::simulation::internal
