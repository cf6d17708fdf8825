#include "servecommand.h"

#include "apptext.h"
#include "stopsignals.h"
#include "venuestartup.h"

#include <storage/venuerepository.h>
#include <venue/matchesinplay.h>

#include <QCoreApplication>

namespace dojo::app {

int runServe(OpenVenue &venue)
{
    StopSignals stopSignals;
    QString error;
    if (!stopSignals.install(&error)) {
        qCritical("%s", qPrintable(AppText::tr("cannot watch for stop signals: %1").arg(error)));
        return 1;
    }
    QObject::connect(&stopSignals, &StopSignals::stopRequested, qApp, [](const QString &name) {
        qInfo("%s", qPrintable(AppText::tr("stopping on %1").arg(name)));
        QCoreApplication::quit();
    });

    storage::VenueRepository venues(*venue.database);
    const std::vector<storage::VenueRecord> all = venues.venues();
    if (!venues.lastError().isEmpty()) {
        qCritical("%s",
                  qPrintable(AppText::tr("cannot read the venues: %1").arg(venues.lastError())));
        return 1;
    }
    if (venue.demoCreated)
        qInfo("%s", qPrintable(AppText::tr("created the demo venue on this first start")));
    venue::MatchesInPlay matches;
    for (const storage::VenueRecord &record : all) {
        const std::vector<storage::TableRecord> tables = venues.tables(record.id);
        const size_t players = venues.players(record.id).size();
        qInfo("%s", qPrintable(AppText::tr("venue \"%1\": %2 tables, %3 players")
                                   .arg(record.name)
                                   .arg(tables.size())
                                   .arg(players)));
        matches.resume(*venue.database, tables);
    }
    for (const QString &line : matches.descriptions())
        qInfo("%s", qPrintable(AppText::tr("resumed the match at %1").arg(line)));
    for (const QString &problem : matches.problems())
        qWarning("%s", qPrintable(AppText::tr("cannot resume the match at %1").arg(problem)));
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
