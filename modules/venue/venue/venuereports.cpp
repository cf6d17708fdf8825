#include "venue/venuereports.h"

#include "venue/internal/venuetr.h"

#include <storage/reportrepository.h>

namespace dojo::venue {

using internal::Tr;

namespace {

QTimeZone zoneOf(const QString &id)
{
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

VenueReports::VenueReports(storage::Database &database)
    : m_database(database)
{
}

Result<QTimeZone> VenueReports::timeZone(qint64 venueId)
{
    storage::ReportRepository repository(m_database);
    const Result<storage::ReportVenueRecord> venue = repository.venue(venueId);
    if (!venue)
        return Unexpected(venue.error());
    return zoneOf(venue->timeZone);
}

Result<VenueReport> VenueReports::report(qint64 venueId, const ReportPeriod &period,
                                         const QDateTime &now)
{
    if (!period.isValid())
        return Unexpected(Tr::tr("The report's first day must not come after its last day."));
    storage::ReportRepository repository(m_database);
    const Result<storage::ReportVenueRecord> venue = repository.venue(venueId);
    if (!venue)
        return Unexpected(venue.error());
    const QTimeZone zone = zoneOf(venue->timeZone);
    const QDateTime from = period.start(zone);
    const QDateTime to = period.end(zone);

    const Result<std::vector<storage::ReportTableRecord>> tableRows = repository.tables(venueId);
    if (!tableRows)
        return Unexpected(tableRows.error());
    const Result<std::vector<storage::ReportStretchRecord>> stretches
        = repository.stretches(venueId, from, to);
    if (!stretches)
        return Unexpected(stretches.error());
    const Result<std::vector<storage::ReportReceiptRecord>> receipts
        = repository.receipts(venueId, from, to);
    if (!receipts)
        return Unexpected(receipts.error());
    const Result<std::vector<storage::ReportBookingRecord>> bookingRows
        = repository.bookings(venueId, from, to);
    if (!bookingRows)
        return Unexpected(bookingRows.error());

    std::vector<ReportTable> tables;
    for (const storage::ReportTableRecord &table : *tableRows)
        tables.push_back({table.id, table.name});
    std::vector<TableTime> played;
    for (const storage::ReportStretchRecord &stretch : *stretches) {
        const QDateTime end = stretch.to.value_or(now);
        if (end > stretch.from)
            played.push_back({stretch.tableId, stretch.tableName, stretch.from, end});
    }
    std::vector<Takings> takings;
    for (const storage::ReportReceiptRecord &receipt : *receipts)
        takings.push_back(
            {receipt.tableId, receipt.tableName, receipt.totalCents, receipt.issuedAt, false});
    std::vector<BookingOutcome> bookings;
    for (const storage::ReportBookingRecord &booking : *bookingRows)
        bookings.push_back({booking.startsAt, booking.state == QLatin1String("released"),
                            booking.state == QLatin1String("cancelled")});
    return makeReport(venue->name, venue->currency, zone, period, tables, played, takings, bookings,
                      now);
}

} // namespace dojo::venue
