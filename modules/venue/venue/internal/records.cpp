#include "venue/internal/records.h"

#include "venue/internal/fromrecords.h"
#include "venue/internal/venuetr.h"
#include "venue/tablecorners.h"

#include <core/units.h>

namespace dojo::venue::internal {

std::optional<FloorPlace> floorPlaceFromRecord(const std::optional<storage::FloorPlace> &place)
{
    if (!place)
        return std::nullopt;
    return FloorPlace{metres(place->xMetres), metres(place->yMetres), place->angleDegrees};
}

std::optional<storage::FloorPlace> floorPlaceRecord(const std::optional<FloorPlace> &place)
{
    if (!place)
        return std::nullopt;
    return storage::FloorPlace{toMetres(place->x), toMetres(place->y), place->angle};
}

storage::VenueRecord venueRecord(const Venue &venue)
{
    storage::VenueRecord record;
    record.id = venue.id;
    record.name = venue.name;
    record.isDemo = venue.isDemo;
    record.currency = venue.currency;
    record.timeZone = venue.timeZone;
    record.graceMinutes = venue.graceMinutes;
    record.lockMinutes = venue.lockMinutes;
    return record;
}

storage::TableRecord tableRecord(const Table &table, qint64 venueId)
{
    storage::TableRecord record;
    record.id = table.id;
    record.venueId = venueId;
    record.name = table.name;
    record.size = table.size;
    record.cameraSource = table.cameraSource;
    record.status = storedStatusWord(table.outOfOrder);
    record.position = table.position;
    record.manualCorners = tableCornersText(table.corners);
    record.rateClass = table.rateClass;
    record.floorPlace = floorPlaceRecord(table.place);
    return record;
}

storage::PlayerRecord playerRecord(const Player &player, qint64 venueId)
{
    storage::PlayerRecord record;
    record.id = player.id;
    record.homeVenueId = venueId;
    record.name = player.name;
    record.nickname = player.nickname;
    record.memberUntil = player.memberUntil;
    record.contact = player.contact;
    record.starterRating = player.starterRating;
    record.mergedInto = player.mergedInto;
    return record;
}

Venue venueFromRecord(const storage::VenueRecord &record)
{
    Venue venue;
    venue.id = record.id;
    venue.name = record.name;
    venue.isDemo = record.isDemo;
    venue.currency = record.currency;
    venue.timeZone = record.timeZone;
    venue.graceMinutes = record.graceMinutes;
    venue.lockMinutes = record.lockMinutes;
    return venue;
}

Result<Table> tableFromRecord(const storage::TableRecord &record)
{
    // Only "out of order" is stored; the rest is derived (VenueModel::refreshTableStatuses).
    const bool outOfOrder = isOutOfOrderWord(record.status);
    const TableStatus status = outOfOrder ? TableStatus::OutOfOrder : TableStatus::Free;
    const Result<std::optional<TableCorners>> corners = tableCornersFromText(record.manualCorners);
    if (!corners) {
        return Unexpected(
            Tr::tr("table \"%1\" cannot be read: %2").arg(record.name, corners.error()));
    }
    Table table;
    table.id = record.id;
    table.name = record.name;
    table.size = record.size;
    table.cameraSource = record.cameraSource;
    table.status = status;
    table.outOfOrder = outOfOrder;
    table.position = record.position;
    table.corners = *corners;
    table.rateClass = record.rateClass;
    table.place = floorPlaceFromRecord(record.floorPlace);
    return table;
}

Player playerFromRecord(const storage::PlayerRecord &record)
{
    Player player;
    player.id = record.id;
    player.name = record.name;
    player.nickname = record.nickname;
    player.memberUntil = record.memberUntil;
    player.contact = record.contact;
    player.starterRating = record.starterRating;
    player.mergedInto = record.mergedInto;
    return player;
}

Result<std::vector<Venue>> readVenues(storage::VenueRepository &repository)
{
    return fromRecords<Venue>(repository.venues(), venueFromRecord);
}

Result<std::vector<Table>> readTables(storage::VenueRepository &repository, qint64 venueId)
{
    return fromRecords<Table>(repository.tables(venueId), tableFromRecord);
}

Result<std::vector<Player>> readPlayers(storage::VenueRepository &repository, qint64 venueId)
{
    return fromRecords<Player>(repository.players(venueId), playerFromRecord);
}

Result<std::vector<Player>> readMergedPlayers(storage::VenueRepository &repository, qint64 venueId)
{
    return fromRecords<Player>(repository.mergedPlayers(venueId), playerFromRecord);
}

} // namespace dojo::venue::internal
