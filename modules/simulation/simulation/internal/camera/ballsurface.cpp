#include "simulation/internal/camera/ballsurface.h"

#include <algorithm>
#include <cmath>

namespace dojo::simulation::internal {

namespace {

constexpr Rgb kIvory{246.0, 243.0, 232.0};
constexpr Rgb kInk{22.0, 22.0, 24.0};
constexpr Rgb kDotRed{196.0, 28.0, 38.0};
const double kCircleRadius = std::sin(0.35); // the number circle, as a sine of its angle
const double kDotRadius = std::sin(0.11);    // the cue ball's dots
constexpr double kStripeHalfWidth = 0.5;     // the band: |z| below this
constexpr double kOneDigitHeight = 0.46;     // in the circle's units (sines)
constexpr double kTwoDigitHeight = 0.38;

// 1 well inside an edge at `limit`, 0 well outside, smooth across `blur`.
double inside(double value, double limit, double blur)
{
    return std::clamp(0.5 + (limit - value) / blur, 0.0, 1.0);
}

} // namespace

BallSurface::BallSurface(int number, const DigitFont &font)
    : m_number(number)
    , m_kind(ball(number).kind)
    , m_colour(fromHex(ball(number).rgb))
    , m_font(&font)
{
}

Rgb BallSurface::colour(physics::Vec3 n, double blur) const
{
    blur = std::max(blur, 1e-3);
    if (m_kind == BallKind::Cue) {
        const double nearest = std::max({std::abs(n.x), std::abs(n.y), std::abs(n.z)});
        const double offAxisSquared = std::max(0.0, 1.0 - nearest * nearest);
        if (offAxisSquared > (kDotRadius + blur) * (kDotRadius + blur))
            return m_colour;
        return mix(m_colour, kDotRed, inside(std::sqrt(offAxisSquared), kDotRadius, blur));
    }
    Rgb colour = m_colour;
    if (m_kind == BallKind::Stripe)
        colour = mix(kIvory, m_colour, inside(std::abs(n.z), kStripeHalfWidth, blur));
    const double offAxisSquared = n.y * n.y + n.z * n.z;
    if (offAxisSquared > (kCircleRadius + blur) * (kCircleRadius + blur))
        return colour;
    // Seen from outside its circle the number reads upright with z up; on -x the circle's
    // right-hand side is +y, on +x it is -y.
    const double u = n.x > 0 ? -n.y : n.y;
    const double white = inside(std::sqrt(offAxisSquared), kCircleRadius, blur);
    colour = mix(colour, kIvory, white);
    return mix(colour, kInk, white * numberInk(u, n.z, blur));
}

double BallSurface::numberInk(double u, double v, double blur) const
{
    const double height = m_number >= 10 ? kTwoDigitHeight : kOneDigitHeight;
    return m_font->coverage(m_number, u / height, v / height, blur / height);
}

} // namespace dojo::simulation::internal
