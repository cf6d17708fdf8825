#include "vision/internal/tablefinder.h"

#include "vision/internal/visiontr.h"

#include "core/units.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dojo::vision::internal {

namespace {

constexpr double kCushionWidth = inches(2.0); // nose to the rail's wood, a typical cushion
constexpr int kWorkingWidth = 1280;

struct Line // a point and a unit direction
{
    cv::Point2d point;
    cv::Point2d direction;
};

double distanceTo(const Line &line, cv::Point2d p)
{
    const cv::Point2d d = p - line.point;
    return std::abs(d.x * line.direction.y - d.y * line.direction.x);
}

Line fitted(const std::vector<cv::Point2d> &points)
{
    std::vector<cv::Point2f> asFloat(points.begin(), points.end());
    cv::Vec4f l;
    cv::fitLine(asFloat, l, cv::DIST_HUBER, 0, 0.01, 0.01);
    return {{l[2], l[3]}, {l[0], l[1]}};
}

// The least-squares line through points, with its sum of clipped squared residuals.
Line fittedTotal(const std::vector<cv::Point2d> &points, double clip, double &cost)
{
    Line line = fitted(points);
    cost = 0;
    for (const cv::Point2d &p : points)
        cost += std::min(clip * clip, std::pow(distanceTo(line, p), 2));
    return line;
}

cv::Point2d intersection(const Line &a, const Line &b)
{
    const double det = a.direction.x * b.direction.y - a.direction.y * b.direction.x;
    const cv::Point2d d = b.point - a.point;
    const double t = (d.x * b.direction.y - d.y * b.direction.x) / det;
    return a.point + a.direction * t;
}

struct Cloth
{
    cv::Mat mask;     // the largest region of the cloth's colour, holes filled
    cv::Mat distance; // every pixel's colour distance from the cloth's
    double threshold = 0.0;
};

// The learnt cloth: the largest region of the centre's colour, holes (balls) filled.
Result<Cloth> clothMask(const cv::Mat &work)
{
    // The sensor's noise smoothed away first: a picture no larger than the working size is not
    // averaged down, and its noise would bite into the cloth's edge where it shades darker.
    cv::Mat smooth;
    cv::GaussianBlur(work, smooth, {0, 0}, 1.0);
    cv::Mat lab;
    cv::cvtColor(smooth, lab, cv::COLOR_BGR2Lab);
    const cv::Rect centre(work.cols * 3 / 10, work.rows * 3 / 10, work.cols * 2 / 5,
                          work.rows * 2 / 5);
    std::vector<cv::Mat> channels;
    cv::split(lab(centre), channels);
    std::array<double, 3> median{};
    for (int c = 0; c < 3; ++c) {
        cv::Mat flat = channels[size_t(c)].reshape(1, 1).clone();
        std::vector<uchar> values(flat.begin<uchar>(), flat.end<uchar>());
        std::nth_element(values.begin(), values.begin() + long(values.size() / 2), values.end());
        median[size_t(c)] = values[values.size() / 2];
    }
    const double chroma = std::hypot(median[1] - 128, median[2] - 128);
    if (chroma < 8)
        return Unexpected(Tr::tr("No table is seen: the middle of the picture shows no "
                                 "coloured cloth."));
    cv::Mat distance(work.size(), CV_32F);
    for (int y = 0; y < lab.rows; ++y) {
        const cv::Vec3b *row = lab.ptr<cv::Vec3b>(y);
        float *out = distance.ptr<float>(y);
        for (int x = 0; x < lab.cols; ++x) {
            // Chroma counts fully, lightness little: the light falls unevenly on the cloth.
            const double dl = (row[x][0] - median[0]) * 0.25;
            const double da = row[x][1] - median[1];
            const double db = row[x][2] - median[2];
            out[x] = float(std::sqrt(dl * dl + da * da + db * db));
        }
    }
    cv::Mat inCentre = distance(centre).clone().reshape(1, 1);
    std::vector<float> values(inCentre.begin<float>(), inCentre.end<float>());
    std::nth_element(values.begin(), values.begin() + long(values.size() * 7 / 10), values.end());
    const double spread = values[values.size() * 7 / 10];
    if (spread > 12)
        return Unexpected(Tr::tr("No table is seen: the middle of the picture is not one "
                                 "even cloth."));
    const double threshold = std::max(10.0, 3.0 * spread);
    cv::Mat mask = distance < threshold;
    cv::morphologyEx(mask, mask, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, {5, 5}));
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8);
    int best = 0;
    for (int i = 1; i < count; ++i)
        if (best == 0 || stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(best, cv::CC_STAT_AREA))
            best = i;
    if (best == 0 || size_t(stats.at<int>(best, cv::CC_STAT_AREA)) < work.total() / 8)
        return Unexpected(Tr::tr("No table is seen: no region of one cloth colour covers "
                                 "enough of the picture."));
    cv::Mat largest = labels == best;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(largest, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    cv::Mat filled(work.size(), CV_8U, cv::Scalar(0));
    cv::drawContours(filled, contours, -1, cv::Scalar(255), cv::FILLED);
    return Cloth{filled, distance, threshold};
}

