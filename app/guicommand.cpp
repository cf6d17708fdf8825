#include "guicommand.h"

#include "apptext.h"
#include "stopsignals.h"
#include "venuecameras.h"
#include "venuelive.h"
#include "venuestartup.h"
#include "windowlive.h"

#include <mainwindow/mainwindow.h>
#include <venue/venuemodel.h>
#include <venuefloor/venuefloorview.h>

#include <QApplication>
#include <QTimer>

namespace dojo::app {

namespace {

int runWindowWithLive(OpenVenue &venue, const LiveCommandLine &liveCommandLine)
{
    venue::VenueModel model(*venue.database);
    ui::MainWindow window(model, *venue.settings);
    // Every table of the shown venue on its camera; a table whose source changes gets a new one.
    VenueCameras cameras(venue.database.get());
    const auto showCameras = [&] { cameras.showTables(model.tables()); };
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
    if (venue.demoCreated)
        QTimer::singleShot(0, &window, [&window] { window.offerVenueSetup(); });
    const QString venueName = model.currentVenue() ? model.currentVenue()->name : QString();
    qInfo("%s", qPrintable(AppText::tr("window open on \"%1\" with %2 tables, database %3")
                               .arg(venueName)
                               .arg(model.tables().size())
                               .arg(model.databaseDescription())));
    const int status = QApplication::exec();
    cameras.stopAll();
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
