#include "eliminationdraw.h"

#include "drawmatch.h"

#include <algorithm>

namespace dojo::venue::internal {

namespace {

int log2Of(int powerOfTwo)
{
    int bits = 0;
    while ((1 << bits) < powerOfTwo)
        ++bits;
    return bits;
}

// Round 1 from the seed positions (the better seed in slot A, a bye in slot B), then each
// round's matches from the winners of two above. Returns each round's match ids, top first.
std::vector<std::vector<int>> addWinnersBracket(Bracket &bracket)
{
    const int size = bracketSize(bracket.entrants);
    const std::vector<int> positions = seedPositions(size);
    std::vector<std::vector<int>> rounds(1);
    for (int i = 0; i < size / 2; ++i) {
        const int better = std::min(positions[2 * i], positions[2 * i + 1]);
        const int other = std::max(positions[2 * i], positions[2 * i + 1]);
        const MatchSlot slotB = other < bracket.entrants ? entrantSlot(other) : byeSlot();
        rounds.back().push_back(
            appendMatch(bracket, BracketSection::Winners, 1, i + 1, entrantSlot(better), slotB));
    }
    while (rounds.back().size() > 1) {
        const std::vector<int> previous = rounds.back();
        const int round = static_cast<int>(rounds.size()) + 1;
        rounds.emplace_back();
        for (size_t i = 0; i < previous.size() / 2; ++i) {
            rounds.back().push_back(appendMatch(bracket, BracketSection::Winners, round,
                                                static_cast<int>(i) + 1, winnerOf(previous[2 * i]),
                                                winnerOf(previous[2 * i + 1])));
        }
    }
    return rounds;
}

int sourceRound(const Bracket &bracket, const MatchSlot &slot)
{
    if (slot.from == MatchSlot::From::WinnerOf || slot.from == MatchSlot::From::LoserOf)
        return bracket.matches[static_cast<size_t>(slot.index)].round;
    return 0;
}

// The wave a match is played in: one after the latest match it waits for. The list is in an
// order where every match comes after those it waits for.
void fixRounds(Bracket &bracket)
{
    for (BracketMatch &match : bracket.matches) {
        match.round
            = 1 + std::max(sourceRound(bracket, match.slotA), sourceRound(bracket, match.slotB));
    }
}

} // namespace

int bracketSize(int entrants)
{
    int size = 2;
    while (size < entrants)
        size *= 2;
    return size;
}

std::vector<int> seedPositions(int size)
{
    std::vector<int> order{0};
    while (static_cast<int>(order.size()) < size) {
        const int grown = static_cast<int>(order.size()) * 2;
        std::vector<int> next;
        next.reserve(static_cast<size_t>(grown));
        for (size_t i = 0; i < order.size(); ++i) {
            const int seed = order[i];
            const int partner = grown - 1 - seed;
            // Alternating keeps the better seed of each pair on the side of the bracket that
            // leads to the top seed it is to meet, giving 1-8, 4-5, 3-6, 2-7.
            if (i % 2 == 0) {
                next.push_back(seed);
                next.push_back(partner);
            } else {
                next.push_back(partner);
                next.push_back(seed);
            }
        }
        order = std::move(next);
    }
    return order;
}

int dropMask(int winnersRound, int matches)
{
    const int bits = log2Of(matches);
    const int pattern = winnersRound - 1;
    int mask = 0;
    for (int bit = 0; bit < bits; ++bit) {
        if ((pattern >> bit) & 1)
            mask |= 1 << (bits - 1 - bit);
    }
    return mask;
}

void planSingleElimination(Bracket &bracket)
{
    const std::vector<std::vector<int>> rounds = addWinnersBracket(bracket);
    // Both semi-finals have a loser only when neither is a bye: 4 players or more.
    if (bracket.options.thirdPlace && bracket.entrants >= 4) {
        const std::vector<int> &semiFinals = rounds[rounds.size() - 2];
        appendMatch(bracket, BracketSection::ThirdPlace, 1, 1, loserOf(semiFinals[0]),
                    loserOf(semiFinals[1]));
    }
    fixRounds(bracket);
}

void planDoubleElimination(Bracket &bracket)
{
    const std::vector<std::vector<int>> winners = addWinnersBracket(bracket);
    const int finalRound = static_cast<int>(winners.size());
    const int winnersFinal = winners.back().front();
    MatchSlot losersChampion = loserOf(winnersFinal); // two players: no losers' bracket
    if (finalRound >= 2) {
        std::vector<int> losers;
        const std::vector<int> &first = winners.front();
        for (size_t i = 0; i < first.size() / 2; ++i) {
            losers.push_back(appendMatch(bracket, BracketSection::Losers, 1,
                                         static_cast<int>(i) + 1, loserOf(first[2 * i]),
                                         loserOf(first[2 * i + 1])));
        }
        for (int round = 2; round <= finalRound; ++round) {
            const std::vector<int> &dropping = winners[static_cast<size_t>(round - 1)];
            const int count = static_cast<int>(dropping.size());
            const int mask = dropMask(round, count);
            std::vector<int> drops;
            for (int m = 0; m < count; ++m) {
                drops.push_back(appendMatch(bracket, BracketSection::Losers, 2 * round - 2, m + 1,
                                            winnerOf(losers[static_cast<size_t>(m)]),
                                            loserOf(dropping[static_cast<size_t>(m ^ mask)])));
            }
            losers = drops;
            if (round == finalRound)
                break;
            std::vector<int> paired;
            for (size_t j = 0; j < drops.size() / 2; ++j) {
                paired.push_back(appendMatch(bracket, BracketSection::Losers, 2 * round - 1,
                                             static_cast<int>(j) + 1, winnerOf(drops[2 * j]),
                                             winnerOf(drops[2 * j + 1])));
            }
            losers = paired;
        }
        losersChampion = winnerOf(losers.front());
    }
    const int grandFinal = appendMatch(bracket, BracketSection::GrandFinal, 1, 1,
                                       winnerOf(winnersFinal), losersChampion);
    if (bracket.options.grandFinal == GrandFinal::Double) {
        // The winners' bracket champion stays in slot A: the loser of a first grand final that
        // the losers' bracket champion won.
        appendMatch(bracket, BracketSection::GrandFinalReset, 1, 1, loserOf(grandFinal),
                    winnerOf(grandFinal));
    }
    fixRounds(bracket);
}

} // namespace dojo::venue::internal
