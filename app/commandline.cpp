#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace dojo::app {
namespace {

// Options that take a value: their value is never mistaken for a subcommand.
constexpr const char *kValueOptions[] = {"--database", "--data-dir"};

bool takesValue(const char *argument)
{
    for (const char *option : kValueOptions) {
        if (std::strcmp(argument, option) == 0)
            return true;
    }
    return false;
}

} // namespace

// The translation context of the command line's texts.
class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineText)
};

CommandLine::Command commandInArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (takesValue(argv[i])) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        if (std::strcmp(argv[i], "serve") == 0)
            return CommandLine::Command::Serve;
        break;
    }
    return CommandLine::Command::Window;
}

CommandLineParse parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("DojoPool runs a pool venue: table cameras, the automatic referee, players' phones "
           "and the front desk.\n\n"
           "Commands:\n"
           "  (none)  open the front desk window on the venue floor\n"
           "  serve   run the venue without a window (for a server or a back-room PC)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        CommandLineText::tr("Use this database instead of the SQLite file in the data folder: "
           "postgresql://user:password@host:port/database or sqlite:PATH."),
        CommandLineText::tr("URL"));
    const QCommandLineOption dataFolder(
        QStringLiteral("data-dir"),
        CommandLineText::tr("Keep the venue's database, settings and logs in this folder."), CommandLineText::tr("DIR"));
    parser.addOption(database);
    parser.addOption(dataFolder);
    parser.addPositionalArgument(QStringLiteral("command"), CommandLineText::tr("serve, or nothing for the window"),
                                 CommandLineText::tr("[command]"));

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

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.error = CommandLineText::tr("unexpected argument \"%1\"").arg(positional.at(1));
        return result;
    }
    if (!positional.isEmpty()) {
        if (positional.front() != QStringLiteral("serve")) {
            result.error = CommandLineText::tr("unknown command \"%1\"").arg(positional.front());
            return result;
        }
        result.commandLine.command = CommandLine::Command::Serve;
    }
    result.commandLine.databaseUrl = parser.value(database);
    result.commandLine.dataFolder = parser.value(dataFolder);
    if (parser.isSet(database) && result.commandLine.databaseUrl.isEmpty()) {
        result.error = CommandLineText::tr("--database needs a URL");
        return result;
    }
    if (parser.isSet(dataFolder) && result.commandLine.dataFolder.isEmpty()) {
        result.error = CommandLineText::tr("--data-dir needs a folder");
        return result;
    }
    return result;
}

} // namespace dojo::app
