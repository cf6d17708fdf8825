#pragma once

#include "storage/databaselocation.h"

#include <core/result.h>

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace dojo::storage {

// The database a backup copies, which is the one it can go back into.
enum class BackupFormat {
    SQLite,     // a copy of the SQLite file (the online backup API), one file
    PostgreSQL, // pg_dump's custom format
};

// What a backup holds, read from the file itself.
struct BackupFacts
{
    BackupFormat format = BackupFormat::SQLite;
    int schemaVersion = 0;
    // The newest change of the venue's data it holds (UTC): the newest commit stamp (migration
    // 10), else the newest audit entry; none when it records no change at all.
    std::optional<QDateTime> newestChange;
    qint64 bytes = 0;
};

// How far a backup has come: SQLite's pages copied of all, or pg_dump's bytes written (total 0).
struct BackupProgress
{
    qint64 done = 0;
    qint64 total = 0;
};

struct BackupOptions
{
    bool replace = false; // an existing file is replaced; otherwise refused
    // Between the copy's steps, on the thread that backs up.
    std::function<void(const BackupProgress &)> progress = {};
};

// Takes a consistent copy of the database at `location` while the venue runs: SQLite with the
// online backup API on a read-only connection of its own, in one snapshot (WAL: the venue's
// writers never wait for it), as a standalone file; PostgreSQL with pg_dump (custom format, the
// password only in its environment). The copy is written to FILE.part and renamed to `file`
// when whole and read back as a DojoPool backup, so a failed or killed backup never leaves a
// half file under the name. Uses no Qt SQL connection: it may run on any thread. Refused with
// a sentence (a missing database, an existing file, a missing pg_dump, ...).
Result<BackupFacts> backUpDatabase(const DatabaseLocation &location, const QString &file,
                                   const BackupOptions &options = {});

// Reads what a backup file holds; refused with a sentence when it is not a DojoPool backup.
Result<BackupFacts> readBackupFacts(const QString &file);

// The newest change of the venue's data the open database holds (as BackupFacts'), UTC.
Result<std::optional<QDateTime>> newestChange(const QSqlDatabase &db);

// "SQLite" or "PostgreSQL", for sentences.
QString formatName(BackupFormat format);
// A backup's file name ending: ".sqlite" or ".pgdump".
QString backupSuffix(BackupFormat format);
BackupFormat formatOf(const DatabaseLocation &location);

} // namespace dojo::storage
