#pragma once

#include <mainwindow/mainwindow.h>
#include <storage/changefeed.h>
#include <venue/tournamentdesk.h>
#include <venue/venuemodel.h>

#include <QObject>
#include <QTimer>

#include <memory>

namespace dojo::app {

// The window's tournaments: a desk for the venue shown (made again when another venue is
// shown), the window told of what other PCs change (the feed's tournaments), and the results of
// the automatic referee's matches at the tables settled when matches change elsewhere and once a
// minute (this window's own referees write on its connection, which the feed does not report).
class WindowTournaments : public QObject
{
public:
    WindowTournaments(storage::Database &database, venue::VenueModel &model, ui::MainWindow &window,
                      storage::ChangeFeed &changes);
    ~WindowTournaments() override;

    // The shown venue changed: its tournaments, on a desk of their own.
    void showVenue();
    // Records the finished referee matches' results of every running tournament.
    void settle();

private:
    storage::Database &m_database;
    venue::VenueModel &m_model;
    ui::MainWindow &m_window;
    std::unique_ptr<venue::TournamentDesk> m_desk;
    qint64 m_venueId = 0;
    QTimer m_minute;
};

} // namespace dojo::app
