#pragma once

#include "storage/internal/transaction.h"
#include "storage/sessionrecords.h"

#include <core/result.h>

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace dojo::storage::internal {

// SQL NULL for none, so a foreign key can be left empty.
QVariant nullableId(const std::optional<qint64> &id);
std::optional<qint64> optionalId(const QVariant &value);
// An invalid time reads and writes as SQL NULL.
QVariant nullableTime(const QDateTime &at);
QDateTime timeOrInvalid(const QVariant &value);

inline constexpr auto kSessionColumns = "id, venue_id, table_id, booking_id, player_id, name, "
                                        "member, state, started_at, ended_at, started_by";
inline constexpr auto kStretchColumns
    = "id, session_id, table_id, table_name, rate_class, from_at, to_at";
inline constexpr auto kReceiptColumns = "id, venue_id, session_id, number, total_cents, currency, "
                                        "lines, issued_at, issued_by, voided_at, voided_by";
inline constexpr auto kHeldBookingColumns
    = "b.id, b.table_id, b.starts_at, b.ends_at, b.name, b.player_id, b.state";
inline constexpr auto kWalkInColumns
    = "id, venue_id, name, party, rate_class, state, added_at, done_at";

SessionRecord sessionFromRow(const QSqlQuery &query);
StretchRecord stretchFromRow(const QSqlQuery &query);
ReceiptRecord receiptFromRow(const QSqlQuery &query);
HeldBookingRecord heldBookingFromRow(const QSqlQuery &query);
WalkInRecord walkInFromRow(const QSqlQuery &query);

} // namespace dojo::storage::internal
