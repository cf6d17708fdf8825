#include "storage/reportrepository.h"

#include "storage/database.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;

namespace {

// Every stored time is ISO 8601 UTC text with milliseconds, so text order is time order.
QVariant timeValue(const QDateTime &at)
{
    return internal::utcText(at);
}

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return internal::utcFromText(value.toString());
}

ReportStretchRecord stretchFromRow(const QSqlQuery &query)
{
    ReportStretchRecord stretch;
    stretch.sessionId = query.value(0).toLongLong();
    stretch.tableId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    stretch.tableName = query.value(2).toString();
    stretch.rateClass = query.value(3).toString();
    stretch.from = internal::utcFromText(query.value(4).toString());
    stretch.to = optionalTime(query.value(5));
    return stretch;
}

ReportReceiptRecord receiptFromRow(const QSqlQuery &query)
{
    ReportReceiptRecord receipt;
    receipt.id = query.value(0).toLongLong();
    receipt.sessionId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    receipt.totalCents = query.value(2).toLongLong();
    receipt.currency = query.value(3).toString();
    receipt.issuedAt = internal::utcFromText(query.value(4).toString());
    receipt.tableId = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
    receipt.tableName = query.value(6).toString();
    return receipt;
}

ReportBookingRecord bookingFromRow(const QSqlQuery &query)
{
    ReportBookingRecord booking;
    booking.id = query.value(0).toLongLong();
    booking.tableId = query.value(1).toLongLong();
    booking.startsAt = internal::utcFromText(query.value(2).toString());
    booking.endsAt = internal::utcFromText(query.value(3).toString());
    booking.state = query.value(4).toString();
    return booking;
}

ReportTableRecord tableFromRow(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString()};
}

} // namespace

ReportRepository::ReportRepository(Database &database)
    : m_database(database)
{
}

Result<ReportVenueRecord> ReportRepository::venue(qint64 venueId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(),
        QStringLiteral("SELECT id, name, currency, time_zone FROM venues WHERE id = ?"), {venueId});
    if (!query)
        return Unexpected(
            Tr::tr("cannot read venue %1: %2").arg(QString::number(venueId), query.error()));
    if (!query->next())
        return Unexpected(Tr::tr("there is no venue %1").arg(venueId));
    ReportVenueRecord venue;
    venue.id = query->value(0).toLongLong();
    venue.name = query->value(1).toString();
    venue.currency = query->value(2).toString();
    venue.timeZone = query->value(3).toString();
    return venue;
}

Result<std::vector<ReportTableRecord>> ReportRepository::tables(qint64 venueId)
{
    Result<std::vector<ReportTableRecord>> tables = internal::readRows(
        m_database.connection(),
        QStringLiteral(
            "SELECT id, name FROM pool_tables WHERE venue_id = ? ORDER BY position, name, id"),
        {venueId}, tableFromRow);
    if (!tables)
        return Unexpected(Tr::tr("cannot read the tables of venue %1: %2")
                              .arg(QString::number(venueId), tables.error()));
    return tables;
}

Result<std::vector<ReportStretchRecord>>
ReportRepository::stretches(qint64 venueId, const QDateTime &from, const QDateTime &to)
{
    Result<std::vector<ReportStretchRecord>> stretches = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT st.session_id, st.table_id, st.table_name, st.rate_class, "
                       "st.from_at, st.to_at FROM session_stretches st "
                       "JOIN table_sessions se ON se.id = st.session_id "
                       "WHERE se.venue_id = ? AND st.from_at < ? "
                       "AND (st.to_at IS NULL OR st.to_at > ?) ORDER BY st.from_at, st.id"),
        {venueId, timeValue(to), timeValue(from)}, stretchFromRow);
    if (!stretches)
        return Unexpected(Tr::tr("cannot read the table time of venue %1: %2")
                              .arg(QString::number(venueId), stretches.error()));
    return stretches;
}

Result<std::vector<ReportReceiptRecord>>
ReportRepository::receipts(qint64 venueId, const QDateTime &from, const QDateTime &to)
{
    // A receipt belongs to the table its session ended on: the session's last stretch.
    Result<std::vector<ReportReceiptRecord>> receipts = internal::readRows(
        m_database.connection(),
        QStringLiteral(
            "SELECT r.id, r.session_id, r.total_cents, r.currency, r.issued_at, "
            "(SELECT st.table_id FROM session_stretches st WHERE st.session_id = r.session_id "
            "ORDER BY st.from_at DESC, st.id DESC LIMIT 1), "
            "(SELECT st.table_name FROM session_stretches st WHERE st.session_id = r.session_id "
            "ORDER BY st.from_at DESC, st.id DESC LIMIT 1) "
            "FROM receipts r WHERE r.venue_id = ? AND r.voided_at IS NULL "
            "AND r.issued_at >= ? AND r.issued_at < ? ORDER BY r.issued_at, r.id"),
        {venueId, timeValue(from), timeValue(to)}, receiptFromRow);
    if (!receipts)
        return Unexpected(Tr::tr("cannot read the receipts of venue %1: %2")
                              .arg(QString::number(venueId), receipts.error()));
    return receipts;
}

Result<std::vector<ReportBookingRecord>>
ReportRepository::bookings(qint64 venueId, const QDateTime &from, const QDateTime &to)
{
    Result<std::vector<ReportBookingRecord>> bookings = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT b.id, b.table_id, b.starts_at, b.ends_at, b.state "
                       "FROM bookings b JOIN pool_tables t ON t.id = b.table_id "
                       "WHERE t.venue_id = ? AND b.starts_at >= ? AND b.starts_at < ? "
                       "ORDER BY b.starts_at, b.id"),
        {venueId, timeValue(from), timeValue(to)}, bookingFromRow);
    if (!bookings)
        return Unexpected(Tr::tr("cannot read the bookings of venue %1: %2")
                              .arg(QString::number(venueId), bookings.error()));
    return bookings;
}

} // namespace dojo::storage
