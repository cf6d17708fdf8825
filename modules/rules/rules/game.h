#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace dojo::rules {

enum class Game { EightBall, NineBall, TenBall, StraightPool };

// "eight-ball", "nine-ball", "ten-ball", "straight-pool": the keys of FORMAT.md.
QString gameKey(Game game);
std::optional<Game> gameFromKey(const QString &key);

// The two players of a match, by seat: 0 is the first player named, 1 the second.
using Seat = int;
inline constexpr Seat other(Seat seat)
{
    return 1 - seat;
}

enum class BallInHand { None, Anywhere, BehindHeadString };
QString ballInHandKey(BallInHand ballInHand);

enum class Group { Solids, Stripes };
QString groupKey(Group group);

inline constexpr Group otherGroup(Group group)
{
    return group == Group::Solids ? Group::Stripes : Group::Solids;
}

// 8-ball groups are kept as the first seat's; the second seat has the other one.
inline constexpr std::optional<Group> groupOfSeat(std::optional<Group> groupOfFirstSeat, Seat seat)
{
    if (!groupOfFirstSeat || seat == 0)
        return groupOfFirstSeat;
    return otherGroup(*groupOfFirstSeat);
}

// The choices a rule offers a player (FORMAT.md, CHOICE).
enum class Choice : std::uint8_t {
    Shoot,
    HandBack,
    Accept,
    RerackAndBreak,
    RerackOpponentBreaks,
    RespotEight,
    Rerack,
    BallInHandBehindHeadString,
};
inline constexpr std::array<Choice, 8> kAllChoices = {Choice::Shoot,
                                                      Choice::HandBack,
                                                      Choice::Accept,
                                                      Choice::RerackAndBreak,
                                                      Choice::RerackOpponentBreaks,
                                                      Choice::RespotEight,
                                                      Choice::Rerack,
                                                      Choice::BallInHandBehindHeadString};
QString choiceKey(Choice choice);
std::optional<Choice> choiceFromKey(const QString &key);

// A set of choices; small enough to copy freely.
class Choices
{
public:
    constexpr Choices() = default;
    constexpr Choices(std::initializer_list<Choice> choices)
    {
        for (Choice choice : choices)
            m_bits |= bit(choice);
    }
    constexpr void insert(Choice choice) { m_bits |= bit(choice); }
    constexpr bool contains(Choice choice) const { return (m_bits & bit(choice)) != 0; }
    constexpr bool empty() const { return m_bits == 0; }
    friend constexpr bool operator==(Choices, Choices) = default;

private:
    static constexpr std::uint16_t bit(Choice choice)
    {
        return std::uint16_t(1u << unsigned(choice));
    }
    std::uint16_t m_bits = 0;
};

// A set of balls 0-15 as bits; the order in which balls were spotted carries no meaning.
class BallSet
{
public:
    constexpr BallSet() = default;
    static constexpr BallSet fromBits(std::uint16_t bits)
    {
        BallSet set;
        set.m_bits = bits;
        return set;
    }
    static constexpr BallSet range(int first, int last)
    {
        BallSet set;
        for (int ball = first; ball <= last; ++ball)
            set.insert(ball);
        return set;
    }
    constexpr void insert(int ball) { m_bits |= bit(ball); }
    constexpr void erase(int ball) { m_bits &= std::uint16_t(~bit(ball)); }
    constexpr bool contains(int ball) const { return (m_bits & bit(ball)) != 0; }
    constexpr bool empty() const { return m_bits == 0; }
    constexpr int size() const { return __builtin_popcount(m_bits); }
    constexpr int lowest() const { return m_bits == 0 ? -1 : __builtin_ctz(m_bits); }
    constexpr std::uint16_t bits() const { return m_bits; }
    constexpr BallSet operator&(BallSet other) const { return fromBits(m_bits & other.m_bits); }
    constexpr BallSet operator|(BallSet other) const { return fromBits(m_bits | other.m_bits); }
    constexpr BallSet without(BallSet other) const
    {
        return fromBits(m_bits & std::uint16_t(~other.m_bits));
    }
    friend constexpr bool operator==(BallSet, BallSet) = default;

private:
    static constexpr std::uint16_t bit(int ball) { return std::uint16_t(1u << unsigned(ball)); }
    std::uint16_t m_bits = 0;
};

// 8-ball's groups (WPA 3.1): the solids 1-7 and the stripes 9-15.
inline constexpr BallSet ballsOf(Group group)
{
    return group == Group::Solids ? BallSet::range(1, 7) : BallSet::range(9, 15);
}

} // namespace dojo::rules
