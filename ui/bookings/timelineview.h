#pragma once

#include "bookings/bookabletable.h"
#include "bookings/bookingstate.h"
#include "bookings/timelinescale.h"

#include <venue/booking.h>

#include <QDate>
#include <QDateTime>
#include <QRectF>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace dojo::ui {

// A booking being dragged or moved by keys, where it would land.
struct TimelineGhost
{
    venue::Booking booking;
    bool refused = false; // it would overlap another booking, or its table is out of order
};

// Everything the timeline shows, as plain values: what it paints and what its input reads.
struct TimelineView
{
    std::vector<BookableTable> tables; // one row each, in this order
    std::vector<venue::Booking> bookings;
    QDate day;
    QTimeZone zone = QTimeZone::utc();
    TimelineScale scale;
    QDateTime now;
    int graceMinutes = venue::kDefaultGraceMinutes;
    int cursorRow = 0;              // the keyboard's cell: a table's row ...
    int cursorSlot = 0;             // ... and a slot of 15 minutes
    std::optional<qint64> selected; // a booking's id
    std::optional<TimelineGhost> ghost;
    bool focused = false;

    int rowOf(qint64 tableId) const; // -1: not shown
    const BookableTable *tableAt(int row) const;
    QString tableName(qint64 tableId) const;
    const venue::Booking *booking(qint64 id) const;
    BookingState stateOf(const venue::Booking &booking) const;
    // Shown: not cancelled, on a shown table, inside the day.
    bool isShown(const venue::Booking &booking) const;
    // The booking's block on the viewport; empty when it is not shown.
    QRectF blockRect(const venue::Booking &booking) const;
    // The booking that holds a row's table at some moment from `from` to `to`. A no-show holds
    // nothing: its block is drawn, but the keys and drags go to the free table under it.
    const venue::Booking *bookingIn(int row, const QDateTime &from, const QDateTime &to) const;
    const venue::Booking *bookingInSlot(int row, int slot) const;
};

} // namespace dojo::ui
