#include "venue/matchesinplay.h"

#include "venue/internal/venuetext.h"

namespace dojo::venue {

using internal::VenueText;

void MatchesInPlay::resume(storage::Database &database,
                           const std::vector<storage::TableRecord> &tables)
{
    for (const storage::TableRecord &table : tables) {
        TableMatchOpen opened = TableMatch::resumeAt(database, table.id);
        if (!opened.error.isEmpty()) {
            m_problems << VenueText::tr("%1: %2").arg(table.name, opened.error);
            continue;
        }
        if (!opened.match)
            continue;
        m_descriptions << describe(table.name, *opened.match);
        m_matches.push_back(std::move(opened.match));
    }
}

QString MatchesInPlay::describe(const QString &tableName, const TableMatch &match)
{
    const std::array<QString, 2> &players = match.players();
    const rules::Match &rules = match.match();
    const QString score = VenueText::tr("%1 %2-%3 %4")
                              .arg(players[0])
                              .arg(rules.score()[0])
                              .arg(rules.score()[1])
                              .arg(players[1]);
    if (rules.winner()) {
        return VenueText::tr("%1: %2, %3, won by %4")
            .arg(tableName, rules::gameKey(rules.setup().game), score,
                 players[size_t(*rules.winner())]);
    }
    return VenueText::tr("%1: %2, %3, rack %4, %5 to play")
        .arg(tableName, rules::gameKey(rules.setup().game), score)
        .arg(rules.rackNumber())
        .arg(players[size_t(rules.rack().turn)]);
}

} // namespace dojo::venue
