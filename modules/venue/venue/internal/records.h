#pragma once

#include "venue/floor.h"

#include <core/result.h>
#include <storage/venuerecords.h>
#include <storage/venuerepository.h>

#include <optional>
#include <vector>

namespace dojo::venue::internal {

// The database's rows as the front desk's values. A status this build does not know (one a
// newer DojoPool wrote) is refused, never read as Free.
Venue venueFromRecord(const storage::VenueRecord &record);
Result<Table> tableFromRecord(const storage::TableRecord &record);
Player playerFromRecord(const storage::PlayerRecord &record);

// Metres in the database, mm in the venue (core/units.h).
std::optional<FloorPlace> floorPlaceFromRecord(const std::optional<storage::FloorPlace> &place);
std::optional<storage::FloorPlace> floorPlaceRecord(const std::optional<FloorPlace> &place);
// The front desk's values as rows to write.
storage::VenueRecord venueRecord(const Venue &venue);
storage::TableRecord tableRecord(const Table &table, qint64 venueId);
storage::PlayerRecord playerRecord(const Player &player, qint64 venueId);

Result<std::vector<Venue>> readVenues(storage::VenueRepository &repository);
Result<std::vector<Table>> readTables(storage::VenueRepository &repository, qint64 venueId);
Result<std::vector<Player>> readPlayers(storage::VenueRepository &repository, qint64 venueId);
// The duplicates merged into another player.
Result<std::vector<Player>> readMergedPlayers(storage::VenueRepository &repository, qint64 venueId);

} // namespace dojo::venue::internal
