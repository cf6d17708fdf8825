#pragma once

#include "storage/databaselocation.h"
#include "storage/writetimes.h"

#include <core/result.h>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace dojo::storage {

namespace internal {
class WriteClock;
}

// One open connection to the venue database, owned by the thread that opened it. Opening
// checks the schema and migrates it to the newest version this program knows; a database
// whose schema is newer, or a file that is not a DojoPool database, is refused and left
// untouched.
class Database
{
public:
    // SQLite: WAL journal, foreign keys on, a busy timeout so concurrent writers wait. Refused
    // with one line for a person.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location);
    // Opens without migrating (for tests of the migrations themselves and for tools).
    static Result<std::unique_ptr<Database>> openUnmigrated(const DatabaseLocation &location);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const DatabaseLocation &location() const { return m_location; }
    bool isPostgreSQL() const { return m_location.kind == DatabaseLocation::Kind::PostgreSQL; }

    // Highest applied migration; 0 for an empty database.
    Result<int> schemaVersion() const;

    // The writes on this connection since the last call (the health view's write latency).
    WriteTimes takeWriteTimes();

private:
    Database(DatabaseLocation location, QString connectionName);

    DatabaseLocation m_location;
    QString m_connectionName;
    std::unique_ptr<internal::WriteClock> m_writeClock;
};

} // namespace dojo::storage
