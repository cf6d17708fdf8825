#include "venue/tablestatus.h"

#include "venue/internal/venuetr.h"

namespace dojo::venue {

QString tableStatusKey(TableStatus status)
{
    switch (status) {
    case TableStatus::Free: return QStringLiteral("free");
    case TableStatus::Booked: return QStringLiteral("booked");
    case TableStatus::InPlay: return QStringLiteral("in-play");
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
    }
    return {};
}

} // namespace dojo::venue
