#pragma once

#include "simulation/internal/camera/lens.h"

#include "physics/vec3.h"

#include <QPointF>
#include <QSize>

#include <cmath>
#include <vector>

namespace dojo::simulation::internal {

// The ray through any point of the image, fast: the lens's undistortion tabulated over the
// distorted radius² (linear interpolation, within 1e-10 of CameraModel's Newton solution).
class PixelRays
{
public:
    PixelRays(const Lens &lens, QSize resolution);

    const Lens &lens() const { return m_lens; }

    // The unit ray from the camera's centre through image point (x, y), in the table frame.
    physics::Vec3 direction(double x, double y) const
    {
        const double xd = (x - m_lens.principal.x()) * m_inverseFocal;
        const double yd = (y - m_lens.principal.y()) * m_inverseFocal;
        const double factor = undistortion(xd * xd + yd * yd);
        const physics::Vec3 ray
            = m_lens.right * (xd * factor) + m_lens.down * (yd * factor) + m_lens.forward;
        return ray * (1.0 / std::sqrt(ray.lengthSquared()));
    }

    // Where the ray through image point (x, y) meets the plane z.
    physics::Vec3 onPlane(double x, double y, double z) const
    {
        const physics::Vec3 ray = direction(x, y);
        return m_lens.centre + ray * ((z - m_lens.centre.z) / ray.z);
    }

    // The image point of a point in the table frame (in front of the camera).
    QPointF project(physics::Vec3 point) const
    {
        const physics::Vec3 q = point - m_lens.centre;
        const double depth = q.dot(m_lens.forward);
        const double x = q.dot(m_lens.right) / depth;
        const double y = q.dot(m_lens.down) / depth;
        const double factor = distortionFactor(m_lens.k1, x * x + y * y) * m_lens.focal;
        return {m_lens.principal.x() + x * factor, m_lens.principal.y() + y * factor};
    }

    // The lens's light fall-off: 1 at the image centre, 12% darker in its corners.
    double vignette(double x, double y) const
    {
        const double dx = x - m_lens.principal.x();
        const double dy = y - m_lens.principal.y();
        return 1.0 - 0.12 * (dx * dx + dy * dy) * m_inverseCornerSquared;
    }

private:
    double undistortion(double radiusSquared) const
    {
        const double position = radiusSquared * m_stepsPerUnit;
        const auto index = static_cast<size_t>(position);
        if (index + 1 >= m_factors.size())
            return undistortionFactor(m_lens.k1, radiusSquared);
        const double fraction = position - double(index);
        return m_factors[index] + (m_factors[index + 1] - m_factors[index]) * fraction;
    }

    Lens m_lens;
    double m_inverseFocal = 1.0;
    double m_stepsPerUnit = 1.0;
    double m_inverseCornerSquared = 1.0;
    std::vector<double> m_factors; // r_n / r_d at equal steps of r_d²
};

} // namespace dojo::simulation::internal
