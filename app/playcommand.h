#pragma once

#include "command.h"

namespace dojo::app {

// `dojopool play SOURCE [--table SIZE]`: only the table screen, on one source, for setting up
// a table's camera (docs/tracking.md).
Command playCommand();

} // namespace dojo::app
