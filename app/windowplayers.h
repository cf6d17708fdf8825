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
// is shown), the records a profile reads and a result by hand writes, and the change feed's
// results, matches and tournaments telling the open players' window to read again.
class WindowPlayers : public QObject
{
    Q_OBJECT

public:
    WindowPlayers(storage::Database &database, venue::VenueModel &model, ui::MainWindow &window,
                  storage::ChangeFeed &changes);
    ~WindowPlayers() override;

private:
    void showVenue();

    storage::Database &m_database;
    venue::VenueModel &m_model;
    ui::MainWindow &m_window;
    std::unique_ptr<venue::RatingsBook> m_book;
    qint64 m_venueId = 0;
};

} // namespace dojo::app
