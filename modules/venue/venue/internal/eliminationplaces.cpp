#include "eliminationplaces.h"

#include <algorithm>
#include <map>

namespace dojo::venue::internal {

namespace {

// Whether each slot will ever hold a player, whatever the results: byes are known up front.
std::vector<std::pair<bool, bool>> occupiedSlots(const Bracket &bracket)
{
    std::vector<std::pair<bool, bool>> occupied;
    occupied.reserve(bracket.matches.size());
    const auto holds = [&](const MatchSlot &slot) {
        switch (slot.from) {
        case MatchSlot::From::Entrant: return true;
        case MatchSlot::From::Nobody: return false;
        case MatchSlot::From::WinnerOf: {
            const auto &[a, b] = occupied[static_cast<size_t>(slot.index)];
            return a || b;
        }
        case MatchSlot::From::LoserOf: {
            const auto &[a, b] = occupied[static_cast<size_t>(slot.index)];
            return a && b;
        }
        }
        return false;
    };
    for (const BracketMatch &match : bracket.matches)
        occupied.emplace_back(holds(match.slotA), holds(match.slotB));
    return occupied;
}

} // namespace

std::vector<Standing> eliminationStandings(const Bracket &bracket)
{
    const std::vector<std::pair<bool, bool>> occupied = occupiedSlots(bracket);
    // Players each section's rounds put out: one a match that is not a bye.
    const BracketSection outSection = bracket.options.format == BracketFormat::DoubleElimination
                                          ? BracketSection::Losers
                                          : BracketSection::Winners;
    std::map<int, int> outInRound;
    bool thirdPlace = false;
    int lastRound = 0;
    for (const BracketMatch &match : bracket.matches) {
        const auto &[a, b] = occupied[static_cast<size_t>(match.id)];
        if (match.section == outSection && a && b)
            ++outInRound[match.sectionRound];
        if (match.section == BracketSection::ThirdPlace)
            thirdPlace = true;
        if (match.section == BracketSection::Winners)
            lastRound = std::max(lastRound, match.sectionRound);
    }
    // Double elimination's grand final puts out one more, after the losers' bracket.
    const int aboveLosers = outSection == BracketSection::Losers ? 2 : 1;
    const auto placeOut = [&](int sectionRound) {
        int above = aboveLosers;
        for (const auto &[round, count] : outInRound) {
            if (round > sectionRound)
                above += count;
        }
        return above + 1;
    };

    std::vector<int> place(static_cast<size_t>(bracket.entrants), 1);
    for (const BracketMatch &match : bracket.matches) {
        if (!match.played())
            continue;
        const int winner = *match.winner;
        const int loser = winner == *match.entrantA ? *match.entrantB : *match.entrantA;
        int &loserPlace = place[static_cast<size_t>(loser)];
        switch (match.section) {
        case BracketSection::Winners:
            if (outSection == BracketSection::Winners)
                loserPlace = thirdPlace && match.sectionRound == lastRound - 1
                                 ? 3
                                 : placeOut(match.sectionRound);
            break;
        case BracketSection::Losers: loserPlace = placeOut(match.sectionRound); break;
        case BracketSection::GrandFinal:
            // With a reset to come the winners' bracket champion is not out yet.
            if (bracket.options.grandFinal == GrandFinal::Simple || winner == *match.entrantA)
                loserPlace = 2;
            break;
        case BracketSection::GrandFinalReset: loserPlace = 2; break;
        case BracketSection::ThirdPlace:
            place[static_cast<size_t>(winner)] = 3;
            loserPlace = 4;
            break;
        case BracketSection::RoundRobin:
        case BracketSection::Swiss: break;
        }
    }

    std::map<int, Standing> byPlace;
    for (int entrant = 0; entrant < bracket.entrants; ++entrant) {
        Standing &standing = byPlace[place[static_cast<size_t>(entrant)]];
        standing.place = place[static_cast<size_t>(entrant)];
        standing.entrants.push_back(entrant);
    }
    std::vector<Standing> standings;
    for (auto &[number, standing] : byPlace)
        standings.push_back(std::move(standing));
    return standings;
}

} // namespace dojo::venue::internal
