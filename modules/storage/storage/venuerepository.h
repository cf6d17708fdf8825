#pragma once

#include "storage/venuerecords.h"

#include <core/result.h>

#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {

class Database;

// Venues, their tables and players. Every call answers with a Result whose error is one line
// for a person. Writes that change what the front desk sees also add an audit entry in the
// same transaction.
class VenueRepository
{
public:
    explicit VenueRepository(Database &database);

    Result<std::vector<VenueRecord>> venues(); // by id
    Result<VenueRecord> venue(qint64 id);
    Result<qint64> addVenue(const QString &name, bool isDemo);
    // Removes the venue with its tables and players.
    Result<void> removeVenue(qint64 id, const QString &actor);

    // Writes `seed` with its tables and players unless the database already has a venue or
    // once had this seed (`onceKey` is remembered), in one transaction under a lock, so two
    // venue PCs starting together write it once. True when it was written now.
    Result<bool> seedFirstVenue(const VenueSeed &seed, const QString &onceKey);
    // Removes every venue marked as demo, with their tables and players; the seed's key stays,
    // so the demo does not come back.
    Result<void> removeDemoVenues(const QString &actor);

    // The secret that signs the venue's join links (hex text): made and stored on the first
    // call, under the write lock, so two PCs starting together keep the same one.
    Result<QString> joinSecret(qint64 venueId, const QString &madeSecret);
    // A new secret replaces the old one (every printed card is void); audited.
    Result<void> setJoinSecret(qint64 venueId, const QString &secret, const QString &actor);

    Result<std::vector<TableRecord>> tables(qint64 venueId); // by position, then name
    Result<qint64> addTable(const TableRecord &table);
    // Stores the table's status word; nothing is written (or audited) when it is unchanged.
    Result<void> setTableStatus(qint64 tableId, const QString &status, const QString &actor);
    // Stores where the table's camera pictures come from (a source text, docs/cameras.md);
    // audited like the status.
    Result<void> setTableCameraSource(qint64 tableId, const QString &source, const QString &actor);
    // Stores the playing surface's corners placed by hand (TableRecord::manualCorners' text;
    // empty: automatic calibration); audited as "table.corners".
    Result<void> setTableCorners(qint64 tableId, const QString &corners, const QString &actor);

    // The venue's players, by name; a duplicate merged into another is not among them.
    Result<std::vector<PlayerRecord>> players(qint64 venueId);
    // The duplicates merged into another player (mergedInto set), by name: what their names
    // recorded counts for the player kept (venue/playeridentity.h), and a merge can be undone.
    Result<std::vector<PlayerRecord>> mergedPlayers(qint64 venueId);
    // One player, merged or not.
    Result<PlayerRecord> player(qint64 playerId);
    Result<qint64> addPlayer(const PlayerRecord &player);

    // The venue set up and edited by its staff (venuerepositoryedits.cpp). Each write is one
    // transaction with its audit entry naming `actor`; a change that changes nothing writes
    // nothing and audits nothing.

    // A new venue with its settings and tables, all or nothing; audited "venue.created".
    Result<qint64> createVenue(const VenueRecord &settings, const std::vector<TableRecord> &tables,
                               const QString &actor);
    // The name, currency, time zone, grace and lock minutes of venue `settings.id`;
    // audited "venue.settings".
    Result<void> updateVenueSettings(const VenueRecord &settings, const QString &actor);
    // Audited "table.added". A table with an id gets that id back (a removal undone).
    Result<qint64> addTable(const TableRecord &table, const QString &actor);
    // The name, size, camera source and rate class of table `table.id`; audited "table.edited".
    Result<void> updateTable(const TableRecord &table, const QString &actor);
    // Audited "table.removed" with the whole row. Refused while the table has a booking still
    // to come or a session open; its past bookings go with it, its matches stay without it.
    Result<void> removeTable(qint64 tableId, const QString &actor);
    // Where the table stands in the hall; none: back on the grid. Audited "table.placed".
    Result<void> setTablePlace(qint64 tableId, const std::optional<FloorPlace> &place,
                               const QString &actor);
    // Audited "player.added". A player with an id gets that id back (a removal undone).
    Result<qint64> addPlayer(const PlayerRecord &player, const QString &actor);
    // The name, nickname, membership, contact and starter rating of player `player.id`;
    // audited "player.edited" (mergedInto is not written: see mergePlayer).
    Result<void> updatePlayer(const PlayerRecord &player, const QString &actor);
    // Hides `duplicateId` behind `intoId`, the same person: its row stays (merged_into set),
    // so what names it counts for the other and unmergePlayer undoes it. Refused into itself,
    // into a merged player, for a player already merged, and across venues. Audited
    // "player.merged".
    Result<void> mergePlayer(qint64 duplicateId, qint64 intoId, const QString &actor);
    // Shows a merged duplicate again as a player of its own; audited "player.unmerged".
    Result<void> unmergePlayer(qint64 duplicateId, const QString &actor);
    // Audited "player.removed" with the whole row. Refused while the player has a booking still
    // to come or a session open.
    Result<void> removePlayer(qint64 playerId, const QString &actor);

private:
    // Writes one column of a table with its audit entry (`action`), when it changes.
    Result<void> setTableText(qint64 tableId, const QString &column, const QString &value,
                              const QString &action, const QString &actor);

    Database &m_database;
};

} // namespace dojo::storage
