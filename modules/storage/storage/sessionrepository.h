#pragma once

#include "storage/sessionrecords.h"

#include <core/result.h>

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace dojo::storage {

class Database;

// Table time: sessions from check-in to checkout, their stretches of play and the receipts.
// Every write is one transaction with its audit entry naming `actor`; every call answers with
// a Result whose error is one line for a person. A table has at most one open session (a
// unique index; a second is refused with a sentence).
class SessionRepository
{
public:
    explicit SessionRepository(Database &database);

    // Starts a running session with its first stretch; marks the booking "checked-in". Refused
    // when the table is out of order or has an open session, or the booking no longer waits.
    Result<qint64> checkIn(const CheckInRecord &checkIn, const QString &actor);
    // Closes the open stretch; the session is paused.
    Result<void> pause(qint64 sessionId, const QDateTime &at, const QString &actor);
    // Starts a new stretch on the session's table; it runs again.
    Result<void> resume(qint64 sessionId, const QDateTime &at, const QString &actor);
    // Closes the open stretch and starts one on the other table (a paused session moves and
    // stays paused). Refused when that table has an open session or is out of order.
    Result<void> move(qint64 sessionId, const MoveRecord &to, const QString &actor);
    // Closes the session and writes its receipt with the venue's next number, in one
    // transaction; `linesFor` gives the receipt's text for its number.
    Result<ReceiptRecord> checkout(qint64 sessionId, const CheckoutRecord &checkout,
                                   const std::function<QString(int number)> &linesFor,
                                   const QString &actor);
    // Marks the receipt void (the caller checked who may); audited with the reason.
    Result<void> voidReceipt(qint64 receiptId, const QString &reason, const QString &actor);

    Result<SessionRecord> session(qint64 sessionId);
    Result<std::vector<SessionRecord>> openSessions(qint64 venueId); // by start
    Result<std::vector<ReceiptRecord>> receipts(qint64 venueId,
                                                const QDateTime &since); // by number
    // Bookings of the venue's tables that hold them ("booked", "checked-in") and overlap
    // [from, to).
    Result<std::vector<HeldBookingRecord>> heldBookings(qint64 venueId, const QDateTime &from,
                                                        const QDateTime &to);
    Result<HeldBookingRecord> booking(qint64 bookingId);
    Result<VenueTermsRecord> venueTerms(qint64 venueId);
    Result<std::vector<SessionTableRecord>> tables(qint64 venueId); // by position

private:
    Database &m_database;
};

} // namespace dojo::storage
