#pragma once

#include "rules/ruling.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace dojo::rules {

// FORMAT.md's referee output for one step, players by name; stored with every match step.
QJsonObject rulingToJson(int step, const Ruling &ruling, const std::array<QString, 2> &players);

} // namespace dojo::rules
