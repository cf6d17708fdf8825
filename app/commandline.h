#pragma once

#include <QString>
#include <QStringList>

namespace dojo::app {

// What the user asked for on the command line.
struct CommandLine
{
    enum class Command { Window, Serve, Referee, Simulate };

    Command command = Command::Window;
    QString databaseUrl; // empty: the SQLite file in the data folder
    QString dataFolder;  // empty: the user's application data folder
    QStringList files;   // referee: scenario files; simulate: one shot file
    double sampleHz = 0; // simulate --sample HZ; 0: no sampled paths
    int repeat = 0;      // simulate --repeat N; 0: not asked, one run and no timing
};

// The subcommand named in argv, found before any Q*Application exists (it decides which
// one to create). Unknown words are left for parseCommandLine to report.
CommandLine::Command commandInArguments(int argc, char **argv);

struct CommandLineParse
{
    CommandLine commandLine;
    bool exitNow = false; // --help or --version was answered
    int exitCode = 0;
    QString error; // one line, when the arguments are wrong
};

// Needs the application object. Prints --help and --version itself.
CommandLineParse parseCommandLine(const QStringList &arguments);

} // namespace dojo::app
