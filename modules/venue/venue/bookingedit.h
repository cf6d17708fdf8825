#pragma once

#include "venue/booking.h"
#include "venue/staff.h"
#include "venue/venueedit.h"

#include <QDateTime>
#include <QString>

namespace dojo::venue {

class BookingBook;

// The front desk's bookings as undoable edits. Each is written through its BookingBook (the
// VenueModel argument is not used), audited with the actor, and refused with a sentence naming
// the booking in the way when the table is taken by then.

// Books a table; undo cancels the booking, redo books it again.
class BookTableEdit : public VenueEdit
{
public:
    BookTableEdit(BookingBook &book, qint64 tableId, const QString &tableName,
                  const QDateTime &from, const QDateTime &to, const QString &name,
                  const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

    qint64 bookingId() const { return m_bookingId; } // 0 until applied

private:
    BookingBook &m_book;
    qint64 m_tableId;
    QString m_tableName;
    QDateTime m_from;
    QDateTime m_to;
    QString m_name;
    Actor m_actor;
    qint64 m_bookingId = 0;
};

// Moves a booking to another table or time, or resizes it; undo puts it back where it was.
class MoveBookingEdit : public VenueEdit
{
public:
    MoveBookingEdit(BookingBook &book, const Booking &booking, qint64 tableId,
                    const QDateTime &from, const QDateTime &to, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Result<void> moveTo(qint64 tableId, const QDateTime &from, const QDateTime &to);

    BookingBook &m_book;
    Booking m_before;
    qint64 m_tableId;
    QDateTime m_from;
    QDateTime m_to;
    Actor m_actor;
};

// Cancels a booking; undo books it again if its time on the table is still free.
class CancelBookingEdit : public VenueEdit
{
public:
    CancelBookingEdit(BookingBook &book, const Booking &booking, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    BookingBook &m_book;
    Booking m_booking;
    Actor m_actor;
};

} // namespace dojo::venue
