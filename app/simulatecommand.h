#pragma once

namespace dojo::app {

struct CommandLine;

// `dojopool simulate SHOT.json [--sample HZ] [--repeat N]`: one shot on the physics engine,
// printed as one JSON object on stdout.
int runSimulate(const CommandLine &commandLine);

} // namespace dojo::app
