#pragma once

#include "storage/internal/transaction.h"
#include "storage/matchrecords.h"

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

// Readers fail, with the column named in `error`, on JSON or keys this build cannot read.
std::optional<MatchRecord> matchFromRow(const QSqlQuery &query, QString *error);
RackRecord rackFromRow(const QSqlQuery &query);
std::optional<MatchStepRecord> stepFromRow(const QSqlQuery &query, QString *error);

// Writes inside the caller's transaction; on failure they roll it back and say why.
bool insertRack(Transaction &txn, qint64 matchId, const RackRecord &rack, QString *error);
bool writeStepEffects(Transaction &txn, qint64 matchId, const MatchStepEffects &effects,
                      const QDateTime &at, QString *error);

} // namespace dojo::storage::internal
