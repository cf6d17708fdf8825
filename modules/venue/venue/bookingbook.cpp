#include "venue/bookingbook.h"

#include "venue/internal/venuetr.h"

#include <storage/bookingrepository.h>

#include <QTime>

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

namespace {

Result<Booking> bookingOf(const storage::BookingRecord &record)
{
    const std::optional<BookingState> state = bookingStateFromKey(record.state);
    if (!state) {
        return Unexpected(Tr::tr("booking %1 is in a state this version does not know: %2")
                              .arg(QString::number(record.id), record.state));
    }
    Booking booking;
    booking.id = record.id;
    booking.tableId = record.tableId;
    booking.from = record.startsAt;
    booking.to = record.endsAt;
    booking.name = record.name;
    booking.state = *state;
    booking.tableName = record.tableName;
    booking.playerId = record.playerId;
    booking.cancelled = *state == BookingState::Cancelled;
    // The database keeps no time of the check-in; the start stands for it.
    if (*state == BookingState::CheckedIn)
        booking.checkedIn = record.startsAt;
    return booking;
}

Result<BookingAttempt> attemptOf(const storage::BookingOutcome &outcome)
{
    BookingAttempt attempt;
    if (outcome.written) {
        Result<Booking> booked = bookingOf(*outcome.written);
        if (!booked)
            return Unexpected(booked.error());
        attempt.booked = *booked;
    }
    if (outcome.overlapped) {
        Result<Booking> overlapped = bookingOf(*outcome.overlapped);
        if (!overlapped)
            return Unexpected(overlapped.error());
        attempt.overlapped = *overlapped;
    }
    return attempt;
}

} // namespace

Result<QTimeZone> venueTimeZone(storage::Database &database, qint64 venueId)
{
    const Result<QString> name = storage::BookingRepository(database).timeZoneOf(venueId);
    if (!name)
        return Unexpected(name.error());
    if (name->isEmpty() || *name == QLatin1String("UTC"))
        return QTimeZone::utc();
    const QTimeZone zone(name->toUtf8());
    if (!zone.isValid())
        return Unexpected(
            Tr::tr("the venue's time zone \"%1\" is not one this computer knows").arg(*name));
    return zone;
}

