#pragma once

#include "command.h"

namespace dojo::app {

struct OpenVenue;

// `dojopool serve`: the venue without a window. Logs to stderr and runs until SIGTERM or
// SIGINT, then closes the database and returns 0.
Command serveCommand();
struct LiveCommandLine;
int runServe(OpenVenue &venue, bool cameras, const LiveCommandLine &live);

} // namespace dojo::app
