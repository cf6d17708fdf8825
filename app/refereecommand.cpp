#include "refereecommand.h"

#include <cstdio>

namespace dojo::app {

int runReferee(const QStringList &)
{
    std::fputs("dojopool: referee is not built yet (the rules issue adds it)\n", stderr);
    return 1;
}

} // namespace dojo::app
