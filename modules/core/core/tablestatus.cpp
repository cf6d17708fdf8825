#include "core/tablestatus.h"

namespace dojo {

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

} // namespace dojo
