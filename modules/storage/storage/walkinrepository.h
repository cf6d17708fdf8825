#pragma once

#include "storage/sessionrecords.h"

#include <core/result.h>

#include <QString>

#include <vector>

namespace dojo::storage {

class Database;

// The walk-in queue: parties waiting for a table, in the order they came. Every write is
// audited naming `actor`; every call answers with a Result whose error is one line.
class WalkInRepository
{
public:
    explicit WalkInRepository(Database &database);

    // Adds a waiting party (its addedAt is now when invalid).
    Result<qint64> add(const WalkInRecord &walkIn, const QString &actor);
    // "seated" or "left": the party is no longer waiting.
    Result<void> finish(qint64 walkInId, const QString &state, const QString &actor);
    Result<std::vector<WalkInRecord>> waiting(qint64 venueId); // in the order they came

private:
    Database &m_database;
};

} // namespace dojo::storage
