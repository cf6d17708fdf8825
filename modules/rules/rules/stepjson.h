#pragma once

#include "rules/step.h"

#include <core/result.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>

namespace dojo::rules {

// A step as a stored match keeps it: its kind (stepKindKey) and its input, which is the
// SHOT, {"choice": KEY}, {} for a stalemate, or the correction with players by name.
QJsonObject stepInputToJson(const Step &step, const std::array<QString, 2> &players);
// Refused, with the field named, when the kind or the input cannot be read.
Result<Step> stepFromJson(const QString &kind, const QJsonObject &input,
                          const std::array<QString, 2> &players);

// A step of a rack scenario (FORMAT.md): {"shot": SHOT}, {"decision": CHOICE} or
// {"event": "stalemate"}.
Result<Step> scenarioStepFromJson(const QJsonValue &value);

} // namespace dojo::rules
