#pragma once

#include "command.h"

#include <QString>

namespace dojo::app {

// `dojopool backup --out FILE [--force]`: a consistent copy of the venue's database while the
// venue runs, written whole or not at all (docs/commands.md, "Backups").
Command backupCommand();

// A backup's size for a person: "812.5 kB", "12.4 MB".
QString sizeText(qint64 bytes);

} // namespace dojo::app
