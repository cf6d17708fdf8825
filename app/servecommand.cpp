#include "servecommand.h"

#include "apptext.h"
#include "healthcollector.h"
#include "leaselog.h"
#include "nightlybackup.h"
#include "stopsignals.h"
#include "venuecameras.h"
#include "venuelive.h"
#include "venuestartup.h"

#include <venue/matchesinplay.h>
#include <venue/tableleasing.h>
#include <venue/tournamentdesk.h>
#include <venue/venuemodel.h>

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace dojo::app {

namespace {

const QString kCameras = QStringLiteral("cameras");

// serve has no screen: a camera's state changes go to the log.
void logCameraState(VenueCameras &cameras, qint64 tableId, const QString &name)
{
    capture::TableCamera *camera = cameras.camera(tableId);
    if (!camera)
        return;
    QObject::connect(
        camera, &capture::TableCamera::healthChanged, camera,
        [camera, name,
         last = std::make_shared<capture::SourceState>(capture::SourceState::Stopped)] {
            const capture::SourceHealth health = camera->health();
            if (health.state == *last)
                return;
            *last = health.state;
            if (health.state == capture::SourceState::Running) {
                qInfo("%s", qPrintable(AppText::tr("%1: the camera is running").arg(name)));
            } else if (health.state == capture::SourceState::Failed) {
                qWarning(
                    "%s",
                    qPrintable(AppText::tr("%1: the camera failed: %2").arg(name, health.problem)));
            }
        });
}

void logCameraStates(VenueCameras &cameras, const std::map<qint64, QString> &tableNames)
{
    for (qint64 tableId : cameras.tableIds())
        logCameraState(cameras, tableId, tableNames.at(tableId));
}

// Each table's unfinished match as resumed from its last stored ruling, for the log.
void logResumed(storage::Database &database, const std::vector<venue::Table> &tables)
{
    venue::MatchesInPlay matches;
    matches.resume(database, tables);
    for (const QString &line : matches.descriptions())
        qInfo("%s", qPrintable(AppText::tr("resumed the match at %1").arg(line)));
    for (const venue::MatchesInPlay::Problem &problem : matches.problems()) {
        qWarning("%s", qPrintable(AppText::tr("cannot resume the match at %1: %2")
                                      .arg(problem.tableName, problem.error)));
    }
}

// serve has no screen: each table's shots and their rulings go to the log.
void logRulings(VenueCameras &cameras, const std::map<qint64, QString> &tableNames)
{
    for (qint64 tableId : cameras.tableIds()) {
        venue::TableReferee *referee = cameras.referee(tableId);
        if (!referee)
            continue;
        const QString name = tableNames.at(tableId);
        QObject::connect(referee, &venue::TableReferee::shotSettled, referee,
                         [referee, name](int number) {
                             if (const venue::RefereedShot *shot = referee->shot(number))
                                 qInfo("%s", qPrintable(AppText::tr("%1: shot %2: %3")
                                                            .arg(name)
                                                            .arg(number)
                                                            .arg(shot->sentence)));
                         });
        QObject::connect(
            referee, &venue::TableReferee::reviewNeeded, referee, [referee, name](int number) {
                if (const venue::RefereedShot *shot = referee->shot(number))
                    qWarning("%s", qPrintable(AppText::tr("%1: shot %2 waits for a referee: %3")
                                                  .arg(name)
                                                  .arg(number)
                                                  .arg(shot->tracked.reason)));
            });
    }
}

} // namespace

int runServe(OpenVenue &venue, bool cameras, const LiveCommandLine &liveCommandLine)
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
    // Only this PC's venue (--venue, or the one it ran last): a chain's other venues are run
    // by their own PCs.
    venue::VenueModel model(*venue.database);
    if (Result<void> loaded = model.load(venue.venueId); !loaded) {
        qCritical("%s", qPrintable(AppText::tr("cannot read the venue: %1").arg(loaded.error())));
        return 1;
    }
    const std::optional<venue::Venue> shown = model.currentVenue();
    const std::vector<venue::Table> tables = model.tables();
    std::map<qint64, QString> tableNames;
    for (const venue::Table &table : tables)
        tableNames[table.id] = table.name;
    if (shown) {
        qInfo("%s", qPrintable(AppText::tr("venue \"%1\": %2 tables, %3 players")
                                   .arg(shown->name)
                                   .arg(tables.size())
                                   .arg(model.players().size())));
    }

    // A table's match is written by the one process that holds its lease; the others stand by.
    venue::TableLeasing leasing(*venue.database, venue::TableLeasing::holderForThisProcess());
    logTableLeases(leasing, [tableNames](qint64 tableId) { return tableNames.at(tableId); });
    leasing.setTables(tables);
    std::vector<venue::Table> held;
    std::copy_if(tables.begin(), tables.end(), std::back_inserter(held),
                 [&leasing](const venue::Table &table) { return leasing.holds(table.id); });
    logResumed(*venue.database, held);

    VenueCameras venueCameras(venue.database.get());
    for (const venue::Table &table : tables)
        venueCameras.setWriter(table.id, leasing.holds(table.id));
    if (cameras) {
        venueCameras.showTables(tables);
        logCameraStates(venueCameras, tableNames);
        logRulings(venueCameras, tableNames);
    }
    // A table taken over is resumed from the database as a restart would; one lost is no
    // longer written here, at once.
    QObject::connect(&leasing, &venue::TableLeasing::gained, &venueCameras,
                     [&, tables](qint64 tableId) {
                         const auto table = std::find_if(tables.begin(), tables.end(),
                                                         [tableId](const venue::Table &candidate) {
                                                             return candidate.id == tableId;
                                                         });
                         logResumed(*venue.database, {*table});
                         venueCameras.setWriter(tableId, true);
                     });
    QObject::connect(&leasing, &venue::TableLeasing::lost, &venueCameras,
                     [&venueCameras](qint64 tableId) { venueCameras.setWriter(tableId, false); });
    QObject::connect(&venueCameras, &VenueCameras::cameraReplaced, &venueCameras,
                     [&venueCameras, tableNames](qint64 tableId) {
                         logCameraState(venueCameras, tableId, tableNames.at(tableId));
                     });

    VenueLive live(*venue.database, venueCameras);
    // The venue's tournaments for the phones' bracket page.
    std::unique_ptr<venue::TournamentDesk> tournaments;
    if (shown) {
        tournaments = std::make_unique<venue::TournamentDesk>(*venue.database, shown->id);
        live.setTournamentDesk(tournaments.get());
    }
    // A tournament match refereed at a table records its own result when it ends.
    QTimer settling;
    if (tournaments) {
        settling.setInterval(10 * 1000);
        QObject::connect(&settling, &QTimer::timeout, tournaments.get(), [&tournaments] {
            if (const Result<int> settled = tournaments->settleRunning(); !settled)
                qWarning("%s", qPrintable(AppText::tr("cannot record the tournaments' results "
                                                      "from the tables: %1")
                                              .arg(settled.error())));
            else if (*settled > 0)
                qInfo("%s", qPrintable(AppText::tr("recorded %n tournament result(s) from the "
                                                   "tables",
                                                   nullptr, *settled)));
        });
        settling.start();
    }
    if (shown) {
        if (Result<void> started = live.start(liveCommandLine, *shown); !started) {
            qCritical(
                "%s",
                qPrintable(AppText::tr("cannot serve the live games: %1").arg(started.error())));
            venueCameras.stopAll();
            return 1;
        }
        live.showTables(tables);
        qInfo("%s", qPrintable(AppText::tr("serving the live games on port %1: %2")
                                   .arg(live.server().port())
                                   .arg(live.base())));
    }
    // The venue's health, sampled once a second: alerts in the log, /metrics, the daily report.
    HealthCollector health(venue.dataFolder, *venue.database, *venue.settings, venueCameras,
                           [tableNames](qint64 tableId) {
                               const auto found = tableNames.find(tableId);
                               return found == tableNames.end() ? QString::number(tableId)
                                                                : found->second;
                           });
    health.setLiveServer([&live] { return &live.server(); });
    health.start();
    qInfo("%s", qPrintable(AppText::tr("DojoPool %1 serving from %2 (data folder %3)")
                               .arg(QCoreApplication::applicationVersion(),
                                    venue.database->location().describe(), venue.dataFolder)));
    if (!venue.configFile.isEmpty()) // the venue PC's, which the staff's windows read too
        qInfo("%s", qPrintable(AppText::tr("the data folder and database are those %1 names")
                                   .arg(venue.configFile)));

    // Every night a backup, made by one process of the venue (app/nightlybackup.h).
    const std::unique_ptr<NightlyBackup> nightly = startNightlyBackup(venue, leasing.holder());

    const int status = QCoreApplication::exec();
    venueCameras.stopAll();
    leasing.releaseAll(); // the process standing by takes the tables over at its next try
    qInfo("%s", qPrintable(AppText::tr("stopped")));
    return status;
}

Command serveCommand()
{
    return {
        .name = QStringLiteral("serve"),
        .summary = AppText::tr("run the venue without a window (for a server or a back-room PC)"),
        .options = withLiveOptions({QCommandLineOption(
            kCameras,
            AppText::tr("on: show every table's camera (the default); off: run without them."),
            AppText::tr("on|off"))}),
        .opensVenue = true,
        .manySockets = true,
        .check = [](const CommandInput &input) -> Result<void> {
            if (input.isSet(kCameras) && input.value(kCameras) != QLatin1String("on")
                && input.value(kCameras) != QLatin1String("off")) {
                return Unexpected(
                    AppText::tr("--cameras is on or off, not \"%1\"").arg(input.value(kCameras)));
            }
            if (const Result<LiveCommandLine> live = readLiveOptions(input); !live)
                return Unexpected(live.error());
            return {};
        },
        .run =
            [](const CommandInput &input, OpenVenue *venue) {
                return runServe(*venue, input.value(kCameras) != QLatin1String("off"),
                                *readLiveOptions(input));
            }};
}

} // namespace dojo::app
