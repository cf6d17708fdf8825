#pragma once

#include "venue/playerratings.h"
#include "venue/racksplayed.h"

#include <core/result.h>

#include <QStringList>

#include <map>
#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// The venue's ratings as its players' racks say: read from the database by refresh() (every
// rack of the referee's matches and of the results entered by hand), then asked by the
// leaderboards, a player's charts, the tournament seeding and the match queue.
class RatingsBook
{
public:
    RatingsBook(storage::Database &database, qint64 venueId);

    Result<void> refresh();
    // Racks or players changed somewhere: the next refreshIfStale() reads them again.
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }
    Result<void> refreshIfStale() { return m_stale ? refresh() : Result<void>{}; }

    const std::vector<PlayedRacks> &racks() const { return m_racks; }
    // Names the referee's matches recorded that are nobody's: their racks are not counted.
    const QStringList &unknownNames() const { return m_unknownNames; }
    // Every kept player's starter rating (merged duplicates are their kept player).
    const std::map<qint64, double> &starters() const { return m_starters; }

    // Best first; `game` empty: over every game.
    Result<std::vector<PlayerRating>> leaderboard(const QString &game = {}) const;
    // The rating over every game by player id, as of the last refresh.
    const std::map<qint64, double> &ratings() const { return m_ratings; }
    Result<std::vector<RatingAt>> history(qint64 playerId, int points = 12) const;

private:
    storage::Database &m_database;
    qint64 m_venueId = 0;
    std::vector<PlayedRacks> m_racks;
    QStringList m_unknownNames;
    std::map<qint64, double> m_starters;
    std::map<qint64, double> m_ratings;
    bool m_stale = true; // never read, or changed since
};

} // namespace dojo::venue
