#pragma once

#include <core/result.h>

#include <QString>

#include <functional>
#include <optional>

namespace dojo::storage::internal {

// How a copy between two SQLite files goes (SQLite's online backup API, on connections of its
// own: no Qt SQL connection, so it runs on any thread).
struct SQLiteCopy
{
    // Pages copied per step; -1 copies everything in one step.
    int pagesPerStep = -1;
    // The source is a running venue's database: opened read-only, one read transaction held for
    // the whole copy, so every step copies the same snapshot (WAL readers never block writers).
    bool liveSource = false;
    // The copy becomes a file of its own: a rollback journal instead of WAL, so it is one file
    // that reads in a read-only folder.
    bool standalone = false;
    // Between steps: pages copied and the whole.
    std::function<void(qint64 done, qint64 total)> progress;
};

// Copies the database `from` into `to` (created when missing), replacing what `to` held in one
// transaction of its own, so a connection to `to` sees it before or after, never half. Busy or
// locked databases are tried again a bounded number of times.
Result<void> copySQLite(const QString &from, const QString &to, const SQLiteCopy &how);

// True when the file starts with SQLite's header.
bool looksLikeSQLite(const QString &path);

// What an SQLite file holds of DojoPool's, read-only.
struct SQLiteFacts
{
    bool hasDojoSchema = false;
    int schemaVersion = 0;
    // The newest change it records (changenotice.h's stamps, else the audit log), as stored.
    std::optional<QString> newestChange;
};

Result<SQLiteFacts> readSQLiteFacts(const QString &path);

} // namespace dojo::storage::internal
