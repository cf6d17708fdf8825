#pragma once

#include "bookings/timelinescale.h"

#include <venue/booking.h>

#include <QDateTime>
#include <QPoint>

namespace dojo::ui {

// A mouse drag on the timeline, from the press on.
struct TimelineDrag
{
    enum class Kind {
        Create,      // on empty space: a new booking from the press to the pointer
        Move,        // a block's body: the same length elsewhere, also on another table
        ResizeStart, // its left edge
        ResizeEnd,   // its right edge
    };

    Kind kind = Kind::Create;
    QPoint pressPos;
    QDateTime pressTime; // under the pointer at the press, unsnapped
    // The booking taken; for Create a new one (id 0) on the pressed row.
    venue::Booking original;
    bool started = false; // the pointer went further than a click
};

// Where the dragged booking would be with the pointer at `pointerTime` over the row of
// `pointerTableId` (0: over no row): times snapped to 15 minutes, at least one slot long, kept
// inside the day.
venue::Booking draggedBooking(const TimelineDrag &drag, const TimelineScale &scale,
                              const QDateTime &pointerTime, qint64 pointerTableId);

} // namespace dojo::ui
