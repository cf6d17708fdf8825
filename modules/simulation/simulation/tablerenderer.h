#pragma once

#include "simulation/ballpose.h"
#include "simulation/cameramodel.h"

#include "core/tablespec.h"

#include <QImage>

#include <memory>
#include <span>

namespace dojo::simulation {

namespace internal {
class Scene;
}

// What the simulated camera adds to a perfect picture.
struct RenderSettings
{
    TableSize table = TableSize::NineFoot;
    CameraSettings camera;
    double noise = 2.0;            // sensor noise, standard deviation in 8-bit levels
    double exposure = 1.0 / 120.0; // seconds the shutter is open (motion blur)
    double unevenLight = 0.25;     // how much darker the darkest cloth is than the brightest
    unsigned long long seed = 1;   // noise and lighting; the same seed gives the same frames
};

// Draws what an overhead camera sees of a table: cloth lit unevenly, rails with diamonds, the
// pockets, and the balls in their colours with numbers, stripes and the cue ball's dots, each
// turned as its pose says, blurred over the exposure, with sensor noise. Deterministic: the
// same settings, poses and frame number give the same pixels. Thread-safe for const use.
class TableRenderer
{
public:
    explicit TableRenderer(const RenderSettings &settings);
    ~TableRenderer();
    TableRenderer(const TableRenderer &) = delete;
    TableRenderer &operator=(const TableRenderer &) = delete;

    const RenderSettings &settings() const { return m_settings; }
    const CameraModel &camera() const { return m_camera; }

    // One frame (Format_RGB32, the camera's resolution): `shutterOpens` and `shutterCloses`
    // are the balls on the table when the exposure starts and ends (matched by number; a
    // ball in only one of them is drawn where it is there). The noise depends on
    // `frameNumber` and the seed.
    QImage render(std::span<const BallPose> shutterOpens, std::span<const BallPose> shutterCloses,
                  long long frameNumber) const;

private:
    RenderSettings m_settings;
    CameraModel m_camera;
    std::unique_ptr<internal::Scene> m_scene; // the still table, drawn once
};

} // namespace dojo::simulation
