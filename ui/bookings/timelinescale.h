#pragma once

#include <QDateTime>

namespace dojo::ui {

// Where times and tables fall on the timeline's viewport, and back. The tables' names take a
// column at the left and the hours a header at the top; both stay put while the rest scrolls.
// The day runs from `start` to `end` (the venue's opening hours) in slots of 15 minutes.
struct TimelineScale
{
    static constexpr int kSlotMinutes = 15;

    QDateTime start; // the first moment shown: opening time
    QDateTime end;   // closing time, often past midnight
    double pixelsPerMinute = 1.2;
    int namesWidth = 150;
    int headerHeight = 36;
    int rowHeight = 48;
    int scrollX = 0; // content pixels scrolled out at the left
    int scrollY = 0; // content pixels scrolled out at the top

    int minutes() const;   // the length of the day
    int slotCount() const; // slots of 15 minutes in the day
    int contentWidth() const;
    int contentHeight(int rows) const;

    double xOf(const QDateTime &moment) const; // viewport x
    QDateTime timeAt(double x) const;          // unsnapped, whole seconds
    // The nearest slot boundary, counted from the start.
    QDateTime snapped(const QDateTime &moment) const;
    int slotAt(const QDateTime &moment) const; // the slot the moment falls in, may be out of range
    QDateTime slotStart(int slot) const;

    int rowTop(int row) const; // viewport y of the row's top edge
    int rowAt(double y) const; // the row at viewport y, may be out of range; -1 above the rows
};

} // namespace dojo::ui
