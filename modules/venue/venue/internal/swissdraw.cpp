#include "swissdraw.h"

#include "drawmatch.h"

#include <algorithm>

namespace dojo::venue::internal {

SwissField swissField(const Bracket &bracket)
{
    SwissField field;
    field.entrants = bracket.entrants;
    const size_t count = static_cast<size_t>(bracket.entrants);
    field.score.assign(count, 0);
    field.hadBye.assign(count, 0);
    field.met.assign(count * count, 0);
    for (const BracketMatch &match : bracket.matches) {
        if (match.played()) {
            ++field.score[static_cast<size_t>(*match.winner)];
            const size_t a = static_cast<size_t>(*match.entrantA);
            const size_t b = static_cast<size_t>(*match.entrantB);
            field.met[a * count + b] = 1;
            field.met[b * count + a] = 1;
        } else if (match.decided && match.entrantA && !match.entrantB) {
            ++field.score[static_cast<size_t>(*match.entrantA)]; // a bye counts as a win
            field.hadBye[static_cast<size_t>(*match.entrantA)] = 1;
        }
    }
    return field;
}

int lastSwissRound(const Bracket &bracket)
{
    return bracket.matches.empty() ? 0 : bracket.matches.back().round;
}

bool pairNextSwissRound(Bracket &bracket)
{
    const int round = lastSwissRound(bracket) + 1;
    if (round > bracket.options.swissRounds)
        return false;
    const std::optional<SwissPairing> pairing = pairSwissRound(swissField(bracket));
    if (!pairing)
        return false;
    int number = 0;
    for (const auto &[a, b] : pairing->pairs) {
        const int id = appendMatch(bracket, BracketSection::Swiss, round, ++number, entrantSlot(a),
                                   entrantSlot(b));
        BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
        match.entrantA = a;
        match.entrantB = b;
    }
    if (pairing->bye) {
        const int id = appendMatch(bracket, BracketSection::Swiss, round, ++number,
                                   entrantSlot(*pairing->bye), byeSlot());
        BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
        match.entrantA = *pairing->bye;
        match.decided = true;
    }
    return true;
}

void withdrawSwissRound(Bracket &bracket, int round)
{
    bracket.matches.erase(
        std::remove_if(bracket.matches.begin(), bracket.matches.end(),
                       [&](const BracketMatch &match) { return match.round == round; }),
        bracket.matches.end());
}

} // namespace dojo::venue::internal
