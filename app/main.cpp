// dojopool: the front desk window, or one of the commands in commands.cpp (docs/commands.md).

#include "apptext.h"
#include "bashcompletion.h"
#include "commandline.h"
#include "commands.h"
#include "manpage.h"
#include "translations.h"
#include "venuestartup.h"

#include <QApplication>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
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

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DojoPool"));
    QCoreApplication::setApplicationName(QStringLiteral("dojopool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOJO_VERSION));
}

// The build's hidden options (docs/packaging.md): the man page and the bash completion, made
// from the command table; the man page is dated SOURCE_DATE_EPOCH, for a reproducible package.
bool isBuildOption(int argc, char **argv)
{
    return argc == 2
           && (qstrcmp(argv[1], "--man-page") == 0 || qstrcmp(argv[1], "--bash-completion") == 0);
}

int printBuildFile(int argc, char **argv)
{
    using namespace dojo::app;
    const QCoreApplication application(argc, argv);
    nameApplication();
    installTranslations(*QCoreApplication::instance());
    if (qstrcmp(argv[1], "--bash-completion") == 0) {
        std::fputs(qPrintable(bashCompletion(commands())), stdout);
        return 0;
    }
    const bool dated = qEnvironmentVariableIsSet("SOURCE_DATE_EPOCH");
    const QDate date = dated ? QDateTime::fromSecsSinceEpoch(
                                   qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(), Qt::UTC)
                                   .date()
                             : QDate::currentDate();
    std::fputs(qPrintable(manPage(commands(), QCoreApplication::applicationVersion(), date)),
               stdout);
    return 0;
}

int run(int argc, char **argv)
{
    using namespace dojo::app;
    using dojo::Result;

    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} dojopool[%{pid}] "
                                      "%{if-warning}warning: %{endif}%{if-critical}error: "
                                      "%{endif}%{if-fatal}fatal: %{endif}%{message}"));

    if (isBuildOption(argc, argv))
        return printBuildFile(argc, argv);

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
    nameApplication();
    // The window's id on Wayland, which finds its .desktop entry and icon (packaging/).
    if (qobject_cast<QGuiApplication *>(application.get()))
        QGuiApplication::setDesktopFileName(QStringLiteral("org.dojopool.DojoPool"));
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
