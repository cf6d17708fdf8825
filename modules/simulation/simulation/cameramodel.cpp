#include "simulation/cameramodel.h"

#include "simulation/internal/camera/lens.h"

#include <cmath>

namespace dojo::simulation {

CameraModel::CameraModel(const TableSpec &table, const CameraSettings &settings)
    : m_settings(settings)
{
    const internal::Lens lens = internal::lensFor(table, settings);
    m_centre = lens.centre;
    m_right = lens.right;
    m_down = lens.down;
    m_forward = lens.forward;
    m_focal = lens.focal;
    m_principal = lens.principal;
}

std::optional<QPointF> CameraModel::project(physics::Vec3 tablePoint) const
{
    const physics::Vec3 q = tablePoint - m_centre;
    const double depth = q.dot(m_forward);
    if (depth <= 1e-9)
        return std::nullopt;
    const double x = q.dot(m_right) / depth;
    const double y = q.dot(m_down) / depth;
    const double factor = internal::distortionFactor(m_settings.distortion, x * x + y * y);
    return QPointF(m_principal.x() + m_focal * x * factor, m_principal.y() + m_focal * y * factor);
}

physics::Vec3 CameraModel::ray(QPointF pixel) const
{
    const double xd = (pixel.x() - m_principal.x()) / m_focal;
    const double yd = (pixel.y() - m_principal.y()) / m_focal;
    const double factor = internal::undistortionFactor(m_settings.distortion, xd * xd + yd * yd);
    const physics::Vec3 direction = m_right * (xd * factor) + m_down * (yd * factor) + m_forward;
    return direction * (1.0 / direction.length());
}

std::optional<Vec2> CameraModel::onPlane(QPointF pixel, double z) const
{
    const physics::Vec3 direction = ray(pixel);
    if (std::abs(direction.z) < 1e-12)
        return std::nullopt;
    const double t = (z - m_centre.z) / direction.z;
    if (t <= 0.0)
        return std::nullopt;
    return Vec2{m_centre.x + t * direction.x, m_centre.y + t * direction.y};
}

double CameraModel::pixelsPerMillimetre() const
{
    const auto a = project({m_centre.x - 0.5, m_centre.y, 0.0});
    const auto b = project({m_centre.x + 0.5, m_centre.y, 0.0});
    if (!a || !b)
        return 0.0;
    return std::hypot(b->x() - a->x(), b->y() - a->y());
}

} // namespace dojo::simulation
