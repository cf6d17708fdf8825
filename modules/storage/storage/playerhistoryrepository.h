#pragma once

#include "storage/sessionrecords.h"

#include <core/result.h>

#include <vector>

namespace dojo::storage {

class Database;

// What a player's profile lists besides the matches (storage/resultrepository.h): their table
// time. Reads only; errors are one line.
class PlayerHistoryRepository
{
public:
    explicit PlayerHistoryRepository(Database &database);

    // The venue's sessions of `playerIds`, and those that name no player (a walk-in's name,
    // typed at the desk, may be one of theirs: venue/playeridentity.h decides), with their
    // stretches, newest first.
    Result<std::vector<SessionRecord>> sessionsOf(qint64 venueId,
                                                  const std::vector<qint64> &playerIds);

private:
    Database &m_database;
};

} // namespace dojo::storage
