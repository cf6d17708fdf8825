#pragma once

#include "venue/reports.h"

#include <core/result.h>

#include <QDateTime>
#include <QTimeZone>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// The owner's reports from the venue's database: reads the period's table time, receipts and
// bookings and hands them to the pure functions of venue/reports.h. Read-only.
class VenueReports
{
public:
    explicit VenueReports(storage::Database &database);

    // The venue's time zone (UTC when the stored id is unknown to this system).
    Result<QTimeZone> timeZone(qint64 venueId);
    // The venue's reports over `period` (its local days). A stretch still being played counts
    // up to `now`, and the tables' open time ends then (the days to come are not counted).
    Result<VenueReport> report(qint64 venueId, const ReportPeriod &period,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    storage::Database &m_database;
};

} // namespace dojo::venue
