#include "vision/ballsighting.h"

#include "vision/internal/ballcandidates.h"
#include "vision/internal/ballidentity.h"
#include "vision/internal/circlefit.h"
#include "vision/internal/clothmodel.h"
#include "vision/internal/clusterfill.h"
#include "vision/internal/playingarea.h"

#include "core/ball.h"
#include "core/tablespec.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dojo::vision {

namespace {

// A fit this loose, or this little of an outline, is no ball's.
constexpr double kLeastCoverage = 0.3;
constexpr double kLoosest = 0.15; // RMS residual as a share of the radius
// A fit that fails is tried again from this many points this far (in radii) around.
constexpr int kRetries = 6;
constexpr double kRetryOffset = 0.6;
// A slow rim found all round and round: a blurred ball's.
constexpr double kLeastBlurredCoverage = 0.6;
constexpr double kLoosestBlurred = 0.12;

// A ball's centre lies at least most of a radius inside the noses, and in a corner pocket's
// jaw no nearer either rail than a radius: nearer is the pocket's hole.
bool onTheBed(Vec2 centre, const TableSpec &spec)
{
    const double inset = kBallRadius * 0.5;
    if (centre.x < inset || centre.y < inset || centre.x > spec.length - inset
        || centre.y > spec.width - inset)
        return false;
    const double jaw = spec.cornerMouth / std::sqrt(2.0);
    const double alongX = std::min(centre.x, spec.length - centre.x);
    const double alongY = std::min(centre.y, spec.width - centre.y);
    return alongX > jaw || alongY > jaw || std::min(alongX, alongY) >= kBallRadius;
}

bool isBall(const std::optional<internal::FittedCircle> &circle, double radius)
{
    return circle && circle->coverage >= kLeastCoverage && circle->residual <= kLoosest * radius;
}

bool isBlurredBall(const std::optional<internal::FittedCircle> &circle, double radius)
{
    return circle && circle->coverage >= kLeastBlurredCoverage
           && circle->residual <= kLoosestBlurred * radius;
}

double score(const internal::FittedCircle &circle, double radius)
{
    return circle.coverage - circle.residual / radius;
}

} // namespace

std::vector<BallSighting> findBalls(const cv::Mat &picture, const Calibration &calibration)
{
    std::vector<BallSighting> found;
    if (picture.empty() || picture.type() != CV_8UC3)
        return found;
    const internal::PlayingArea area = internal::PlayingArea::of(picture, calibration);
    if (area.bgr.empty())
        return found;
    const internal::ClothModel cloth = internal::ClothModel::learn(area.bgr, area.mask);
    const cv::Mat notCloth = cloth.notCloth(area.bgr, area.mask);
    const TableSpec &spec = tableSpec(calibration.table);

    struct Fit
    {
        internal::FittedCircle circle;
        Vec2 position;
        double radius;
        bool blurred;
    };
    std::vector<Fit> fits;
    cv::Mat depth;
    for (const internal::BallCandidate &candidate :
         internal::ballCandidates(notCloth, area.radius, &depth)) {
        const QPointF rough = area.toPicture(candidate.at);
        const std::optional<Vec2> roughPosition = calibration.ballPosition(rough);
        if (!roughPosition)
            continue;
        const double radius = calibration.ballRadiusPixels(*roughPosition);
        std::optional<internal::FittedCircle> circle
            = internal::fitBallEdge(picture, cloth, {rough.x(), rough.y()}, radius);
        // A ball blurred by its motion, or the colour of the cloth, shows a slow rim and leaves
        // its blob off its middle (its shadow joins it): tried again for a slow rim, from
        // around the rough centre, held to a fuller outline. Not along a cluster's rim: there
        // the neighbours' shading makes slow rims of its own.
        bool blurred = false;
        if (!isBall(circle, radius) && !candidate.onClusterRim) {
            for (int k = 0; k <= kRetries; ++k) {
                const double angle = 2 * std::numbers::pi * k / kRetries;
                const double offset = k == 0 ? 0.0 : kRetryOffset * radius;
                const cv::Point2d from(rough.x() + offset * std::cos(angle),
                                       rough.y() + offset * std::sin(angle));
                const std::optional<internal::FittedCircle> again
                    = internal::fitBallEdge(picture, cloth, from, radius, true);
                if (isBlurredBall(again, radius)
                    && (!blurred || score(*again, radius) > score(*circle, radius))) {
                    circle = again;
                    blurred = true;
                }
            }
        }
        if (!blurred && !isBall(circle, radius))
            continue;
        const std::optional<Vec2> position
            = calibration.ballPosition({circle->centre.x, circle->centre.y});
        if (!position || !onTheBed(*position, spec))
            continue;
        fits.push_back({*circle, *position, radius, blurred});
    }
    // The fullest outlines first: a cluster's middle fits worse than its balls.
    std::sort(fits.begin(), fits.end(), [](const Fit &a, const Fit &b) {
        return a.circle.coverage - a.circle.residual / a.radius
               > b.circle.coverage - b.circle.residual / b.radius;
    });
    for (const Fit &fit : fits) {
        const QPointF pixel(fit.circle.centre.x, fit.circle.centre.y);
        const bool twice = std::any_of(found.begin(), found.end(), [&](const BallSighting &s) {
            return std::hypot(s.pixel.x() - pixel.x(), s.pixel.y() - pixel.y()) < 1.5 * fit.radius;
        });
        if (twice)
            continue;
        BallSighting sighting;
        sighting.pixel = pixel;
        sighting.position = fit.position;
        sighting.radius = fit.circle.radius;
        sighting.blurred = fit.blurred;
        found.push_back(sighting);
    }
    // A cluster's balls that show no edge to the cloth: where their neighbours say.
    if (found.size() >= 3) {
        std::vector<cv::Point2d> centres;
        for (const BallSighting &s : found)
            centres.emplace_back(s.pixel.x(), s.pixel.y());
        const double radius = calibration.ballRadiusPixels({spec.length / 2, spec.width / 2});
        const auto toPicture = [&area](cv::Point at) {
            const QPointF p = area.toPicture(cv::Point2f(at));
            return cv::Point2d(p.x(), p.y());
        };
        for (const cv::Point2d &centre :
             internal::fillCluster(depth, toPicture, centres, radius, area.radius)) {
            const std::optional<Vec2> position = calibration.ballPosition({centre.x, centre.y});
            if (!position || !onTheBed(*position, spec))
                continue;
            BallSighting sighting;
            sighting.pixel = QPointF(centre.x, centre.y);
            sighting.position = *position;
            sighting.radius = calibration.ballRadiusPixels(*position);
            found.push_back(sighting);
        }
    }

    std::vector<internal::BallColours> colours;
    for (const BallSighting &s : found)
        colours.push_back(internal::ballColours(picture, {s.pixel.x(), s.pixel.y()},
                                                calibration.ballRadiusPixels(s.position)));
    const std::vector<internal::Identity> identities = internal::identify(colours);
    for (size_t i = 0; i < found.size(); ++i) {
        found[i].ball = identities[i].ball;
        found[i].confidence = identities[i].confidence;
    }
    return found;
}

} // namespace dojo::vision
