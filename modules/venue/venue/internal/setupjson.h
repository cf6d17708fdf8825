#pragma once

#include <rules/gameoptions.h>

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace dojo::venue::internal {

struct SetupParse
{
    std::optional<rules::MatchSetup> setup;
    QString error; // names the field: "options.three_foul_rule: expected true or false"
};

// A match's setup as the matches table keeps it, players by name. Every option is written;
// one missing on reading keeps its WPA default, one this build does not know is refused.
QJsonObject setupToJson(const rules::MatchSetup &setup, const std::array<QString, 2> &players);
SetupParse setupFromJson(const QJsonObject &object, const std::array<QString, 2> &players);

} // namespace dojo::venue::internal
