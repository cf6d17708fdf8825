// Ball detection benchmark: the time findBalls takes on one rendered 1080p frame of a
// simulated table with 16 balls at rest (the mean and the 99th percentile), on one core, and a
// baseline in the same run: one cv::cvtColor of that frame to Lab. Speed is reported, never
// asserted.

#include "simulation/tablerenderer.h"
#include "vision/ballsighting.h"

#include "../vision/simulatedcalibration.h"

#include "core/ball.h"
#include "core/tablespec.h"

#include <QImage>
#include <capture/picture.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <numeric>
#include <vector>

using namespace dojo;

namespace {

using Clock = std::chrono::steady_clock;

struct Figures
{
    double mean = 0; // ms
    double p99 = 0;
};

Figures measure(const std::function<void()> &work, int times)
{
    work(); // warm up
    std::vector<double> spent;
    for (int i = 0; i < times; ++i) {
        const Clock::time_point start = Clock::now();
        work();
        spent.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(spent.begin(), spent.end());
    return {std::accumulate(spent.begin(), spent.end(), 0.0) / double(spent.size()),
            spent[std::min(spent.size() - 1, spent.size() * 99 / 100)]};
}

} // namespace

int main()
{
    cv::setNumThreads(1);
    simulation::RenderSettings settings;
    const simulation::TableRenderer renderer(settings);
    const TableSpec &table = tableSpec(settings.table);
    std::vector<simulation::BallPose> balls;
    for (int number = 0; number <= kHighestBall; ++number) {
        simulation::BallPose pose;
        pose.number = number;
        pose.position = {table.length * (0.12 + 0.25 * (number % 4)),
                         table.width * (0.15 + 0.23 * (number / 4))};
        pose.orientation = simulation::scattered(1, number);
        balls.push_back(pose);
    }
    const QImage image = renderer.render(balls, balls, 0);
    const cv::Mat picture = capture::bgrPicture(image);
    const vision::Calibration calibration
        = testsupport::calibrationOf(renderer.camera(), settings.table);

    size_t found = 0;
    const Figures detection
        = measure([&] { found = vision::findBalls(picture, calibration).size(); }, 200);
    cv::Mat lab;
    const Figures baseline = measure([&] { cv::cvtColor(picture, lab, cv::COLOR_BGR2Lab); }, 200);
    std::printf("findBalls, 1080p, 16 balls (%zu found): mean %.2f ms, p99 %.2f ms (%.1fx the "
                "baseline)\n",
                found, detection.mean, detection.p99, detection.mean / baseline.mean);
    std::printf("baseline, cvtColor BGR to Lab of the frame: mean %.2f ms, p99 %.2f ms\n",
                baseline.mean, baseline.p99);
    return 0;
}
