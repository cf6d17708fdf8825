#pragma once

#include "command.h"

namespace dojo::app {

// `dojopool track INPUT --out FILE.jsonl [--table SIZE] [--corners ...] [--shots N]`: the
// tracker over a video, an image, a folder of images or the simulated table, written as the
// tracking log of docs/tracking.md.
Command trackCommand();

} // namespace dojo::app
