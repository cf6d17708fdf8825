#pragma once

#include "storage/databasebackup.h"
#include "storage/databaselocation.h"

#include <core/result.h>

#include <QDateTime>
#include <QString>

namespace dojo::storage {

struct RestoreOptions
{
    // Goes back to the backup even when the database holds changes the backup lacks.
    bool force = false;
    // Where the database as it was is kept, as a backup, before it is overwritten.
    QString keepFolder = {};
    // Names the kept copy (dojopool-before-restore-2026-12-05-103306.sqlite); default now.
    QDateTime now = {};
};

struct Restored
{
    BackupFacts backup;
    QString keptAs;      // the database as it was; empty when there was nothing to keep
    int fromVersion = 0; // the backup's schema, migrated up to
    int toVersion = 0;
};

// Why a restore did not happen; nothing was changed.
struct RestoreRefusal
{
    enum class Reason {
        CannotRestore,   // not a backup, the other kind, a newer schema, unreadable, failed
        DatabaseIsNewer, // the database holds changes the backup lacks: RestoreOptions::force
        VenueRunning,    // a process holds a table's lease: the window or serve runs the venue
    };
    Reason reason = Reason::CannotRestore;
    QString why; // one sentence
};

// Puts a backup (storage/databasebackup.h) back into the database at `location`. Refused when
// the file is not a DojoPool backup, is a backup of the other kind of database, or is of a
// schema newer than this program knows; when the database holds changes newer than the
// backup's newest (unless `force`); while a process runs the venue (a table's lease is held).
// The database is first kept in `keepFolder` as a backup. SQLite goes back with the online
// backup API into the database file under its write lock (a connection open on it sees the
// database before or after, never half); PostgreSQL with pg_restore played by psql in one
// transaction that first drops every table. A backup of an older schema is then migrated.
Result<Restored, RestoreRefusal> restoreBackup(const DatabaseLocation &location,
                                               const QString &file, const RestoreOptions &options);

} // namespace dojo::storage
