#pragma once

#include "storage/matchrecords.h"

#include <core/result.h>

#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {

class Database;

// Matches played at the tables, step by step. Each write is one transaction, so a program
// killed at any moment leaves whole steps only. Every call answers with a Result whose error
// is one line for a person.
class MatchRepository
{
public:
    explicit MatchRepository(Database &database);

    // Inserts the match and its first rack. A table has at most one unfinished match.
    Result<qint64> createMatch(const MatchRecord &match, const RackRecord &firstRack);
    // Appends the step numbered one past the last stored one, with its effects on the racks
    // and the match, all or nothing. A step with a reason (a referee's correction) also writes
    // an audit entry.
    Result<void> appendStep(const MatchStepRecord &step, const MatchStepEffects &effects = {});
    // Ends the match: with a winner, or with none when it is abandoned.
    Result<void> finishMatch(qint64 matchId, const QString &winner, const QString &actor,
                             const QString &reason = {});

    Result<MatchRecord> match(qint64 matchId);
    // The table's match that is still being played, or nothing when there is none.
    Result<std::optional<MatchRecord>> unfinishedMatchAt(qint64 tableId);
    // The matches started at the table since `since` (UTC), oldest first.
    Result<std::vector<MatchRecord>> matchesAt(qint64 tableId, const QDateTime &since);
    Result<std::vector<MatchStepRecord>> steps(qint64 matchId); // by number
    Result<std::vector<RackRecord>> racks(qint64 matchId);      // by number

private:
    Database &m_database;
};

} // namespace dojo::storage
