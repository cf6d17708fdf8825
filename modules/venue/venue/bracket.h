#pragma once

#include <core/result.h>

#include <QString>

#include <optional>
#include <vector>

namespace dojo::venue {

// A tournament's draw as plain values: who plays whom, round by round, and what happened.
// Entrants are numbered by seed, 0 for seed 1. The same functions plan the `bracket` command's
// draws and run the venue's stored tournaments (their results replayed in the order they came).

enum class BracketFormat { SingleElimination, DoubleElimination, RoundRobin, Swiss };

// The format's word in the command line and the database: "single", "double", "round-robin",
// "swiss".
QString formatKey(BracketFormat format);
std::optional<BracketFormat> formatFromKey(const QString &key);

// Double elimination's grand final: one match, or a second (the reset) when the winner of the
// losers' bracket wins the first, so that both players have lost twice before anyone is out.
enum class GrandFinal { Simple, Double };

struct BracketOptions
{
    BracketFormat format = BracketFormat::SingleElimination;
    GrandFinal grandFinal = GrandFinal::Double; // double elimination
    bool thirdPlace = false;                    // single elimination: the semi-finals' losers play
    int swissRounds = 0;                        // Swiss; 0: enough for one unbeaten player
    int groups = 1;                             // round robin: groups drawn by snake seeding
};

// Which part of the draw a match belongs to.
enum class BracketSection {
    Winners,         // single elimination, or double elimination's winners' bracket
    Losers,          // double elimination's losers' bracket
    GrandFinal,      // double elimination
    GrandFinalReset, // the second grand final, played only when the first made it necessary
    ThirdPlace,      // single elimination, with the option
    RoundRobin,
    Swiss,
};

// Where one of a match's two players comes from.
struct MatchSlot
{
    enum class From {
        Entrant,  // the entrant `index`
        WinnerOf, // the winner of match `index`
        LoserOf,  // the loser of match `index`
        Nobody,   // a bye: the other player goes through without playing
    };
    From from = From::Nobody;
    int index = -1;
};

struct BracketMatch
{
    int id = 0; // its index in Bracket::matches, stable for the life of the draw
    BracketSection section = BracketSection::Winners;
    // When it can be played, counted from 1 across the whole draw: one more than the latest of
    // the matches it waits for (byes count as played before round 1). Elimination draws fix it
    // from the full bracket; round robin and Swiss rounds are the rounds.
    int round = 1;
    int sectionRound = 1; // the round within its section: W2, L3, ...
    int number = 1;       // 1-based within its section's round, top to bottom
    int group = 0;        // round robin: its group, from 0
    MatchSlot slotA;
    MatchSlot slotB;
    std::optional<int> entrantA; // known once the slot is decided; none for a bye or not yet
    std::optional<int> entrantB;
    // What happened: the winner's entrant, or for a match decided without play (a bye, or a
    // reset not needed) nothing and `decided`.
    std::optional<int> winner;
    int racksA = 0;
    int racksB = 0;
    bool decided = false; // played, a bye, or no longer needed
    bool played() const { return winner.has_value(); }
};

struct Bracket
{
    BracketOptions options;
    int entrants = 0;
    std::vector<BracketMatch> matches; // in the order they are listed: by section, round, number
};

// Who finished where, counted like sports results: players sharing a place share its number
// and the next place skips (1, 2, 3, 3, 5, ...).
struct Standing
{
    int place = 1;
    std::vector<int> entrants; // in seed order
    int group = 0;             // round robin with groups: the group the places are within
};

// The draw for `entrants` players in seed order. Refused for fewer than 2 players, a Swiss of
// more rounds than a round robin would have, or groups of fewer than 2 players.
Result<Bracket> planBracket(const BracketOptions &options, int entrants);

// The matches whose two players are known and that wait for a result, by round and number.
std::vector<int> readyMatches(const Bracket &bracket);

// Records a played match's result and moves its players on: the winner to the match that
// waits for them, the loser to the losers' bracket or out. A double grand final's reset is
// played or marked not needed; a Swiss round's last result pairs the next round. Refused for a
// match not ready, a winner who is not one of its players, or racks that do not make that
// player the winner.
Result<void> recordResult(Bracket &bracket, int matchId, int winner, int racksA, int racksB);

// Takes a result back (a correction: record the right one after). Refused when a match that
// depends on it already has its result: take that one back first.
Result<void> takeBackResult(Bracket &bracket, int matchId);

// True when every match is decided.
bool bracketFinished(const Bracket &bracket);

// The places so far: elimination draws place a player when they are out (both still in share
// the best place left); round robin and Swiss by wins, then (Swiss) the opponents' wins, then
// the racks won minus lost, then the head-to-head of two players tied.
std::vector<Standing> bracketStandings(const Bracket &bracket);

} // namespace dojo::venue
