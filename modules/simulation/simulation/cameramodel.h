#pragma once

#include "physics/vec3.h"

#include "core/tablespec.h"
#include "core/vec2.h"

#include <QPointF>
#include <QSize>

#include <optional>

namespace dojo::simulation {

// The overhead camera of a simulated table: a pinhole above the table's centre, tilted a
// little, with radial lens distortion; it frames the whole table with its rails.
struct CameraSettings
{
    QSize resolution{1920, 1080};
    double height = 2500.0;    // mm from the bed to the lens
    double tiltDegrees = 1.5;  // pitch toward the foot rail
    double distortion = -0.04; // k1 of the radial model (< 0: barrel, rails bow outward)
    double framing = 1.06;     // the outer rail edges fill 1/framing of the image's width
};

// Table millimetres to pixels and back, for one camera over one table. The projection is the
// one the renderer draws with, so a ball's pixel centre maps back to its table position.
class CameraModel
{
public:
    CameraModel(const TableSpec &table, const CameraSettings &settings);

    const CameraSettings &settings() const { return m_settings; }

    // A point in the table frame (x, y on the bed, z mm above it) to its pixel, distortion
    // included; none when it is behind the camera.
    std::optional<QPointF> project(physics::Vec3 tablePoint) const;

    // The point at height z above the bed that the pixel sees, distortion undone.
    std::optional<Vec2> onPlane(QPointF pixel, double z) const;

    // The camera's centre and the unit ray through a pixel, in the table frame.
    physics::Vec3 centre() const { return m_centre; }
    physics::Vec3 ray(QPointF pixel) const;

    // The pinhole's focal length in pixels and its principal point: the lens's radial model is
    // x_d = x (1 + k1 r²) on coordinates (pixel - principal) / focal.
    double focal() const { return m_focal; }
    QPointF principal() const { return m_principal; }

    // Pixels per millimetre on the bed below the camera (about 0.7 at 1080p over 9 ft).
    double pixelsPerMillimetre() const;

private:
    CameraSettings m_settings;
    physics::Vec3 m_centre;
    physics::Vec3 m_right; // camera axes in the table frame: image x, image y, forward
    physics::Vec3 m_down;
    physics::Vec3 m_forward;
    double m_focal = 1.0; // pixels
    QPointF m_principal;
};

} // namespace dojo::simulation
