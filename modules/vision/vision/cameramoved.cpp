#include "vision/cameramoved.h"

#include "core/ball.h"
#include "core/tablespec.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace dojo::vision {

namespace {

using Homography = std::array<double, 9>;

// WPA: a cushion's nose stands 62.5-64.5 % of a ball's height above the bed; from above that is
// where its edge is seen, up to 10 px outside the bed's outline near the corners at 1080p.
constexpr double kNoseHeight = 0.635 * kBallDiameter;
// Pocket mouths have no nose: stay this far from a corner and from a side pocket's middle.
constexpr double kClearOfCorner = 200.0;
constexpr double kClearOfSide = 160.0;

// The mapping of the plane z mm above the bed. A pinhole's plane homographies share their first
// two columns and their third moves linearly with z, so the bed's and the ball's give any other
// once brought to one scale.
Homography atHeight(const Calibration &c, double z)
{
    const Homography &bed = c.bedToImage;
    const Homography &ball = c.ballToImage;
    double dot = 0;
    double norm = 0;
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 2; ++col) {
            dot += bed[size_t(row * 3 + col)] * ball[size_t(row * 3 + col)];
            norm += ball[size_t(row * 3 + col)] * ball[size_t(row * 3 + col)];
        }
    }
    if (norm <= 0)
        return bed;
    const double scale = dot / norm;
    const double t = z / kBallRadius;
    Homography raised;
    for (size_t i = 0; i < 9; ++i)
        raised[i] = bed[i] + t * (scale * ball[i] - bed[i]);
    return raised;
}

// Blue + green + red at a sub-pixel point, bilinear; none outside the picture.
std::optional<double> brightness(const cv::Mat &picture, double x, double y)
{
    if (!(x >= 0 && y >= 0 && x < picture.cols - 1 && y < picture.rows - 1))
        return std::nullopt;
    const int x0 = int(x);
    const int y0 = int(y);
    const double fx = x - x0;
    const double fy = y - y0;
    const uchar *top = picture.ptr<uchar>(y0) + 3 * x0;
    const uchar *bottom = picture.ptr<uchar>(y0 + 1) + 3 * x0;
    const double a = top[0] + top[1] + top[2];
    const double b = top[3] + top[4] + top[5];
    const double c = bottom[0] + bottom[1] + bottom[2];
    const double d = bottom[3] + bottom[4] + bottom[5];
    return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
}

