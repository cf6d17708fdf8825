#pragma once

#include <venue/booking.h>

#include <QColor>
#include <QDateTime>
#include <QString>

namespace dojo::ui {

// Where a booking stands for the front desk at a given moment.
enum class BookingState {
    Booked,    // holds its table, not checked in yet
    CheckedIn, // the guests came
    NoShow,    // not checked in within the grace minutes: the table is free again
    Cancelled, // holds nothing; the timeline hides it
};

BookingState bookingState(const venue::Booking &booking, const QDateTime &now,
                          int graceMinutes = venue::kDefaultGraceMinutes);

// "Booked", "Checked in", "No-show", "Cancelled", in the user's language.
QString bookingStateName(BookingState state);

// How a booking's block is painted on the timeline.
struct BlockColours
{
    QColor fill;
    QColor text;
    QColor outline;
};
BlockColours blockColours(BookingState state);

} // namespace dojo::ui
