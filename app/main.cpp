// dojopool: the front desk window, or `dojopool serve` for the venue without a window.

#include "apptext.h"
#include "commandline.h"
#include "guicommand.h"
#include "refereecommand.h"
#include "servecommand.h"
#include "simulatecommand.h"
#include "translations.h"
#include "venuestartup.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
           || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// Every refusal is one line on stderr and a non-zero exit status.
int refuse(const QString &message, int status = 1)
{
    std::fprintf(stderr, "dojopool: %s\n", qPrintable(message));
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    using dojo::app::CommandLine;

    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} dojopool[%{pid}] "
                                      "%{if-warning}warning: %{endif}%{if-critical}error: "
                                      "%{endif}%{if-fatal}fatal: %{endif}%{message}"));

    const bool wantsWindow
        = dojo::app::commandInArguments(argc, argv) == CommandLine::Command::Window;
    std::unique_ptr<QCoreApplication> application;
    if (wantsWindow && hasDisplay())
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DojoPool"));
    QCoreApplication::setApplicationName(QStringLiteral("dojopool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOJO_VERSION));
    dojo::app::installTranslations(*application);

    const dojo::app::CommandLineParse parsed
        = dojo::app::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.error.isEmpty()) {
        return refuse(dojo::app::AppText::tr("%1 (see dojopool --help)").arg(parsed.error), 2);
    }
    if (parsed.exitNow)
        return parsed.exitCode;

    const CommandLine &commandLine = parsed.commandLine;
    // The referee and the simulator need no venue: no data folder, no database.
    if (commandLine.command == CommandLine::Command::Referee)
        return dojo::app::runReferee(commandLine.files);
    if (commandLine.command == CommandLine::Command::Simulate)
        return dojo::app::runSimulate(commandLine);
    if (commandLine.command == CommandLine::Command::Window
        && !qobject_cast<QApplication *>(application.get())) {
        return refuse(
            dojo::app::AppText::tr("no display to open the window on (DISPLAY is not set); "
                                   "run \"dojopool serve\" to run the venue without a window"));
    }

    dojo::app::VenueStartup startup = dojo::app::openVenue(commandLine);
    if (!startup.venue)
        return refuse(startup.error);

    if (commandLine.command == CommandLine::Command::Serve)
        return dojo::app::runServe(*startup.venue);
    return dojo::app::runWindow(*startup.venue);
}
