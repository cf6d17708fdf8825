#include "bookings/bookingstate.h"

#include "common/uitr.h"

namespace dojo::ui {

BookingState bookingState(const venue::Booking &booking, const QDateTime &now, int graceMinutes)
{
    if (booking.cancelled)
        return BookingState::Cancelled;
    if (booking.checkedIn)
        return BookingState::CheckedIn;
    if (venue::isReleased(booking, now, graceMinutes))
        return BookingState::NoShow;
    return BookingState::Booked;
}

QString bookingStateName(BookingState state)
{
    switch (state) {
    case BookingState::Booked: return Tr::tr("Booked");
    case BookingState::CheckedIn: return Tr::tr("Checked in");
    case BookingState::NoShow: return Tr::tr("No-show");
    case BookingState::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

BlockColours blockColours(BookingState state)
{
    // Light text on the strong colours and dark text on the grey, both above 4.5:1 contrast.
    switch (state) {
    case BookingState::Booked:
        return {QColor(0x2f, 0x6d, 0xb5), QColor(Qt::white), QColor(0x1d, 0x4b, 0x80)};
    case BookingState::CheckedIn:
        return {QColor(0x2e, 0x7d, 0x4f), QColor(Qt::white), QColor(0x1c, 0x55, 0x34)};
    case BookingState::NoShow:
        return {QColor(0xdd, 0xdd, 0xdd), QColor(0x55, 0x55, 0x55), QColor(0xa0, 0xa0, 0xa0)};
    case BookingState::Cancelled:
        return {QColor(0xf2, 0xf2, 0xf2), QColor(0x77, 0x77, 0x77), QColor(0xc8, 0xc8, 0xc8)};
    }
    return {};
}

} // namespace dojo::ui
