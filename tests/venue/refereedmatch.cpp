#include "refereedmatch.h"

#include "tablescript.h"

#include <storage/database.h>
#include <venue/tablematch.h>

#include <QSqlError>
#include <QSqlQuery>

namespace dojo::venuetest {

Result<RefereedMatch> playRefereedMatch(storage::Database &database, qint64 tableId,
                                        rules::Game game, int raceTo,
                                        const std::array<QString, 2> &players, quint32 seed,
                                        const QDateTime &startedAt)
{
    const rules::MatchSetup setup = setupFor(game, raceTo);
    auto started = venue::TableMatch::start(database, tableId, setup, players);
    if (!started)
        return Unexpected(started.error());
    RefereedMatch played{(*started)->id(), rules::Match(setup)};
    rules::play::ScriptedPlay script(seed);
    for (int steps = 0; !played.match.winner(); ++steps) {
        if (steps > 5000)
            return Unexpected(QStringLiteral("the scripted match does not end"));
        const rules::Step step = script.next(played.match);
        if (!played.match.apply(step))
            return Unexpected(QStringLiteral("the scripted step is refused in memory"));
        const auto ruled = play(**started, step);
        if (!ruled)
            return Unexpected(ruled.error().message);
    }
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE matches SET started_at = ? WHERE id = ?"));
    query.addBindValue(startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(played.id);
    if (!query.exec())
        return Unexpected(query.lastError().text());
    return played;
}

} // namespace dojo::venuetest
