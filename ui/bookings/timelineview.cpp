#include "bookings/timelineview.h"

#include <algorithm>

namespace dojo::ui {

int TimelineView::rowOf(qint64 tableId) const
{
    const auto found = std::find_if(tables.begin(), tables.end(),
                                    [&](const BookableTable &t) { return t.id == tableId; });
    return found == tables.end() ? -1 : int(found - tables.begin());
}

const BookableTable *TimelineView::tableAt(int row) const
{
    return row >= 0 && row < int(tables.size()) ? &tables[size_t(row)] : nullptr;
}

QString TimelineView::tableName(qint64 tableId) const
{
    const BookableTable *table = tableAt(rowOf(tableId));
    return table ? table->name : QString();
}

const venue::Booking *TimelineView::booking(qint64 id) const
{
    const auto found = std::find_if(bookings.begin(), bookings.end(),
                                    [&](const venue::Booking &b) { return b.id == id; });
    return found == bookings.end() ? nullptr : &*found;
}

BookingState TimelineView::stateOf(const venue::Booking &booking) const
{
    return bookingState(booking, now, graceMinutes);
}

bool TimelineView::isShown(const venue::Booking &booking) const
{
    return !booking.cancelled && rowOf(booking.tableId) >= 0 && booking.from < scale.end
           && scale.start < booking.to;
}

QRectF TimelineView::blockRect(const venue::Booking &booking) const
{
    if (!isShown(booking))
        return {};
    const int row = rowOf(booking.tableId);
    const double left = scale.xOf(std::max(booking.from, scale.start));
    const double right = scale.xOf(std::min(booking.to, scale.end));
    const double top = scale.rowTop(row) + 4;
    return QRectF(left + 1, top, std::max(2.0, right - left - 2), scale.rowHeight - 8);
}

const venue::Booking *TimelineView::bookingIn(int row, const QDateTime &from,
                                              const QDateTime &to) const
{
    const BookableTable *table = tableAt(row);
    if (!table)
        return nullptr;
    for (const venue::Booking &b : bookings)
        if (b.tableId == table->id && isShown(b) && stateOf(b) != BookingState::NoShow
            && b.from < to && from < b.to)
            return &b;
    return nullptr;
}

const venue::Booking *TimelineView::bookingInSlot(int row, int slot) const
{
    return bookingIn(row, scale.slotStart(slot), scale.slotStart(slot + 1));
}

} // namespace dojo::ui
