#pragma once

#include "command.h"

#include <QDate>
#include <QString>

#include <vector>

namespace dojo::app {

// dojopool(1) in troff (man macros), made from the command table so that it lists every
// command and option the program takes; `dojopool --man-page` prints it for the build.
QString manPage(const std::vector<Command> &commands, const QString &version, QDate date);

} // namespace dojo::app
