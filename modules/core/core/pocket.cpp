#include "core/pocket.h"

namespace dojo {

QString pocketKey(PocketId pocket)
{
    switch (pocket) {
    case PocketId::HeadLeft: return QStringLiteral("head-left");
    case PocketId::HeadRight: return QStringLiteral("head-right");
    case PocketId::SideLeft: return QStringLiteral("side-left");
    case PocketId::SideRight: return QStringLiteral("side-right");
    case PocketId::FootLeft: return QStringLiteral("foot-left");
    case PocketId::FootRight: return QStringLiteral("foot-right");
    }
    return {};
}

std::optional<PocketId> pocketFromKey(const QString &key)
{
    for (PocketId pocket : kAllPockets) {
        if (pocketKey(pocket) == key)
            return pocket;
    }
    return std::nullopt;
}

bool isCornerPocket(PocketId pocket)
{
    return pocket != PocketId::SideLeft && pocket != PocketId::SideRight;
}

} // namespace dojo
