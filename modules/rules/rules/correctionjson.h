#pragma once

#include "rules/step.h"

#include <core/result.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>

namespace dojo::rules {

// Players are written by name, as in the referee output: {"turn": "A", "score": {"A": 3,
// "B": 1}, ...}. Every key of the rack state is written, so a correction reads back whole.
QJsonObject correctionToJson(const Correction &correction, const std::array<QString, 2> &players);
// Refused with the field named: "on_table[2]: ball 12 is not in a nine-ball rack".
Result<Correction> correctionFromJson(const QJsonValue &value,
                                      const std::array<QString, 2> &players);

} // namespace dojo::rules
