#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace dojo::vision::internal {

// What a ball's disc shows, in 8-bit Lab (OpenCV's units, the ball set's colours converted the
// same way): how much of it is white, black or coloured, and the coloured part's median.
struct BallColours
{
    double white = 0;
    double black = 0;
    double coloured = 0;
    cv::Vec3f colour; // Lab, 8-bit units
};

BallColours ballColours(const cv::Mat &picture, cv::Point2d centre, double radius);

struct Identity
{
    int ball = -1;
    double confidence = 0;
};

// The numbers of the balls of one picture, each number given once: the most certain
// pairings first.
std::vector<Identity> identify(const std::vector<BallColours> &balls);

} // namespace dojo::vision::internal
