#pragma once

#include "storage/databaselocation.h"

#include <core/result.h>

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dojo::storage::internal {

// PostgreSQL's own tools (Debian's postgresql-client): pg_dump writes a backup in its custom
// format, pg_restore reads it, psql plays it into the database. They connect through the
// environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD), so no password is ever on a
// command line; each dies with the process that started it.

// The tool's path: on PATH, else in the newest /usr/lib/postgresql/N/bin. Refused with a sentence
// saying which package to install.
Result<QString> postgresTool(const QString &name);

// Dumps the database into `file` (custom format); `progress` gets the bytes written so far.
Result<void> dumpPostgres(const DatabaseLocation &location, const QString &file,
                          const std::function<void(qint64 bytes)> &progress);

// True when the file starts with pg_dump's custom format's signature.
bool looksLikePostgresDump(const QString &path);

// What a dump holds of DojoPool's.
struct DumpFacts
{
    bool hasDojoSchema = false;
    int schemaVersion = 0;
    std::optional<QString> newestChange; // as stored, like SQLiteFacts'
};

Result<DumpFacts> readDumpFacts(const QString &file);

// Plays the dump into the database in one transaction (psql --single-transaction), after
// dropping `tablesToDrop` (every table the database has), so what the database becomes is what
// the dump holds; on any failure nothing changes.
Result<void> restorePostgres(const DatabaseLocation &location, const QString &file,
                             const QStringList &tablesToDrop);

} // namespace dojo::storage::internal
