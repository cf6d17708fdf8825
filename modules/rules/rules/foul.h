#pragma once

#include <QString>

#include <array>
#include <cstdint>

namespace dojo::rules {

// Every way a step can break a rule. Several on one shot are one foul for the penalty;
// all are kept for statistics and for the referee's review.
enum class Foul : std::uint8_t {
    Scratch, // cue ball pocketed
    CueBallOffTable,
    NoContact, // the cue ball touched no object ball
    WrongBallFirst,
    NoRail, // nothing pocketed and no ball reached a cushion after contact
    ObjectBallOffTable,
    BadBreak,           // 9/10-ball break requirements (WPA 2.3, 9.3)
    OpeningBreakBreach, // 14.1 opening break requirements (WPA 4.3)
    EightBallLost,      // 8 pocketed early, in the wrong pocket, on a foul or off the table
    DoubleHit,
    PushShot,
    TouchedBall,
    BadCueBallPlacement,
    NoFootOnFloor,
    SlowPlay,
    ThreeFouls, // the third consecutive foul
};

inline constexpr int kFoulKinds = 16;

QString foulKey(Foul foul);

class FoulSet
{
public:
    constexpr void insert(Foul foul) { m_bits |= bit(foul); }
    constexpr bool contains(Foul foul) const { return (m_bits & bit(foul)) != 0; }
    constexpr bool empty() const { return m_bits == 0; }
    constexpr std::uint32_t bits() const { return m_bits; }
    static constexpr FoulSet fromBits(std::uint32_t bits)
    {
        FoulSet set;
        set.m_bits = bits;
        return set;
    }
    friend constexpr bool operator==(FoulSet, FoulSet) = default;

private:
    static constexpr std::uint32_t bit(Foul foul) { return 1u << unsigned(foul); }
    std::uint32_t m_bits = 0;
};

} // namespace dojo::rules
