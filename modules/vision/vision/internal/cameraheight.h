#pragma once

#include <QSize>

#include <array>

namespace dojo::vision::internal {

// Where the camera hangs over the table, from the bed's homography (table mm -> undistorted px).
struct CameraPlace
{
    double x = 0.0; // the point of the bed below the camera's centre, table mm
    double y = 0.0;
    double height = 0.0;      // mm above the bed
    double focal = 0.0;       // px, solved or assumed
    bool focalSolved = false; // the corners told more of it than the typical lens
};

// Decomposes the homography with a pinhole (principal point at the image's centre, square
// pixels): the focal length from the rotation's orthogonality, weighed against a typical field
// of view by how well the table's corners (length x width mm, each `cornerError` px off) tell
// it, and the camera's centre from it. Corners taken as exact believe the solved focal length
// whenever its field of view is between 20° and 120°.
CameraPlace cameraPlace(const std::array<double, 9> &bedToImage, QSize image, double length,
                        double width, double cornerError);

// The homography taking a point's table position at height z to the bed point that shares its
// pixel: along the ray from the camera's centre.
std::array<double, 9> raisedToBed(const CameraPlace &camera, double z);

std::array<double, 9> multiply(const std::array<double, 9> &a, const std::array<double, 9> &b);

} // namespace dojo::vision::internal