BookingBook::BookingBook(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(std::make_unique<storage::BookingRepository>(database))
{
}

BookingBook::~BookingBook() = default;

Result<void> BookingBook::showVenue(qint64 venueId)
{
    const Result<QTimeZone> zone = venueTimeZone(m_database, venueId);
    if (!zone)
        return Unexpected(zone.error());
    m_venueId = venueId;
    m_zone = *zone;
    const QDate day
        = m_day.isValid() ? m_day : QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    m_day = QDate();
    return load(day);
}

Result<void> BookingBook::load(const QDate &day)
{
    Result<std::vector<Booking>> bookings = readDay(day);
    if (!bookings)
        return Unexpected(bookings.error());
    m_day = day;
    m_bookings = std::move(*bookings);
    Q_EMIT bookingsChanged();
    return {};
}

std::optional<Booking> BookingBook::booking(qint64 bookingId) const
{
    const auto found = std::find_if(m_bookings.begin(), m_bookings.end(),
                                    [bookingId](const Booking &b) { return b.id == bookingId; });
    if (found == m_bookings.end())
        return std::nullopt;
    return *found;
}

Result<BookingAttempt> BookingBook::create(qint64 tableId, const QDateTime &from,
                                           const QDateTime &to, const QString &name,
                                           const Actor &actor, qint64 playerId)
{
    storage::BookingRecord candidate;
    candidate.tableId = tableId;
    candidate.startsAt = from.toUTC();
    candidate.endsAt = to.toUTC();
    candidate.name = name;
    candidate.playerId = playerId;
    const Result<storage::BookingOutcome> outcome = m_repository->add(candidate, actor.auditName());
    if (!outcome)
        return Unexpected(outcome.error());
    if (Result<void> refreshed = refresh(); !refreshed)
        return Unexpected(refreshed.error());
    return attemptOf(*outcome);
}

Result<BookingAttempt> BookingBook::move(qint64 bookingId, qint64 tableId, const QDateTime &from,
                                         const QDateTime &to, const Actor &actor)
{
    const Result<storage::BookingOutcome> outcome
        = m_repository->move(bookingId, tableId, from.toUTC(), to.toUTC(), actor.auditName());
    if (!outcome)
        return Unexpected(outcome.error());
    if (Result<void> refreshed = refresh(); !refreshed)
        return Unexpected(refreshed.error());
    return attemptOf(*outcome);
}

Result<BookingAttempt> BookingBook::rebook(qint64 bookingId, const Actor &actor)
{
    const Result<storage::BookingOutcome> outcome
        = m_repository->rebook(bookingId, actor.auditName());
    if (!outcome)
        return Unexpected(outcome.error());
    if (Result<void> refreshed = refresh(); !refreshed)
        return Unexpected(refreshed.error());
    return attemptOf(*outcome);
}

Result<Booking> BookingBook::cancel(qint64 bookingId, const Actor &actor)
{
    const Result<storage::BookingRecord> cancelled
        = m_repository->cancel(bookingId, actor.auditName());
    if (!cancelled)
        return Unexpected(cancelled.error());
    if (Result<void> refreshed = refresh(); !refreshed)
        return Unexpected(refreshed.error());
    return bookingOf(*cancelled);
}

Result<Booking> BookingBook::checkIn(qint64 bookingId, const Actor &actor)
{
    const Result<storage::BookingRecord> checkedIn
        = m_repository->checkIn(bookingId, actor.auditName());
    if (!checkedIn) {
        // A check-in too late released the booking: the day shows it as a no-show.
        if (Result<void> refreshed = refresh(); !refreshed)
            return Unexpected(refreshed.error());
        return Unexpected(checkedIn.error());
    }
    if (Result<void> refreshed = refresh(); !refreshed)
        return Unexpected(refreshed.error());
    return bookingOf(*checkedIn);
}

QString BookingBook::overlapSentence(const Booking &overlapped) const
{
    const QString format = QStringLiteral("HH:mm");
    return Tr::tr("%1 is already booked from %2 to %3 for %4 (booking %5).")
        .arg(overlapped.tableName, overlapped.from.toTimeZone(m_zone).toString(format),
             overlapped.to.toTimeZone(m_zone).toString(format), overlapped.name,
             QString::number(overlapped.id));
}

Result<std::vector<Booking>> BookingBook::readDay(const QDate &day) const
{
    const QDateTime from = QDateTime(day, QTime(0, 0), m_zone);
    const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0), m_zone);
    const Result<std::vector<storage::BookingRecord>> records
        = m_repository->bookingsBetween(m_venueId, from.toUTC(), to.toUTC());
    if (!records)
        return Unexpected(records.error());
    std::vector<Booking> bookings;
    bookings.reserve(records->size());
    for (const storage::BookingRecord &record : *records) {
        Result<Booking> booking = bookingOf(record);
        if (!booking)
            return Unexpected(booking.error());
        bookings.push_back(std::move(*booking));
    }
    return bookings;
}

Result<void> BookingBook::refresh()
{
    if (!m_day.isValid())
        return {};
    Result<std::vector<Booking>> fresh = readDay(m_day);
    if (!fresh)
        return Unexpected(fresh.error());
    std::vector<qint64> changed;
    for (const Booking &now : *fresh) {
        const std::optional<Booking> before = booking(now.id);
        if (!before || !(*before == now))
            changed.push_back(now.id);
    }
    for (const Booking &before : m_bookings) {
        const bool kept = std::any_of(fresh->begin(), fresh->end(),
                                      [&](const Booking &b) { return b.id == before.id; });
        if (!kept)
            changed.push_back(before.id);
    }
    m_bookings = std::move(*fresh);
    for (qint64 id : changed)
        Q_EMIT bookingChanged(id);
    return {};
}

} // namespace dojo::venue
