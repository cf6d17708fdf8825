#pragma once

#include "command.h"
#include "venuestartup.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dojo::app {

// Before any Q*Application exists (it decides which one to create): the command named in argv
// (the window's when none is named); null for help. A word that names no command is left for
// parseCommandLine.
const Command *commandBeforeParsing(int argc, char **argv, const std::vector<Command> &commands);

struct CommandLineParse
{
    std::optional<Command> command; // the command to run
    CommandInput input;             // its arguments and options
    VenueCommandLine venue;         // --database and --data-dir, when the command opensVenue
    bool exitNow = false;           // the help or the version was printed
};

// Finds the command, parses the arguments with its own options and checks them. Answers
// "help", --help and --version itself. Refused with one line for stderr that names the help
// to see when the arguments are wrong. Needs the application object.
Result<CommandLineParse> parseCommandLine(const QStringList &arguments,
                                          const std::vector<Command> &commands);

// What the help lists, for the man page and the shell completion made from the same table:
// the options a command takes besides --help and --version (the venue's when it opens the
// venue, then its own), and those two, which every command takes.
std::vector<QCommandLineOption> commandOptions(const Command &command);
std::vector<QCommandLineOption> everyCommandOptions();
// "help [COMMAND]": the help's own word and what it does.
QString helpWord();
QString helpSummary();
// What DojoPool does, in one sentence (the help's first line).
QString programAbout();

} // namespace dojo::app
