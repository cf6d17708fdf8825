// The knocked-camera watch: the time one check takes on a rendered 1080p frame (the mean and
// the 99th percentile over many checks, the first check that learns the rails apart), with a
// baseline in the same run: one cv::cvtColor of that frame to grey. Speed is reported, never
// asserted.

#include "simulation/tablerenderer.h"
#include "vision/cameramoved.h"

#include "../vision/simulatedcalibration.h"

#include <QImage>
#include <capture/picture.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace dojo;

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main()
{
    const simulation::TableRenderer renderer{simulation::RenderSettings{}};
    const cv::Mat picture = capture::bgrPicture(renderer.render({}, {}, 0));
    const vision::Calibration calibration
        = testsupport::calibrationOf(renderer.camera(), TableSize::NineFoot);

    vision::CameraWatch watch(calibration);
    Clock::time_point start = Clock::now();
    const vision::RailCheck learnt = watch.check(picture);
    const double first = millisecondsSince(start);

    constexpr int kTimes = 2000;
    std::vector<double> times;
    for (int i = 0; i < kTimes; ++i) {
        start = Clock::now();
        const vision::RailCheck check = watch.check(picture);
        times.push_back(millisecondsSince(start));
        if (check.moved)
            std::printf("unexpected: moved\n");
    }
    std::sort(times.begin(), times.end());
    double sum = 0;
    for (const double t : times)
        sum += t;

    cv::Mat grey;
    start = Clock::now();
    for (int i = 0; i < 100; ++i)
        cv::cvtColor(picture, grey, cv::COLOR_BGR2GRAY);
    const double baseline = millisecondsSince(start) / 100;

    std::printf("knocked-camera check on %dx%d, %d points (%d agreeing):\n", picture.cols,
                picture.rows, learnt.samples, learnt.agreeing);
    std::printf("  first check (learns the rails): %.3f ms\n", first);
    std::printf("  later checks: mean %.3f ms, p99 %.3f ms over %d\n", sum / kTimes,
                times[size_t(kTimes * 99 / 100)], kTimes);
    std::printf("  baseline, one cvtColor to grey: %.3f ms (check / baseline: %.2f)\n", baseline,
                sum / kTimes / baseline);
    return 0;
}
