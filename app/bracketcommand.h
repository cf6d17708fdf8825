#pragma once

#include "command.h"

namespace dojo::app {

// `dojopool bracket --format single|double|round-robin|swiss --players N [--grand-final
// simple|double] [--third-place] [--rounds R] [--simulate higher-seed-wins] [--json]`: plans a
// tournament for P1..PN in seed order and, with --simulate, plays it out with the better seed
// winning every match; one JSON document on stdout with --json, else the draw as text
// (docs/commands.md).
Command bracketCommand();

} // namespace dojo::app
