#pragma once

#include "command.h"

#include <vector>

namespace dojo::app {

// Every command of dojopool, in the order the help lists them. The texts are translated when
// the list is made: make it again once the translators are installed.
std::vector<Command> commands();

} // namespace dojo::app
