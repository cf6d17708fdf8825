#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace dojo::vision::internal {

// Where balls may be in a mask of what is not cloth (work pixels): the peaks of its distance
// to the cloth about a ball's radius deep, so that touching balls come apart. Rough centres
// for the edge fit, at most one per ball.
// A cluster too big for one ball (a rack) gives the points a radius in from its edge: the
// centres of its outer balls lie there. `depth`, when given, receives the distance map.
struct BallCandidate
{
    cv::Point2f at;
    bool onClusterRim = false; // tried along a cluster's rim, not a peak of its own
};
std::vector<BallCandidate> ballCandidates(const cv::Mat &notCloth, double radius,
                                          cv::Mat *depth = nullptr);

} // namespace dojo::vision::internal
