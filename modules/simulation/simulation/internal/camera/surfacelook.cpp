#include "simulation/internal/camera/surfacelook.h"

#include "simulation/internal/camera/railsize.h"
#include "simulation/internal/camera/valuenoise.h"

#include <algorithm>
#include <cmath>

namespace dojo::simulation::internal {

namespace {

constexpr Rgb kWood{84.0, 44.0, 24.0};
constexpr Rgb kPearl{232.0, 228.0, 214.0};
constexpr Rgb kLeather{30.0, 26.0, 24.0};
constexpr Rgb kHole{7.0, 7.0, 8.0};
constexpr Rgb kLiner{20.0, 19.0, 18.0};
constexpr Rgb kFloor{60.0, 52.0, 46.0};

double smooth(double edge0, double edge1, double x)
{
    const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

} // namespace

SurfaceLook::SurfaceLook(const TableGeometry &geometry, const Lighting &lighting,
                         std::uint64_t seed)
    : m_geometry(geometry)
    , m_lighting(lighting)
    , m_seed(seed)
{
}

Rgb SurfaceLook::colour(const SurfaceHit &hit) const
{
    const auto light = [&] { return m_lighting.brightness(hit.point); };
    switch (hit.surface) {
    case Surface::Cloth: return cloth(hit.point, light());
    case Surface::Shelf: return kClothColour * (light() * 0.80);
    case Surface::Cushion: return cushion(hit.point, light());
    case Surface::CushionFace: return kClothColour * (light() * 0.50);
    case Surface::Facing: return kClothColour * (light() * 0.85);
    case Surface::Rail: return rail(hit.point, light());
    case Surface::Diamond: return kPearl * (0.78 + 0.22 * light());
    case Surface::PocketRim: return kLeather * light();
    case Surface::Hole: return kHole;
    case Surface::PocketWall: return kLiner * light();
    case Surface::Floor: {
        const double carpet = valueNoise(hit.point.x / 40, hit.point.y / 40, m_seed + 7);
        return kFloor * (0.42 + 0.08 * carpet);
    }
    }
    return {};
}

Rgb SurfaceLook::cloth(physics::Vec3 point, double light) const
{
    // The cushions shade the cloth along their base; the cloth is a little mottled.
    const double nose = m_geometry.noseDistance({point.x, point.y});
    const double nearness = std::clamp(1.0 - nose / 40.0, 0.0, 1.0);
    const double shade = 1.0 - 0.30 * nearness * nearness;
    const double mottle = valueNoise(point.x / 120, point.y / 120, m_seed + 3) - 0.5;
    return kClothColour * (light * shade * (1.0 + 0.035 * mottle));
}

Rgb SurfaceLook::cushion(physics::Vec3 point, double light) const
{
    // The rounded nose catches the light; the seam against the wood is dark.
    const double across = m_geometry.railPlace({point.x, point.y}).across;
    const double nose = 1.0 + 0.10 * (1.0 - smooth(0.0, 6.0, across));
    const double seam = 1.0 - 0.45 * smooth(kCushionWidth - 3.0, kCushionWidth, across);
    return kClothColour * (light * 1.08 * nose * seam);
}

Rgb SurfaceLook::rail(physics::Vec3 point, double light) const
{
    const RailPlace place = m_geometry.railPlace({point.x, point.y});
    // Grain runs along the rail, wavering; each board a little different in tone.
    const double waver = 5.0 * valueNoise(place.along / 220, place.across / 30, m_seed + 11);
    const double grain = 0.5 + 0.5 * std::sin((place.across + waver) * (2 * M_PI / 6.5));
    const double board = valueNoise(place.along / 600, 0.5, m_seed + 13) - 0.5;
    const double fine = valueNoise(place.along / 3, place.across / 0.8, m_seed + 17) - 0.5;
    double tone = (0.86 + 0.14 * grain) * (1.0 + 0.10 * board) * (1.0 + 0.06 * fine);
    // The outer edge is rounded off and falls into shadow.
    tone *= 1.0 - 0.45 * smooth(kRailWidth - 7.0, kRailWidth, place.across);
    return kWood * (tone * (0.35 + 0.65 * light));
}

} // namespace dojo::simulation::internal
