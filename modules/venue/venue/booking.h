#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace dojo::venue {

// Where a booking stands; only Booked and CheckedIn hold the table.
enum class BookingState { Booked, CheckedIn, Cancelled, Released };

// "booked", "checked-in", "cancelled", "released": the words stored in the database.
QString bookingStateKey(BookingState state);
std::optional<BookingState> bookingStateFromKey(const QString &key);
// "Booked", "Checked in", "Cancelled", "No-show", in the user's language.
QString bookingStateName(BookingState state);

// A table reserved for someone from one moment to another.
struct Booking
{
    qint64 id = 0;
    qint64 tableId = 0;
    QDateTime from;
    QDateTime to;
    QString name; // who booked
    std::optional<QDateTime> checkedIn;
    bool cancelled = false;
    // As the database holds it: the state (checkedIn and cancelled agree with it), the
    // table's name and the player booked (0: none).
    BookingState state = BookingState::Booked;
    QString tableName;
    qint64 playerId = 0;

    bool operator==(const Booking &other) const = default;
};

inline constexpr int kDefaultGraceMinutes = 15;

// A booking not checked in within `graceMinutes` of its start released the table: it no
// longer holds it from then on.
bool isReleased(const Booking &booking, const QDateTime &now,
                int graceMinutes = kDefaultGraceMinutes);

// Whether two bookings hold the same table at some moment. Times are half-open: a booking
// that ends at 20:00 and one that starts at 20:00 do not overlap. A cancelled booking, or one
// released by `now`, holds nothing.
bool overlaps(const Booking &a, const Booking &b, const QDateTime &now,
              int graceMinutes = kDefaultGraceMinutes);

// The first of `bookings` (other than the candidate itself, by id) that `candidate` would
// overlap; none when it can be booked. The database checks the same under its write lock.
std::optional<Booking> firstOverlap(const std::vector<Booking> &bookings, const Booking &candidate,
                                    const QDateTime &now, int graceMinutes = kDefaultGraceMinutes);

} // namespace dojo::venue
