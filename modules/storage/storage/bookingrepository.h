#pragma once

#include "storage/bookingrecords.h"

#include <core/result.h>

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace dojo::storage {

class Database;

// The venue's bookings. No table is ever booked twice: every write that makes a booking hold a
// table checks for an overlapping one and writes in one transaction under the write lock
// (SQLite's BEGIN IMMEDIATE; on PostgreSQL an advisory lock and a serializable transaction),
// after releasing the table's bookings not checked in within the venue's grace minutes. Every
// write is audited with the actor it is given, in the same transaction; errors are one line.
class BookingRepository
{
public:
    using Clock = std::function<QDateTime()>;

    // `clock` says what time it is now (UTC), for releasing overdue bookings; the system clock
    // when empty.
    explicit BookingRepository(Database &database, Clock clock = {});

    // Books `candidate.tableId` from startsAt to endsAt for candidate.name (and playerId).
    // Refused with a sentence when the end is not after the start, the table is unknown or out
    // of order, or the name is empty; an overlap is an outcome, not an error.
    Result<BookingOutcome> add(const BookingRecord &candidate, const QString &actor);
    // Moves or resizes a booking that holds its table (to `tableId`, perhaps the same).
    Result<BookingOutcome> move(qint64 bookingId, qint64 tableId, const QDateTime &startsAt,
                                const QDateTime &endsAt, const QString &actor);
    // Makes a cancelled or released booking hold its table again, if it is still free.
    Result<BookingOutcome> rebook(qint64 bookingId, const QString &actor);
    Result<BookingRecord> cancel(qint64 bookingId, const QString &actor);
    // The guest has come: the booking holds its table to its end. Refused once it is released.
    Result<BookingRecord> checkIn(qint64 bookingId, const QString &actor);

    // The venue's bookings, in every state, that overlap [from, to): a day's timeline. By
    // table position, then start.
    Result<std::vector<BookingRecord>> bookingsBetween(qint64 venueId, const QDateTime &from,
                                                       const QDateTime &to);
    Result<BookingRecord> byId(qint64 bookingId);

    // Marks the venue's bookings never checked in within `graceMinutes` of their start as
    // released (no-shows), each audited as the system; how many were released.
    Result<int> releaseOverdue(qint64 venueId, const QDateTime &now, int graceMinutes);

    // The venue's settings bookings depend on: its IANA time zone ("Europe/Berlin", "UTC") and
    // the minutes a booking holds its table unchecked-in.
    Result<QString> timeZoneOf(qint64 venueId);
    Result<int> graceMinutesOf(qint64 venueId);

private:
    QDateTime now() const;

    Database &m_database;
    Clock m_clock;
};

} // namespace dojo::storage
