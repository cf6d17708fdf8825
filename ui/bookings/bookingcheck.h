#pragma once

#include "bookings/bookabletable.h"

#include <venue/booking.h>

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace dojo::ui {

// Why the screens would not ask for `candidate` (a new booking, id 0, or one moved or resized):
// it ends before it starts, its table is out of order or unknown, or it would overlap another
// booking of its table (venue::firstOverlap). None: it may be asked for; the database has the
// last word.
std::optional<QString> whyRefused(const venue::Booking &candidate,
                                  const std::vector<BookableTable> &tables,
                                  const std::vector<venue::Booking> &bookings, const QDateTime &now,
                                  int graceMinutes, const QTimeZone &zone);

} // namespace dojo::ui
