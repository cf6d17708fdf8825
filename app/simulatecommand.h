#pragma once

#include "command.h"

#include <QStringList>

namespace dojo::app {

// What simulate was asked on the command line.
struct SimulateCommandLine
{
    QStringList files;   // exactly one: the shot file
    double sampleHz = 0; // --sample HZ; 0: no sampled paths
    int repeat = 0;      // --repeat N; 0: not asked, one run and no timing
};

// `dojopool simulate SHOT.json [--sample HZ] [--repeat N]`: one shot on the physics engine,
// printed as one JSON object on stdout.
Command simulateCommand();
int runSimulate(const SimulateCommandLine &commandLine);

} // namespace dojo::app
