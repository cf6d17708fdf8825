#include "storage/bookingrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

// A serialization failure is PostgreSQL asking to run the transaction again.
constexpr int kAttempts = 5;

const QString kBooked = QStringLiteral("booked");
const QString kCheckedIn = QStringLiteral("checked-in");
const QString kCancelled = QStringLiteral("cancelled");
const QString kReleased = QStringLiteral("released");
// Releasing a no-show is no one's doing but the clock's.
const QString kSystem = QStringLiteral("system");

const QString kSelectBookings = QStringLiteral(
    "SELECT b.id, b.table_id, t.name, b.starts_at, b.ends_at, b.name, b.player_id, b.state, "
    "b.created_by, b.created_at FROM bookings b JOIN pool_tables t ON t.id = b.table_id ");

BookingRecord bookingFromRow(const QSqlQuery &query)
{
    BookingRecord booking;
    booking.id = query.value(0).toLongLong();
    booking.tableId = query.value(1).toLongLong();
    booking.tableName = query.value(2).toString();
    booking.startsAt = internal::utcFromText(query.value(3).toString());
    booking.endsAt = internal::utcFromText(query.value(4).toString());
    booking.name = query.value(5).toString();
    booking.playerId = query.value(6).isNull() ? 0 : query.value(6).toLongLong();
    booking.state = query.value(7).toString();
    booking.createdBy = query.value(8).toString();
    booking.createdAt = internal::utcFromText(query.value(9).toString());
    return booking;
}

QString subjectOf(qint64 bookingId)
{
    return QStringLiteral("booking:%1").arg(bookingId);
}

QJsonObject slotJson(const QString &tableName, const QDateTime &startsAt, const QDateTime &endsAt)
{
    return {{QStringLiteral("table"), tableName},
            {QStringLiteral("startsAt"), internal::utcText(startsAt)},
            {QStringLiteral("endsAt"), internal::utcText(endsAt)}};
}

