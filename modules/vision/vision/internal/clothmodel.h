#pragma once

#include <opencv2/core.hpp>

namespace dojo::vision::internal {

// The cloth's colour learnt from the picture (its median over the bed), and which pixels are
// not cloth: a colour off the cloth's hue, or a brightness no shading of the cloth reaches. A
// shadow keeps the cloth's hue a little darker, so it stays cloth.
struct ClothModel
{
    cv::Vec3f colour;     // BGR
    float hueSpread = 10; // how far off its hue the cloth itself strays, 8-bit levels

    static ClothModel learn(const cv::Mat &bgr, const cv::Mat &mask);
    // How unlike the cloth a BGR value is: below 1 cloth, above it not.
    float unlikeness(const cv::Vec3f &bgr) const;
    // The same against another shade of it (a shadow, the cloth just beside a ball), with
    // brightnesses from `darkest` to `brightest` times that shade's.
    float unlikeness(const cv::Vec3f &bgr, const cv::Vec3f &shade, float darkest,
                     float brightest) const;
    // 255 where a pixel under `mask` is not cloth.
    cv::Mat notCloth(const cv::Mat &bgr, const cv::Mat &mask) const;
};

} // namespace dojo::vision::internal
