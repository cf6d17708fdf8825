#pragma once

#include <QString>

#include <array>
#include <cstdint>

namespace dojo {

// WPA: every ball is 2.25 in (57.15 mm) across.
inline constexpr double kBallDiameter = 57.15;
inline constexpr double kBallRadius = kBallDiameter / 2;

inline constexpr int kCueBall = 0;
inline constexpr int kEightBall = 8;
inline constexpr int kHighestBall = 15;

enum class BallKind { Cue, Solid, Eight, Stripe };

struct Ball
{
    int number = 0;
    BallKind kind = BallKind::Cue;
    QString colourKey;     // "white", "yellow", "blue", ... (the stripe's colour for 9-15)
    std::uint32_t rgb = 0; // 0xRRGGBB of that colour
};

inline constexpr bool isBallNumber(int number)
{
    return number >= kCueBall && number <= kHighestBall;
}

inline constexpr bool isObjectBall(int number)
{
    return number > kCueBall && number <= kHighestBall;
}

// The standard set: the cue ball 0 and the object balls 1 to 15, indexed by number.
const std::array<Ball, 16> &ballSet();

inline const Ball &ball(int number)
{
    return ballSet()[static_cast<size_t>(number)];
}

} // namespace dojo
