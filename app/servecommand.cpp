#include "servecommand.h"

#include "apptext.h"
#include "stopsignals.h"
#include "venuestartup.h"

#include <venue/matchesinplay.h>
#include <venue/venuemodel.h>

#include <QCoreApplication>

namespace dojo::app {

int runServe(OpenVenue &venue)
{
    StopSignals stopSignals;
    if (Result<void> installed = stopSignals.install(); !installed) {
        qCritical(
            "%s",
            qPrintable(AppText::tr("cannot watch for stop signals: %1").arg(installed.error())));
        return 1;
    }
    QObject::connect(&stopSignals, &StopSignals::stopRequested, qApp, [](const QString &name) {
        qInfo("%s", qPrintable(AppText::tr("stopping on %1").arg(name)));
        QCoreApplication::quit();
    });

    if (venue.demoCreated)
        qInfo("%s", qPrintable(AppText::tr("created the demo venue on this first start")));
    // Every venue in the database, one after another (one venue per PC comes with the front desk).
    venue::VenueModel model(*venue.database);
    Result<void> loaded = model.load(); // the venues, with the first one shown
    const std::vector<venue::Venue> all = model.venues();
    venue::MatchesInPlay matches;
    for (size_t i = 0; loaded && i < all.size(); ++i) {
        if (i > 0 && !(loaded = model.load(all[i].id)))
            break;
        qInfo("%s", qPrintable(AppText::tr("venue \"%1\": %2 tables, %3 players")
                                   .arg(all[i].name)
                                   .arg(model.tables().size())
                                   .arg(model.players().size())));
        matches.resume(*venue.database, model.tables());
    }
    if (!loaded) {
        qCritical("%s", qPrintable(AppText::tr("cannot read the venue: %1").arg(loaded.error())));
        return 1;
    }
    for (const QString &line : matches.descriptions())
        qInfo("%s", qPrintable(AppText::tr("resumed the match at %1").arg(line)));
    for (const venue::MatchesInPlay::Problem &problem : matches.problems()) {
        qWarning("%s", qPrintable(AppText::tr("cannot resume the match at %1: %2")
                                      .arg(problem.tableName, problem.error)));
    }
    qInfo("%s", qPrintable(AppText::tr("DojoPool %1 serving from %2 (data folder %3)")
                               .arg(QCoreApplication::applicationVersion(),
                                    venue.database->location().describe(), venue.dataFolder)));

    const int status = QCoreApplication::exec();
    qInfo("%s", qPrintable(AppText::tr("stopped")));
    return status;
}

Command serveCommand()
{
    return {.name = QStringLiteral("serve"),
            .summary
            = AppText::tr("run the venue without a window (for a server or a back-room PC)"),
            .opensVenue = true,
            .run = [](const CommandInput &, OpenVenue *venue) { return runServe(*venue); }};
}

} // namespace dojo::app
