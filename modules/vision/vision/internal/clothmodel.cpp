#include "vision/internal/clothmodel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace dojo::vision::internal {

namespace {

// A shadow or the unevenly lit far end of the bed stays within these brightnesses of the
// cloth's median; a black ball and a white one do not.
constexpr float kDarkest = 0.45f;
constexpr float kBrightest = 1.45f;
// How far off the cloth's hue a colour must be to be a ball's: beyond this many times what
// the cloth's own pixels stray (noise, weave, light), plus a few levels.
constexpr float kHueMargin = 2.5f;
constexpr float kLeastHueLevels = 3.0f;
constexpr int kLearnStep = 4;

} // namespace

ClothModel ClothModel::learn(const cv::Mat &bgr, const cv::Mat &mask)
{
    std::array<std::vector<uchar>, 3> channels;
    // Every fourth pixel each way, staggered: the median of a few tens of thousands of cloth
    // pixels is as good as that of all of them.
    for (int y = 0; y < bgr.rows; y += kLearnStep) {
        const auto *row = bgr.ptr<cv::Vec3b>(y);
        const uchar *inside = mask.ptr<uchar>(y);
        for (int x = (y / kLearnStep) % 2 * (kLearnStep / 2); x < bgr.cols; x += kLearnStep) {
            if (!inside[x])
                continue;
            for (size_t c = 0; c < 3; ++c)
                channels[c].push_back(row[x][int(c)]);
        }
    }
    ClothModel model;
    for (size_t c = 0; c < 3; ++c) {
        std::vector<uchar> values = channels[c];
        if (values.empty())
            continue;
        std::nth_element(values.begin(), values.begin() + long(values.size() / 2), values.end());
        model.colour[int(c)] = values[values.size() / 2];
    }
    // What the cloth's own pixels stray from its hue, at its 95th percentile: balls are
    // a few percent of the bed.
    std::vector<float> strays;
    for (size_t i = 0; i < channels[0].size(); ++i) {
        const cv::Vec3f p(channels[0][i], channels[1][i], channels[2][i]);
        const float norm2 = std::max(1.0f, model.colour.dot(model.colour));
        const float brightness = std::max(0.3f, p.dot(model.colour) / norm2);
        const cv::Vec3f off = p - model.colour * brightness;
        strays.push_back(std::sqrt(off.dot(off)) / brightness);
    }
    if (!strays.empty()) {
        const auto p95 = strays.begin() + long(strays.size() * 95 / 100);
        std::nth_element(strays.begin(), p95, strays.end());
        model.hueSpread = *p95;
    }
    return model;
}

float ClothModel::unlikeness(const cv::Vec3f &bgr) const
{
    return unlikeness(bgr, colour, kDarkest, kBrightest);
}

float ClothModel::unlikeness(const cv::Vec3f &bgr, const cv::Vec3f &shade, float darkest,
                             float brightest) const
{
    const float norm2 = std::max(1.0f, shade.dot(shade));
    const float brightness = bgr.dot(shade) / norm2;
    const cv::Vec3f off = bgr - shade * brightness;
    const float shading = std::sqrt(norm2 / std::max(1.0f, colour.dot(colour)));
    const float offHue
        = std::sqrt(off.dot(off))
          / ((kHueMargin * hueSpread + kLeastHueLevels) * std::max(brightness * shading, 0.3f));
    const float offBrightness
        = brightness < 1 ? (1 - brightness) / (1 - darkest) : (brightness - 1) / (brightest - 1);
    return std::max(offHue, offBrightness);
}

cv::Mat ClothModel::notCloth(const cv::Mat &bgr, const cv::Mat &mask) const
{
    // unlikeness(p) > 1 without its square root and divisions, for every pixel of the bed:
    // off the brightness range, or off the hue by more than the margin times the brightness.
    const float norm2 = std::max(1.0f, colour.dot(colour));
    const float cb = colour[0] / norm2, cg = colour[1] / norm2, cr = colour[2] / norm2;
    const float margin = kHueMargin * hueSpread + kLeastHueLevels;
    const float margin2 = margin * margin;
    cv::Mat out(bgr.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < bgr.rows; ++y) {
        const uchar *row = bgr.ptr<uchar>(y);
        const uchar *inside = mask.ptr<uchar>(y);
        uchar *o = out.ptr<uchar>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            const float b = row[3 * x], g = row[3 * x + 1], r = row[3 * x + 2];
            const float brightness = b * cb + g * cg + r * cr;
            const float ob = b - colour[0] * brightness;
            const float og = g - colour[1] * brightness;
            const float orr = r - colour[2] * brightness;
            const float floor = std::max(brightness, 0.3f);
            const bool off = brightness < kDarkest || brightness > kBrightest
                             || ob * ob + og * og + orr * orr > margin2 * floor * floor;
            o[x] = inside[x] && off ? 255 : 0;
        }
    }
    return out;
}

} // namespace dojo::vision::internal
