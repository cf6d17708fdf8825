#include "venue/walkinwait.h"

#include <algorithm>

namespace dojo::venue {
namespace {

constexpr qint64 kPlaySeconds = qint64(kExpectedPlayMinutes) * 60;

// The first moment from `from` on when the table is free for an hour of play.
QDateTime firstFreeHour(const TableOutlook &table, QDateTime from, const QDateTime &now,
                        int graceMinutes)
{
    bool moved = true;
    while (moved) {
        moved = false;
        for (const Booking &booking : table.bookings) {
            if (booking.cancelled || isReleased(booking, now, graceMinutes))
                continue;
            if (booking.from < from.addSecs(kPlaySeconds) && booking.to > from) {
                from = booking.to;
                moved = true;
            }
        }
    }
    return from;
}

QDateTime busyUntil(const TableOutlook &table, const QDateTime &now)
{
    if (!table.sessionStart)
        return now;
    const QDateTime expected = table.sessionBookedUntil ? *table.sessionBookedUntil
                                                        : table.sessionStart->addSecs(kPlaySeconds);
    return std::max(now, expected);
}

} // namespace

std::vector<PartyWait> estimateWaits(const std::vector<TableOutlook> &tables,
                                     const std::vector<WaitingParty> &queue, const QDateTime &now,
                                     int graceMinutes)
{
    std::vector<QDateTime> freeFrom;
    freeFrom.reserve(tables.size());
    for (const TableOutlook &table : tables)
        freeFrom.push_back(busyUntil(table, now));

    std::vector<PartyWait> waits;
    for (const WaitingParty &party : queue) {
        PartyWait wait;
        wait.partyId = party.id;
        std::optional<size_t> best;
        QDateTime bestAt;
        for (size_t i = 0; i < tables.size(); ++i) {
            const TableOutlook &table = tables[i];
            if (table.outOfOrder
                || (!party.rateClass.isEmpty() && party.rateClass != table.rateClass))
                continue;
            const QDateTime at = firstFreeHour(table, freeFrom[i], now, graceMinutes);
            if (!best || at < bestAt) {
                best = i;
                bestAt = at;
            }
        }
        if (best) {
            wait.tableId = tables[*best].tableId;
            wait.seatedAt = bestAt;
            const qint64 seconds = now.secsTo(bestAt);
            wait.minutes = int((seconds + 59) / 60);
            freeFrom[*best] = bestAt.addSecs(kPlaySeconds);
        }
        waits.push_back(wait);
    }
    return waits;
}

} // namespace dojo::venue
