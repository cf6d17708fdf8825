#include "venue/tournamenttables.h"

namespace dojo::venue {

std::vector<TableTournamentMatch> matchesAtTables(const TournamentView &view)
{
    std::vector<TableTournamentMatch> atTables;
    for (const BracketMatch &match : view.draw.matches) {
        const auto table = view.tables.find(match.id);
        if (table == view.tables.end() || match.decided)
            continue;
        TableTournamentMatch shown;
        shown.tableId = table->second;
        shown.tournamentId = view.tournament.id;
        shown.tournament = view.tournament.settings.name;
        shown.drawMatch = match.id;
        shown.playerA = match.entrantA ? view.entrantName(*match.entrantA) : QString();
        shown.playerB = match.entrantB ? view.entrantName(*match.entrantB) : QString();
        shown.race = raceOf(view, match.id);
        atTables.push_back(std::move(shown));
    }
    return atTables;
}

} // namespace dojo::venue
