#pragma once

#include "venue/booking.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dojo::venue {

// What the front desk sees of a table at a glance. Only "out of order" is a stored choice; the
// rest is derived from the table's session, match and bookings (deriveTableStatus).
enum class TableStatus { Free, Booked, InPlay, Paused, OutOfOrder };

inline constexpr std::array<TableStatus, 5> kAllTableStatuses
    = {TableStatus::Free, TableStatus::Booked, TableStatus::InPlay, TableStatus::Paused,
       TableStatus::OutOfOrder};

// "free", "booked", "in-play", "paused", "out-of-order": the words the live games and the
// logs use.
QString tableStatusKey(TableStatus status);
std::optional<TableStatus> tableStatusFromKey(const QString &key);

// "Free", "Booked", "In play", "Paused", "Out of order", in the user's language.
QString tableStatusName(TableStatus status);

// The word pool_tables.status stores: "out-of-order", or "free" for a table in service. Every
// other stored word reads as in service (older versions stored the derived words).
QString storedStatusWord(bool outOfOrder);
bool isOutOfOrderWord(const QString &stored);

// Whether a session at the table is being played or paused.
enum class SessionState { Running, Paused };

// A booking starting this soon already shows its table as booked.
inline constexpr int kBookedAheadMinutes = 30;

// What the status of one table is derived from.
struct TableActivity
{
    bool outOfOrder = false;
    std::optional<SessionState> session; // its open session, if any
    bool matchInPlay = false;            // an unfinished match at the table
    std::vector<Booking> bookings;       // the table's bookings around now
};

// Out of order wins; then the open session (running: in play, paused: paused); then a match in
// play; then a booking that holds the table now or starts within kBookedAheadMinutes (booked);
// otherwise free. Cancelled bookings and those released after `graceMinutes` hold nothing.
TableStatus deriveTableStatus(const TableActivity &activity, const QDateTime &now,
                              int graceMinutes = kDefaultGraceMinutes);

} // namespace dojo::venue
