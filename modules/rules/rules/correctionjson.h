#pragma once

#include "rules/match.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>
#include <optional>

namespace dojo::rules {

// A referee's correction read from JSON, or the reason it was refused. The reason names the
// field: "on_table[2]: ball 12 is not in a nine-ball rack".
struct CorrectionParse
{
    std::optional<Correction> correction;
    QString error;
};

// Players are written by name, as in the referee output: {"turn": "A", "score": {"A": 3,
// "B": 1}, ...}. Every key of the rack state is written, so a correction reads back whole.
QJsonObject correctionToJson(const Correction &correction, const std::array<QString, 2> &players);
CorrectionParse correctionFromJson(const QJsonValue &value, const std::array<QString, 2> &players);

} // namespace dojo::rules
