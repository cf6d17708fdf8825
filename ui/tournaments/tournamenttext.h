#pragma once

#include <venue/tournament.h>

#include <QString>

#include <map>

namespace dojo::ui {

// The tournament screens' words, each a whole sentence or name in the user's language.

// "Single elimination", "Double elimination", "Round robin", "Swiss".
QString formatName(venue::BracketFormat format);
// "Sign-up", "Running", "Finished", "Cancelled".
QString tournamentStateName(venue::TournamentState state);
// "Entered", "Checked in", "No-show", "Withdrawn".
QString entryStateName(venue::EntryState state);
// "9-ball" for "nine-ball"; the key itself for a game this build does not name.
QString gameName(const QString &gameKey);

// A column's heading: "Winners round 1", "Losers round 3", "Grand final", "Reset (if needed)",
// "Third place", "Round 2"; single elimination's last two rounds "Semi-finals" and "Final".
QString roundHeading(const venue::Bracket &draw, const venue::BracketMatch &match);
// A match's short label in its box and in slots: "#7".
QString matchNumber(int matchId);
// What one of a match's slots shows before its player is known: "Winner of #3", "Loser of #5",
// "BYE".
QString slotPlaceholder(const venue::MatchSlot &slot);
// What a slot of `match` shows while it has no player: "BYE" when nobody will come (a bye, the
// loser of a bye, a match decided without them), else its placeholder.
QString slotText(const venue::Bracket &draw, const venue::BracketMatch &match, int slot);
// "Race to 5", or "Race 7–4" for a handicapped race.
QString raceText(const venue::MatchRace &race);

// The table names by id, for a match's table.
using TableNames = std::map<qint64, QString>;

// One sentence that says the whole match, for screen readers and lists: "Winners round 1,
// match 2 (#2): Ana, seed 1, against Bo, seed 8, on Table 3." or "...: Ana beat Bo 5–3."
QString matchSentence(const venue::TournamentView &view, int matchId, const TableNames &tables);
// "Ana (1)": a player with their seed, for lists; empty for nobody.
QString seededName(const venue::TournamentView &view, std::optional<int> entrant);

} // namespace dojo::ui
