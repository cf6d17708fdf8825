#pragma once

#include <QString>

#include <array>
#include <optional>

namespace dojo::venue {

// What the front desk sees of a table at a glance.
enum class TableStatus { Free, Booked, InPlay };

inline constexpr std::array<TableStatus, 3> kAllTableStatuses
    = {TableStatus::Free, TableStatus::Booked, TableStatus::InPlay};

// "free", "booked", "in-play": the words stored in the database.
QString tableStatusKey(TableStatus status);
std::optional<TableStatus> tableStatusFromKey(const QString &key);

// "Free", "Booked", "In play", in the user's language.
QString tableStatusName(TableStatus status);

} // namespace dojo::venue
