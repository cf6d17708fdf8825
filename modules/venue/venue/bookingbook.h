#pragma once

#include "venue/booking.h"
#include "venue/staff.h"

#include <core/result.h>

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <vector>

namespace dojo::storage {
class BookingRepository;
class Database;
} // namespace dojo::storage

namespace dojo::venue {

// A booking written, or the booking that holds the table then (and nothing was written).
struct BookingAttempt
{
    std::optional<Booking> booked;
    std::optional<Booking> overlapped;
};

// The venue's time zone (venues.time_zone), in which its days and times are named; refused
// with a sentence when the database names a zone this system does not know.
Result<QTimeZone> venueTimeZone(storage::Database &database, qint64 venueId);

// One day of the shown venue's bookings, as the front desk's timeline and list show them.
// Every change is written through the database's booking checks first (no table is ever
// booked twice, whichever PC books it), then the day is read again and each booking that
// changed is signalled.
class BookingBook : public QObject
{
    Q_OBJECT

public:
    explicit BookingBook(storage::Database &database, QObject *parent = nullptr);
    ~BookingBook() override;

    // Shows `venueId`'s bookings of the day shown (today in its time zone at first).
    Result<void> showVenue(qint64 venueId);
    // Reads the bookings of `day` in the venue's time zone: those that overlap it at all.
    Result<void> load(const QDate &day);

    qint64 venueId() const { return m_venueId; }
    QDate day() const { return m_day; }
    QTimeZone timeZone() const { return m_zone; }
    // By table position, then start; every state, so the timeline can show no-shows.
    const std::vector<Booking> &bookings() const { return m_bookings; }
    std::optional<Booking> booking(qint64 bookingId) const;

    Result<BookingAttempt> create(qint64 tableId, const QDateTime &from, const QDateTime &to,
                                  const QString &name, const Actor &actor, qint64 playerId = 0);
    // Moves or resizes: to another table, another time, or both.
    Result<BookingAttempt> move(qint64 bookingId, qint64 tableId, const QDateTime &from,
                                const QDateTime &to, const Actor &actor);
    // A cancelled or released booking holds its table again, if the time is still free.
    Result<BookingAttempt> rebook(qint64 bookingId, const Actor &actor);
    Result<Booking> cancel(qint64 bookingId, const Actor &actor);
    Result<Booking> checkIn(qint64 bookingId, const Actor &actor);

    // "Table 2 is already booked from 19:30 to 21:00 for Ben (booking 12).", in the venue's
    // time zone.
    QString overlapSentence(const Booking &overlapped) const;

Q_SIGNALS:
    void bookingsChanged();                // a new day or venue: every booking is new
    void bookingChanged(qint64 bookingId); // one booking changed, came or left the day

private:
    Result<std::vector<Booking>> readDay(const QDate &day) const;
    // Reads the day again and signals each booking that changed.
    Result<void> refresh();

    storage::Database &m_database;
    std::unique_ptr<storage::BookingRepository> m_repository;
    qint64 m_venueId = 0;
    QTimeZone m_zone = QTimeZone::utc();
    QDate m_day;
    std::vector<Booking> m_bookings;
};

} // namespace dojo::venue
