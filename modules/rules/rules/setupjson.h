#pragma once

#include "rules/gameoptions.h"

#include <core/result.h>

#include <QJsonObject>
#include <QString>

#include <array>

namespace dojo::rules {

// A match's setup as a stored match keeps it, players by name: {"game", "race_to",
// "break_rule", "first_breaker", "starting_score", "options"}. Every key is written and
// read back; an option missing keeps its WPA default, one this build does not know is
// refused, and the limits are those of a scenario's header (rules/scenario.h).
QJsonObject setupToJson(const MatchSetup &setup, const std::array<QString, 2> &players);
Result<MatchSetup> setupFromJson(const QJsonObject &object, const std::array<QString, 2> &players);

} // namespace dojo::rules
