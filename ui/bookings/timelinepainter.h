#pragma once

#include "bookings/timelineview.h"

class QPainter;
class QPalette;
class QRect;

namespace dojo::ui {

// Paints the day: the hours across the top, a row per table with its name at the left, the
// bookings as blocks coloured by state, the booking being dragged, the keyboard's cell and a
// line at the present moment.
void paintTimeline(QPainter &painter, const TimelineView &view, const QRect &area,
                   const QPalette &palette);

} // namespace dojo::ui
