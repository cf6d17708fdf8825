#pragma once

#include "storage/internal/transaction.h"
#include "storage/matchrecords.h"

#include <core/result.h>

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace dojo::storage::internal {

// JSON columns hold compact text; reading one that is not an object is an error.
QString jsonText(const QJsonObject &object);
std::optional<QJsonObject> jsonObjectFromText(const QString &text);

// SQL NULL for an empty text or an invalid time, the column's value otherwise.
QVariant textOrNull(const QString &text);
QVariant timeOrNull(const QDateTime &at);

// The column lists the readers below expect, in order.
inline constexpr auto kMatchColumns
    = "id, table_id, game, player_a, player_b, setup, started_at, finished_at, winner";
inline constexpr auto kRackColumns = "id, match_id, number, breaker, winner, started_at, ended_at";
inline constexpr auto kStepColumns
    = "id, match_id, number, rack_number, kind, input, ruling, actor, reason, at";

// Readers are refused, with the column named, on JSON they cannot read.
Result<MatchRecord> matchFromRow(const QSqlQuery &query);
RackRecord rackFromRow(const QSqlQuery &query);
Result<MatchStepRecord> stepFromRow(const QSqlQuery &query);

// Writes inside the caller's transaction; on failure they roll it back and say why.
Result<void> insertRack(Transaction &txn, qint64 matchId, const RackRecord &rack);
Result<void> writeStepEffects(Transaction &txn, qint64 matchId, const MatchStepEffects &effects,
                              const QDateTime &at);

} // namespace dojo::storage::internal
