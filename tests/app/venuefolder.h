#pragma once

// A venue's data folder and its database for the program's tests, on the backend that
// DOJO_STORAGE_BACKEND names (ScratchDatabases): SQLite in the data folder, or PostgreSQL.
#include <core/result.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <support/scratchdatabases.h>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dojo::testsupport {

// A test class derives from it (after QObject): m_databases.startAndLog() in initTestCase(), a
// fresh folder for each test function or for the whole case; the members are the test's own.
class VenueFolder
{
protected:
    // A new, empty data folder and database.
    Result<void> freshVenueFolder();
    void removeVenueFolder() { m_data.reset(); }

    // The program's options for this venue: --data-dir and, on PostgreSQL, --database.
    QStringList venueArguments();
    // A connection of the test's own; none (and a warning why) when it cannot be opened.
    std::unique_ptr<storage::Database> openDatabase() const;
    // The number the query's first column gives on a connection of its own; -1 when it fails.
    qint64 count(const QString &sql) const;

    ScratchDatabases m_databases;
    std::unique_ptr<QTemporaryDir> m_data;
    storage::DatabaseLocation m_location;
};

} // namespace dojo::testsupport
