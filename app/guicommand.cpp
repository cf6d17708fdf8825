#include "guicommand.h"

#include "apptext.h"
#include "healthcollector.h"
#include "leaselog.h"
#include "stopsignals.h"
#include "venuecameras.h"
#include "venuelive.h"
#include "venuestartup.h"
#include "windowbackups.h"
#include "windowlive.h"
#include "windowplayers.h"
#include "windowtournaments.h"

#include <mainwindow/mainwindow.h>
#include <storage/changefeed.h>
#include <venue/bookingbook.h>
#include <venue/challengedesk.h>
#include <venue/demovenue.h>
#include <venue/matchqueue.h>
#include <venue/staffdesk.h>
#include <venue/tableleasing.h>
#include <venue/tabletime.h>
#include <venue/venueevents.h>
#include <venue/venuemodel.h>
#include <venue/venuereports.h>
#include <venuefloor/venuefloorview.h>

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace dojo::app {

namespace {

int runWindowWithLive(OpenVenue &venue, const LiveCommandLine &liveCommandLine)
{
    venue::VenueModel model(*venue.database);
    venue::VenueReports reports(*venue.database); // outlives the window's reports
    venue::BookingBook bookings(*venue.database); // and its bookings screen
    venue::TableTime tableTime(*venue.database);  // the shown venue's sessions, queue and rates
    // The club: challenges (their tables booked through the bookings), events, the match queue.
    venue::ChallengeDesk challenges(*venue.database, bookings);
    venue::VenueEvents events(*venue.database);
    venue::MatchQueue matchQueue(*venue.database);
    // Staff sign in at the window; the demo venue gets its three accounts on its first start.
    if (const Result<bool> demoStaff = venue::ensureDemoStaff(*venue.database); !demoStaff)
        qWarning("%s", qPrintable(demoStaff.error()));
    venue::StaffDesk desk(*venue.database);
    ui::MainWindow window(model, *venue.settings);
    window.setStaffDesk(&desk);
    // What another window, `serve` or another PC changes in the database reaches the floor.
    storage::ChangeFeed changes(*venue.database);
    model.followChanges(changes);
    const auto tell = [&window](const QString &what) { window.statusBar()->showMessage(what); };
    QObject::connect(&changes, &storage::ChangeFeed::lost, &window, tell);
    QObject::connect(&model, &venue::VenueModel::reloadFailed, &window, [tell](const QString &why) {
        tell(
            AppText::tr("The venue could not be read again after a change elsewhere: %1").arg(why));
    });
    if (Result<void> following = changes.start(); !following)
        qWarning("%s", qPrintable(following.error()));
    window.setReports(&reports);
    // The players' screens: the shown venue's ratings (the match queue's too), read again when
    // results, matches or players change.
    WindowPlayers players(*venue.database, model, window, changes);
    window.setBookingBook(&bookings);
    QObject::connect(&changes, &storage::ChangeFeed::changed, &bookings,
                     [&bookings, tell](const QStringList &kinds) {
                         if (bookings.venueId() == 0
                             || !storage::ChangeFeed::concerns(kinds, {storage::change::kBookings}))
                             return;
                         if (Result<void> read = bookings.load(bookings.day()); !read)
                             tell(read.error());
                     });
    const auto showTableTime = [&] {
        if (const std::optional<venue::Venue> shown = model.currentVenue()) {
            if (Result<void> loaded = tableTime.load(shown->id); !loaded)
                qWarning("%s", qPrintable(loaded.error()));
        }
    };
    QObject::connect(&model, &venue::VenueModel::venueShown, &window, showTableTime);
    showTableTime();
    window.setTableTime(tableTime);
    // Table time and the floor's derived statuses follow what other desks and serve write.
    QObject::connect(&changes, &storage::ChangeFeed::changed, &tableTime,
                     [&tableTime, &model, tell](const QStringList &kinds) {
                         using namespace storage::change;
                         if (!storage::ChangeFeed::concerns(
                                 kinds, {kSessions, kBookings, kTables, kMatches, kRates}))
                             return;
                         if (Result<void> read = tableTime.reload(); !read)
                             tell(read.error());
                         if (Result<void> read = model.refreshTableStatuses(); !read)
                             tell(read.error());
                     });
    // The venue's tournaments: results from other PCs and from the tables' referees come in.
    WindowTournaments tournaments(*venue.database, model, window, changes);
    QObject::connect(&model, &venue::VenueModel::venueShown, &window,
                     [&tournaments] { tournaments.showVenue(); });
    // The club's challenges, events and queue follow the venue shown and other desks.
    const auto showClub = [&] {
        const std::optional<venue::Venue> shown = model.currentVenue();
        if (!shown)
            return;
        // A challenge's table is booked through the book, which needs the venue before the
        // bookings screen is ever opened.
        if (bookings.venueId() != shown->id) {
            if (Result<void> read = bookings.showVenue(shown->id); !read)
                qWarning("%s", qPrintable(read.error()));
        }
        for (const Result<void> &loaded :
             {challenges.load(shown->id), events.load(shown->id), matchQueue.load(shown->id)}) {
            if (!loaded)
                qWarning("%s", qPrintable(loaded.error()));
        }
    };
    QObject::connect(&model, &venue::VenueModel::venueShown, &window, showClub);
    showClub();
    challenges.followChanges(changes);
    events.followChanges(changes);
    matchQueue.followChanges(changes);
    QObject::connect(&challenges, &venue::ChallengeDesk::reloadFailed, &window, tell);
    QObject::connect(&events, &venue::VenueEvents::reloadFailed, &window, tell);
    QObject::connect(&matchQueue, &venue::MatchQueue::reloadFailed, &window, tell);
    // A challenge played here is a result entered here: the feed does not tell this window.
    QObject::connect(&challenges, &venue::ChallengeDesk::challengesChanged, &players,
                     &WindowPlayers::ratingsMayHaveChanged);
    window.setChallengeDesk(challenges);
    window.setVenueEvents(events);
    window.setMatchQueue(matchQueue, [&players] { return players.ratings(); });
    // Every table of the shown venue on its camera; a table whose source changes gets a new one.
    VenueCameras cameras(venue.database.get());
    // The window referees only the tables whose lease it holds: another PC (a serve) may run
    // the others, whose cameras it shows all the same.
    venue::TableLeasing leasing(*venue.database, venue::TableLeasing::holderForThisProcess());
    logTableLeases(leasing, [&model](qint64 tableId) {
        const std::optional<venue::Table> table = model.table(tableId);
        return table ? table->name : QString::number(tableId);
    });
    QObject::connect(&leasing, &venue::TableLeasing::gained, &cameras,
                     [&cameras](qint64 tableId) { cameras.setWriter(tableId, true); });
    QObject::connect(&leasing, &venue::TableLeasing::lost, &cameras,
                     [&cameras](qint64 tableId) { cameras.setWriter(tableId, false); });
    const auto showCameras = [&] {
        leasing.setTables(model.tables());
        for (const venue::Table &table : model.tables())
            cameras.setWriter(table.id, leasing.holds(table.id));
        cameras.showTables(model.tables());
    };
    QObject::connect(&model, &venue::VenueModel::venueShown, &cameras, showCameras);
    QObject::connect(&model, &venue::VenueModel::tableChanged, &cameras, showCameras);
    const auto giveFeeds = [&] {
        window.setTableFeeds([&cameras](qint64 tableId) {
            return ui::TableFeed{cameras.camera(tableId), cameras.scoreboard(tableId),
                                 cameras.tracking(tableId), cameras.referee(tableId),
                                 &cameras.replays()};
        });
    };
    // A replaced camera is handed to the cards and screens again before the old one goes.
    QObject::connect(&cameras, &VenueCameras::cameraReplaced, &window, giveFeeds);
    showCameras();
    giveFeeds();

    // The live games follow the cameras: connected after them, so they find the new ones.
    WindowLive live(*venue.database, cameras, model, window, liveCommandLine);
    const auto showLive = [&live] { live.showVenue(); };
    QObject::connect(&model, &venue::VenueModel::venueShown, &window, showLive);
    QObject::connect(&model, &venue::VenueModel::tableChanged, &window, showLive);
    showLive();

    // The venue's health, sampled once a second: View → Health…, the floor's marks, /metrics.
    HealthCollector health(venue.dataFolder, *venue.database, *venue.settings, cameras,
                           [&model](qint64 tableId) {
                               const std::optional<venue::Table> table = model.table(tableId);
                               return table ? table->name : QString::number(tableId);
                           });
    health.setLiveServer([&live] { return live.server(); });
    window.setHealthMonitor(&health.monitor());
    health.start();
    // The nightly backup, and the time of the last one in the status bar.
    WindowBackups backups(venue, window, changes, leasing.holder());

    // SIGTERM closes the window the normal way, so its settings are saved too.
    StopSignals stopSignals;
    if (Result<void> installed = stopSignals.install())
        QObject::connect(&stopSignals, &StopSignals::stopRequested, &window, &QWidget::close);
    else
        qWarning(
            "%s",
            qPrintable(AppText::tr("cannot watch for stop signals: %1").arg(installed.error())));

    window.showAsLastTime();
    // A first start on a fresh data folder: set up the venue, or look around the demo first.
    // On a venue PC the service made the demo before the window's first start: offered once
    // per data folder while the demo is its only venue (docs/packaging.md).
    const QString setupOffered = QStringLiteral("window/venueSetupOffered");
    if (venue.demoCreated
        || (!venue.settings->value(setupOffered).toBool() && model.venues().size() == 1
            && model.hasDemoVenue())) {
        venue.settings->setValue(setupOffered, true);
        QTimer::singleShot(0, &window, [&window] { window.offerVenueSetup(); });
    }
    const QString venueName = model.currentVenue() ? model.currentVenue()->name : QString();
    qInfo("%s", qPrintable(AppText::tr("window open on \"%1\" with %2 tables, database %3")
                               .arg(venueName)
                               .arg(model.tables().size())
                               .arg(model.databaseDescription())));
    const int status = QApplication::exec();
    window.setHealthMonitor(nullptr); // the monitor goes before the window
    cameras.stopAll();
    leasing.releaseAll();
    return status;
}

} // namespace

int runWindow(OpenVenue &venue)
{
    return runWindowWithLive(venue, LiveCommandLine{});
}

Command windowCommand()
{
    return {.summary = AppText::tr("open the front desk window on the venue floor"),
            .options = withLiveOptions({}),
            .opensVenue = true,
            .needsWindow = true,
            .check = [](const CommandInput &input) -> Result<void> {
                if (const Result<LiveCommandLine> live = readLiveOptions(input); !live)
                    return Unexpected(live.error());
                return {};
            },
            .run
            = [](const CommandInput &input,
                 OpenVenue *venue) { return runWindowWithLive(*venue, *readLiveOptions(input)); }};
}

} // namespace dojo::app
