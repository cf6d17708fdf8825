#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace dojo::venue::internal {

// What pairing a Swiss round needs to know of the rounds before it.
struct SwissField
{
    int entrants = 0;
    std::vector<int> score;   // wins, a bye counting as one
    std::vector<char> hadBye; // at most one bye each
    std::vector<char> met;    // entrants × entrants by rows: they played each other

    bool haveMet(int a, int b) const
    {
        return met[static_cast<size_t>(a) * static_cast<size_t>(entrants) + static_cast<size_t>(b)]
               != 0;
    }
};

struct SwissPairing
{
    std::vector<std::pair<int, int>> pairs; // the higher placed first; top board first
    std::optional<int> bye;
};

// The players in the order pairing places them: score, then seed.
std::vector<int> pairingOrder(const SwissField &field);

// The next round's pairs: no rematch, at most one bye a player (to the lowest-placed player
// who has not had one and whose bye leaves the rest pairable), within score groups, top half
// against bottom half, floating as few players to a lower group as it finds (the fewest pairs
// across groups, then the smallest score gaps; the search stops at the parity bound or after
// a fixed amount of work). None when no legal pairing exists.
std::optional<SwissPairing> pairSwissRound(const SwissField &field);

} // namespace dojo::venue::internal
