#pragma once

#include "bookings/bookingstate.h"

#include <venue/booking.h>

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace dojo::ui {

// How bookings read on screen, in the user's language and the venue's time zone.
namespace BookingText {
// A moment as the venue's clock shows it: "19:00" (or "7:00 PM" where that is the custom).
QString time(const QDateTime &moment, const QTimeZone &zone);
// "19:00–21:00", for a block too narrow for a sentence.
QString span(const QDateTime &from, const QDateTime &to, const QTimeZone &zone);
// One sentence about the booking as it stands, e.g. "Kim has booked Table 3 from 19:00 to
// 21:00.": the accessible name of its block, its tooltip.
QString description(const venue::Booking &booking, const QString &tableName, BookingState state,
                    const QTimeZone &zone);
} // namespace BookingText

} // namespace dojo::ui
