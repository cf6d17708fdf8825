#pragma once

#include "command.h"

#include <QStringList>

namespace dojo::app {

// `dojopool referee FILE...`: rules rack scenarios (FORMAT.md, dojopool-rack/1) and prints
// one JSON line per step on stdout. Returns non-zero when a scenario had an error.
Command refereeCommand();
int runReferee(const QStringList &files);

} // namespace dojo::app
