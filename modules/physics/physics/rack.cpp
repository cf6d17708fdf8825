#include "physics/rack.h"

#include "core/ball.h"

#include <cmath>
#include <numbers>

namespace dojo::physics {
namespace {

// Row r (0 at the apex), place i of `count` in that row.
Vec2 rackPosition(const TableSpec &spec, double gap, int row, int place, int count)
{
    const double pitch = kBallDiameter + gap;
    const double x = spec.footSpot.x + row * pitch * std::sqrt(3.0) / 2.0;
    const double y = spec.footSpot.y + (place - (count - 1) / 2.0) * pitch;
    return {x, y};
}

ShotSetup breakShot(TableSize size, std::vector<BallPlacement> rack, double speed, double offset)
{
    const TableSpec &spec = tableSpec(size);
    ShotSetup setup;
    setup.table = size;
    setup.isBreak = true;
    const Vec2 cue{spec.headStringX, spec.width / 2 + offset};
    setup.balls.push_back({kCueBall, cue});
    const Vec2 apex = rack.front().position - cue;
    setup.balls.insert(setup.balls.end(), rack.begin(), rack.end());
    setup.cue.speed = speed;
    setup.cue.angle = std::atan2(apex.y, apex.x) * 180.0 / std::numbers::pi;
    return setup;
}

} // namespace

std::vector<BallPlacement> nineBallRack(const TableSpec &spec, double gap)
{
    // 1 at the apex, 9 in the middle: a diamond of rows 1, 2, 3, 2, 1.
    constexpr int kRows[] = {1, 2, 3, 2, 1};
    constexpr int kNumbers[] = {1, 2, 3, 4, 9, 5, 6, 7, 8};
    std::vector<BallPlacement> rack;
    int next = 0;
    for (int row = 0; row < 5; ++row) {
        for (int place = 0; place < kRows[row]; ++place)
            rack.push_back({kNumbers[next++], rackPosition(spec, gap, row, place, kRows[row])});
    }
    return rack;
}

std::vector<BallPlacement> fifteenBallRack(const TableSpec &spec, double gap)
{
    // 1 at the apex, 8 in the middle of the third row, a solid and a stripe in the corners.
    constexpr int kNumbers[] = {1, 9, 2, 10, 8, 3, 11, 4, 12, 5, 13, 6, 14, 7, 15};
    std::vector<BallPlacement> rack;
    int next = 0;
    for (int row = 0; row < 5; ++row) {
        for (int place = 0; place <= row; ++place)
            rack.push_back({kNumbers[next++], rackPosition(spec, gap, row, place, row + 1)});
    }
    return rack;
}

ShotSetup nineBallBreak(TableSize size, double speed, double offset)
{
    return breakShot(size, nineBallRack(tableSpec(size)), speed, offset);
}

ShotSetup fifteenBallBreak(TableSize size, double speed, double offset)
{
    return breakShot(size, fifteenBallRack(tableSpec(size)), speed, offset);
}

} // namespace dojo::physics
