#pragma once

#include <core/result.h>

#include <QCommandLineOption>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace dojo::app {

struct OpenVenue;

// What followed a command's name on the command line, parsed with that command's options.
struct CommandInput
{
    QStringList arguments;              // the positional arguments, without the command's name
    QHash<QString, QStringList> values; // every option given, by its first name: its values

    bool isSet(const QString &option) const { return values.contains(option); }
    // The option's last value; empty when it was not given.
    QString value(const QString &option) const
    {
        const QStringList given = values.value(option);
        return given.isEmpty() ? QString() : given.constLast();
    }
};

// One subcommand of dojopool: what the command line, the help and main need to know of it.
// Each command's file returns its Command; commands.cpp lists them (docs/commands.md). Every
// member has a default, so a command names only what it has (designated initializers).
struct Command
{
    QString name = {};      // the word after "dojopool"; empty for the window, which has none
    QString summary = {};   // one line in the list of commands
    QString arguments = {}; // its positional arguments' syntax ("FILE..."); empty: it takes none
    QString argumentsHelp = {}; // what those arguments are, for its help
    // Its own options; --help and --version are every command's, and opensVenue adds the
    // venue's. An option's name means the same in every command that has it.
    std::vector<QCommandLineOption> options = {};
    // Those of its options that take two words (`--race 7 5`; their value name says both,
    // "RA RB"): read as the option given twice, `--race 7 --race 5`, so the command finds
    // both in CommandInput::values. Fewer than two words after one is refused.
    std::vector<QString> pairOptions = {};
    bool opensVenue = false;  // takes --database and --data-dir and runs on the open venue
    bool needsWindow = false; // runs in a QApplication on a display
    bool needsFonts = false;  // draws text: a QGuiApplication (offscreen without a display)
    // Serves many connections (serve's live games): Qt's own Unix event loop, whose socket
    // notifiers cost the same with 10 or 1000 sockets (glib's do not).
    bool manySockets = false;
    // Checks the positional arguments and the option values before anything is opened;
    // refused with one line saying what is wrong. Null: nothing to check.
    Result<void> (*check)(const CommandInput &input) = nullptr;
    // Runs the command; venue is open when opensVenue, null otherwise. Returns the exit status.
    int (*run)(const CommandInput &input, OpenVenue *venue) = nullptr;
};

} // namespace dojo::app
