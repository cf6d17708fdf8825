#include "venue/internal/records.h"

#include "venue/internal/venuetr.h"
#include "venue/tablecorners.h"

namespace dojo::venue::internal {

Venue venueFromRecord(const storage::VenueRecord &record)
{
    return {record.id, record.name, record.isDemo};
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
    Table table{record.id, record.name,     record.size, record.cameraSource,
                status,    record.position, *corners};
    table.outOfOrder = outOfOrder;
    return table;
}

Player playerFromRecord(const storage::PlayerRecord &record)
{
    return {record.id, record.name, record.nickname};
}

Result<std::vector<Venue>> readVenues(storage::VenueRepository &repository)
{
    const Result<std::vector<storage::VenueRecord>> records = repository.venues();
    if (!records)
        return Unexpected(records.error());
    std::vector<Venue> venues;
    for (const storage::VenueRecord &record : *records)
        venues.push_back(venueFromRecord(record));
    return venues;
}

Result<std::vector<Table>> readTables(storage::VenueRepository &repository, qint64 venueId)
{
    const Result<std::vector<storage::TableRecord>> records = repository.tables(venueId);
    if (!records)
        return Unexpected(records.error());
    std::vector<Table> tables;
    for (const storage::TableRecord &record : *records) {
        Result<Table> table = tableFromRecord(record);
        if (!table)
            return Unexpected(table.error());
        tables.push_back(std::move(*table));
    }
    return tables;
}

Result<std::vector<Player>> readPlayers(storage::VenueRepository &repository, qint64 venueId)
{
    const Result<std::vector<storage::PlayerRecord>> records = repository.players(venueId);
    if (!records)
        return Unexpected(records.error());
    std::vector<Player> players;
    for (const storage::PlayerRecord &record : *records)
        players.push_back(playerFromRecord(record));
    return players;
}

} // namespace dojo::venue::internal
