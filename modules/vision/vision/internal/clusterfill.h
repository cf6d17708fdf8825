#pragma once

#include <opencv2/core.hpp>

#include <functional>
#include <vector>

namespace dojo::vision::internal {

// The balls of a cluster that show no edge to the cloth (the middle of a rack): where the
// cluster is solid a ball's width from every ball found, a ball touching at least three found
// neighbours lies where it touches them. Centres in picture pixels; `depth` is the work
// image's distance to the cloth, `toPicture` maps its pixels, `radius` is a ball's radius in
// picture pixels and `workRadius` in work pixels.
std::vector<cv::Point2d> fillCluster(const cv::Mat &depth,
                                     const std::function<cv::Point2d(cv::Point)> &toPicture,
                                     std::vector<cv::Point2d> found, double radius,
                                     double workRadius);

} // namespace dojo::vision::internal
