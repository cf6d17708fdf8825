#pragma once

#include "storage/matchrecords.h"

#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {

class Database;

// Matches played at the tables, step by step. Each write is one transaction, so a program
// killed at any moment leaves whole steps only. Failures are reported through the return
// value and lastError(); nothing throws.
class MatchRepository
{
public:
    explicit MatchRepository(Database &database);

    // Inserts the match and its first rack. A table has at most one unfinished match.
    std::optional<qint64> createMatch(const MatchRecord &match, const RackRecord &firstRack);
    // Appends the step numbered one past the last stored one, with its effects on the racks
    // and the match, all or nothing. A correction also writes an audit entry.
    bool appendStep(const MatchStepRecord &step, const MatchStepEffects &effects = {});
    // Ends the match: with a winner, or with none when it is abandoned.
    bool finishMatch(qint64 matchId, const QString &winner, const QString &actor,
                     const QString &reason = {});

    std::optional<MatchRecord> match(qint64 matchId);
    // The table's match that is still being played; none (and no error) when there is none.
    std::optional<MatchRecord> unfinishedMatchAt(qint64 tableId);
    std::vector<MatchStepRecord> steps(qint64 matchId); // by number
    std::vector<RackRecord> racks(qint64 matchId);      // by number

    QString lastError() const { return m_lastError; }

private:
    Database &m_database;
    QString m_lastError;
};

} // namespace dojo::storage
