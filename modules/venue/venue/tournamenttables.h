#pragma once

#include "venue/tournament.h"

#include <QString>

#include <vector>

namespace dojo::venue {

// A tournament match given a table and not decided yet: what the venue floor shows on that
// table's card, so the desk and the players see across the room which match is played where.
struct TableTournamentMatch
{
    qint64 tableId = 0;
    qint64 tournamentId = 0;
    QString tournament; // its name
    int drawMatch = 0;  // the match's id in the draw; shown as its number, id + 1
    QString playerA;    // empty while not known yet
    QString playerB;
    MatchRace race;

    bool operator==(const TableTournamentMatch &) const = default;
};

// The undecided matches of the view's draw that have a table, in match order.
std::vector<TableTournamentMatch> matchesAtTables(const TournamentView &view);

} // namespace dojo::venue
