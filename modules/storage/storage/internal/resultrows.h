#pragma once

#include "storage/internal/transaction.h"
#include "storage/resultrecords.h"

#include <core/result.h>

#include <QSqlQuery>
#include <QString>

namespace dojo::storage::internal {

// Checks and inserts a result inside the caller's transaction, with its audit entry
// ("result.entered"): both players of the venue and different, racks not negative and at
// least one played, a game and a day. On failure the transaction is rolled back.
Result<qint64> insertResult(Transaction &txn, const ResultRecord &result, const QString &actor);
// Voids a result that counts, audited "result.voided" with `reason`; rolled back on failure.
Result<void> voidResultIn(Transaction &txn, qint64 resultId, const QString &actor,
                          const QString &reason);

// The columns resultFromRow expects, over "results r" joined with "players pa" and "players pb".
inline constexpr auto kResultColumns
    = "r.id, r.venue_id, r.played_on, r.game, r.player_a, r.player_b, r.racks_a, r.racks_b, "
      "r.source, r.entered_by, r.entered_at, r.voided_at, r.voided_by, pa.name, pb.name";
inline constexpr auto kResultsJoined = "FROM results r JOIN players pa ON pa.id = r.player_a "
                                       "JOIN players pb ON pb.id = r.player_b";

ResultRecord resultFromRow(const QSqlQuery &query);

} // namespace dojo::storage::internal
