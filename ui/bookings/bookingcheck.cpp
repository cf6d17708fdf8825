#include "bookings/bookingcheck.h"

#include "bookings/bookingtext.h"
#include "common/uitr.h"

#include <algorithm>

namespace dojo::ui {

std::optional<QString> whyRefused(const venue::Booking &candidate,
                                  const std::vector<BookableTable> &tables,
                                  const std::vector<venue::Booking> &bookings, const QDateTime &now,
                                  int graceMinutes, const QTimeZone &zone)
{
    if (!candidate.from.isValid() || !candidate.to.isValid() || candidate.to <= candidate.from)
        return Tr::tr("A booking ends after it starts.");
    const auto table = std::find_if(tables.begin(), tables.end(), [&](const BookableTable &t) {
        return t.id == candidate.tableId;
    });
    if (table == tables.end())
        return Tr::tr("Choose a table for the booking.");
    if (table->outOfOrder)
        return Tr::tr("%1 is out of order.").arg(table->name);
    if (const std::optional<venue::Booking> other
        = venue::firstOverlap(bookings, candidate, now, graceMinutes))
        return Tr::tr("%1 is booked for %2 from %3 to %4.")
            .arg(table->name, other->name, BookingText::time(other->from, zone),
                 BookingText::time(other->to, zone));
    return std::nullopt;
}

} // namespace dojo::ui
