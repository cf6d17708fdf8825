#include "roundrobindraw.h"

#include "drawmatch.h"

#include <algorithm>
#include <utility>

namespace dojo::venue::internal {

namespace {

constexpr int kBye = -1;

// The circle's rounds for players in seed order: each round's pairs, the better seed first,
// and the player with the bye (or kBye).
struct CircleRound
{
    std::vector<std::pair<int, int>> pairs;
    int bye = kBye;
};

std::vector<CircleRound> circle(const std::vector<int> &players)
{
    std::vector<int> places = players;
    if (places.size() % 2 == 1)
        places.insert(places.begin(), kBye); // the bye is the fixed place
    const int count = static_cast<int>(places.size());
    std::vector<CircleRound> rounds;
    for (int round = 0; round < count - 1; ++round) {
        std::vector<int> line{places[0]};
        for (int i = 1; i < count; ++i)
            line.push_back(places[static_cast<size_t>(1 + (i - 1 + round) % (count - 1))]);
        CircleRound result;
        for (int i = 0; i < count / 2; ++i) {
            const int a = line[static_cast<size_t>(i)];
            const int b = line[static_cast<size_t>(count - 1 - i)];
            if (a == kBye || b == kBye)
                result.bye = std::max(a, b);
            else
                result.pairs.emplace_back(std::min(a, b), std::max(a, b));
        }
        rounds.push_back(result);
    }
    return rounds;
}

} // namespace

std::vector<int> snakeGroups(int entrants, int groups)
{
    std::vector<int> group(static_cast<size_t>(entrants));
    for (int seed = 0; seed < entrants; ++seed) {
        const int row = seed / groups;
        const int column = seed % groups;
        group[static_cast<size_t>(seed)] = row % 2 == 0 ? column : groups - 1 - column;
    }
    return group;
}

void planRoundRobin(Bracket &bracket)
{
    const int groups = std::max(1, bracket.options.groups);
    const std::vector<int> groupOf = snakeGroups(bracket.entrants, groups);
    std::vector<std::vector<CircleRound>> circles;
    size_t rounds = 0;
    for (int g = 0; g < groups; ++g) {
        std::vector<int> members;
        for (int seed = 0; seed < bracket.entrants; ++seed) {
            if (groupOf[static_cast<size_t>(seed)] == g)
                members.push_back(seed);
        }
        circles.push_back(circle(members));
        rounds = std::max(rounds, circles.back().size());
    }
    for (size_t round = 0; round < rounds; ++round) {
        const int sectionRound = static_cast<int>(round) + 1;
        int number = 0;
        for (int g = 0; g < groups; ++g) {
            const std::vector<CircleRound> &own = circles[static_cast<size_t>(g)];
            if (round >= own.size())
                continue;
            for (const auto &[a, b] : own[round].pairs) {
                appendMatch(bracket, BracketSection::RoundRobin, sectionRound, ++number,
                            entrantSlot(a), entrantSlot(b), g);
            }
        }
        for (int g = 0; g < groups; ++g) {
            const std::vector<CircleRound> &own = circles[static_cast<size_t>(g)];
            if (round < own.size() && own[round].bye != kBye) {
                appendMatch(bracket, BracketSection::RoundRobin, sectionRound, ++number,
                            entrantSlot(own[round].bye), byeSlot(), g);
            }
        }
    }
}

} // namespace dojo::venue::internal
