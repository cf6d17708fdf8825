#pragma once

#include "storage/internal/transaction.h"
#include "storage/venuerecords.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace dojo::storage::internal {

// Inserts that run inside the caller's transaction. On failure they roll it back and say why,
// so the demo venue and the repository share one way of writing rows.
std::optional<qint64> insertVenue(Transaction &txn, const QString &name, bool isDemo,
                                  QString *error);
std::optional<qint64> insertTable(Transaction &txn, const TableRecord &table, QString *error);
std::optional<qint64> insertPlayer(Transaction &txn, const PlayerRecord &player, QString *error);

// The column lists the readers below expect, in order.
inline constexpr auto kVenueColumns = "id, name, is_demo";
inline constexpr auto kTableColumns = "id, venue_id, name, size, camera_source, status, position";
inline constexpr auto kPlayerColumns = "id, home_venue_id, name, nickname";

VenueRecord venueFromRow(const QSqlQuery &query);
TableRecord tableFromRow(const QSqlQuery &query);
PlayerRecord playerFromRow(const QSqlQuery &query);

} // namespace dojo::storage::internal