// Normalised cross-correlation of `reference` with `profile` from `from` on: 1 for the same
// shape at any brightness and contrast, 0 or less for none.
double correlation(const std::vector<double> &reference, const std::vector<double> &profile,
                   int from)
{
    const size_t n = reference.size();
    double meanA = 0;
    double meanB = 0;
    for (size_t i = 0; i < n; ++i) {
        meanA += reference[i];
        meanB += profile[size_t(from) + i];
    }
    meanA /= double(n);
    meanB /= double(n);
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (size_t i = 0; i < n; ++i) {
        const double a = reference[i] - meanA;
        const double b = profile[size_t(from) + i] - meanB;
        ab += a * b;
        aa += a * a;
        bb += b * b;
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

// Pixels either side of the nose that make a rail's look, and how alike it must stay.
constexpr int kTemplateHalf = 24;
constexpr double kLikeness = 0.7;
// Before the look is learnt: no stronger edge than the nose's this close to it.
constexpr int kEdgeReach = 12;

} // namespace

CameraWatch::CameraWatch(const Calibration &calibration)
    : CameraWatch(calibration, Settings())
{
}

CameraWatch::CameraWatch(const Calibration &calibration, const Settings &settings)
    : m_calibration(calibration)
    , m_settings(settings)
{
    placeSamples();
}

void CameraWatch::setCalibration(const Calibration &calibration)
{
    m_calibration = calibration;
    m_inARow = 0;
    placeSamples();
}

void CameraWatch::placeSamples()
{
    m_samples.clear();
    const TableSpec &spec = tableSpec(m_calibration.table);
    Calibration noses = m_calibration;
    noses.bedToImage = atHeight(m_calibration, kNoseHeight);
    auto add = [&](int rail, Vec2 onNose, Vec2 inward) {
        const QPointF nose = noses.bedPixel(onNose);
        const QPointF inside = noses.bedPixel(onNose + inward * 10.0);
        const QPointF along = inside - nose;
        const double length = std::hypot(along.x(), along.y());
        if (std::isfinite(length) && length > 0)
            m_samples.push_back({nose, along / length, rail, {}});
    };
    // Each long rail in two halves either side of its side pocket.
    const int perHalf = std::max(1, m_settings.pointsPerLongRail / 2);
    const double halfFrom = kClearOfCorner;
    const double halfTo = spec.length / 2 - kClearOfSide;
    for (int i = 0; i < perHalf; ++i) {
        const double along = halfFrom + (halfTo - halfFrom) * (i + 0.5) / perHalf;
        for (const double x : {along, spec.length - along}) {
            add(0, {x, 0}, {0, 1});
            add(1, {x, spec.width}, {0, -1});
        }
    }
    const int perShort = std::max(1, m_settings.pointsPerShortRail);
    for (int i = 0; i < perShort; ++i) {
        const double y = kClearOfCorner + (spec.width - 2 * kClearOfCorner) * (i + 0.5) / perShort;
        add(2, {0, y}, {1, 0});
        add(3, {spec.length, y}, {-1, 0});
    }
}

RailCheck CameraWatch::check(const cv::Mat &picture)
{
    RailCheck result;
    if (picture.empty() || picture.type() != CV_8UC3 || m_calibration.image.isEmpty()) {
        result.checksInARow = m_inARow;
        result.moved = moved();
        return result;
    }
    const double sx = double(picture.cols) / m_calibration.image.width();
    const double sy = double(picture.rows) / m_calibration.image.height();
    const int reach = std::max(1, int(std::lround(m_settings.searchPixels)));
    const int half = kTemplateHalf;
    const int span = half + reach + 1; // offsets read either side of the nose
    std::vector<double> profile(size_t(2 * span + 1));
    auto at = [&profile, span](int offset) { return profile[size_t(offset + span)]; };
    std::array<int, 4> seen{};
    std::array<int, 4> agreeing{};
    std::array<int, 4> displaced{};
    for (Sample &sample : m_samples) {
        bool inside = true;
        for (int o = -span; o <= span && inside; ++o) {
            const QPointF p = sample.nose + sample.inward * o;
            const std::optional<double> value = brightness(picture, p.x() * sx, p.y() * sy);
            inside = value.has_value();
            profile[size_t(o + span)] = value.value_or(0.0);
        }
        if (!inside)
            continue; // off the picture: neither for nor against
        ++result.samples;
        ++seen[size_t(sample.rail)];
        bool agrees = false;
        if (sample.reference.empty()) {
            // Not learnt yet: the strongest brightness step across the nose must lie on it.
            double strongest = 0;
            int where = 0;
            for (int o = -kEdgeReach; o <= kEdgeReach; ++o) {
                const double step = std::abs(at(o + 1) - at(o - 1)) / 2;
                if (step > strongest) {
                    strongest = step;
                    where = o;
                }
            }
            agrees = strongest >= m_settings.minimumStep
                     && std::abs(where) <= m_settings.tolerancePixels;
            // Learnt from the first picture that shows the edge on the line, so a ball lying
            // on the nose then is not taken for the rail.
            if (agrees)
                sample.reference.assign(profile.begin() + (span - half),
                                        profile.begin() + (span + half + 1));
        } else {
            // The rail's look across the nose (cloth, nose, cushion, its back) must still be
            // found at the nose: the best match within reach, and close to the line. Normalised,
            // so the room's light may change.
            double bestScore = -2;
            int bestShift = 0;
            for (int shift = -reach; shift <= reach; ++shift) {
                const double score = correlation(sample.reference, profile, span - half + shift);
                if (score > bestScore) {
                    bestScore = score;
                    bestShift = shift;
                }
            }
            agrees = bestScore >= kLikeness && std::abs(bestShift) <= m_settings.tolerancePixels;
            if (bestScore >= kLikeness && !agrees && std::abs(bestShift) < reach) {
                ++result.displaced;
                ++displaced[size_t(sample.rail)];
            }
        }
        if (agrees) {
            ++result.agreeing;
            ++agreeing[size_t(sample.rail)];
        }
    }
    bool railDisplaced = false;
    for (size_t rail = 0; rail < 4; ++rail) {
        // A rail out of the picture says nothing either way.
        if (seen[rail] > 0 && agreeing[rail] < m_settings.agreeingShare * seen[rail])
            ++result.railsDisagreeing;
        // An arm hides a rail; only a moved camera shows it whole, elsewhere.
        railDisplaced = railDisplaced || (seen[rail] > 0 && 2 * displaced[rail] > seen[rail]);
    }
    const bool disagrees = result.railsDisagreeing >= m_settings.railsToDisagree || railDisplaced;
    m_inARow = disagrees ? m_inARow + 1 : 0;
    result.checksInARow = m_inARow;
    result.moved = moved();
    return result;
}

} // namespace dojo::vision