// The cushions' backs: four lines through the cloth's outline, pocket cut-outs left out.
Result<std::array<Line, 4>> outerLines(const cv::Mat &mask, const TableSpec &spec)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    const auto largest
        = std::max_element(contours.begin(), contours.end(), [](const auto &a, const auto &b) {
              return cv::contourArea(a) < cv::contourArea(b);
          });
    const cv::RotatedRect rect = cv::minAreaRect(*largest);
    const double longSide = std::max(rect.size.width, rect.size.height);
    const double shortSide = std::min(rect.size.width, rect.size.height);
    const double expected = (spec.length + 2 * kCushionWidth) / (spec.width + 2 * kCushionWidth);
    if (shortSide < 1 || std::abs(longSide / shortSide / expected - 1) > 0.2)
        return Unexpected(Tr::tr("No table of this size is seen: the cloth's outline is %1 "
                                 "times as long as it is wide.")
                              .arg(longSide / std::max(1.0, shortSide), 0, 'f', 2));
    cv::Point2f vertices[4];
    rect.points(vertices);
    // Order the rectangle's corners as the table's: (0,0), (L,0), (0,W), (L,W), the long
    // sides along the picture's longer axis, the head at the left or top.
    const cv::Point2d middle = rect.center;
    const bool landscape = mask.cols >= mask.rows;
    std::array<cv::Point2d, 4> sorted{};
    for (const cv::Point2d &p :
         std::array<cv::Point2d, 4>{cv::Point2d(vertices[0]), cv::Point2d(vertices[1]),
                                    cv::Point2d(vertices[2]), cv::Point2d(vertices[3])}) {
        const double along = landscape ? p.x - middle.x : p.y - middle.y;
        const double across = landscape ? p.y - middle.y : middle.x - p.x;
        sorted[(along < 0 ? 0u : 1u) + (across < 0 ? 0u : 2u)] = p;
    }
    // Sides: head (0-2), foot (1-3), left (0-1), right (2-3).
    const std::array<std::pair<int, int>, 4> sides{{{0, 2}, {1, 3}, {0, 1}, {2, 3}}};
    std::array<Line, 4> lines;
    for (size_t s = 0; s < 4; ++s) {
        const cv::Point2d a = sorted[size_t(sides[s].first)];
        const cv::Point2d b = sorted[size_t(sides[s].second)];
        const double length = cv::norm(b - a);
        if (length < 1)
            return Unexpected(Tr::tr("No table is seen: the cloth has no clear outline."));
        Line line{a, (b - a) / length};
        std::vector<cv::Point2d> points;
        for (int pass = 0; pass < 3; ++pass) {
            points.clear();
            const double band = pass == 0 ? 0.03 * shortSide : 2.5;
            for (const cv::Point &p : *largest) {
                const cv::Point2d q(p.x, p.y);
                const double t = (q - a).dot((b - a)) / (length * length);
                if (t > 0.1 && t < 0.9 && std::abs(t - 0.5) > 0.06 && distanceTo(line, q) < band)
                    points.push_back(q);
            }
            if (points.size() < 20)
                return Unexpected(Tr::tr("No table is seen: a rail of the cloth's outline "
                                         "is not straight."));
            line = fitted(points);
        }
        lines[s] = line;
    }
    return lines;
}

float sample(const cv::Mat &grey, cv::Point2d p)
{
    const int x = int(std::floor(p.x));
    const int y = int(std::floor(p.y));
    if (x < 0 || y < 0 || x + 1 >= grey.cols || y + 1 >= grey.rows)
        return -1;
    const double fx = p.x - x;
    const double fy = p.y - y;
    const float *r0 = grey.ptr<float>(y);
    const float *r1 = grey.ptr<float>(y + 1);
    return float((r0[x] * (1 - fx) + r0[x + 1] * fx) * (1 - fy)
                 + (r1[x] * (1 - fx) + r1[x + 1] * fx) * fy);
}

