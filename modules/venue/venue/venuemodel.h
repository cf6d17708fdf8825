#pragma once

#include "venue/floor.h"

#include <core/result.h>

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace dojo::storage {
class ChangeFeed;
class Database;
class VenueRepository;
} // namespace dojo::storage

namespace dojo::venue {

struct Actor;
struct NewVenue;

// The front desk's venue as the window sees it: the venues in the database, and the shown
// venue's tables and players as plain values. Every change goes through here: it is written
// to the database first, then the value in memory changes and just that change is signalled
// (as Tiled's Document wraps its plain Map), so a view updates one card, not the whole floor.
class VenueModel : public QObject
{
    Q_OBJECT

public:
    explicit VenueModel(storage::Database &database, QObject *parent = nullptr);
    ~VenueModel() override;

    // Reads the venues and shows `venueId`, or the first venue when that one is gone or none
    // is asked for. On failure what could be read is shown and the reason comes back.
    Result<void> load(std::optional<qint64> venueId = std::nullopt);

    const std::vector<Venue> &venues() const { return m_venues; }
    std::optional<Venue> currentVenue() const;
    const std::vector<Table> &tables() const { return m_tables; }
    std::optional<Table> table(qint64 tableId) const;
    // The shown venue's players by name; the duplicates merged into another are apart.
    const std::vector<Player> &players() const { return m_players; }
    const std::vector<Player> &mergedPlayers() const { return m_mergedPlayers; }
    bool hasDemoVenue() const;
    // Where the venue is kept, for people: "SQLite /path/dojopool.sqlite".
    QString databaseDescription() const;

    // Takes the table out of service or puts it back, with an audit entry naming `actor`; then
    // its status is derived again and tableChanged emitted.
    Result<void> setTableOutOfOrder(qint64 tableId, bool outOfOrder, const QString &actor);
    // Derives every table's status again (venue/tablestatus.h) from its open session, its
    // unfinished match and its bookings at `now`; emits tableChanged for each that changed.
    Result<void> refreshTableStatuses(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Writes where the table's camera pictures come from, audited, then emits tableChanged.
    Result<void> setTableCameraSource(qint64 tableId, const QString &source, const QString &actor);
    // Writes the playing surface's corners placed by hand (fractions of the picture; none:
    // automatic calibration), audited, then emits tableChanged.
    Result<void> setTableCameraCorners(qint64 tableId, const std::optional<TableCorners> &corners,
                                       const QString &actor);
    // Removes every demo venue with its tables and players, for good: it is not an undoable
    // edit (the rows are gone, and the demo never comes back).
    Result<void> removeDemoVenue(const QString &actor);

    // Reads the database again after another window, `serve` or another PC changed it, keeping
    // the shown venue (the first when that one is gone), and signals only what differs:
    // venuesChanged for the list, venueShown when tables came, went or moved or the players
    // changed, else tableChanged for each table that changed, so a view does not flicker.
    // Nothing in memory changes when it cannot be read.
    Result<void> reloadFromDatabase();
    // Reloads whenever `feed` says the venues, tables or players changed; a reload that fails
    // is told by reloadFailed.
    void followChanges(storage::ChangeFeed &feed);
    // The venue set up and edited by its staff (venuemodeledits.cpp). Each is written with its
    // audit entry first, then signalled: a table's edit or place as tableChanged, a table or
    // player added or removed as venueShown, the settings as venuesChanged and venueShown.
    // Refusals of a permission (venue/staff.h) are audited with the actor.

    // A new venue (newvenue.h's checks first), then shown. The first venue beside the demo is
    // set up by whoever starts DojoPool; every later one needs Permission::ChangeVenue.
    Result<qint64> createVenue(const NewVenue &setup, const Actor &actor);
    // The shown venue's name, currency, time zone, grace and lock minutes (ChangeVenue).
    Result<void> setVenueSettings(const Venue &settings, const Actor &actor);
    // A table on the shown venue (ChangeVenue), free, after the last one on the floor; one with
    // an id gets that id back (a removal undone).
    Result<qint64> addTable(const Table &table, const Actor &actor);
    // The name, size, camera source and rate class of table `table.id` (ChangeVenue).
    Result<void> updateTable(const Table &table, const Actor &actor);
    // Permission::RemoveTable; refused while a booking still to come or an open session holds it.
    Result<void> removeTable(qint64 tableId, const Actor &actor);
    // Where the table stands in the hall; none: back on the grid.
    Result<void> setTablePlace(qint64 tableId, const std::optional<FloorPlace> &place,
                               const QString &actor);
    // A player of the shown venue; one with an id gets that id back (a removal undone).
    Result<qint64> addPlayer(const Player &player, const QString &actor);
    std::optional<Player> player(qint64 playerId) const;
    Result<void> updatePlayer(const Player &player, const QString &actor);
    // Permission::RemovePlayer; refused while a booking still to come or an open session holds
    // the player.
    Result<void> removePlayer(qint64 playerId, const Actor &actor);
    // The duplicate is hidden behind the player kept (storage's mergePlayer: refused into itself,
    // into a merged player, for one merged already); then venueShown. What its name recorded
    // counts for the player kept (venue/playeridentity.h).
    Result<void> mergePlayer(qint64 duplicateId, qint64 intoId, const Actor &actor);
    // A merged duplicate is a player of its own again; then venueShown.
    Result<void> unmergePlayer(qint64 duplicateId, const Actor &actor);

Q_SIGNALS:
    void venuesChanged();              // the list of venues
    void venueShown();                 // the shown venue's tables and players are new
    void tableChanged(qint64 tableId); // one table of the shown venue
    // followChanges could not read the database again: one line for a person.
    void reloadFailed(const QString &why);

private:
    std::vector<Table>::const_iterator findTable(qint64 tableId) const;
    // The tables whose derived status changed.
    Result<std::vector<qint64>> deriveTableStatuses(const QDateTime &now);

    storage::Database &m_database;
    std::unique_ptr<storage::VenueRepository> m_repository;
    std::vector<Venue> m_venues;
    std::optional<qint64> m_venueId;
    std::vector<Table> m_tables;
    std::vector<Player> m_players;
    std::vector<Player> m_mergedPlayers;
};

} // namespace dojo::venue
