// dojopool: the front desk window, or one of the commands in commands.cpp (docs/commands.md).

#include "apptext.h"
#include "commandline.h"
#include "commands.h"
#include "translations.h"
#include "venuestartup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <exception>
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

int run(int argc, char **argv)
{
    using namespace dojo::app;
    using dojo::Result;

    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} dojopool[%{pid}] "
                                      "%{if-warning}warning: %{endif}%{if-critical}error: "
                                      "%{endif}%{if-fatal}fatal: %{endif}%{message}"));

    std::unique_ptr<QCoreApplication> application;
    const std::vector<Command> known = commands(); // `chosen` points into it
    const Command *chosen = commandBeforeParsing(argc, argv, known);
    // A command with many sockets runs on Qt's Unix event loop (Command::manySockets);
    // GStreamer's bus is then polled by Qt. The figures: tests/bench/live/README.md.
    if (chosen && chosen->manySockets && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    if (chosen && chosen->needsWindow && hasDisplay()) {
        application = std::make_unique<QApplication>(argc, argv);
    } else if (chosen && chosen->needsFonts) {
        if (!hasDisplay()) // fonts need a platform; pictures and PDFs need no screen
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DojoPool"));
    QCoreApplication::setApplicationName(QStringLiteral("dojopool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOJO_VERSION));
    installTranslations(*application);

    // Made again now that the translators are installed, for the help's texts.
    const Result<CommandLineParse> parsed
        = parseCommandLine(QCoreApplication::arguments(), commands());
    if (!parsed)
        return refuse(parsed.error(), 2);
    if (parsed->exitNow)
        return 0;

    const Command &command = *parsed->command;
    if (command.needsWindow && !qobject_cast<QApplication *>(application.get())) {
        return refuse(AppText::tr("no display to open the window on (DISPLAY is not set); "
                                  "run \"dojopool serve\" to run the venue without a window"));
    }
    // The referee and the simulator need no venue: no data folder, no database.
    std::unique_ptr<OpenVenue> venue;
    if (command.opensVenue) {
        Result<std::unique_ptr<OpenVenue>> opened = openVenue(parsed->venue);
        if (!opened)
            return refuse(opened.error());
        venue = std::move(*opened);
        if (Result<void, StartRefusal> chosen = chooseVenue(*venue, parsed->venue.venueName);
            !chosen)
            return refuse(chosen.error().line, chosen.error().status);
    }
    return command.run(parsed->input, venue.get());
}

} // namespace

int main(int argc, char **argv)
{
    // DojoPool answers failures with Result; an exception here is a bug (a bad_alloc, a value
    // taken from an empty Result). Say so in one line rather than abort without a word.
    try {
        return run(argc, argv);
    } catch (const std::exception &exception) {
        std::fprintf(stderr, "dojopool: internal error: %s\n", exception.what());
    } catch (...) {
        std::fprintf(stderr, "dojopool: internal error\n");
    }
    return 70; // EX_SOFTWARE
}
