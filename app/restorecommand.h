#pragma once

#include "command.h"

namespace dojo::app {

// `dojopool restore FILE [--force]`: puts a backup back into the venue's database, keeping the
// database as it was beside the other backups; refuses going back in time unless --force, and
// while the venue runs (docs/commands.md, "Backups").
Command restoreCommand();

} // namespace dojo::app
