#pragma once

#include "storage/reportrecords.h"

#include <core/result.h>

#include <QDateTime>

#include <vector>

namespace dojo::storage {

class Database;

// Reads what the owner's reports are made of, for one venue and a span of time [from, to)
// in UTC. Read-only; every error is one line for a person.
class ReportRepository
{
public:
    explicit ReportRepository(Database &database);

    Result<ReportVenueRecord> venue(qint64 venueId);
    Result<std::vector<ReportTableRecord>> tables(qint64 venueId); // by position, then name
    // Every stretch of the venue's sessions that overlaps the span, open ones too, by start.
    Result<std::vector<ReportStretchRecord>> stretches(qint64 venueId, const QDateTime &from,
                                                       const QDateTime &to);
    // The receipts issued in the span that have not been voided, by issue time.
    Result<std::vector<ReportReceiptRecord>> receipts(qint64 venueId, const QDateTime &from,
                                                      const QDateTime &to);
    // The bookings of the venue's tables that start in the span, in every state, by start.
    Result<std::vector<ReportBookingRecord>> bookings(qint64 venueId, const QDateTime &from,
                                                      const QDateTime &to);

private:
    Database &m_database;
};

} // namespace dojo::storage
