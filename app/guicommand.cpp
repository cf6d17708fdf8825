#include "guicommand.h"

#include "apptext.h"
#include "stopsignals.h"
#include "venuecameras.h"
#include "venuelive.h"
#include "venuestartup.h"

#include <mainwindow/mainwindow.h>
#include <tablecards/livedesk.h>
#include <venue/venuemodel.h>
#include <venuefloor/venuefloorview.h>

#include <QApplication>

#include <algorithm>
#include <memory>
#include <optional>

namespace dojo::app {

namespace {

// The window's live games: the venue it opened on is served, as serve serves the first one
// (one venue a PC); when that venue is removed, the venue shown next. A port that is taken
// leaves the live games off and says why in the status bar; the window works on.
class WindowLive
{
public:
    WindowLive(storage::Database &database, VenueCameras &cameras, venue::VenueModel &model,
               ui::MainWindow &window, LiveCommandLine commandLine)
        : m_database(database)
        , m_cameras(cameras)
        , m_model(model)
        , m_window(window)
        , m_commandLine(std::move(commandLine))
    {
    }

    // The shown venue changed, or one of its tables: the live tables follow.
    void showVenue()
    {
        const std::optional<venue::Venue> shown = m_model.currentVenue();
        const bool stillThere
            = m_venue
              && std::any_of(m_model.venues().begin(), m_model.venues().end(),
                             [this](const venue::Venue &v) { return v.id == m_venue->id; });
        if (!stillThere) {
            stop();
            if (!shown) {
                m_window.showLiveStatus(
                    ui::liveOffText(AppText::tr("there is no venue in this database")));
                return;
            }
            start(*shown);
        }
        if (m_live && shown && shown->id == m_venue->id) {
            m_tables = m_model.tables();
            m_live->showTables(m_tables);
        }
    }

private:
    void start(const venue::Venue &venue)
    {
        m_venue = venue; // tried once: a port that is taken stays taken for this window
        auto live = std::make_unique<VenueLive>(m_database, m_cameras);
        if (Result<void> started = live->start(m_commandLine, venue); !started) {
            qWarning("%s",
                     qPrintable(AppText::tr("the live games are off: %1").arg(started.error())));
            m_window.showLiveStatus(ui::liveOffText(started.error()));
            return;
        }
        m_live = std::move(live);
        qInfo("%s", qPrintable(AppText::tr("serving the live games on port %1: %2")
                                   .arg(m_live->server().port())
                                   .arg(m_live->base())));
        QObject::connect(&m_live->server(), &live::LiveServer::connectionsChanged, &m_window,
                         [this](int connections) { showStatus(connections); });
        showStatus(m_live->server().connections());
        m_window.setLive(ui::LiveDesk{.cards = [this] { return cards(); },
                                      .renewCodes = [this]() -> Result<void> {
                                          if (!m_live)
                                              return Unexpected(
                                                  AppText::tr("the live games are not running"));
                                          // No staff accounts yet: the desk is the actor.
                                          return m_live->renewJoinCodes(QStringLiteral("desk"));
                                      }});
    }

    void stop()
    {
        m_window.setLive({});
        m_live.reset(); // closes the port, so the next venue can listen on it
        m_venue.reset();
        m_tables.clear();
    }

    void showStatus(int connections)
    {
        m_window.showLiveStatus(ui::liveStatusText(m_live->base(), connections));
    }

    std::vector<print::TableCard> cards() const
    {
        std::vector<print::TableCard> cards;
        if (!m_live)
            return cards;
        for (const venue::Table &table : m_tables) {
            print::TableCard card;
            card.venue = m_venue->name;
            card.table = table.name;
            card.joinUrl = m_live->joinUrl(table);
            card.shownUrl = card.joinUrl.mid(card.joinUrl.indexOf(QLatin1String("://")) + 3);
            cards.push_back(card);
        }
        return cards;
    }

    storage::Database &m_database;
    VenueCameras &m_cameras;
    venue::VenueModel &m_model;
    ui::MainWindow &m_window;
    LiveCommandLine m_commandLine;
    std::unique_ptr<VenueLive> m_live;
    std::optional<venue::Venue> m_venue; // the venue served live (or tried)
    std::vector<venue::Table> m_tables;  // its tables, as last shown
};

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
