#pragma once

#include "venuecameras.h"
#include "venuelive.h"

#include <mainwindow/mainwindow.h>
#include <tablecards/livedesk.h>
#include <venue/tournamentdesk.h>
#include <venue/venuemodel.h>

#include <memory>
#include <optional>
#include <vector>

namespace dojo::app {

// The window's live games: the venue it opened on is served, as serve serves the first one
// (one venue a PC); when that venue is removed, the venue shown next. When another DojoPool on
// this PC (the dojopool service) already serves the venue on the port, the window leaves the
// phones to it and prints cards linking there. Any other taken port leaves the live games off
// and says why in the status bar; the window works on.
class WindowLive
{
public:
    WindowLive(storage::Database &database, VenueCameras &cameras, venue::VenueModel &model,
               ui::MainWindow &window, LiveCommandLine commandLine);

    // The shown venue changed, or one of its tables: the live tables follow.
    void showVenue();
    // The live server running now; null while the live games are off.
    live::LiveServer *server() const { return m_live ? &m_live->server() : nullptr; }

private:
    void start(const venue::Venue &venue);
    void stop();
    // Another DojoPool on this PC serves the venue: its cards, no server of our own.
    void leaveToBeside();
    Result<void> renewBeside();
    void showStatus(int connections);
    std::vector<print::TableCard> cards() const;

    storage::Database &m_database;
    VenueCameras &m_cameras;
    venue::VenueModel &m_model;
    ui::MainWindow &m_window;
    LiveCommandLine m_commandLine;
    std::unique_ptr<venue::TournamentDesk> m_tournaments; // the served venue's, for the phones
    std::unique_ptr<VenueLive> m_live;
    std::optional<venue::Venue> m_venue; // the venue served live (or tried)
    std::vector<venue::Table> m_tables;  // its tables, as last shown
    QString m_besideBase;                // set: served at this base by another DojoPool on this PC
};

} // namespace dojo::app
