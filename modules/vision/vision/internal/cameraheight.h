#pragma once

#include <QSize>

#include <array>

namespace dojo::vision::internal {

// Where the camera hangs over the table, from the bed's homography (table mm -> undistorted px).
struct CameraPlace
{
    double x = 0.0; // the point of the bed below the camera's centre, table mm
    double y = 0.0;
    double height = 0.0; // mm above the bed
    double focal = 0.0;  // px, solved or assumed
    bool focalSolved = false;
};

// Decomposes the homography with a pinhole (principal point at the image's centre, square
// pixels): the focal length from the rotation's orthogonality when that is well conditioned,
// else from a typical field of view, and the camera's centre from it.
CameraPlace cameraPlace(const std::array<double, 9> &bedToImage, QSize image);

// The homography taking a point's table position at height z to the bed point that shares its
// pixel: along the ray from the camera's centre.
std::array<double, 9> raisedToBed(const CameraPlace &camera, double z);

std::array<double, 9> multiply(const std::array<double, 9> &a, const std::array<double, 9> &b);

} // namespace dojo::vision::internal
