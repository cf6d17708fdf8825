#pragma once

#include "command.h"

#include <QString>

namespace dojo::app {

// What ratings was asked on the command line.
struct RatingsCommandLine
{
    QString results;      // --results FILE.csv
    double starter = 500; // --starter R: every player's starter rating
    bool json = false;
};

// `dojopool ratings --results FILE.csv [--starter R] [--json]`: Fargo ratings fitted by maximum
// likelihood from results entered by hand, best first.
Command ratingsCommand();
int runRatings(const RatingsCommandLine &commandLine);

} // namespace dojo::app
