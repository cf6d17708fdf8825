#pragma once

#include "command.h"

namespace dojo::app {

// `dojopool qr [--table NAME] --pdf FILE | --png FILE`: the tables' QR cards with their join
// links (docs/commands.md): one table's card, or a sheet of every table's.
Command qrCommand();

} // namespace dojo::app
