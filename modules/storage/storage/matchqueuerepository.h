#pragma once

#include "storage/matchqueuerecords.h"

#include <core/result.h>

#include <QDateTime>
#include <QString>

#include <vector>

namespace dojo::storage {

class Database;

// The venue's match queue: players waiting to be paired for a game (venue/matchpairing.h
// proposes the pairs). A player waits once at most; joins are checked and written under the
// write lock. Every write is audited naming `actor` in the same transaction; errors are one
// line.
class MatchQueueRepository
{
public:
    explicit MatchQueueRepository(Database &database);

    // The player waits for `game` from `joinedAt` (now when invalid); audited "queue.joined".
    // Refused for a player of another venue or one waiting already.
    Result<qint64> join(qint64 venueId, qint64 playerId, const QString &game, const QString &actor,
                        const QDateTime &joinedAt = {});
    // The player stops waiting; audited "queue.left". Refused when not waiting.
    Result<void> leave(qint64 playerId, const QString &actor);
    // Both waiting entries become "matched" with each other, in one transaction; audited
    // "queue.matched". Refused unless both wait, for the same game, at the same venue.
    Result<void> match(qint64 entryA, qint64 entryB, const QString &actor);

    // The venue's waiting entries, longest waiting first.
    Result<std::vector<QueueEntryRecord>> waiting(qint64 venueId);
    Result<QueueEntryRecord> entry(qint64 entryId);

private:
    Database &m_database;
};

} // namespace dojo::storage
