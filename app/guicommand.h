#pragma once

#include "command.h"

namespace dojo::app {

struct OpenVenue;

// `dojopool` with no command: the front desk window on the venue floor.
Command windowCommand();
int runWindow(OpenVenue &venue);

} // namespace dojo::app
