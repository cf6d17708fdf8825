#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dojo::storage {

// A table reserved for someone, as the bookings table holds it.
struct BookingRecord
{
    qint64 id = 0;
    qint64 tableId = 0;
    QString tableName;   // read with the booking; ignored when writing
    QDateTime startsAt;  // UTC
    QDateTime endsAt;    // UTC, after startsAt: the booking is [startsAt, endsAt)
    QString name;        // who booked
    qint64 playerId = 0; // 0: no player of the venue
    // "booked" and "checked-in" hold the table; "cancelled" and "released" (a no-show) do not.
    QString state = QStringLiteral("booked");
    QString createdBy; // the audit name of who made it
    QDateTime createdAt;

    bool holdsTable() const
    {
        return state == QLatin1String("booked") || state == QLatin1String("checked-in");
    }
};

// What a write that books a table came to: written, or refused because another booking holds
// the table at that time (nothing was written).
struct BookingOutcome
{
    std::optional<BookingRecord> written;
    std::optional<BookingRecord> overlapped;

    bool isWritten() const { return written.has_value(); }
};

} // namespace dojo::storage
