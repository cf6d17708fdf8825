#include "venue/matchesinplay.h"

#include "venue/internal/venuetr.h"

namespace dojo::venue {

using internal::Tr;

void MatchesInPlay::resume(storage::Database &database, const std::vector<Table> &tables)
{
    for (const Table &table : tables) {
        Result<std::unique_ptr<TableMatch>> resumed = TableMatch::resumeAt(database, table.id);
        if (!resumed) {
            m_problems.push_back({table.name, resumed.error()});
            continue;
        }
        if (!*resumed)
            continue;
        m_descriptions << describe(table.name, **resumed);
        m_matches.push_back(std::move(*resumed));
    }
}

QString MatchesInPlay::describe(const QString &tableName, const TableMatch &match)
{
    const std::array<QString, 2> &players = match.players();
    const rules::Match &rules = match.match();
    const QString score = Tr::tr("%1 %2-%3 %4")
                              .arg(players[0])
                              .arg(rules.score()[0])
                              .arg(rules.score()[1])
                              .arg(players[1]);
    if (rules.winner()) {
        return Tr::tr("%1: %2, %3, won by %4")
            .arg(tableName, rules::gameKey(rules.setup().game), score,
                 players[size_t(*rules.winner())]);
    }
    return Tr::tr("%1: %2, %3, rack %4, %5 to play")
        .arg(tableName, rules::gameKey(rules.setup().game), score)
        .arg(rules.rackNumber())
        .arg(players[size_t(rules.rack().turn)]);
}

} // namespace dojo::venue
