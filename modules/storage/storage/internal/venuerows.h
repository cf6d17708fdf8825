#pragma once

#include "storage/internal/transaction.h"
#include "storage/venuerecords.h"

#include <core/result.h>

#include <QSqlQuery>
#include <QString>

namespace dojo::storage::internal {

// Inserts that run inside the caller's transaction. On failure they roll it back and say why,
// so the first venue's seed and the repository share one way of writing rows.
Result<qint64> insertVenue(Transaction &txn, const QString &name, bool isDemo);
Result<qint64> insertTable(Transaction &txn, const TableRecord &table);
Result<qint64> insertPlayer(Transaction &txn, const PlayerRecord &player);

// The column lists the readers below expect, in order.
inline constexpr auto kVenueColumns = "id, name, is_demo";
inline constexpr auto kTableColumns
    = "id, venue_id, name, size, camera_source, status, position, manual_corners";
inline constexpr auto kPlayerColumns = "id, home_venue_id, name, nickname";

VenueRecord venueFromRow(const QSqlQuery &query);
// Refused, never read as a default, when a value is one this build does not know (a table
// size written by a newer DojoPool).
Result<TableRecord> tableFromRow(const QSqlQuery &query);
PlayerRecord playerFromRow(const QSqlQuery &query);

} // namespace dojo::storage::internal
