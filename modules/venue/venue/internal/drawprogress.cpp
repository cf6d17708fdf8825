#include "drawprogress.h"

#include <vector>

namespace dojo::venue::internal {

namespace {

// A slot as the results so far fill it.
struct Filled
{
    bool known = false;         // its source is decided
    std::optional<int> entrant; // none when known: nobody comes (a bye)
};

Filled fill(const Bracket &bracket, const MatchSlot &slot)
{
    switch (slot.from) {
    case MatchSlot::From::Entrant: return {true, slot.index};
    case MatchSlot::From::Nobody: return {true, std::nullopt};
    case MatchSlot::From::WinnerOf:
    case MatchSlot::From::LoserOf: break;
    }
    const BracketMatch &source = bracket.matches[static_cast<size_t>(slot.index)];
    if (!source.decided)
        return {};
    if (slot.from == MatchSlot::From::WinnerOf) {
        if (source.played())
            return {true, source.winner};
        return {true, source.entrantA ? source.entrantA : source.entrantB}; // through a bye
    }
    if (!source.played())
        return {true, std::nullopt}; // a bye has no loser
    return {true, *source.winner == source.entrantA ? source.entrantB : source.entrantA};
}

bool refersTo(const MatchSlot &slot, const std::vector<char> &matches)
{
    return (slot.from == MatchSlot::From::WinnerOf || slot.from == MatchSlot::From::LoserOf)
           && matches[static_cast<size_t>(slot.index)];
}

} // namespace

void settleDraw(Bracket &bracket, int from)
{
    for (size_t i = static_cast<size_t>(from); i < bracket.matches.size(); ++i) {
        BracketMatch &match = bracket.matches[i];
        if (match.played())
            continue;
        const Filled a = fill(bracket, match.slotA);
        const Filled b = fill(bracket, match.slotB);
        match.entrantA = a.entrant;
        match.entrantB = b.entrant;
        match.racksA = 0;
        match.racksB = 0;
        match.decided = a.known && b.known && (!a.entrant || !b.entrant);
        if (match.section == BracketSection::GrandFinalReset && a.known && b.known) {
            // Needed only when the losers' bracket champion (slot B of the first) won it.
            const BracketMatch &first = bracket.matches[static_cast<size_t>(match.slotA.index)];
            if (first.winner == first.entrantA) {
                match.entrantA.reset();
                match.entrantB.reset();
                match.decided = true;
            }
        }
    }
}

int resultDependingOn(const Bracket &bracket, int id)
{
    std::vector<char> affected(bracket.matches.size(), 0);
    affected[static_cast<size_t>(id)] = 1;
    for (size_t i = static_cast<size_t>(id) + 1; i < bracket.matches.size(); ++i) {
        const BracketMatch &match = bracket.matches[i];
        if (!refersTo(match.slotA, affected) && !refersTo(match.slotB, affected))
            continue;
        if (match.played())
            return match.id;
        if (match.decided) // a bye or a reset not needed: what it sends on may change
            affected[i] = 1;
    }
    return -1;
}

} // namespace dojo::venue::internal