// Points of a cushion's nose: the strongest brightness step inside the cushion's back.
std::vector<cv::Point2d> nosePoints(const cv::Mat &grey, const Line &outer, cv::Point2d centre,
                                    double railLength, double cushionPixels, bool longRail,
                                    double from, double to, int wantedSign)
{
    cv::Point2d inward(-outer.direction.y, outer.direction.x);
    if ((centre - outer.point).dot(inward) < 0)
        inward = -inward;
    // The outer line's point nearest the centre is the rail's middle.
    const double mid = (centre - outer.point).dot(outer.direction);
    const cv::Point2d middle = outer.point + outer.direction * mid;
    constexpr double kStep = 0.25;
    const int samples = 400;
    std::vector<cv::Point2d> points;
    std::vector<int> signs;
    std::vector<double> offsets;
    std::vector<cv::Point2d> bases;
    for (int i = 0; i < samples; ++i) {
        const double t = -0.4 + 0.8 * i / (samples - 1);
        if (longRail && std::abs(t) < 0.06)
            continue; // the side pocket
        const cv::Point2d base = middle + outer.direction * (t * railLength);
        // A picture cropped to the table may cut the profile's outer end: start inside it.
        double start = from * cushionPixels;
        while (start < 0 && sample(grey, base + inward * start) < 0)
            start += kStep;
        std::vector<float> profile;
        for (double o = start; o <= to * cushionPixels; o += kStep)
            profile.push_back(sample(grey, base + inward * o));
        if (profile.size() < 20
            || std::find(profile.begin(), profile.end(), -1.0f) != profile.end())
            continue;
        int bestIndex = -1;
        double bestStep = 0;
        constexpr size_t kSpan = 6; // the step measured over 3 px: steadier against the noise
        for (size_t k = kSpan; k + kSpan < profile.size(); ++k) {
            const double step = profile[k + kSpan] - profile[k - kSpan];
            const bool stronger = wantedSign != 0 ? step * wantedSign > bestStep * wantedSign
                                                  : std::abs(step) > std::abs(bestStep);
            if (stronger) {
                bestStep = step;
                bestIndex = int(k);
            }
        }
        if (bestIndex < int(kSpan) + 1 || bestIndex + int(kSpan) + 1 >= int(profile.size()))
            continue;
        const auto stepAt = [&](int k) {
            return double(profile[size_t(k) + kSpan] - profile[size_t(k) - kSpan]);
        };
        const double left = stepAt(bestIndex - 1);
        const double right = stepAt(bestIndex + 1);
        const double denominator = left - 2 * bestStep + right;
        const double shift = std::abs(denominator) > 1e-9 ? 0.5 * (left - right) / denominator : 0;
        offsets.push_back(start + (bestIndex + std::clamp(shift, -0.5, 0.5)) * kStep);
        signs.push_back(bestStep > 0 ? 1 : -1);
        bases.push_back(base);
    }
    // The nose's step goes one way along the whole rail: keep the majority's.
    const long rising = std::count(signs.begin(), signs.end(), 1);
    const int majority = wantedSign != 0 ? wantedSign : rising * 2 >= long(signs.size()) ? 1 : -1;
    for (size_t i = 0; i < offsets.size(); ++i)
        if (signs[i] == majority)
            points.push_back(bases[i] + inward * offsets[i]);
    return points;
}

// Whether most of a band just outside a line (full-resolution pixels) has the cloth's colour.
bool clothOutside(const Cloth &cloth, const Line &line, cv::Point2d centre, double railLength,
                  double offset, double shrink)
{
    cv::Point2d outward(-line.direction.y, line.direction.x);
    if ((centre - line.point).dot(outward) > 0)
        outward = -outward;
    const double mid = (centre - line.point).dot(line.direction);
    int inCloth = 0;
    int seen = 0;
    for (int i = -40; i <= 40; ++i) {
        if (std::abs(i) < 4)
            continue; // the side pocket
        const cv::Point2d p
            = (line.point + line.direction * (mid + i * 0.01 * railLength) + outward * offset)
              * shrink;
        const cv::Point at(int(std::lround(p.x)), int(std::lround(p.y)));
        if (at.x < 0 || at.y < 0 || at.x >= cloth.distance.cols || at.y >= cloth.distance.rows)
            continue;
        ++seen;
        inCloth += cloth.distance.at<float>(at) < cloth.threshold ? 1 : 0;
    }
    return seen > 0 && inCloth * 2 > seen;
}

cv::Point2d undistorted(cv::Point2d p, cv::Point2d centre, double scale, double k1)
{
    const cv::Point2d d = (p - centre) / scale;
    cv::Point2d u = d;
    for (int i = 0; i < 20; ++i)
        u = d / (1 + k1 * u.dot(u));
    return centre + u * scale;
}

cv::Point2d distorted(cv::Point2d p, cv::Point2d centre, double scale, double k1)
{
    const cv::Point2d u = (p - centre) / scale;
    return centre + u * (1 + k1 * u.dot(u)) * scale;
}

} // namespace

