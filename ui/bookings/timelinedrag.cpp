#include "bookings/timelinedrag.h"

#include <algorithm>

namespace dojo::ui {
namespace {

constexpr qint64 kSlotSecs = TimelineScale::kSlotMinutes * 60;

} // namespace

venue::Booking draggedBooking(const TimelineDrag &drag, const TimelineScale &scale,
                              const QDateTime &pointerTime, qint64 pointerTableId)
{
    venue::Booking booking = drag.original;
    const QDateTime pointer = std::clamp(pointerTime, scale.start, scale.end);
    switch (drag.kind) {
    case TimelineDrag::Kind::Create: {
        const QDateTime pressed = scale.snapped(std::clamp(drag.pressTime, scale.start, scale.end));
        const QDateTime reached = scale.snapped(pointer);
        booking.from = std::min(pressed, reached);
        booking.to = std::max(pressed, reached);
        if (booking.from == booking.to) {
            // A short drag still makes one slot, on the side the pointer went.
            if (pointer < drag.pressTime)
                booking.from = booking.to.addSecs(-kSlotSecs);
            else
                booking.to = booking.from.addSecs(kSlotSecs);
        }
        break;
    }
    case TimelineDrag::Kind::Move: {
        const qint64 length = drag.original.from.secsTo(drag.original.to);
        QDateTime from
            = scale.snapped(drag.original.from.addSecs(drag.pressTime.secsTo(pointerTime)));
        if (from.addSecs(length) > scale.end)
            from = scale.snapped(scale.end.addSecs(-length));
        from = std::max(from, scale.start);
        booking.from = from;
        booking.to = from.addSecs(length);
        if (pointerTableId != 0)
            booking.tableId = pointerTableId;
        break;
    }
    case TimelineDrag::Kind::ResizeStart:
        booking.from = std::min(scale.snapped(pointer), drag.original.to.addSecs(-kSlotSecs));
        break;
    case TimelineDrag::Kind::ResizeEnd:
        booking.to = std::max(scale.snapped(pointer), drag.original.from.addSecs(kSlotSecs));
        break;
    }
    return booking;
}

} // namespace dojo::ui
