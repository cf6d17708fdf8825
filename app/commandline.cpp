#include "commandline.h"

#include "apptext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace dojo::app {

namespace {

// Options that take a value: their value is never mistaken for a subcommand.
constexpr const char *kValueOptions[] = {"--database", "--data-dir", "--sample", "--repeat"};

bool takesValue(const char *argument)
{
    for (const char *option : kValueOptions) {
        if (std::strcmp(argument, option) == 0)
            return true;
    }
    return false;
}

struct CommandName
{
    const char *name;
    CommandLine::Command command;
};

constexpr CommandName kCommands[] = {{"serve", CommandLine::Command::Serve},
                                     {"referee", CommandLine::Command::Referee},
                                     {"simulate", CommandLine::Command::Simulate}};

QString commandName(CommandLine::Command command)
{
    for (const CommandName &known : kCommands) {
        if (known.command == command)
            return QString::fromLatin1(known.name);
    }
    return {};
}

} // namespace

CommandLine::Command commandInArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (takesValue(argv[i])) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        for (const CommandName &known : kCommands) {
            if (std::strcmp(argv[i], known.name) == 0)
                return known.command;
        }
        break;
    }
    return CommandLine::Command::Window;
}

CommandLineParse parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AppText::tr(
        "DojoPool runs a pool venue: table cameras, the automatic referee, players' phones "
        "and the front desk.\n\n"
        "Commands:\n"
        "  (none)             open the front desk window on the venue floor\n"
        "  serve              run the venue without a window (for a server or a back-room PC)\n"
        "  referee FILE...    rule rack scenarios (dojopool-rack/1), one JSON line per step\n"
        "  simulate SHOT.json simulate one shot on the physics engine and print it as JSON"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        AppText::tr("Use this database instead of the SQLite file in the data folder: "
                    "postgresql://user:password@host:port/database or sqlite:PATH."),
        AppText::tr("URL"));
    const QCommandLineOption dataFolder(
        QStringLiteral("data-dir"),
        AppText::tr("Keep the venue's database, settings and logs in this folder."),
        AppText::tr("DIR"));
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        AppText::tr("simulate: add each ball's path sampled this many times a second."),
        AppText::tr("HZ"));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"),
        AppText::tr("simulate: run the shot this many times and report the time on stderr."),
        AppText::tr("N"));
    parser.addOptions({database, dataFolder, sample, repeat});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 AppText::tr("serve, referee, simulate, or nothing for the window"),
                                 AppText::tr("[command] [files...]"));

    CommandLineParse result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        result.exitNow = true;
        return result;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        result.exitNow = true;
        return result;
    }

    CommandLine &commandLine = result.commandLine;
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString word = positional.takeFirst();
        bool known = false;
        for (const CommandName &command : kCommands) {
            if (word == QLatin1String(command.name)) {
                commandLine.command = command.command;
                known = true;
            }
        }
        if (!known) {
            result.error = AppText::tr("unknown command \"%1\"").arg(word);
            return result;
        }
    }
    commandLine.files = positional;

    using Command = CommandLine::Command;
    const Command command = commandLine.command;
    if ((command == Command::Window || command == Command::Serve) && !positional.isEmpty()) {
        result.error = AppText::tr("unexpected argument \"%1\"").arg(positional.front());
        return result;
    }
    if (command == Command::Referee && positional.isEmpty()) {
        result.error = AppText::tr("referee needs at least one scenario file");
        return result;
    }
    if (command == Command::Simulate && positional.size() != 1) {
        result.error = AppText::tr("simulate needs exactly one shot file");
        return result;
    }
    if (command != Command::Simulate && (parser.isSet(sample) || parser.isSet(repeat))) {
        result.error = AppText::tr("--sample and --repeat belong to simulate, not %1")
                           .arg(command == Command::Window ? AppText::tr("the window")
                                                           : commandName(command));
        return result;
    }
    if (parser.isSet(sample)) {
        bool ok = false;
        commandLine.sampleHz = parser.value(sample).toDouble(&ok);
        if (!ok || commandLine.sampleHz <= 0 || commandLine.sampleHz > 100000) {
            result.error = AppText::tr("--sample needs a rate in Hz above 0 and up to 100000");
            return result;
        }
    }
    if (parser.isSet(repeat)) {
        bool ok = false;
        commandLine.repeat = parser.value(repeat).toInt(&ok);
        if (!ok || commandLine.repeat < 1) {
            result.error = AppText::tr("--repeat needs a whole number of at least 1");
            return result;
        }
    }

    commandLine.databaseUrl = parser.value(database);
    commandLine.dataFolder = parser.value(dataFolder);
    if (parser.isSet(database) && commandLine.databaseUrl.isEmpty()) {
        result.error = AppText::tr("--database needs a URL");
        return result;
    }
    if (parser.isSet(dataFolder) && commandLine.dataFolder.isEmpty()) {
        result.error = AppText::tr("--data-dir needs a folder");
        return result;
    }
    return result;
}

} // namespace dojo::app
