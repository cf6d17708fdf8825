#pragma once

namespace dojo::app {

struct OpenVenue;

// `dojopool`: the front desk window on the venue floor.
int runWindow(OpenVenue &venue);

} // namespace dojo::app
