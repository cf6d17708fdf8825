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
// With its settings (currency, time zone, grace and lock minutes).
Result<qint64> insertVenue(Transaction &txn, const VenueRecord &venue);
// A table or player whose id is not 0 gets that id (an undone removal); else a new one.
Result<qint64> insertTable(Transaction &txn, const TableRecord &table);
Result<qint64> insertPlayer(Transaction &txn, const PlayerRecord &player);

// A starter rating a person may give: a Fargo-scale number, refused with a sentence otherwise.
inline constexpr double kLowestStarterRating = 100;
inline constexpr double kHighestStarterRating = 1000;
Result<void> checkStarterRating(const PlayerRecord &player);

// The column lists the readers below expect, in order.
inline constexpr auto kVenueColumns
    = "id, name, is_demo, currency, time_zone, grace_minutes, lock_minutes";
inline constexpr auto kTableColumns
    = "id, venue_id, name, size, camera_source, status, position, manual_corners, rate_class, "
      "floor_x, floor_y, floor_angle";
inline constexpr auto kPlayerColumns
    = "id, home_venue_id, name, nickname, member_until, contact, starter_rating, merged_into";

VenueRecord venueFromRow(const QSqlQuery &query);
// Refused, never read as a default, when a value is one this build does not know (a table
// size written by a newer DojoPool).
Result<TableRecord> tableFromRow(const QSqlQuery &query);
// A member_until that is not an ISO date is refused likewise.
Result<PlayerRecord> playerFromRow(const QSqlQuery &query);

// The ISO date text member_until holds; empty for an invalid date.
QString memberUntilText(const QDate &day);

} // namespace dojo::storage::internal
