#include "venue/ratingsbook.h"

#include <storage/venuerepository.h>

namespace dojo::venue {

RatingsBook::RatingsBook(storage::Database &database, qint64 venueId)
    : m_database(database)
    , m_venueId(venueId)
{
}

Result<void> RatingsBook::refresh()
{
    const Result<std::vector<storage::PlayerRecord>> players
        = storage::VenueRepository(m_database).players(m_venueId);
    if (!players)
        return Unexpected(players.error());
    Result<RacksAtVenue> racks = racksPlayed(m_database, m_venueId);
    if (!racks)
        return Unexpected(racks.error());
    std::map<qint64, double> starters;
    for (const storage::PlayerRecord &player : *players) {
        if (!player.mergedInto)
            starters[player.id] = player.starterRating;
    }
    const Result<std::vector<PlayerRating>> fitted = ratePlayers(starters, racks->racks);
    if (!fitted)
        return Unexpected(fitted.error());
    m_starters = std::move(starters);
    m_racks = std::move(racks->racks);
    m_unknownNames = racks->unknownNames;
    m_ratings.clear();
    for (const PlayerRating &rating : *fitted)
        m_ratings[rating.playerId] = rating.rating;
    m_stale = false;
    return {};
}

Result<std::vector<PlayerRating>> RatingsBook::leaderboard(const QString &game) const
{
    return ratePlayers(m_starters, m_racks, game);
}

Result<std::vector<RatingAt>> RatingsBook::history(qint64 playerId, int points) const
{
    return ratingOverTime(playerId, m_starters, m_racks, points);
}

} // namespace dojo::venue