QString detailsOf(const BookingRecord &booking, const QJsonObject &before = {})
{
    QJsonObject details = slotJson(booking.tableName, booking.startsAt, booking.endsAt);
    details.insert(QStringLiteral("name"), booking.name);
    if (!before.isEmpty())
        details.insert(QStringLiteral("before"), before);
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

// Why a booking that no longer holds its table cannot be changed.
QString notHolding(const BookingRecord &booking)
{
    if (booking.state == kCancelled)
        return Tr::tr("booking %1 for %2 is cancelled")
            .arg(QString::number(booking.id), booking.name);
    return Tr::tr("booking %1 for %2 was released: no one checked in within the grace minutes")
        .arg(QString::number(booking.id), booking.name);
}

Result<std::optional<BookingRecord>> readBooking(Transaction &txn, qint64 bookingId)
{
    Result<QSqlQuery> query
        = txn.exec(kSelectBookings + QStringLiteral("WHERE b.id = ?"), {bookingId});
    if (!query)
        return Unexpected(query.error());
    std::optional<BookingRecord> booking;
    if (query->next())
        booking = bookingFromRow(*query);
    query->finish();
    return booking;
}

Result<BookingRecord> existingBooking(Transaction &txn, qint64 bookingId)
{
    Result<std::optional<BookingRecord>> booking = readBooking(txn, bookingId);
    if (!booking)
        return Unexpected(booking.error());
    if (!*booking)
        return txn.abandon(Tr::tr("there is no booking %1").arg(bookingId));
    return **booking;
}

// What a booking needs to know of the table it holds.
struct TableFacts
{
    qint64 venueId = 0;
    QString name;
    bool outOfOrder = false;
    int graceMinutes = 15;
};

Result<TableFacts> tableFacts(Transaction &txn, qint64 tableId)
{
    Result<QSqlQuery> query
        = txn.exec(QStringLiteral("SELECT t.venue_id, t.name, t.status, v.grace_minutes "
                                  "FROM pool_tables t JOIN venues v ON v.id = t.venue_id "
                                  "WHERE t.id = ?"),
                   {tableId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no table %1").arg(tableId));
    TableFacts facts;
    facts.venueId = query->value(0).toLongLong();
    facts.name = query->value(1).toString();
    facts.outOfOrder = query->value(2).toString() == QLatin1String("out-of-order");
    facts.graceMinutes = query->value(3).toInt();
    query->finish();
    return facts;
}

// Releases the bookings that `where` picks (bound to `values`) and that nobody checked in
// within `graceMinutes` of their start, each audited as the system; how many.
Result<int> releaseWhere(Transaction &txn, const QString &where, QVariantList values,
                         const QDateTime &now, int graceMinutes)
{
    const QString cutoff = internal::utcText(now.addSecs(-qint64(graceMinutes) * 60));
    values << kBooked << cutoff;
    const Result<std::vector<BookingRecord>> overdue
        = internal::readRows(txn,
                             kSelectBookings + QStringLiteral("WHERE ") + where
                                 + QStringLiteral(" AND b.state = ? AND b.starts_at <= ?"),
                             values, bookingFromRow);
    if (!overdue)
        return Unexpected(overdue.error());
    for (const BookingRecord &booking : *overdue) {
        if (Result<QSqlQuery> released
            = txn.exec(QStringLiteral("UPDATE bookings SET state = ? WHERE id = ?"),
                       {kReleased, booking.id});
            !released)
            return Unexpected(released.error());
        if (Result<void> audited
            = AuditLog::recordIn(txn, kSystem, QStringLiteral("booking.released"),
                                 subjectOf(booking.id), detailsOf(booking));
            !audited)
            return Unexpected(audited.error());
    }
    return int(overdue->size());
}

// The first booking other than `exceptId` that holds the table at some moment of [from, to).
Result<std::optional<BookingRecord>> overlapIn(Transaction &txn, qint64 tableId,
                                               const QDateTime &from, const QDateTime &to,
                                               qint64 exceptId)
{
    // ISO UTC text with milliseconds sorts as the times do.
    Result<QSqlQuery> query = txn.exec(
        kSelectBookings
            + QStringLiteral("WHERE b.table_id = ? AND b.state IN (?, ?) AND b.starts_at < ? "
                             "AND b.ends_at > ? AND b.id <> ? ORDER BY b.starts_at, b.id"),
        {tableId, kBooked, kCheckedIn, internal::utcText(to), internal::utcText(from), exceptId});
    if (!query)
        return Unexpected(query.error());
    std::optional<BookingRecord> overlapped;
    if (query->next())
        overlapped = bookingFromRow(*query);
    query->finish();
    return overlapped;
}

// Checks that `booking` may hold `tableId` from its start to its end, releasing the table's
// overdue bookings first (never `booking` itself). The facts of the table when it may.
Result<TableFacts> checkSlot(Transaction &txn, const BookingRecord &booking, const QDateTime &now,
                             std::optional<BookingRecord> &overlapped)
{
    if (!booking.startsAt.isValid() || !booking.endsAt.isValid())
        return txn.abandon(Tr::tr("a booking needs a start and an end"));
    if (booking.endsAt <= booking.startsAt)
        return txn.abandon(Tr::tr("a booking must end after it starts"));
    Result<TableFacts> table = tableFacts(txn, booking.tableId);
    if (!table)
        return table;
    if (table->outOfOrder)
        return txn.abandon(Tr::tr("%1 is out of order").arg(table->name));
    if (Result<int> released
        = releaseWhere(txn, QStringLiteral("b.table_id = ? AND b.id <> ?"),
                       {booking.tableId, booking.id}, now, table->graceMinutes);
        !released)
        return Unexpected(released.error());
    Result<std::optional<BookingRecord>> found
        = overlapIn(txn, booking.tableId, booking.startsAt, booking.endsAt, booking.id);
    if (!found)
        return Unexpected(found.error());
    overlapped = *found;
    return table;
}

// Runs `body` in a booking transaction (the booking lock, serializable) and commits, again
// from the start when PostgreSQL could not serialize it.
template<typename T, typename Body> Result<T> inBookingTransaction(Database &database, Body body)
{
    QString why;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        Transaction txn(database.connection());
        if (Result<void> begun
            = txn.begin(internal::kBookingLock, internal::Isolation::Serializable);
            !begun) {
            if (txn.failedToSerialize()) {
                why = begun.error();
                continue;
            }
            return Unexpected(begun.error());
        }
        Result<T> done = body(txn);
        if (!done) {
            if (txn.failedToSerialize()) {
                why = done.error();
                continue;
            }
            return done;
        }
        if (Result<void> committed = txn.commit(); !committed) {
            if (txn.failedToSerialize()) {
                why = committed.error();
                continue;
            }
            return Unexpected(committed.error());
        }
        return done;
    }
    return Unexpected(why);
}

} // namespace

BookingRepository::BookingRepository(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QDateTime BookingRepository::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<BookingOutcome> BookingRepository::add(const BookingRecord &candidate, const QString &actor)
{
    const QDateTime at = now();
    Result<BookingOutcome> outcome = inBookingTransaction<BookingOutcome>(
        m_database, [&](Transaction &txn) -> Result<BookingOutcome> {
            if (candidate.name.trimmed().isEmpty())
                return txn.abandon(Tr::tr("a booking needs the name of who books"));
            BookingRecord booking = candidate;
            booking.id = 0;
            std::optional<BookingRecord> overlapped;
            Result<TableFacts> table = checkSlot(txn, booking, at, overlapped);
            if (!table)
                return Unexpected(table.error());
            if (overlapped)
                return BookingOutcome{std::nullopt, overlapped};
            booking.tableName = table->name;
            booking.state = kBooked;
            booking.createdBy = actor;
            booking.createdAt = at;
            Result<QSqlQuery> inserted = txn.exec(
                QStringLiteral("INSERT INTO bookings (table_id, starts_at, ends_at, name, "
                               "player_id, state, created_by, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {booking.tableId, internal::utcText(booking.startsAt),
                 internal::utcText(booking.endsAt), booking.name.trimmed(),
                 booking.playerId != 0 ? QVariant(booking.playerId)
                                       : QVariant(QMetaType::fromType<qint64>()),
                 kBooked, internal::notNull(actor), internal::utcText(at)});
            if (!inserted)
                return Unexpected(inserted.error());
            if (!inserted->next())
                return txn.abandon(Tr::tr("the database returned no id"));
            booking.id = inserted->value(0).toLongLong();
            booking.name = booking.name.trimmed();
            inserted->finish();
            if (Result<void> audited
                = AuditLog::recordIn(txn, actor, QStringLiteral("booking.created"),
                                     subjectOf(booking.id), detailsOf(booking));
                !audited)
                return Unexpected(audited.error());
            return BookingOutcome{booking, std::nullopt};
        });
    if (!outcome)
        return Unexpected(Tr::tr("cannot book the table: %1").arg(outcome.error()));
    return outcome;
}

Result<BookingOutcome> BookingRepository::move(qint64 bookingId, qint64 tableId,
                                               const QDateTime &startsAt, const QDateTime &endsAt,
                                               const QString &actor)
{
    const QDateTime at = now();
    Result<BookingOutcome> outcome = inBookingTransaction<BookingOutcome>(
        m_database, [&](Transaction &txn) -> Result<BookingOutcome> {
            Result<BookingRecord> before = existingBooking(txn, bookingId);
            if (!before)
                return Unexpected(before.error());
            if (!before->holdsTable())
                return txn.abandon(notHolding(*before));
            BookingRecord moved = *before;
            moved.tableId = tableId;
            moved.startsAt = startsAt;
            moved.endsAt = endsAt;
            std::optional<BookingRecord> overlapped;
            Result<TableFacts> table = checkSlot(txn, moved, at, overlapped);
            if (!table)
                return Unexpected(table.error());
            if (overlapped)
                return BookingOutcome{std::nullopt, overlapped};
            Result<TableFacts> from = tableFacts(txn, before->tableId);
            if (!from)
                return Unexpected(from.error());
            if (from->venueId != table->venueId)
                return txn.abandon(
                    Tr::tr("%1 is in another venue than the booking").arg(table->name));
            moved.tableName = table->name;
            if (Result<QSqlQuery> updated = txn.exec(
                    QStringLiteral("UPDATE bookings SET table_id = ?, starts_at = ?, ends_at = ? "
                                   "WHERE id = ?"),
                    {tableId, internal::utcText(startsAt), internal::utcText(endsAt), bookingId});
                !updated)
                return Unexpected(updated.error());
            if (Result<void> audited = AuditLog::recordIn(
                    txn, actor, QStringLiteral("booking.moved"), subjectOf(bookingId),
                    detailsOf(moved,
                              slotJson(before->tableName, before->startsAt, before->endsAt)));
                !audited)
                return Unexpected(audited.error());
            return BookingOutcome{moved, std::nullopt};
        });
    if (!outcome)
        return Unexpected(
            Tr::tr("cannot move booking %1: %2").arg(QString::number(bookingId), outcome.error()));
    return outcome;
}

Result<BookingOutcome> BookingRepository::rebook(qint64 bookingId, const QString &actor)
{
    const QDateTime at = now();
    Result<BookingOutcome> outcome = inBookingTransaction<BookingOutcome>(
        m_database, [&](Transaction &txn) -> Result<BookingOutcome> {
            Result<BookingRecord> booking = existingBooking(txn, bookingId);
            if (!booking)
                return Unexpected(booking.error());
            if (booking->holdsTable())
                return BookingOutcome{*booking, std::nullopt};
            std::optional<BookingRecord> overlapped;
            Result<TableFacts> table = checkSlot(txn, *booking, at, overlapped);
            if (!table)
                return Unexpected(table.error());
            if (overlapped)
                return BookingOutcome{std::nullopt, overlapped};
            if (Result<QSqlQuery> updated
                = txn.exec(QStringLiteral("UPDATE bookings SET state = ? WHERE id = ?"),
                           {kBooked, bookingId});
                !updated)
                return Unexpected(updated.error());
            booking->state = kBooked;
            if (Result<void> audited
                = AuditLog::recordIn(txn, actor, QStringLiteral("booking.rebooked"),
                                     subjectOf(bookingId), detailsOf(*booking));
                !audited)
                return Unexpected(audited.error());
            return BookingOutcome{*booking, std::nullopt};
        });
    if (!outcome)
        return Unexpected(Tr::tr("cannot book booking %1 again: %2")
                              .arg(QString::number(bookingId), outcome.error()));
    return outcome;
}

Result<BookingRecord> BookingRepository::cancel(qint64 bookingId, const QString &actor)
{
    Result<BookingRecord> cancelled = inBookingTransaction<BookingRecord>(
        m_database, [&](Transaction &txn) -> Result<BookingRecord> {
            Result<BookingRecord> booking = existingBooking(txn, bookingId);
            if (!booking || !booking->holdsTable())
                return booking; // a booking that holds nothing has nothing to cancel
            if (Result<QSqlQuery> updated
                = txn.exec(QStringLiteral("UPDATE bookings SET state = ? WHERE id = ?"),
                           {kCancelled, bookingId});
                !updated)
                return Unexpected(updated.error());
            booking->state = kCancelled;
            if (Result<void> audited
                = AuditLog::recordIn(txn, actor, QStringLiteral("booking.cancelled"),
                                     subjectOf(bookingId), detailsOf(*booking));
                !audited)
                return Unexpected(audited.error());
            return booking;
        });
    if (!cancelled)
        return Unexpected(Tr::tr("cannot cancel booking %1: %2")
                              .arg(QString::number(bookingId), cancelled.error()));
    return cancelled;
}

Result<BookingRecord> BookingRepository::checkIn(qint64 bookingId, const QString &actor)
{
    const QDateTime at = now();
    Result<BookingRecord> checkedIn = inBookingTransaction<BookingRecord>(
        m_database, [&](Transaction &txn) -> Result<BookingRecord> {
            Result<BookingRecord> before = existingBooking(txn, bookingId);
            if (!before)
                return before;
            Result<TableFacts> table = tableFacts(txn, before->tableId);
            if (!table)
                return Unexpected(table.error());
            if (Result<int> released = releaseWhere(txn, QStringLiteral("b.id = ?"), {bookingId},
                                                    at, table->graceMinutes);
                !released)
                return Unexpected(released.error());
            Result<BookingRecord> booking = existingBooking(txn, bookingId);
            // A no-show released now stays released: committed, then refused below.
            if (!booking || !booking->holdsTable() || booking->state == kCheckedIn)
                return booking;
            if (Result<QSqlQuery> updated
                = txn.exec(QStringLiteral("UPDATE bookings SET state = ? WHERE id = ?"),
                           {kCheckedIn, bookingId});
                !updated)
                return Unexpected(updated.error());
            booking->state = kCheckedIn;
            if (Result<void> audited
                = AuditLog::recordIn(txn, actor, QStringLiteral("booking.checked-in"),
                                     subjectOf(bookingId), detailsOf(*booking));
                !audited)
                return Unexpected(audited.error());
            return booking;
        });
    if (checkedIn && !checkedIn->holdsTable())
        return Unexpected(Tr::tr("cannot check in booking %1: %2")
                              .arg(QString::number(bookingId), notHolding(*checkedIn)));
    if (!checkedIn)
        return Unexpected(Tr::tr("cannot check in booking %1: %2")
                              .arg(QString::number(bookingId), checkedIn.error()));
    return checkedIn;
}

Result<std::vector<BookingRecord>>
BookingRepository::bookingsBetween(qint64 venueId, const QDateTime &from, const QDateTime &to)
{
    Result<std::vector<BookingRecord>> bookings = internal::readRows(
        m_database.connection(),
        kSelectBookings
            + QStringLiteral("WHERE t.venue_id = ? AND b.starts_at < ? AND b.ends_at > ? "
                             "ORDER BY t.position, t.name, b.starts_at, b.id"),
        {venueId, internal::utcText(to), internal::utcText(from)}, bookingFromRow);
    if (!bookings)
        return Unexpected(Tr::tr("cannot read the bookings: %1").arg(bookings.error()));
    return bookings;
}

Result<BookingRecord> BookingRepository::byId(qint64 bookingId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(), kSelectBookings + QStringLiteral("WHERE b.id = ?"), {bookingId});
    if (!query)
        return Unexpected(
            Tr::tr("cannot read booking %1: %2").arg(QString::number(bookingId), query.error()));
    if (!query->next())
        return Unexpected(Tr::tr("there is no booking %1").arg(bookingId));
    return bookingFromRow(*query);
}

Result<int> BookingRepository::releaseOverdue(qint64 venueId, const QDateTime &now,
                                              int graceMinutes)
{
    Result<int> released
        = inBookingTransaction<int>(m_database, [&](Transaction &txn) -> Result<int> {
              return releaseWhere(txn, QStringLiteral("t.venue_id = ?"), {venueId}, now,
                                  graceMinutes);
          });
    if (!released)
        return Unexpected(Tr::tr("cannot release the overdue bookings: %1").arg(released.error()));
    return released;
}

Result<QString> BookingRepository::timeZoneOf(qint64 venueId)
{
    Result<QSqlQuery> query
        = internal::execute(m_database.connection(),
                            QStringLiteral("SELECT time_zone FROM venues WHERE id = ?"), {venueId});
    if (!query)
        return Unexpected(Tr::tr("cannot read the venue's time zone: %1").arg(query.error()));
    if (!query->next())
        return Unexpected(Tr::tr("there is no venue %1").arg(venueId));
    return query->value(0).toString();
}

Result<int> BookingRepository::graceMinutesOf(qint64 venueId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(), QStringLiteral("SELECT grace_minutes FROM venues WHERE id = ?"),
        {venueId});
    if (!query)
        return Unexpected(Tr::tr("cannot read the venue's grace minutes: %1").arg(query.error()));
    if (!query->next())
        return Unexpected(Tr::tr("there is no venue %1").arg(venueId));
    return query->value(0).toInt();
}

} // namespace dojo::storage
