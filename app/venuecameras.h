#pragma once

#include "framesources.h"

#include <capture/replaybuffer.h>
#include <capture/simulatedtablesource.h>
#include <capture/tablecamera.h>
#include <capture/tabletracking.h>
#include <venue/floor.h>
#include <venue/scoreboard.h>
#include <venue/tablereferee.h>

#include <QObject>

#include <map>
#include <memory>
#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::app {

// A table's camera on a source text, with the one consumer of its frames hooked up (the
// frame it takes becomes the camera's latest() for every display and for tracking); a text
// that cannot be read gives a camera that shows why. Not started.
std::unique_ptr<capture::TableCamera> makeTableCamera(const QString &source,
                                                      SimulatedFollowers followers);

// The shown venue's tables as the camera sees them: per table its TableCamera (from the
// table's stored source), its tracking on a worker thread, its automatic referee (the table's
// match) and scoreboard, and the venue's replay buffer of the last shots. The window and
// serve both keep one; a table whose source or size changes starts again, the others keep
// running.
class VenueCameras : public QObject
{
    Q_OBJECT

public:
    // `database` (may be null: nothing is refereed) stores the tables' matches.
    explicit VenueCameras(storage::Database *database, QObject *parent = nullptr);
    ~VenueCameras() override;

    // Starts each table, stops those no longer there, and restarts a table only when its
    // source, size or corners changed.
    void showTables(const std::vector<venue::Table> &tables);
    void stopAll();

    capture::TableCamera *camera(qint64 tableId) const;
    capture::TableTracking *tracking(qint64 tableId) const;
    venue::TableScoreboard *scoreboard(qint64 tableId) const;
    venue::TableReferee *referee(qint64 tableId) const;
    capture::ReplayBuffer &replays() { return m_replays; }
    // A match set up at the table (from a phone), refereed from its next shot; refused when
    // the table has no camera or already plays a match. The error is one sentence.
    Result<void> startMatch(qint64 tableId, const rules::MatchSetup &setup,
                            const std::array<QString, 2> &players);
    std::vector<qint64> tableIds() const;
    // Whether this process writes the table's match (it holds the table's lease). A table not
    // written shows its camera but its referee follows no match; one that becomes written
    // starts again, its match resumed as a restart would. A table never set is written.
    void setWriter(qint64 tableId, bool writer);
    bool isWriter(qint64 tableId) const;

Q_SIGNALS:
    // A table's camera was replaced (its source changed): screens showing it must re-bind.
    void cameraReplaced(qint64 tableId);
    // A table's referee has a shot waiting for review.
    void reviewNeeded(qint64 tableId, int shot);

private:
    struct TableFeed
    {
        venue::Table table; // as last shown
        QString source;
        TableSize size = TableSize::NineFoot;
        std::optional<venue::TableCorners> corners;
        std::unique_ptr<venue::TableScoreboard> scoreboard;
        std::unique_ptr<venue::TableReferee> referee;
        std::unique_ptr<capture::TableCamera> camera;
        std::unique_ptr<capture::TableTracking> tracking; // goes before its camera
    };

    // The table's new camera; the one it replaces is handed back, stopped.
    std::unique_ptr<capture::TableCamera> startTable(const venue::Table &table);
    // The table's match: a new one for a simulated table, else its unfinished one (or none).
    std::unique_ptr<venue::TableMatch>
    matchFor(const venue::Table &table,
             const std::optional<capture::SimulatedTableSettings> &simulated);

    storage::Database *m_database;
    capture::ReplayBuffer m_replays;
    std::map<qint64, TableFeed> m_tables;
    std::map<qint64, bool> m_writers; // set from the tables' leases
};

} // namespace dojo::app
