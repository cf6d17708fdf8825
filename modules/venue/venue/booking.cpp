#include "venue/booking.h"

#include "venue/internal/venuetr.h"

#include <array>

namespace dojo::venue {

namespace {

constexpr std::array kAllStates = {BookingState::Booked, BookingState::CheckedIn,
                                   BookingState::Cancelled, BookingState::Released};

} // namespace

QString bookingStateKey(BookingState state)
{
    switch (state) {
    case BookingState::Booked: return QStringLiteral("booked");
    case BookingState::CheckedIn: return QStringLiteral("checked-in");
    case BookingState::Cancelled: return QStringLiteral("cancelled");
    case BookingState::Released: return QStringLiteral("released");
    }
    return {};
}

std::optional<BookingState> bookingStateFromKey(const QString &key)
{
    for (BookingState state : kAllStates)
        if (bookingStateKey(state) == key)
            return state;
    return std::nullopt;
}

QString bookingStateName(BookingState state)
{
    switch (state) {
    case BookingState::Booked: return internal::Tr::tr("Booked");
    case BookingState::CheckedIn: return internal::Tr::tr("Checked in");
    case BookingState::Cancelled: return internal::Tr::tr("Cancelled");
    case BookingState::Released: return internal::Tr::tr("No-show");
    }
    return {};
}

bool isReleased(const Booking &booking, const QDateTime &now, int graceMinutes)
{
    return !booking.checkedIn && now >= booking.from.addSecs(qint64(graceMinutes) * 60);
}

bool overlaps(const Booking &a, const Booking &b, const QDateTime &now, int graceMinutes)
{
    if (a.tableId != b.tableId || a.cancelled || b.cancelled)
        return false;
    if (isReleased(a, now, graceMinutes) || isReleased(b, now, graceMinutes))
        return false;
    return a.from < b.to && b.from < a.to;
}

std::optional<Booking> firstOverlap(const std::vector<Booking> &bookings, const Booking &candidate,
                                    const QDateTime &now, int graceMinutes)
{
    for (const Booking &booking : bookings) {
        if (candidate.id != 0 && booking.id == candidate.id)
            continue; // moving or resizing a booking does not collide with itself
        // The candidate is being booked now: only the bookings already made can be released.
        if (booking.tableId != candidate.tableId || booking.cancelled || candidate.cancelled
            || isReleased(booking, now, graceMinutes))
            continue;
        if (booking.from < candidate.to && candidate.from < booking.to)
            return booking;
    }
    return std::nullopt;
}

} // namespace dojo::venue
