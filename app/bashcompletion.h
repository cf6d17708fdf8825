#pragma once

#include "command.h"

#include <QString>

#include <vector>

namespace dojo::app {

// The bash completion of dojopool, made from the command table: the commands, each command's
// options, the choices of an option whose value is one of a few words (--cameras on|off),
// folders and files where an option or an argument takes one. `dojopool --bash-completion`
// prints it for the build.
QString bashCompletion(const std::vector<Command> &commands);

} // namespace dojo::app
