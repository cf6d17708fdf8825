#include "simulatecommand.h"

#include "commandline.h"

#include <cstdio>

namespace dojo::app {

int runSimulate(const CommandLine &)
{
    std::fputs("dojopool: simulate is not built yet (the physics issue adds it)\n", stderr);
    return 1;
}

} // namespace dojo::app
