#pragma once

#include <venue/bracket.h>

#include <QString>

#include <functional>
#include <vector>

// Plays a draw out the way the tests need: every ready match, round by round, the winner
// chosen by a rule, one rack to none.
namespace bracketplay {

using WinnerRule = std::function<int(const dojo::venue::BracketMatch &)>;

// The better seed (the lower entrant number) wins.
int higherSeed(const dojo::venue::BracketMatch &match);
// A coin toss from a seeded generator, the same every run.
WinnerRule coinToss(quint32 seed);

// Records `winner` as winning match `id` 1-0; the refusal's text when refused.
QString play(dojo::venue::Bracket &bracket, int id, int winner);

// Plays every ready match until none is left; the ids in the order played, or empty with
// `refusal` set when a result was refused.
std::vector<int> playOut(dojo::venue::Bracket &bracket, const WinnerRule &rule,
                         QString *refusal = nullptr);

// The other player of a played match.
int loserOf(const dojo::venue::BracketMatch &match);

// "P1-P8" for a match's two players, "P1-BYE" for a bye.
QString pairing(const dojo::venue::BracketMatch &match);

} // namespace bracketplay
