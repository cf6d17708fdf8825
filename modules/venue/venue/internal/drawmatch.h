#pragma once

#include <venue/bracket.h>

namespace dojo::venue::internal {

// Appends a match to the draw's list and returns its id (its index there).
inline int appendMatch(Bracket &bracket, BracketSection section, int sectionRound, int number,
                       MatchSlot slotA, MatchSlot slotB, int group = 0)
{
    BracketMatch match;
    match.id = static_cast<int>(bracket.matches.size());
    match.section = section;
    match.round = sectionRound;
    match.sectionRound = sectionRound;
    match.number = number;
    match.group = group;
    match.slotA = slotA;
    match.slotB = slotB;
    bracket.matches.push_back(match);
    return match.id;
}

inline MatchSlot entrantSlot(int entrant)
{
    return {MatchSlot::From::Entrant, entrant};
}

inline MatchSlot winnerOf(int matchId)
{
    return {MatchSlot::From::WinnerOf, matchId};
}

inline MatchSlot loserOf(int matchId)
{
    return {MatchSlot::From::LoserOf, matchId};
}

inline MatchSlot byeSlot()
{
    return {MatchSlot::From::Nobody, -1};
}

} // namespace dojo::venue::internal
