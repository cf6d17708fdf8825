#include "simulation/internal/players/racking.h"

#include "physics/rack.h"

#include "core/ball.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace dojo::simulation::internal {
namespace {

// Fisher-Yates with our own dice (std::shuffle differs between libraries).
void shuffle(std::vector<int> &numbers, Random &random)
{
    for (int i = int(numbers.size()) - 1; i > 0; --i)
        std::swap(numbers[size_t(i)], numbers[size_t(random.below(i + 1))]);
}

// Places of physics' racks: the apex first, row by row.
constexpr size_t kNineBallMiddle = 4;
constexpr size_t kFifteenBallMiddle = 4;
constexpr size_t kFifteenBallCornerLeft = 10;
constexpr size_t kFifteenBallCornerRight = 14;

// A rack is never perfectly tight: each row sits a random fraction of this much further from
// the apex than the one before (so no two balls ever overlap), which also spreads the break.
constexpr double kLooseness = 0.4; // mm

void loosen(std::vector<physics::BallPlacement> &rack, const TableSpec &spec, Random &random)
{
    const double rowPitch = (kBallDiameter + 0.05) * std::sqrt(3.0) / 2.0;
    for (physics::BallPlacement &ball : rack) {
        const double row = std::round((ball.position.x - spec.footSpot.x) / rowPitch);
        ball.position.x += kLooseness * (row + random.uniform());
    }
}

} // namespace

std::vector<physics::BallPlacement> rackFor(rules::Game game, const TableSpec &spec, Random &random)
{
    if (game == rules::Game::EightBall) {
        std::vector<physics::BallPlacement> rack = physics::fifteenBallRack(spec);
        const int solid = 1 + random.below(7);
        const int stripe = 9 + random.below(7);
        const bool solidLeft = random.below(2) == 0;
        std::vector<int> rest;
        for (int number = 1; number <= 15; ++number) {
            if (number != kEightBall && number != solid && number != stripe)
                rest.push_back(number);
        }
        shuffle(rest, random);
        size_t next = 0;
        for (size_t place = 0; place < rack.size(); ++place) {
            if (place == kFifteenBallMiddle)
                rack[place].number = kEightBall;
            else if (place == kFifteenBallCornerLeft)
                rack[place].number = solidLeft ? solid : stripe;
            else if (place == kFifteenBallCornerRight)
                rack[place].number = solidLeft ? stripe : solid;
            else
                rack[place].number = rest[next++];
        }
        loosen(rack, spec, random);
        return rack;
    }
    std::vector<physics::BallPlacement> rack = physics::nineBallRack(spec);
    std::vector<int> rest{2, 3, 4, 5, 6, 7, 8};
    shuffle(rest, random);
    size_t next = 0;
    for (size_t place = 0; place < rack.size(); ++place) {
        if (place == 0)
            rack[place].number = 1;
        else if (place == kNineBallMiddle)
            rack[place].number = 9;
        else
            rack[place].number = rest[next++];
    }
    loosen(rack, spec, random);
    return rack;
}

Vec2 spotFor(const std::vector<physics::BallPlacement> &balls, const physics::TableModel &table,
             double radius)
{
    const TableSpec &spec = table.spec();
    const double y = spec.footSpot.y;
    const double reach = 2 * radius + 0.5; // centre to centre, a hair apart
    // Stretches of the long string each ball's presence rules out.
    std::vector<std::pair<double, double>> blocked;
    for (const physics::BallPlacement &ball : balls) {
        const double across = std::abs(ball.position.y - y);
        if (across >= reach)
            continue;
        const double half = std::sqrt(reach * reach - across * across);
        blocked.emplace_back(ball.position.x - half, ball.position.x + half);
    }
    std::sort(blocked.begin(), blocked.end());
    const auto freeAt = [&](double x) {
        return std::none_of(blocked.begin(), blocked.end(),
                            [x](const auto &b) { return x > b.first && x < b.second; });
    };
    const auto onBed = [&](double x) { return table.isOnBed({x, y}, radius, 0.0); };
    // Candidates: the spot itself, then every end of a blocked stretch, nearest first.
    std::vector<double> behind{spec.footSpot.x};
    std::vector<double> front;
    for (const auto &b : blocked) {
        for (double x : {b.first, b.second}) {
            if (x >= spec.footSpot.x)
                behind.push_back(x);
            else
                front.push_back(x);
        }
    }
    std::sort(behind.begin(), behind.end());
    std::sort(front.begin(), front.end(), std::greater<>());
    for (double x : behind) {
        if (freeAt(x) && onBed(x))
            return {x, y};
    }
    for (double x : front) {
        if (freeAt(x) && onBed(x))
            return {x, y};
    }
    return spec.footSpot; // a full long string cannot happen with 16 balls
}

} // namespace dojo::simulation::internal
