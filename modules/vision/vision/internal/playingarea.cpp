#include "vision/internal/playingarea.h"

#include "core/ball.h"
#include "core/tablespec.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dojo::vision::internal {

namespace {

// A ball's radius in work pixels at least: enough to split touching balls. The picture is
// shrunk by a whole factor, which OpenCV's area resampling does fast.
constexpr double kWorkRadius = 7.0;
// Kept clear of the cushion noses, mm: their shading differs from the bed's.
constexpr double kNoseMargin = 5.0;
// Samples along each edge of the outline, so that the lens's bowing is followed.
constexpr int kEdgeSamples = 24;

} // namespace

PlayingArea PlayingArea::of(const cv::Mat &picture, const Calibration &calibration)
{
    const TableSpec &spec = tableSpec(calibration.table);
    const double m = kNoseMargin;
    // The bed's outline less the margin, with each corner cut halfway to its pocket's jaw line:
    // the hole shows there, a ball in the jaw mostly does not.
    std::vector<Vec2> outline;
    const auto edge = [&](Vec2 from, Vec2 to) {
        for (int i = 0; i < kEdgeSamples; ++i)
            outline.push_back(from + (to - from) * (double(i) / kEdgeSamples));
    };
    const double jaw = spec.cornerMouth / std::sqrt(2.0) / 2 + m;
    const double l = spec.length - m;
    const double w = spec.width - m;
    edge({jaw, m}, {spec.length - jaw, m});
    edge({spec.length - jaw, m}, {l, jaw});
    edge({l, jaw}, {l, spec.width - jaw});
    edge({l, spec.width - jaw}, {spec.length - jaw, w});
    edge({spec.length - jaw, w}, {jaw, w});
    edge({jaw, w}, {m, spec.width - jaw});
    edge({m, spec.width - jaw}, {m, jaw});
    edge({m, jaw}, {jaw, m});

    std::vector<cv::Point2f> pixels;
    for (const Vec2 point : outline) {
        const QPointF p = calibration.bedPixel(point);
        pixels.emplace_back(float(p.x()), float(p.y()));
    }
    PlayingArea area;
    const cv::Rect bounds = cv::boundingRect(pixels) & cv::Rect(0, 0, picture.cols, picture.rows);
    area.region = bounds;
    const double radius = calibration.ballRadiusPixels({spec.length / 2, spec.width / 2});
    area.scale = 1.0 / std::max(1.0, std::floor(radius / kWorkRadius));
    area.radius = radius * area.scale;
    if (bounds.empty())
        return area;
    if (area.scale < 1)
        cv::resize(picture(bounds), area.bgr, cv::Size(), area.scale, area.scale, cv::INTER_AREA);
    else
        area.bgr = picture(bounds).clone();
    std::vector<cv::Point> polygon;
    for (const cv::Point2f &p : pixels)
        polygon.emplace_back(int(std::lround((p.x - float(bounds.x)) * float(area.scale))),
                             int(std::lround((p.y - float(bounds.y)) * float(area.scale))));
    area.mask = cv::Mat(area.bgr.size(), CV_8U, cv::Scalar(0));
    cv::fillPoly(area.mask, std::vector<std::vector<cv::Point>>{polygon}, cv::Scalar(255));
    return area;
}

QPointF PlayingArea::toPicture(cv::Point2f work) const
{
    return {region.x + (work.x + 0.5) / scale, region.y + (work.y + 0.5) / scale};
}

} // namespace dojo::vision::internal
