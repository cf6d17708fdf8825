#include "windowplayers.h"

#include <storage/changefeed.h>
#include <venue/handresults.h>
#include <venue/playerhistory.h>
#include <venue/playerstatistics.h>

#include <QStatusBar>

namespace dojo::app {

WindowPlayers::WindowPlayers(storage::Database &database, venue::VenueModel &model,
                             ui::MainWindow &window, storage::ChangeFeed &changes)
    : m_database(database)
    , m_model(model)
    , m_window(window)
{
    storage::Database *db = &m_database;
    ui::PlayerRecords records;
    records.history = [db](qint64 venueId, qint64 playerId) {
        return venue::playerHistory(*db, venueId, playerId);
    };
    records.figures = [db](qint64 venueId, qint64 playerId) {
        return venue::playerFigures(*db, venueId, playerId);
    };
    records.enterResult = [db](const venue::HandResult &result, const venue::Actor &actor) {
        return venue::enterHandResult(*db, result, actor);
    };
    records.voidResult = [db](qint64 resultId, const QString &reason, const venue::Actor &actor) {
        return venue::voidHandResult(*db, resultId, reason, actor);
    };
    records.correctResult = [db](qint64 resultId, const venue::HandResult &corrected,
                                 const QString &reason, const venue::Actor &actor) {
        return venue::correctHandResult(*db, resultId, corrected, reason, actor);
    };
    m_window.setPlayerRecords(std::move(records));
    connect(&m_model, &venue::VenueModel::venueShown, this, &WindowPlayers::showVenue);
    // The model follows `players` itself (the window reads again on venueShown); results,
    // matches and tournaments' results only the ratings need.
    connect(&changes, &storage::ChangeFeed::changed, this, [this](const QStringList &kinds) {
        using namespace storage::change;
        if (storage::ChangeFeed::concerns(kinds, {kResults, kMatches, kTournaments, kPlayers}))
            ratingsMayHaveChanged();
    });
    showVenue();
}

WindowPlayers::~WindowPlayers()
{
    m_window.setRatingsBook(nullptr); // the players' window goes before the book
}

std::map<qint64, double> WindowPlayers::ratings()
{
    if (!m_book)
        return {};
    if (const Result<void> read = m_book->refreshIfStale(); !read)
        m_window.statusBar()->showMessage(read.error());
    return m_book->ratings();
}

void WindowPlayers::ratingsMayHaveChanged()
{
    if (m_book)
        m_book->markStale();
    m_window.ratingsMayHaveChanged();
}

void WindowPlayers::showVenue()
{
    const std::optional<venue::Venue> shown = m_model.currentVenue();
    const qint64 venueId = shown ? shown->id : 0;
    if (venueId == m_venueId && (m_book || venueId == 0))
        return;
    m_venueId = venueId;
    std::unique_ptr<venue::RatingsBook> old = std::move(m_book);
    if (venueId != 0)
        m_book = std::make_unique<venue::RatingsBook>(m_database, venueId);
    // Read when the players' window opens, not before: most evenings nobody asks.
    m_window.setRatingsBook(m_book.get());
}

} // namespace dojo::app
