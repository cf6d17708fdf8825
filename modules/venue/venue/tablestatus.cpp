#include "venue/tablestatus.h"

#include "venue/internal/venuetr.h"

#include <algorithm>

namespace dojo::venue {

QString tableStatusKey(TableStatus status)
{
    switch (status) {
    case TableStatus::Free: return QStringLiteral("free");
    case TableStatus::Booked: return QStringLiteral("booked");
    case TableStatus::InPlay: return QStringLiteral("in-play");
    case TableStatus::Paused: return QStringLiteral("paused");
    case TableStatus::OutOfOrder: return QStringLiteral("out-of-order");
    }
    return {};
}

std::optional<TableStatus> tableStatusFromKey(const QString &key)
{
    for (TableStatus status : kAllTableStatuses) {
        if (tableStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString tableStatusName(TableStatus status)
{
    switch (status) {
    case TableStatus::Free: return internal::Tr::tr("Free");
    case TableStatus::Booked: return internal::Tr::tr("Booked");
    case TableStatus::InPlay: return internal::Tr::tr("In play");
    case TableStatus::Paused: return internal::Tr::tr("Paused");
    case TableStatus::OutOfOrder: return internal::Tr::tr("Out of order");
    }
    return {};
}

QString storedStatusWord(bool outOfOrder)
{
    return tableStatusKey(outOfOrder ? TableStatus::OutOfOrder : TableStatus::Free);
}

bool isOutOfOrderWord(const QString &stored)
{
    return stored == tableStatusKey(TableStatus::OutOfOrder);
}

TableStatus deriveTableStatus(const TableActivity &activity, const QDateTime &now, int graceMinutes)
{
    if (activity.outOfOrder)
        return TableStatus::OutOfOrder;
    if (activity.session)
        return *activity.session == SessionState::Running ? TableStatus::InPlay
                                                          : TableStatus::Paused;
    if (activity.matchInPlay)
        return TableStatus::InPlay;
    const QDateTime soon = now.addSecs(qint64(kBookedAheadMinutes) * 60);
    const bool booked = std::any_of(
        activity.bookings.begin(), activity.bookings.end(), [&](const Booking &booking) {
            return !booking.cancelled && !isReleased(booking, now, graceMinutes)
                   && booking.from <= soon && booking.to > now;
        });
    return booked ? TableStatus::Booked : TableStatus::Free;
}

} // namespace dojo::venue
