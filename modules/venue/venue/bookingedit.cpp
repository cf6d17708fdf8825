#include "venue/bookingedit.h"

#include "venue/bookingbook.h"
#include "venue/internal/venuetr.h"

namespace dojo::venue {

using internal::Tr;

namespace {

// An attempt that found the table taken is refused with the booking in the way.
Result<void> written(const BookingBook &book, const Result<BookingAttempt> &attempt,
                     qint64 *bookingId = nullptr)
{
    if (!attempt)
        return Unexpected(attempt.error());
    if (attempt->overlapped)
        return Unexpected(book.overlapSentence(*attempt->overlapped));
    if (bookingId && attempt->booked)
        *bookingId = attempt->booked->id;
    return {};
}

} // namespace

BookTableEdit::BookTableEdit(BookingBook &book, qint64 tableId, const QString &tableName,
                             const QDateTime &from, const QDateTime &to, const QString &name,
                             const Actor &actor)
    : m_book(book)
    , m_tableId(tableId)
    , m_tableName(tableName)
    , m_from(from)
    , m_to(to)
    , m_name(name)
    , m_actor(actor)
{
}

QString BookTableEdit::text() const
{
    return Tr::tr("Book %1 for %2").arg(m_tableName, m_name);
}

Result<void> BookTableEdit::apply(VenueModel &)
{
    // Redo books the same booking again, so the audit log follows one booking.
    if (m_bookingId != 0)
        return written(m_book, m_book.rebook(m_bookingId, m_actor));
    return written(m_book, m_book.create(m_tableId, m_from, m_to, m_name, m_actor), &m_bookingId);
}

Result<void> BookTableEdit::revert(VenueModel &)
{
    if (m_bookingId == 0)
        return {};
    const Result<Booking> cancelled = m_book.cancel(m_bookingId, m_actor);
    if (!cancelled)
        return Unexpected(cancelled.error());
    return {};
}

MoveBookingEdit::MoveBookingEdit(BookingBook &book, const Booking &booking, qint64 tableId,
                                 const QDateTime &from, const QDateTime &to, const Actor &actor)
    : m_book(book)
    , m_before(booking)
    , m_tableId(tableId)
    , m_from(from)
    , m_to(to)
    , m_actor(actor)
{
}

QString MoveBookingEdit::text() const
{
    return Tr::tr("Move the booking of %1").arg(m_before.name);
}

Result<void> MoveBookingEdit::apply(VenueModel &)
{
    return moveTo(m_tableId, m_from, m_to);
}

Result<void> MoveBookingEdit::revert(VenueModel &)
{
    return moveTo(m_before.tableId, m_before.from, m_before.to);
}

Result<void> MoveBookingEdit::moveTo(qint64 tableId, const QDateTime &from, const QDateTime &to)
{
    return written(m_book, m_book.move(m_before.id, tableId, from, to, m_actor));
}

CancelBookingEdit::CancelBookingEdit(BookingBook &book, const Booking &booking, const Actor &actor)
    : m_book(book)
    , m_booking(booking)
    , m_actor(actor)
{
}

QString CancelBookingEdit::text() const
{
    return Tr::tr("Cancel the booking of %1").arg(m_booking.name);
}

Result<void> CancelBookingEdit::apply(VenueModel &)
{
    const Result<Booking> cancelled = m_book.cancel(m_booking.id, m_actor);
    if (!cancelled)
        return Unexpected(cancelled.error());
    return {};
}

Result<void> CancelBookingEdit::revert(VenueModel &)
{
    return written(m_book, m_book.rebook(m_booking.id, m_actor));
}

} // namespace dojo::venue
