#include "simulation/internal/camera/balllight.h"

#include "simulation/internal/camera/surfacelook.h"

#include <algorithm>

namespace dojo::simulation::internal {

namespace {

constexpr double kSky = 0.30;     // light from the room above, on the upper half
constexpr double kBounce = 0.45;  // the cloth's light on the lower half, in its colour
constexpr double kDiffuse = 0.80; // the lamps, straight
constexpr double kGloss = 200.0;  // a lamp's highlight at full light, in levels

double highlight(double cosine)
{
    // cosine^64 by squaring: a lamp's small bright reflection on the polished ball.
    const double c2 = cosine * cosine;
    const double c4 = c2 * c2;
    const double c8 = c4 * c4;
    const double c16 = c8 * c8;
    const double c32 = c16 * c16;
    return c32 * c32;
}

} // namespace

BallLight::BallLight(const Lighting &lighting, const PixelRays &rays, physics::Vec3 centre)
    : m_share(lighting.shares(centre))
    , m_level(lighting.brightness({centre.x, centre.y, 0.0}))
{
    const physics::Vec3 toCamera = rays.lens().centre - centre;
    const physics::Vec3 view = toCamera * (1.0 / toCamera.length());
    for (size_t i = 0; i < 3; ++i) {
        const physics::Vec3 toLamp = lighting.lamps()[i].position - centre;
        m_toLamp[i] = toLamp * (1.0 / toLamp.length());
        const physics::Vec3 halfway = m_toLamp[i] + view;
        m_halfway[i] = halfway * (1.0 / halfway.length());
    }
    const QPointF middle = rays.project(centre);
    m_vignette = rays.vignette(middle.x(), middle.y());
    m_bounce = kClothColour * (m_level / 255.0);
}

Rgb BallLight::lit(Rgb base, physics::Vec3 normal) const
{
    double diffuse = 0.0;
    double gloss = 0.0;
    for (size_t i = 0; i < 3; ++i) {
        diffuse += m_share[i] * std::max(0.0, normal.dot(m_toLamp[i]));
        // Each lamp's highlight about as bright: their shares are about a third each.
        gloss += 3.0 * m_share[i] * highlight(std::max(0.0, normal.dot(m_halfway[i])));
    }
    const double up = 0.5 + 0.5 * normal.z;
    const double direct = kSky * up + kDiffuse * m_level * diffuse;
    const Rgb below = m_bounce * (kBounce * (1.0 - up));
    const double shine = kGloss * m_level * gloss;
    return Rgb{base.r * (direct + below.r) + shine, base.g * (direct + below.g) + shine,
               base.b * (direct + below.b) + shine}
           * m_vignette;
}

} // namespace dojo::simulation::internal
