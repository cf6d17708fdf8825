#include "vision/internal/ballidentity.h"

#include "core/ball.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace dojo::vision::internal {

namespace {

// The disc read, as a share of the radius: the rim is shaded and blends with the cloth.
constexpr double kDisc = 0.85;
// Chroma (8-bit Lab, a and b about 128) below which a pixel is white, grey or black.
constexpr float kGreyChroma = 18.0f;

float chroma(const cv::Vec3b &lab)
{
    return std::hypot(float(lab[1]) - 128.0f, float(lab[2]) - 128.0f);
}

cv::Vec3f labOf(std::uint32_t rgb)
{
    cv::Mat bgr(1, 1, CV_8UC3, cv::Scalar(rgb & 0xff, (rgb >> 8) & 0xff, (rgb >> 16) & 0xff));
    cv::Mat lab;
    cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
    return cv::Vec3f(lab.at<cv::Vec3b>(0, 0));
}

} // namespace

BallColours ballColours(const cv::Mat &picture, cv::Point2d centre, double radius)
{
    const double r = radius * kDisc;
    const cv::Rect box = cv::Rect(int(std::floor(centre.x - r)), int(std::floor(centre.y - r)),
                                  int(std::ceil(2 * r)) + 1, int(std::ceil(2 * r)) + 1)
                         & cv::Rect(0, 0, picture.cols, picture.rows);
    BallColours out;
    if (box.empty())
        return out;
    cv::Mat lab;
    cv::cvtColor(picture(box), lab, cv::COLOR_BGR2Lab);
    std::vector<cv::Vec3b> disc;
    for (int y = 0; y < lab.rows; ++y)
        for (int x = 0; x < lab.cols; ++x) {
            const double dx = box.x + x + 0.5 - centre.x;
            const double dy = box.y + y + 0.5 - centre.y;
            if (dx * dx + dy * dy <= r * r)
                disc.push_back(lab.at<cv::Vec3b>(y, x));
        }
    if (disc.empty())
        return out;
    // White and black relative to the ball's own light: the brightest grey is its highlight.
    std::vector<uchar> lightness;
    for (const cv::Vec3b &p : disc)
        lightness.push_back(p[0]);
    std::nth_element(lightness.begin(), lightness.begin() + long(lightness.size() * 9 / 10),
                     lightness.end());
    const float bright = std::max<float>(60, lightness[lightness.size() * 9 / 10]);
    std::array<std::vector<uchar>, 3> colouredChannels;
    int white = 0;
    int black = 0;
    for (const cv::Vec3b &p : disc) {
        const float c = chroma(p);
        if (c<kGreyChroma &&float(p[0])> 0.55f * bright)
            ++white;
        else if (c < kGreyChroma + 4 && p[0] < 80)
            ++black;
        else if (c >= kGreyChroma)
            for (size_t i = 0; i < 3; ++i)
                colouredChannels[i].push_back(p[int(i)]);
    }
    const double n = double(disc.size());
    out.white = white / n;
    out.black = black / n;
    out.coloured = double(colouredChannels[0].size()) / n;
    // The coloured part's better lit half: the rim's shade darkens a red toward a maroon.
    if (!colouredChannels[0].empty()) {
        std::vector<uchar> lightnesses = colouredChannels[0];
        const auto middle = lightnesses.begin() + long(lightnesses.size() / 2);
        std::nth_element(lightnesses.begin(), middle, lightnesses.end());
        std::array<std::vector<uchar>, 3> lit;
        for (size_t k = 0; k < colouredChannels[0].size(); ++k)
            if (colouredChannels[0][k] >= *middle)
                for (size_t i = 0; i < 3; ++i)
                    lit[i].push_back(colouredChannels[i][k]);
        for (size_t i = 0; i < 3; ++i) {
            std::vector<uchar> &values = lit[i];
            std::nth_element(values.begin(), values.begin() + long(values.size() / 2),
                             values.end());
            out.colour[int(i)] = values[values.size() / 2];
        }
    }
    return out;
}

std::vector<Identity> identify(const std::vector<BallColours> &balls)
{
    static const std::array<cv::Vec3f, 16> references = [] {
        std::array<cv::Vec3f, 16> out;
        for (int number = 0; number <= kHighestBall; ++number)
            out[size_t(number)] = labOf(ball(number).rgb);
        return out;
    }();
    // How unlike each ball is to each number: 0 alike, about 1 unlike.
    const auto cost = [&](const BallColours &b, int number) {
        switch (ball(number).kind) {
        case BallKind::Cue: return (1 - b.white) + 3 * std::max(0.0, b.coloured - 0.08) + b.black;
        case BallKind::Eight:
            return (1 - b.black - 0.5 * b.white) + 3 * std::max(0.0, b.coloured - 0.15);
        case BallKind::Solid:
        case BallKind::Stripe: {
            const cv::Vec3f ref = references[size_t(number)];
            const float da = b.colour[1] - ref[1];
            const float db = b.colour[2] - ref[2];
            const float dl = b.colour[0] - ref[0];
            const double colour
                = std::sqrt(double(da * da + db * db) + 0.25 * double(dl * dl)) / 40.0;
            const double share
                = ball(number).kind == BallKind::Solid
                      ? 3 * std::max(0.0, b.white - 0.3)
                      : 3 * std::max(0.0, 0.3 - b.white) + 3 * std::max(0.0, 0.12 - b.coloured);
            return colour + share + 3 * std::max(0.0, 0.1 - b.coloured);
        }
        }
        return 10.0;
    };
    struct Pairing
    {
        double cost;
        size_t ball;
        int number;
    };
    std::vector<Pairing> pairings;
    for (size_t i = 0; i < balls.size(); ++i)
        for (int number = 0; number <= kHighestBall; ++number)
            pairings.push_back({cost(balls[i], number), i, number});
    std::sort(pairings.begin(), pairings.end(),
              [](const Pairing &a, const Pairing &b) { return a.cost < b.cost; });
    std::vector<Identity> out(balls.size());
    std::array<bool, 16> taken{};
    for (const Pairing &p : pairings) {
        if (out[p.ball].ball >= 0 || taken[size_t(p.number)] || p.cost > 1.5)
            continue;
        out[p.ball] = {p.number, std::clamp(1.0 - p.cost / 1.5, 0.0, 1.0)};
        taken[size_t(p.number)] = true;
    }
    return out;
}

} // namespace dojo::vision::internal