Result<TableOutline> findTable(const cv::Mat &picture, TableSize table)
{
    if (picture.empty() || picture.type() != CV_8UC3)
        return Unexpected(Tr::tr("No table is seen: the picture is empty or not in colour."));
    const TableSpec &spec = tableSpec(table);
    const double shrink = std::min(1.0, double(kWorkingWidth) / picture.cols);
    cv::Mat work;
    if (shrink < 1)
        cv::resize(picture, work, {}, shrink, shrink, cv::INTER_AREA);
    else
        work = picture;
    Result<Cloth> cloth = clothMask(work);
    if (!cloth)
        return Unexpected(cloth.error());
    Result<std::array<Line, 4>> outer = outerLines(cloth->mask, spec);
    if (!outer)
        return Unexpected(outer.error());

    cv::Mat grey;
    cv::cvtColor(picture, grey, cv::COLOR_BGR2GRAY);
    grey.convertTo(grey, CV_32F);
    cv::GaussianBlur(grey, grey, {0, 0}, std::max(1.0, 0.6 / shrink));
    std::array<Line, 4> lines;
    for (size_t s = 0; s < 4; ++s)
        lines[s] = {(*outer)[s].point / shrink, (*outer)[s].direction};
    const cv::Point2d centre
        = (intersection(lines[0], lines[2]) + intersection(lines[1], lines[3])) / 2;
    const double lengthPixels
        = cv::norm(intersection(lines[0], lines[2]) - intersection(lines[1], lines[2]));
    const double widthPixels
        = cv::norm(intersection(lines[0], lines[2]) - intersection(lines[0], lines[3]));
    const double perMillimetre = lengthPixels / (spec.length + 2 * kCushionWidth);
    std::array<std::vector<cv::Point2d>, 4> noses;
    for (size_t s = 0; s < 4; ++s) {
        const bool longRail = s >= 2;
        // The cloth's outline is the noses when the cushions' tops stand apart from the bed
        // (a shadowed face between them), else the cushions' backs: look just outside it.
        const double cushionPixels = kCushionWidth * perMillimetre;
        bool outlineIsNose = false;
        for (double offset : {0.5, 0.8, 1.1, 1.4})
            outlineIsNose
                = outlineIsNose
                  || clothOutside(*cloth, lines[s], centre, longRail ? lengthPixels : widthPixels,
                                  offset * cushionPixels, shrink);
        noses[s] = outlineIsNose
                       ? nosePoints(grey, lines[s], centre, longRail ? lengthPixels : widthPixels,
                                    cushionPixels, longRail, -1.6, 0.4, -1)
                       : nosePoints(grey, lines[s], centre, longRail ? lengthPixels : widthPixels,
                                    cushionPixels, longRail, 0.35, 1.8, 0);
        if (noses[s].size() < 30)
            return Unexpected(Tr::tr("No table is seen: a cushion's nose could not be found."));
    }

    // k1: what makes the noses straightest, searched by golden section.
    const cv::Point2d imageCentre(picture.cols / 2.0, picture.rows / 2.0);
    const double scale = std::hypot(picture.cols, picture.rows) / 2;
    const auto straightness = [&](double k1, std::array<Line, 4> *out) {
        double total = 0;
        for (size_t s = 0; s < 4; ++s) {
            std::vector<cv::Point2d> points;
            for (const cv::Point2d &p : noses[s])
                points.push_back(undistorted(p, imageCentre, scale, k1));
            double cost = 0;
            const Line line = fittedTotal(points, 3.0, cost);
            total += cost;
            if (out)
                (*out)[s] = line;
        }
        return total;
    };
    double lo = -0.3;
    double hi = 0.15;
    const double golden = (std::sqrt(5.0) - 1) / 2;
    double x1 = hi - golden * (hi - lo);
    double x2 = lo + golden * (hi - lo);
    double f1 = straightness(x1, nullptr);
    double f2 = straightness(x2, nullptr);
    for (int i = 0; i < 40; ++i) {
        if (f1 < f2) {
            hi = x2, x2 = x1, f2 = f1;
            x1 = hi - golden * (hi - lo);
            f1 = straightness(x1, nullptr);
        } else {
            lo = x1, x1 = x2, f1 = f2;
            x2 = lo + golden * (hi - lo);
            f2 = straightness(x2, nullptr);
        }
    }
    TableOutline outline;
    outline.distortion = (lo + hi) / 2;
    std::array<Line, 4> straight;
    straightness(outline.distortion, &straight);
    const std::array<std::pair<size_t, size_t>, 4> meets{{{0, 2}, {1, 2}, {0, 3}, {1, 3}}};
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2d corner
            = distorted(intersection(straight[meets[i].first], straight[meets[i].second]),
                        imageCentre, scale, outline.distortion);
        outline.noseCorners[i] = QPointF(corner.x, corner.y);
    }
    return outline;
}

} // namespace dojo::vision::internal
