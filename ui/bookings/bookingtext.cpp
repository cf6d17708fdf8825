#include "bookings/bookingtext.h"

#include "common/uitr.h"

#include <QLocale>

namespace dojo::ui {

QString BookingText::time(const QDateTime &moment, const QTimeZone &zone)
{
    return QLocale().toString(moment.toTimeZone(zone).time(), QLocale::ShortFormat);
}

QString BookingText::span(const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    return Tr::tr("%1–%2", "a booking's times").arg(time(from, zone), time(to, zone));
}

QString BookingText::description(const venue::Booking &booking, const QString &tableName,
                                 BookingState state, const QTimeZone &zone)
{
    const QString from = time(booking.from, zone);
    const QString to = time(booking.to, zone);
    switch (state) {
    case BookingState::Booked:
        return Tr::tr("%1 has booked %2 from %3 to %4.").arg(booking.name, tableName, from, to);
    case BookingState::CheckedIn:
        return Tr::tr("%1 checked in at %2 on %3, booked from %4 to %5.")
            .arg(booking.name, time(booking.checkedIn.value_or(booking.from), zone), tableName,
                 from, to);
    case BookingState::NoShow:
        return Tr::tr("%1 did not come for %2 from %3 to %4: the table is free again.")
            .arg(booking.name, tableName, from, to);
    case BookingState::Cancelled:
        return Tr::tr("%1's booking of %2 from %3 to %4 is cancelled.")
            .arg(booking.name, tableName, from, to);
    }
    return {};
}

} // namespace dojo::ui
