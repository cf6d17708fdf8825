#include "servecommand.h"

#include "apptext.h"
#include "stopsignals.h"
#include "venuecameras.h"
#include "venuelive.h"
#include "venuestartup.h"

#include <venue/matchesinplay.h>
#include <venue/venuemodel.h>

#include <QCoreApplication>

namespace dojo::app {

namespace {

const QString kCameras = QStringLiteral("cameras");

// serve has no screen: each camera's state changes go to the log.
void logCameraStates(VenueCameras &cameras, const std::map<qint64, QString> &tableNames)
{
    for (qint64 tableId : cameras.tableIds()) {
        capture::TableCamera *camera = cameras.camera(tableId);
        if (!camera)
            continue;
        const QString name = tableNames.at(tableId);
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
                        qPrintable(
                            AppText::tr("%1: the camera failed: %2").arg(name, health.problem)));
                }
            });
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
    // Every venue in the database, one after another (one venue per PC comes with the front desk).
    venue::VenueModel model(*venue.database);
    Result<void> loaded = model.load(); // the venues, with the first one shown
    const std::vector<venue::Venue> all = model.venues();
    venue::MatchesInPlay matches;
    std::vector<venue::Table> tables;
    std::vector<venue::Table> liveTables; // the first venue's: one venue a PC is served live
    for (size_t i = 0; loaded && i < all.size(); ++i) {
        if (i > 0 && !(loaded = model.load(all[i].id)))
            break;
        if (i == 0)
            liveTables = model.tables();
        qInfo("%s", qPrintable(AppText::tr("venue \"%1\": %2 tables, %3 players")
                                   .arg(all[i].name)
                                   .arg(model.tables().size())
                                   .arg(model.players().size())));
        matches.resume(*venue.database, model.tables());
        tables.insert(tables.end(), model.tables().begin(), model.tables().end());
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
    VenueCameras venueCameras(venue.database.get());
    if (cameras) {
        std::map<qint64, QString> tableNames;
        for (const venue::Table &table : tables)
            tableNames[table.id] = table.name;
        venueCameras.showTables(tables);
        logCameraStates(venueCameras, tableNames);
        logRulings(venueCameras, tableNames);
    }
    VenueLive live(*venue.database, venueCameras);
    if (!all.empty()) {
        if (Result<void> started = live.start(liveCommandLine, all.front()); !started) {
            qCritical(
                "%s",
                qPrintable(AppText::tr("cannot serve the live games: %1").arg(started.error())));
            venueCameras.stopAll();
            return 1;
        }
        live.showTables(liveTables);
        qInfo("%s", qPrintable(AppText::tr("serving the live games on port %1: %2")
                                   .arg(live.server().port())
                                   .arg(live.base())));
    }
    qInfo("%s", qPrintable(AppText::tr("DojoPool %1 serving from %2 (data folder %3)")
                               .arg(QCoreApplication::applicationVersion(),
                                    venue.database->location().describe(), venue.dataFolder)));

    const int status = QCoreApplication::exec();
    venueCameras.stopAll();
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
