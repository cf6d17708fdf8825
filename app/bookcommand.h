#pragma once

#include "command.h"

namespace dojo::app {

// `dojopool book --table NAME --from ISO --to ISO --name WHO`: books a table on the venue's
// database and prints the booking, or refuses an overlapping booking with one line naming the
// booking in the way and exit status 3 (docs/commands.md).
Command bookCommand();

} // namespace dojo::app
