#pragma once

#include "simulation/cameramodel.h"

#include "physics/vec3.h"

#include "core/tablespec.h"

#include <QPointF>

namespace dojo::simulation::internal {

// Where the overhead camera stands and how its lens bends light: the one computation that
// CameraModel and the renderer's rays share, so both see the same pixels.
struct Lens
{
    physics::Vec3 centre;
    physics::Vec3 right; // image x, image y and the optical axis, in the table frame
    physics::Vec3 down;
    physics::Vec3 forward;
    double focal = 1.0; // pixels
    QPointF principal;  // the image centre; pixel (0, 0) is the top-left pixel's corner
    double k1 = 0.0;
};

Lens lensFor(const TableSpec &table, const CameraSettings &settings);

// Radial distortion of normalised image coordinates: x_d = x (1 + k1 r²).
inline double distortionFactor(double k1, double undistortedRadiusSquared)
{
    return 1.0 + k1 * undistortedRadiusSquared;
}

// The factor r_n / r_d that undoes the distortion at a distorted radius² (Newton, to 1e-12).
double undistortionFactor(double k1, double distortedRadiusSquared);

} // namespace dojo::simulation::internal
