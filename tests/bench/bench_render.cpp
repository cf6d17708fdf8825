// Renderer benchmark: the time to draw one 1080p frame of a simulated table on one core,
// with 16 balls at rest (sensor noise on, and off), with 16 balls moving fast enough to be
// blurred (1 to 4 m/s) and with 3 of them moving, the time to build a renderer (the still table
// drawn once), and a baseline in the same run: a plain copy of one 1080p RGB32 frame. Prints the
// median and the best time per frame and each median as a ratio to the baseline. Speed is reported,
// never asserted.

#include "simulation/tablerenderer.h"

#include "core/ball.h"
#include "core/tablespec.h"

#include <QImage>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace dojo;
using namespace dojo::simulation;

namespace {

using Clock = std::chrono::steady_clock;

struct Figures
{
    double median = 0; // ms
    double best = 0;
};

// Runs `work` until about `seconds` have passed (at least 5 times).
Figures measure(const std::function<void()> &work, double seconds)
{
    work(); // warm up
    std::vector<double> times;
    const Clock::time_point end
        = Clock::now()
          + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    while (Clock::now() < end || times.size() < 5) {
        const Clock::time_point start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.front()};
}

// The 16 balls spread over the bed, four rows of four, turned every which way.
std::vector<BallPose> spread(const TableSpec &table)
{
    std::vector<BallPose> balls;
    for (int number = 0; number <= kHighestBall; ++number) {
        BallPose pose;
        pose.number = number;
        pose.position = {table.length * (0.12 + 0.25 * (number % 4)),
                         table.width * (0.15 + 0.23 * (number / 4))};
        pose.orientation = scattered(3, number);
        balls.push_back(pose);
    }
    return balls;
}

// The same balls at the end of an exposure, each rolling at 1 to 4 m/s in its own direction.
std::vector<BallPose> rolledOn(std::vector<BallPose> balls, double exposure)
{
    for (BallPose &pose : balls) {
        const double speed = 1000.0 + 200.0 * pose.number; // mm/s
        const double heading = 0.7 * pose.number;
        const Vec2 moved = Vec2{std::cos(heading), std::sin(heading)} * (speed * exposure);
        pose.position = pose.position + moved;
        pose.orientation = rolled(pose.orientation, moved, kBallRadius);
    }
    return balls;
}

void print(const char *what, const Figures &figures, double baseline)
{
    std::printf("%-40s median %8.3f ms  best %8.3f ms  %7.1fx baseline\n", what, figures.median,
                figures.best, figures.median / baseline);
}

} // namespace

int main()
{
    RenderSettings settings; // 1920x1080, 9 ft, noise 2
    const TableSpec &table = tableSpec(settings.table);
    const std::vector<BallPose> still = spread(table);
    const std::vector<BallPose> moved = rolledOn(still, settings.exposure);

    QImage source(settings.camera.resolution, QImage::Format_RGB32);
    source.fill(0xFF204060);
    QImage target(settings.camera.resolution, QImage::Format_RGB32);
    const Figures baseline = measure(
        [&] { std::memcpy(target.bits(), source.constBits(), size_t(source.sizeInBytes())); }, 2.0);

    const Figures building = measure([&] { TableRenderer renderer(settings); }, 4.0);

    TableRenderer renderer(settings);
    long long frame = 0;
    const Figures atRest = measure([&] { renderer.render(still, still, ++frame); }, 3.0);
    const Figures blurred = measure([&] { renderer.render(still, moved, ++frame); }, 3.0);
    std::vector<BallPose> someMoved = still; // a shot in play: three balls rolling
    for (const int number : {0, 5, 12})
        someMoved[size_t(number)] = moved[size_t(number)];
    const Figures shot = measure([&] { renderer.render(still, someMoved, ++frame); }, 3.0);
    const Figures empty = measure([&] { renderer.render({}, {}, ++frame); }, 2.0);

    RenderSettings silent = settings;
    silent.noise = 0.0;
    const TableRenderer quiet(silent);
    const Figures noNoise = measure([&] { quiet.render(still, still, ++frame); }, 3.0);

    std::printf("bench_render: %dx%d, %d ft table, one core\n", settings.camera.resolution.width(),
                settings.camera.resolution.height(), nominalFeet(settings.table));
    print("baseline: copy one RGB32 frame", baseline, baseline.median);
    print("render, 16 balls at rest, noise on", atRest, baseline.median);
    print("render, 16 balls at rest, noise off", noNoise, baseline.median);
    print("render, 16 balls moving (blur)", blurred, baseline.median);
    print("render, 3 moving and 13 at rest", shot, baseline.median);
    print("render, empty table, noise on", empty, baseline.median);
    print("build a renderer (still table)", building, baseline.median);
    return 0;
}
