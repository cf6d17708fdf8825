#include "simulation/internal/camera/scene.h"

namespace dojo::simulation::internal {

Scene::Scene(const TableSpec &table, const CameraSettings &camera, double noise, double unevenLight,
             unsigned long long seed)
    : m_geometry(table)
    , m_lighting(table, unevenLight, seed)
    , m_rays(lensFor(table, camera), camera.resolution)
    , m_still(m_geometry, m_lighting, m_rays, camera.resolution, seed)
    , m_noise(noise, seed, camera.resolution.width())
    , m_shadows(m_rays, m_lighting, m_still)
    , m_balls(m_rays, m_lighting, m_still)
{
}

std::shared_ptr<const BallPatch> Scene::patch(const BallExposure &ball) const
{
    const bool resting = ball.poses.size() == 1;
    if (resting) {
        if (std::shared_ptr<const BallPatch> kept = m_resting.find(ball.poses.front()))
            return kept;
    }
    auto made
        = std::make_shared<const BallPatch>(BallPatch{m_shadows.paint(ball), m_balls.paint(ball)});
    if (resting)
        m_resting.keep(ball.poses.front(), made);
    return made;
}

} // namespace dojo::simulation::internal
