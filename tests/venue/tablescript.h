#pragma once

#include "../rules/scriptedplay.h"

#include <rules/match.h>
#include <venue/tablematch.h>

#include <QString>

#include <array>
#include <optional>

namespace dojo::venuetest {

inline const std::array<QString, 2> kPlayers = {QStringLiteral("Efren"), QStringLiteral("Shane")};
inline const QString kReferee = QStringLiteral("referee:Sam");
inline const QString kTracker = QStringLiteral("tracker");
inline const QString kReason = QStringLiteral("the cue ball grazed the 3 first: a foul");

rules::MatchSetup setupFor(rules::Game game, int raceTo);

// Plays a scripted step at the table: shots from the tracker, the rest from the referee, who
// gives a reason for a correction.
Result<rules::Ruling, venue::StepFailure> play(venue::TableMatch &match, const rules::Step &step);

// What a process that played `steps` scripted steps has in memory, and the script ready to
// give the step after them.
struct ScriptedRun
{
    rules::Match match;
    rules::play::ScriptedPlay script;
    std::optional<rules::Ruling> lastRuling;
};

ScriptedRun scriptedRun(const rules::MatchSetup &setup, quint32 seed, int steps);

// Empty when both matches are in the same state (rack, score, winner, rack number and each
// player's statistics), else what differs first.
QString matchDifference(const rules::Match &actual, const rules::Match &expected);

} // namespace dojo::venuetest
