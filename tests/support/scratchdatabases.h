#pragma once

#include "postgresserver.h"

#include <storage/databaselocation.h>

#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace dojo::testsupport {

// Fresh, empty databases for tests on the backend that DOJO_STORAGE_BACKEND names: "sqlite"
// (the default) or "postgresql", so one test source covers both.
class ScratchDatabases
{
public:
    enum class Backend { SQLite, PostgreSQL };

    ScratchDatabases();

    // Starts the PostgreSQL server when that is the backend; refused with one line.
    Result<void> start();
    // start(), and the backend's name in the test's log, so that its output says which it ran on.
    Result<void> startAndLog();
    Backend backend() const { return m_backend; }
    QString backendName() const;

    // An empty database. SQLite: a new file each time. PostgreSQL: the one scratch database,
    // emptied, so close what an earlier fresh() gave before asking for the next.
    Result<storage::DatabaseLocation> fresh();

    PostgresServer &server() { return m_server; }

private:
    Backend m_backend = Backend::SQLite;
    QString m_unknownBackend;
    QTemporaryDir m_sqliteFolder;
    PostgresServer m_server;
    int m_count = 0;
};

} // namespace dojo::testsupport
