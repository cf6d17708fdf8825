#include "bookings/timelinescale.h"

#include <cmath>

namespace dojo::ui {

int TimelineScale::minutes() const
{
    return int(start.secsTo(end) / 60);
}

int TimelineScale::slotCount() const
{
    return (minutes() + kSlotMinutes - 1) / kSlotMinutes;
}

int TimelineScale::contentWidth() const
{
    return int(std::ceil(minutes() * pixelsPerMinute));
}

int TimelineScale::contentHeight(int rows) const
{
    return rows * rowHeight;
}

double TimelineScale::xOf(const QDateTime &moment) const
{
    return namesWidth - scrollX + double(start.secsTo(moment)) / 60.0 * pixelsPerMinute;
}

QDateTime TimelineScale::timeAt(double x) const
{
    const double minutesIn = (x - namesWidth + scrollX) / pixelsPerMinute;
    return start.addSecs(qint64(std::llround(minutesIn * 60.0)));
}

QDateTime TimelineScale::snapped(const QDateTime &moment) const
{
    const double slots = double(start.secsTo(moment)) / (kSlotMinutes * 60.0);
    return slotStart(int(std::lround(slots)));
}

int TimelineScale::slotAt(const QDateTime &moment) const
{
    return int(std::floor(double(start.secsTo(moment)) / (kSlotMinutes * 60.0)));
}

QDateTime TimelineScale::slotStart(int slot) const
{
    return start.addSecs(qint64(slot) * kSlotMinutes * 60);
}

int TimelineScale::rowTop(int row) const
{
    return headerHeight - scrollY + row * rowHeight;
}

int TimelineScale::rowAt(double y) const
{
    if (y < headerHeight)
        return -1;
    return int(std::floor((y - headerHeight + scrollY) / rowHeight));
}

} // namespace dojo::ui
