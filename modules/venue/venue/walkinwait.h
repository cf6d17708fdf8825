#pragma once

#include "venue/booking.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace dojo::venue {

// A table as the walk-in queue sees it.
struct TableOutlook
{
    qint64 tableId = 0;
    QString rateClass;
    bool outOfOrder = false;
    // Its open session's start, if any, and the end of the booking it was checked in from.
    std::optional<QDateTime> sessionStart;
    std::optional<QDateTime> sessionBookedUntil;
    std::vector<Booking> bookings; // the table's upcoming bookings
};

// A party in the queue, in the order they came.
struct WaitingParty
{
    qint64 id = 0;
    QString rateClass; // the kind of table they want; empty: any
};

// How long a party is expected to wait, and for which table; no table when none fits.
struct PartyWait
{
    qint64 partyId = 0;
    std::optional<qint64> tableId;
    QDateTime seatedAt;
    int minutes = 0; // from now, rounded up
};

// A session or a walk-in party is expected to play this long.
inline constexpr int kExpectedPlayMinutes = 60;

// Each party's wait, in queue order: a party takes the table that is free first among those
// of its class. A table with an open session is free an hour after the session started, or at
// the end of its booking, and not before now; a table booked within the party's expected hour
// of play is not free until that booking ends. A party seated keeps its table for the hour.
std::vector<PartyWait> estimateWaits(const std::vector<TableOutlook> &tables,
                                     const std::vector<WaitingParty> &queue, const QDateTime &now,
                                     int graceMinutes = kDefaultGraceMinutes);

} // namespace dojo::venue
