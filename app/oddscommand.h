#pragma once

#include "command.h"

namespace dojo::app {

// What odds was asked on the command line.
struct OddsCommandLine
{
    double rating = 0;   // the first --rating: the player the chances are for
    double opponent = 0; // the second
    int racksNeeded = 0; // --race RA RB
    int opponentNeeded = 0;
    bool json = false;
};

// `dojopool odds --rating A --rating B --race RA RB [--json]`: the Fargo chances that a player
// rated A wins one rack against one rated B, and a race where A needs RA racks and B needs RB.
Command oddsCommand();
int runOdds(const OddsCommandLine &commandLine);

} // namespace dojo::app
