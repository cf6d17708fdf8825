#pragma once

#include "storage/venuerecords.h"

#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {

class Database;

// Venues, their tables and players. Every call reports failure through its return value
// and lastError(); nothing throws. Writes that change what the front desk sees also add
// an audit entry in the same transaction.
class VenueRepository
{
public:
    explicit VenueRepository(Database &database);

    std::vector<VenueRecord> venues();
    std::optional<VenueRecord> venue(qint64 id);
    std::optional<qint64> addVenue(const QString &name, bool isDemo);
    // Removes the venue with its tables and players.
    bool removeVenue(qint64 id, const QString &actor);

    std::vector<TableRecord> tables(qint64 venueId); // ordered by position, then name
    std::optional<qint64> addTable(const TableRecord &table);
    bool setTableStatus(qint64 tableId, TableStatus status, const QString &actor);

    std::vector<PlayerRecord> players(qint64 venueId); // ordered by name
    std::optional<qint64> addPlayer(const PlayerRecord &player);

    QString lastError() const { return m_lastError; }

private:
    Database &m_database;
    QString m_lastError;
};

} // namespace dojo::storage
