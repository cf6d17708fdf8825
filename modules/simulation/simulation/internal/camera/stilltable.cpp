#include "simulation/internal/camera/stilltable.h"

#include "simulation/internal/camera/surfacelook.h"

namespace dojo::simulation::internal {

namespace {

constexpr int kEdgeSamples = 4; // per side, on pixels where surfaces meet

struct Sample
{
    Rgb colour;
    Surface surface = Surface::Floor;
};

} // namespace

StillTable::StillTable(const TableGeometry &geometry, const Lighting &lighting,
                       const PixelRays &rays, QSize resolution, std::uint64_t seed)
    : m_width(resolution.width())
    , m_height(resolution.height())
    , m_pixels(size_t(m_width) * size_t(m_height))
    , m_flags(m_pixels.size())
{
    const SurfaceLook look(geometry, lighting, seed);
    const physics::Vec3 centre = rays.lens().centre;
    const auto sample = [&](double x, double y) {
        const SurfaceHit hit = geometry.hit(centre, rays.direction(x, y));
        return Sample{look.colour(hit) * rays.vignette(x, y), hit.surface};
    };

    std::vector<Surface> surfaces(m_pixels.size());
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x) {
            const size_t index = size_t(y) * size_t(m_width) + size_t(x);
            const Sample centreSample = sample(x + 0.5, y + 0.5);
            m_pixels[index] = packed(centreSample.colour);
            surfaces[index] = centreSample.surface;
            const Surface s = centreSample.surface;
            m_flags[index] = std::uint8_t(
                (s == Surface::Hole || s == Surface::PocketWall ? kIntoPocket : 0)
                | (s == Surface::Cloth || s == Surface::Shelf || s == Surface::Cushion
                       ? kTakesShadows
                       : 0));
        }
    }

    // Where surfaces meet, the pixel is the average of many rays: the edges are smooth.
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x) {
            const size_t index = size_t(y) * size_t(m_width) + size_t(x);
            bool edge = false;
            for (int dy = -1; dy <= 1 && !edge; ++dy) {
                for (int dx = -1; dx <= 1 && !edge; ++dx) {
                    const int nx = x + dx;
                    const int ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= m_width || ny >= m_height)
                        continue;
                    edge = surfaces[size_t(ny) * size_t(m_width) + size_t(nx)] != surfaces[index];
                }
            }
            if (!edge)
                continue;
            Rgb sum;
            for (int sy = 0; sy < kEdgeSamples; ++sy) {
                for (int sx = 0; sx < kEdgeSamples; ++sx)
                    sum = sum
                          + sample(x + (sx + 0.5) / kEdgeSamples, y + (sy + 0.5) / kEdgeSamples)
                                .colour;
            }
            m_pixels[index] = packed(sum * (1.0 / (kEdgeSamples * kEdgeSamples)));
        }
    }
}

} // namespace dojo::simulation::internal
