#include "vision/internal/cameraheight.h"

#include <cmath>

namespace dojo::vision::internal {

namespace {

// A typical overhead camera's horizontal field of view, when the picture cannot tell it.
constexpr double kAssumedFieldOfViewDegrees = 62.0;

struct V3
{
    double x, y, z;
};

double dot(V3 a, V3 b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

V3 cross(V3 a, V3 b)
{
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}

} // namespace

std::array<double, 9> multiply(const std::array<double, 9> &a, const std::array<double, 9> &b)
{
    std::array<double, 9> out{};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            for (int k = 0; k < 3; ++k)
                out[size_t(r * 3 + c)] += a[size_t(r * 3 + k)] * b[size_t(k * 3 + c)];
    return out;
}

CameraPlace cameraPlace(const std::array<double, 9> &h, QSize image)
{
    const double cx = image.width() / 2.0;
    const double cy = image.height() / 2.0;
    // Columns of H with the principal point taken out: K⁻¹ h = (a.x / f, a.y / f, a.z).
    V3 a[3];
    for (int c = 0; c < 3; ++c) {
        const double hz = h[size_t(6 + c)];
        a[c] = {h[size_t(c)] - cx * hz, h[size_t(3 + c)] - cy * hz, hz};
    }
    // r1·r2 = 0 and |r1| = |r2|, each linear in u = 1/f²: A u + B = 0, solved together.
    const double a1 = a[0].x * a[1].x + a[0].y * a[1].y;
    const double b1 = a[0].z * a[1].z;
    const double a2 = a[0].x * a[0].x + a[0].y * a[0].y - a[1].x * a[1].x - a[1].y * a[1].y;
    const double b2 = a[0].z * a[0].z - a[1].z * a[1].z;
    CameraPlace camera;
    const double assumed
        = image.width() / (2.0 * std::tan(kAssumedFieldOfViewDegrees * M_PI / 360.0));
    camera.focal = assumed;
    const double denominator = a1 * a1 + a2 * a2;
    if (denominator > 0) {
        const double u = -(a1 * b1 + a2 * b2) / denominator;
        const double f = u > 0 ? 1.0 / std::sqrt(u) : 0.0;
        // A camera looking straight down tells no focal length (u comes out absurd): only a
        // field of view between 20° and 120° is believed.
        if (f > image.width() / (2 * std::tan(M_PI / 3))
            && f < image.width() / (2 * std::tan(M_PI / 18))) {
            camera.focal = f;
            camera.focalSolved = true;
        }
    }
    const double f = camera.focal;
    const V3 r1raw{a[0].x / f, a[0].y / f, a[0].z};
    const V3 r2raw{a[1].x / f, a[1].y / f, a[1].z};
    const V3 traw{a[2].x / f, a[2].y / f, a[2].z};
    double lambda = (std::sqrt(dot(r1raw, r1raw)) + std::sqrt(dot(r2raw, r2raw))) / 2;
    if (traw.z < 0) // the table lies in front of the camera
        lambda = -lambda;
    const V3 r1{r1raw.x / lambda, r1raw.y / lambda, r1raw.z / lambda};
    const V3 r2{r2raw.x / lambda, r2raw.y / lambda, r2raw.z / lambda};
    const V3 t{traw.x / lambda, traw.y / lambda, traw.z / lambda};
    const V3 r3 = cross(r1, r2);
    // C = -Rᵀ t, R's columns r1 r2 r3.
    camera.x = -dot(r1, t);
    camera.y = -dot(r2, t);
    camera.height = std::abs(dot(r3, t));
    return camera;
}

std::array<double, 9> raisedToBed(const CameraPlace &camera, double z)
{
    const double s = camera.height / (camera.height - z);
    return {s, 0, camera.x * (1 - s), 0, s, camera.y * (1 - s), 0, 0, 1};
}

} // namespace dojo::vision::internal
