#include "bracket.h"

#include "internal/drawprogress.h"
#include "internal/eliminationdraw.h"
#include "internal/eliminationplaces.h"
#include "internal/roundrobindraw.h"
#include "internal/scoreplaces.h"
#include "internal/swissdraw.h"
#include "internal/venuetr.h"

#include <algorithm>

namespace dojo::venue {

namespace {

// Rounds enough for one player to win them all: the smallest r with 2^r >= entrants.
int roundsForOneUnbeaten(int entrants)
{
    int rounds = 0;
    while ((1 << rounds) < entrants)
        ++rounds;
    return rounds;
}

bool isElimination(const Bracket &bracket)
{
    return bracket.options.format == BracketFormat::SingleElimination
           || bracket.options.format == BracketFormat::DoubleElimination;
}

// Whether every match of the last Swiss round is decided: time to pair the next.
bool lastRoundComplete(const Bracket &bracket)
{
    const int last = internal::lastSwissRound(bracket);
    for (auto match = bracket.matches.rbegin();
         match != bracket.matches.rend() && match->round == last; ++match) {
        if (!match->decided)
            return false;
    }
    return true;
}

Result<BracketMatch *> findMatch(Bracket &bracket, int matchId)
{
    if (matchId < 0 || matchId >= static_cast<int>(bracket.matches.size()))
        return Unexpected(internal::Tr::tr("The draw has no match %1.").arg(matchId + 1));
    return &bracket.matches[static_cast<size_t>(matchId)];
}

} // namespace

Result<Bracket> planBracket(const BracketOptions &options, int entrants)
{
    if (entrants < 2)
        return Unexpected(
            internal::Tr::tr("A draw needs at least 2 players, not %1.").arg(entrants));
    Bracket bracket;
    bracket.options = options;
    bracket.entrants = entrants;
    switch (options.format) {
    case BracketFormat::SingleElimination: internal::planSingleElimination(bracket); break;
    case BracketFormat::DoubleElimination: internal::planDoubleElimination(bracket); break;
    case BracketFormat::RoundRobin:
        if (options.groups < 1 || entrants < 2 * options.groups) {
            return Unexpected(internal::Tr::tr("%1 players cannot make %2 groups of at least 2 "
                                               "players each.")
                                  .arg(entrants)
                                  .arg(options.groups));
        }
        internal::planRoundRobin(bracket);
        break;
    case BracketFormat::Swiss: {
        // With an odd number each round has a bye, and a round robin one round more.
        const int most = entrants % 2 == 0 ? entrants - 1 : entrants;
        const int rounds
            = options.swissRounds == 0 ? roundsForOneUnbeaten(entrants) : options.swissRounds;
        if (rounds < 1 || rounds > most) {
            return Unexpected(internal::Tr::tr("A Swiss draw of %1 players has from 1 to %2 "
                                               "rounds, not %3.")
                                  .arg(entrants)
                                  .arg(most)
                                  .arg(rounds));
        }
        bracket.options.swissRounds = rounds;  // what was planned, so the end can be told
        internal::pairNextSwissRound(bracket); // round 1 always pairs: nobody has met
        break;
    }
    }
    internal::settleDraw(bracket);
    return bracket;
}

std::vector<int> readyMatches(const Bracket &bracket)
{
    std::vector<int> ready;
    for (const BracketMatch &match : bracket.matches) {
        if (!match.decided && match.entrantA && match.entrantB)
            ready.push_back(match.id);
    }
    // The list is by section; a wave of the double elimination crosses sections.
    std::stable_sort(ready.begin(), ready.end(), [&](int a, int b) {
        return bracket.matches[static_cast<size_t>(a)].round
               < bracket.matches[static_cast<size_t>(b)].round;
    });
    return ready;
}

Result<void> recordResult(Bracket &bracket, int matchId, int winner, int racksA, int racksB)
{
    const Result<BracketMatch *> found = findMatch(bracket, matchId);
    if (!found)
        return Unexpected(found.error());
    BracketMatch &match = **found;
    if (match.decided)
        return Unexpected(
            internal::Tr::tr("Match %1 is already decided: take its result back first.")
                .arg(matchId + 1));
    if (!match.entrantA || !match.entrantB)
        return Unexpected(
            internal::Tr::tr("Match %1 is not ready: its players are not both known yet.")
                .arg(matchId + 1));
    if (winner != *match.entrantA && winner != *match.entrantB)
        return Unexpected(internal::Tr::tr("Player %1 does not play in match %2.")
                              .arg(winner + 1)
                              .arg(matchId + 1));
    const int winnerRacks = winner == *match.entrantA ? racksA : racksB;
    const int loserRacks = winner == *match.entrantA ? racksB : racksA;
    if (racksA < 0 || racksB < 0 || winnerRacks <= loserRacks)
        return Unexpected(internal::Tr::tr("A score of %1 to %2 does not make player %3 the "
                                           "winner of match %4.")
                              .arg(racksA)
                              .arg(racksB)
                              .arg(winner + 1)
                              .arg(matchId + 1));
    match.winner = winner;
    match.racksA = racksA;
    match.racksB = racksB;
    match.decided = true;
    // Round robin and Swiss matches wait for nobody: only an elimination moves players on.
    if (isElimination(bracket))
        internal::settleDraw(bracket, matchId + 1);
    if (bracket.options.format == BracketFormat::Swiss && lastRoundComplete(bracket))
        internal::pairNextSwissRound(bracket); // none when no legal pairing: the draw ends
    return {};
}

Result<void> takeBackResult(Bracket &bracket, int matchId)
{
    const Result<BracketMatch *> found = findMatch(bracket, matchId);
    if (!found)
        return Unexpected(found.error());
    if (!(*found)->played())
        return Unexpected(
            internal::Tr::tr("Match %1 has no result to take back.").arg(matchId + 1));
    const int round = (*found)->round;
    if (bracket.options.format == BracketFormat::Swiss
        && internal::lastSwissRound(bracket) > round) {
        const auto later = std::find_if(
            bracket.matches.begin(), bracket.matches.end(),
            [&](const BracketMatch &match) { return match.round > round && match.played(); });
        if (later != bracket.matches.end())
            return Unexpected(internal::Tr::tr("Match %1 of round %2 already has its result: "
                                               "take it back first.")
                                  .arg(later->id + 1)
                                  .arg(later->round));
        internal::withdrawSwissRound(bracket, round + 1);
    }
    if (isElimination(bracket)) {
        const int depending = internal::resultDependingOn(bracket, matchId);
        if (depending >= 0)
            return Unexpected(internal::Tr::tr("Match %1 depends on this result and already has "
                                               "its own: take it back first.")
                                  .arg(depending + 1));
    }
    BracketMatch &match = bracket.matches[static_cast<size_t>(matchId)];
    match.winner.reset();
    match.racksA = 0;
    match.racksB = 0;
    match.decided = false;
    if (isElimination(bracket))
        internal::settleDraw(bracket, matchId + 1);
    return {};
}

bool bracketFinished(const Bracket &bracket)
{
    return !bracket.matches.empty()
           && std::all_of(bracket.matches.begin(), bracket.matches.end(),
                          [](const BracketMatch &match) { return match.decided; });
}

std::vector<Standing> bracketStandings(const Bracket &bracket)
{
    if (isElimination(bracket))
        return internal::eliminationStandings(bracket);
    return internal::scoreStandings(bracket);
}

QString formatKey(BracketFormat format)
{
    switch (format) {
    case BracketFormat::SingleElimination: return QStringLiteral("single");
    case BracketFormat::DoubleElimination: return QStringLiteral("double");
    case BracketFormat::RoundRobin: return QStringLiteral("round-robin");
    case BracketFormat::Swiss: return QStringLiteral("swiss");
    }
    return {};
}

std::optional<BracketFormat> formatFromKey(const QString &key)
{
    for (const BracketFormat format :
         {BracketFormat::SingleElimination, BracketFormat::DoubleElimination,
          BracketFormat::RoundRobin, BracketFormat::Swiss}) {
        if (formatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

} // namespace dojo::venue
