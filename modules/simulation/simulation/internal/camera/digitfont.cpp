#include "simulation/internal/camera/digitfont.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace dojo::simulation::internal {

namespace {

// A digit's box is 0.56 wide and 1 high; strokes are 0.16 wide.
constexpr double kDigitWidth = 0.56;
constexpr double kPen = 0.08;     // half the stroke's width
constexpr double kSpacing = 0.04; // between the two digits of 10 to 15

class Pen
{
public:
    void lines(std::initializer_list<Vec2> points)
    {
        for (auto it = points.begin(); it + 1 != points.end(); ++it)
            m_segments.push_back({*it, *(it + 1)});
    }

    // An elliptic arc from `fromDegrees` to `toDegrees` (counter-clockwise when increasing).
    void arc(Vec2 centre, double rx, double ry, double fromDegrees, double toDegrees)
    {
        const int steps = std::max(4, int(std::abs(toDegrees - fromDegrees) / 10.0));
        Vec2 previous;
        for (int i = 0; i <= steps; ++i) {
            const double angle = (fromDegrees + (toDegrees - fromDegrees) * i / steps) * M_PI / 180;
            const Vec2 point{centre.x + rx * std::cos(angle), centre.y + ry * std::sin(angle)};
            if (i > 0)
                m_segments.push_back({previous, point});
            previous = point;
        }
    }

    std::vector<std::pair<Vec2, Vec2>> take() { return std::move(m_segments); }

private:
    std::vector<std::pair<Vec2, Vec2>> m_segments;
};

std::vector<std::pair<Vec2, Vec2>> strokes(int digit)
{
    Pen pen;
    switch (digit) {
    case 0: pen.arc({0.28, 0.5}, 0.205, 0.425, 0, 360); break;
    case 1: pen.lines({{0.12, 0.75}, {0.31, 0.925}, {0.31, 0.075}}); break;
    case 2:
        pen.arc({0.28, 0.71}, 0.2, 0.215, 160, -20);
        pen.lines({{0.468, 0.636}, {0.075, 0.075}, {0.49, 0.075}});
        break;
    case 3:
        pen.arc({0.27, 0.715}, 0.19, 0.21, 150, -90);
        pen.arc({0.27, 0.29}, 0.215, 0.215, 90, -150);
        break;
    case 4: pen.lines({{0.40, 0.075}, {0.40, 0.925}, {0.075, 0.33}, {0.50, 0.33}}); break;
    case 5:
        pen.lines({{0.46, 0.925}, {0.13, 0.925}, {0.10, 0.53}, {0.139, 0.476}});
        pen.arc({0.28, 0.31}, 0.2, 0.235, 135, -150);
        break;
    case 6:
    case 9:
        pen.arc({0.28, 0.31}, 0.2, 0.235, 0, 360);
        pen.arc({0.62, 0.31}, 0.54, 0.615, 180, 112);
        break;
    case 7: pen.lines({{0.075, 0.925}, {0.49, 0.925}, {0.19, 0.075}}); break;
    case 8:
        pen.arc({0.28, 0.715}, 0.17, 0.21, 0, 360);
        pen.arc({0.28, 0.29}, 0.205, 0.215, 0, 360);
        break;
    default: break;
    }
    std::vector<std::pair<Vec2, Vec2>> segments = pen.take();
    if (digit == 9) { // a 6 turned upside down
        for (auto &[from, to] : segments) {
            from = Vec2{kDigitWidth, 1.0} - from;
            to = Vec2{kDigitWidth, 1.0} - to;
        }
    }
    return segments;
}

} // namespace

DigitFont::DigitFont()
{
    for (int digit = 0; digit < 10; ++digit) {
        for (const auto &[from, to] : strokes(digit))
            m_glyphs[size_t(digit)].push_back({from, to - from, 1.0 / (to - from).lengthSquared()});
    }
    m_underline.push_back({{0.12, -0.11}, {0.32, 0.0}, 1.0 / (0.32 * 0.32)});
}

double DigitFont::distanceTo(const Glyph &glyph, Vec2 point) const
{
    double nearest = 1e9;
    for (const Segment &segment : glyph) {
        const Vec2 offset = point - segment.from;
        const double t = std::clamp(offset.dot(segment.along) * segment.inverseLength2, 0.0, 1.0);
        nearest = std::min(nearest, (offset - segment.along * t).lengthSquared());
    }
    return std::sqrt(nearest);
}

double DigitFont::coverage(int number, double x, double y, double blur) const
{
    if (number < 0 || number > 99)
        return 0.0;
    const bool twoDigits = number >= 10;
    const double width = twoDigits ? 2 * kDigitWidth + kSpacing : kDigitWidth;
    const double reach = kPen + blur;
    // The number's box has its centre on the origin; glyphs are drawn from their lower left.
    const Vec2 local{x + width / 2, y + 0.5};
    if (local.x < -reach || local.x > width + reach || local.y < -0.2 - reach
        || local.y > 1.0 + reach)
        return 0.0;
    double nearest = 1e9;
    if (twoDigits) {
        nearest = std::min(
            distanceTo(m_glyphs[size_t(number / 10)], local),
            distanceTo(m_glyphs[size_t(number % 10)], local - Vec2{kDigitWidth + kSpacing, 0.0}));
    } else {
        nearest = distanceTo(m_glyphs[size_t(number)], local);
        if (number == 6 || number == 9)
            nearest = std::min(nearest, distanceTo(m_underline, local));
    }
    return std::clamp(0.5 + (kPen - nearest) / std::max(blur, 1e-4), 0.0, 1.0);
}

} // namespace dojo::simulation::internal
