#pragma once

#include "command.h"

namespace dojo::app {

struct OpenVenue;

// `dojopool serve`: the venue without a window. Logs to stderr and runs until SIGTERM or
// SIGINT, then closes the database and returns 0.
Command serveCommand();
int runServe(OpenVenue &venue, bool cameras);

} // namespace dojo::app
