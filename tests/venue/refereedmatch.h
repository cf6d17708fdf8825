#pragma once

#include <core/result.h>
#include <rules/game.h>
#include <rules/match.h>

#include <QDateTime>
#include <QString>

#include <array>

namespace dojo::storage {
class Database;
}

namespace dojo::venuetest {

// A match the automatic referee kept, played into the database by scripted play.
struct RefereedMatch
{
    qint64 id = 0;
    rules::Match match; // the same match played in memory, to check the stored one against
};

// Plays a whole match of `game`, race to `raceTo`, at the table with the scripted player of
// `seed` (tablescript.h's play: shots from the tracker, the rest from a referee), then dates its
// start `startedAt` (UTC) as if it had been played then.
Result<RefereedMatch> playRefereedMatch(storage::Database &database, qint64 tableId,
                                        rules::Game game, int raceTo,
                                        const std::array<QString, 2> &players, quint32 seed,
                                        const QDateTime &startedAt);

} // namespace dojo::venuetest
