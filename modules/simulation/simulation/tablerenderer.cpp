#include "simulation/tablerenderer.h"

#include "simulation/internal/camera/exposure.h"
#include "simulation/internal/camera/frameview.h"
#include "simulation/internal/camera/scene.h"

namespace dojo::simulation {

TableRenderer::TableRenderer(const RenderSettings &settings)
    : m_settings(settings)
    , m_camera(tableSpec(settings.table), settings.camera)
    , m_scene(std::make_unique<internal::Scene>(tableSpec(settings.table), settings.camera,
                                                settings.noise, settings.unevenLight,
                                                settings.seed))
{
}

TableRenderer::~TableRenderer() = default;

QImage TableRenderer::render(std::span<const BallPose> shutterOpens,
                             std::span<const BallPose> shutterCloses, long long frameNumber) const
{
    const internal::StillTable &still = m_scene->still();
    QImage frame(still.width(), still.height(), QImage::Format_RGB32);
    if (frame.isNull())
        return frame;
    const std::vector<const std::int8_t *> noise
        = m_scene->noise().rows(frameNumber, still.height());
    internal::SensorNoise::copy(still, noise, frame);

    const internal::FrameView view{reinterpret_cast<std::uint32_t *>(frame.bits()), frame.width(),
                                   frame.height(), frame.bytesPerLine() / 4, &noise};
    const std::vector<internal::BallExposure> balls
        = internal::exposures(shutterOpens, shutterCloses, m_scene->rays());
    std::vector<std::shared_ptr<const internal::BallPatch>> patches;
    for (const internal::BallExposure &ball : balls)
        patches.push_back(m_scene->patch(ball));
    // Every shadow first, so that none falls on a ball; then the balls, farthest first.
    for (const auto &patch : patches)
        patch->shadow.applyTo(view);
    for (const auto &patch : patches)
        patch->image.applyTo(view);
    return frame;
}

} // namespace dojo::simulation
