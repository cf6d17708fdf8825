#pragma once

#include <QString>

#include <array>
#include <optional>

namespace dojo {

// The six pockets, named as seen from the head end where the breaker stands.
enum class PocketId { HeadLeft, HeadRight, SideLeft, SideRight, FootLeft, FootRight };

inline constexpr std::array<PocketId, 6> kAllPockets
    = {PocketId::HeadLeft,  PocketId::HeadRight, PocketId::SideLeft,
       PocketId::SideRight, PocketId::FootLeft,  PocketId::FootRight};

// "head-left", "side-right", ...: the names of FORMAT.md.
QString pocketKey(PocketId pocket);
std::optional<PocketId> pocketFromKey(const QString &key);

bool isCornerPocket(PocketId pocket);

} // namespace dojo
