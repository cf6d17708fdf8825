#pragma once

#include <mainwindow/mainwindow.h>
#include <venue/ratingsbook.h>
#include <venue/venuemodel.h>

#include <QObject>

#include <memory>

namespace dojo::storage {
class ChangeFeed;
class Database;
} // namespace dojo::storage

namespace dojo::app {

// The window's players' screens: the shown venue's RatingsBook (a new one when another venue
// is shown; the match queue pairs on it too), the records a profile reads and a result by hand
// writes, and the change feed's results, matches, tournaments and players marking the ratings
// stale and telling the open players' window to read again.
class WindowPlayers : public QObject
{
    Q_OBJECT

public:
    WindowPlayers(storage::Database &database, venue::VenueModel &model, ui::MainWindow &window,
                  storage::ChangeFeed &changes);
    ~WindowPlayers() override;

    // The shown venue's ratings over every game, read again first when stale; a failed read
    // keeps the last ones and is said in the status bar.
    std::map<qint64, double> ratings();
    // A result was entered or a player changed here: the ratings are read again when next asked.
    void ratingsMayHaveChanged();

private:
    void showVenue();

    storage::Database &m_database;
    venue::VenueModel &m_model;
    ui::MainWindow &m_window;
    std::unique_ptr<venue::RatingsBook> m_book;
    qint64 m_venueId = 0;
};

} // namespace dojo::app
