#include "vision/internal/ballcandidates.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace dojo::vision::internal {

namespace {

// A peak this deep (as a share of the radius) is a ball's core; a half-lit ball is shallower
// than a whole one but deeper than a rail mark or a cue's tip.
constexpr double kShallowest = 0.55;
// Peaks closer than this are one candidate; a cluster's closed middle is one of its own.
constexpr double kSameBall = 0.8;
// Deeper than this is something bigger than a ball: an arm, a cue's butt, a hand.
constexpr double kDeepest = 1.7;
// Where the centres of a cluster's outer balls lie (as a share of the radius in from its
// edge), and how far apart along that line they are tried.
constexpr double kRimLine = 0.95;
constexpr double kAlongRim = 0.5;

} // namespace

std::vector<BallCandidate> ballCandidates(const cv::Mat &notCloth, double radius, cv::Mat *depthOut)
{
    cv::Mat solid;
    const int closing = std::max(3, int(std::lround(radius * 0.4)) | 1);
    cv::morphologyEx(notCloth, solid, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, {closing, closing}));
    cv::morphologyEx(solid, solid, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, {3, 3}));
    cv::Mat depth;
    cv::distanceTransform(solid, depth, cv::DIST_L2, cv::DIST_MASK_5);
    cv::Mat widest;
    const int window = std::max(3, int(std::lround(radius)) | 1);
    cv::dilate(depth, widest, cv::getStructuringElement(cv::MORPH_RECT, {window, window}));

    struct Peak
    {
        cv::Point2f at;
        float depth;
        bool rim = false;
    };
    std::vector<Peak> peaks;
    const float shallowest = float(kShallowest * radius);
    const float deepest = float(kDeepest * radius);
    for (int y = 0; y < depth.rows; ++y) {
        const float *d = depth.ptr<float>(y);
        const float *w = widest.ptr<float>(y);
        for (int x = 0; x < depth.cols; ++x)
            if (d[x] >= shallowest && d[x] <= deepest && d[x] >= w[x])
                peaks.push_back({{float(x), float(y)}, d[x]});
    }
    std::sort(peaks.begin(), peaks.end(),
              [](const Peak &a, const Peak &b) { return a.depth > b.depth; });
    // A cluster deeper than any ball: its outer balls' centres lie a radius in from its edge.
    double deepestSeen = 0;
    cv::minMaxLoc(depth, nullptr, &deepestSeen);
    if (deepestSeen > deepest) {
        const cv::Mat inner = depth >= float(kRimLine * radius);
        cv::Mat labels;
        const int count = cv::connectedComponents(inner, labels, 8, CV_32S);
        std::vector<bool> clustered(size_t(count), false);
        for (int y = 0; y < depth.rows; ++y) {
            const float *d = depth.ptr<float>(y);
            const int *l = labels.ptr<int>(y);
            for (int x = 0; x < depth.cols; ++x)
                if (d[x] > deepest)
                    clustered[size_t(l[x])] = true;
        }
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(inner, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
        const size_t every = size_t(std::max(1L, std::lround(radius * kAlongRim)));
        for (const std::vector<cv::Point> &contour : contours) {
            if (!clustered[size_t(labels.at<int>(contour.front()))])
                continue;
            for (size_t i = 0; i < contour.size(); i += every)
                peaks.push_back({cv::Point2f(contour[i]), float(radius), true});
        }
    }
    std::vector<BallCandidate> kept;
    const float same = float(kSameBall * radius);
    for (const Peak &peak : peaks) {
        const bool near = std::any_of(kept.begin(), kept.end(), [&](const BallCandidate &k) {
            return std::hypot(k.at.x - peak.at.x, k.at.y - peak.at.y) < same;
        });
        if (!near)
            kept.push_back({peak.at, peak.rim});
    }
    if (depthOut)
        *depthOut = depth;
    return kept;
}

} // namespace dojo::vision::internal
