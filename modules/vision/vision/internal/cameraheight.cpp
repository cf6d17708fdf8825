#include "vision/internal/cameraheight.h"

#include "vision/internal/homography.h"

#include <algorithm>
#include <cmath>
#include <optional>

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

// How far a venue's lens may be from the typical one, as a fraction of 1/f².
constexpr double kPriorSpread = 0.5;

// The rotation's orthogonality, r1·r2 = 0 and |r1| = |r2|, each linear in u = 1/f²:
// a1 u + b1 = 0 and a2 u + b2 = 0, for the homography scaled to h[8] = 1.
struct Orthogonality
{
    double a1, b1, a2, b2;

    // Solved together in the least squares; none when the equations tell nothing.
    std::optional<double> solved() const
    {
        const double denominator = a1 * a1 + a2 * a2;
        if (!(denominator > 0))
            return std::nullopt;
        return -(a1 * b1 + a2 * b2) / denominator;
    }
};

Orthogonality orthogonality(const std::array<double, 9> &h, double cx, double cy)
{
    // Columns of H with the principal point taken out: K⁻¹ h = (a.x / f, a.y / f, a.z).
    V3 a[2];
    for (int c = 0; c < 2; ++c) {
        const double hz = h[size_t(6 + c)] / h[8];
        a[c] = {h[size_t(c)] / h[8] - cx * hz, h[size_t(3 + c)] / h[8] - cy * hz, hz};
    }
    return {a[0].x * a[1].x + a[0].y * a[1].y, a[0].z * a[1].z,
            a[0].x * a[0].x + a[0].y * a[0].y - a[1].x * a[1].x - a[1].y * a[1].y,
            a[0].z * a[0].z - a[1].z * a[1].z};
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

CameraPlace cameraPlace(const std::array<double, 9> &h, QSize image, double length, double width,
                        double cornerError)
{
    const double cx = image.width() / 2.0;
    const double cy = image.height() / 2.0;
    CameraPlace camera;
    const double assumed
        = image.width() / (2.0 * std::tan(kAssumedFieldOfViewDegrees * M_PI / 360.0));
    // 1/f² weighed between what the corners tell and the typical lens, each by its
    // uncertainty: a camera looking nearly straight down tells almost nothing of f (its
    // orthogonality constraints differ by the square of the tilt's sine), and a pixel's error
    // in a corner would make it anything from half to double the truth.
    const double prior = 1.0 / (assumed * assumed);
    double u = prior;
    const Orthogonality equations = orthogonality(h, cx, cy);
    const std::optional<double> solved = equations.solved();
    const double widest = image.width() / (2 * std::tan(M_PI / 3));
    const double narrowest = image.width() / (2 * std::tan(M_PI / 18));
    const auto believable = [&](double v) {
        return v > 0 && 1 / std::sqrt(v) > widest && 1 / std::sqrt(v) < narrowest;
    };
    if (solved && cornerError == 0) {
        // Exact corners: a straight down view tells no focal length (u comes out absurd).
        if (believable(*solved)) {
            u = *solved;
            camera.focalSolved = true;
        }
    } else if (solved) {
        // How much a corner's error moves the equations' residuals, against how much they
        // depend on u: a straight down view has them all near nought, u anything.
        const std::array<Vec2, 4> plane{{{0, 0}, {length, 0}, {0, width}, {length, width}}};
        std::array<QPointF, 4> corners;
        for (size_t i = 0; i < 4; ++i)
            corners[i] = apply(h, plane[i].x, plane[i].y);
        const auto residuals = [&](const Orthogonality &e) {
            return std::array<double, 2>{e.a1 * prior + e.b1, e.a2 * prior + e.b2};
        };
        const std::array<double, 2> here = residuals(equations);
        double moved = 0;
        for (size_t i = 0; i < 4; ++i)
            for (const QPointF axis : {QPointF(1, 0), QPointF(0, 1)})
                for (const double side : {-1.0, 1.0}) {
                    std::array<QPointF, 4> shifted = corners;
                    shifted[i] += axis * (side * cornerError);
                    const std::optional<Homography> other = throughFour(plane, shifted);
                    if (!other)
                        continue;
                    const std::array<double, 2> there = residuals(orthogonality(*other, cx, cy));
                    moved
                        += (std::pow(there[0] - here[0], 2) + std::pow(there[1] - here[1], 2)) / 2;
                }
        const double variance = moved / (equations.a1 * equations.a1 + equations.a2 * equations.a2);
        const double priorVariance = std::pow(kPriorSpread * prior, 2);
        if (variance > 0 && std::isfinite(variance)) {
            u = (*solved / variance + prior / priorVariance) / (1 / variance + 1 / priorVariance);
            camera.focalSolved = variance < priorVariance;
        }
    }
    // Only a field of view between 20° and 120° is believed.
    camera.focal = u > 0 ? std::clamp(1.0 / std::sqrt(u), widest, narrowest) : narrowest;
    const double f = camera.focal;
    V3 a[3];
    for (int c = 0; c < 3; ++c) {
        const double hz = h[size_t(6 + c)];
        a[c] = {h[size_t(c)] - cx * hz, h[size_t(3 + c)] - cy * hz, hz};
    }
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
