#include "simulation/internal/players/cueballplacement.h"

#include "simulation/internal/players/aim.h"

#include "core/ball.h"

#include <cmath>
#include <numbers>

namespace dojo::simulation::internal {
namespace {

Vec2 turned(Vec2 v, double degrees)
{
    const double a = degrees * std::numbers::pi / 180.0;
    return {v.x * std::cos(a) - v.y * std::sin(a), v.x * std::sin(a) + v.y * std::cos(a)};
}

} // namespace

bool isFreeSpot(const physics::TableModel &table, const std::vector<physics::BallPlacement> &balls,
                Vec2 spot, bool behindHeadString, double radius)
{
    if (behindHeadString && spot.x > table.spec().headStringX - 1.0)
        return false;
    if (!table.isOnBed(spot, radius + 1.0, 0.0))
        return false;
    for (const physics::BallPlacement &ball : balls) {
        if (ball.number != kCueBall && distance(ball.position, spot) < 2 * radius + 1.0)
            return false;
    }
    return true;
}

Vec2 placeCueBall(const physics::TableModel &table,
                  const std::vector<physics::BallPlacement> &balls, rules::BallSet legal,
                  bool behindHeadString, double aimSigma, double radius)
{
    const TableSpec &spec = table.spec();
    // From behind the head string a ball behind it may not be played directly (WPA 6.x).
    rules::BallSet targets = legal;
    if (behindHeadString) {
        rules::BallSet beyond;
        for (const physics::BallPlacement &ball : balls) {
            if (legal.contains(ball.number) && ball.position.x > spec.headStringX + radius)
                beyond.insert(ball.number);
        }
        if (!beyond.empty())
            targets = beyond;
    }

    Vec2 chosen{spec.headStringX - radius, spec.width / 2}; // the usual spot
    double bestChance = -1.0;
    const auto consider = [&](Vec2 spot, double chance) {
        if (chance > bestChance && isFreeSpot(table, balls, spot, behindHeadString, radius)) {
            bestChance = chance;
            chosen = spot;
        }
    };
    // A little way back on the pot's line, or a slight angle for the next ball.
    for (const physics::BallPlacement &ball : balls) {
        if (!targets.contains(ball.number))
            continue;
        for (PocketId pocket : kAllPockets) {
            const Vec2 toPocket = table.pocket(pocket).mouthMiddle - ball.position;
            const Vec2 send = toPocket / toPocket.length();
            const Vec2 ghost = ball.position - send * (2 * radius);
            for (double back : {200.0, 400.0}) {
                for (double cut : {0.0, 12.0}) {
                    const Vec2 spot = ghost - turned(send, cut) * back;
                    const PotLine line = potLine(table, balls, spot, ball.number, pocket, radius);
                    consider(spot, makeChance(line, aimSigma, radius));
                }
            }
        }
    }
    if (bestChance < 0.3) {
        // Nothing simple: the best spot of a grid over the allowed area.
        const double step = 150.0;
        for (double x = step / 2; x < spec.length; x += step) {
            for (double y = step / 2; y < spec.width; y += step) {
                if (isFreeSpot(table, balls, {x, y}, behindHeadString, radius))
                    consider({x, y},
                             bestPot(table, balls, {x, y}, targets, aimSigma, radius).chance);
            }
        }
        consider(chosen, 0.0);
    }
    if (bestChance < 0.0) {
        // Every spot taken (cannot happen on a real table): slide along the head string.
        for (double y = radius + 2.0; y < spec.width - radius; y += 5.0) {
            const Vec2 spot{spec.headStringX - radius, y};
            if (isFreeSpot(table, balls, spot, behindHeadString, radius))
                return spot;
        }
    }
    return chosen;
}

} // namespace dojo::simulation::internal
