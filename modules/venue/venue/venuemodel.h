#pragma once

#include "venue/floor.h"

#include <core/result.h>

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
    const std::vector<Player> &players() const { return m_players; }
    bool hasDemoVenue() const;
    // Where the venue is kept, for people: "SQLite /path/dojopool.sqlite".
    QString databaseDescription() const;

    // Writes the status with an audit entry naming `actor`, then emits tableChanged.
    Result<void> setTableStatus(qint64 tableId, TableStatus status, const QString &actor);
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

Q_SIGNALS:
    void venuesChanged();              // the list of venues
    void venueShown();                 // the shown venue's tables and players are new
    void tableChanged(qint64 tableId); // one table of the shown venue
    // followChanges could not read the database again: one line for a person.
    void reloadFailed(const QString &why);

private:
    std::vector<Table>::const_iterator findTable(qint64 tableId) const;

    storage::Database &m_database;
    std::unique_ptr<storage::VenueRepository> m_repository;
    std::vector<Venue> m_venues;
    std::optional<qint64> m_venueId;
    std::vector<Table> m_tables;
    std::vector<Player> m_players;
};

} // namespace dojo::venue
