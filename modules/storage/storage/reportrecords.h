#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dojo::storage {

// What the owner's reports read: plain rows, times in UTC.

// The venue's money and clock.
struct ReportVenueRecord
{
    qint64 id = 0;
    QString name;
    QString currency; // ISO 4217: "EUR"
    QString timeZone; // IANA id: "Europe/Berlin"
};

// A table of the venue as it stands now.
struct ReportTableRecord
{
    qint64 id = 0;
    QString name;
};

// A stretch of a session played on one table.
struct ReportStretchRecord
{
    qint64 sessionId = 0;
    qint64 tableId = 0; // 0: the table has been removed since
    QString tableName;  // as it was named when played
    QString rateClass;
    QDateTime from;
    std::optional<QDateTime> to; // none while it is being played
};

// A receipt that counts (not voided), with the table its session ended on.
struct ReportReceiptRecord
{
    qint64 id = 0;
    qint64 sessionId = 0; // 0: no session (or it was removed)
    qint64 tableId = 0;   // the table of the session's last stretch; 0: none or removed
    QString tableName;
    qint64 totalCents = 0;
    QString currency;
    QDateTime issuedAt;
};

// A booking of one of the venue's tables, in whatever state it is now.
struct ReportBookingRecord
{
    qint64 id = 0;
    qint64 tableId = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    QString state; // "booked", "checked-in", "cancelled", "released" (a no-show)
};

} // namespace dojo::storage
