#include "commands.h"

#include "backupcommand.h"
#include "bookcommand.h"
#include "bracketcommand.h"
#include "guicommand.h"
#include "oddscommand.h"
#include "playcommand.h"
#include "qrcommand.h"
#include "ratingscommand.h"
#include "refereecommand.h"
#include "rendercommand.h"
#include "restorecommand.h"
#include "servecommand.h"
#include "simulatecommand.h"
#include "trackcommand.h"

namespace dojo::app {

std::vector<Command> commands()
{
    // A new command: its file returning its Command, and one line here.
    return {windowCommand(), serveCommand(),  refereeCommand(), simulateCommand(),
            renderCommand(), playCommand(),   trackCommand(),   qrCommand(),
            bookCommand(),   oddsCommand(),   ratingsCommand(), bracketCommand(),
            backupCommand(), restoreCommand()};
}

} // namespace dojo::app
