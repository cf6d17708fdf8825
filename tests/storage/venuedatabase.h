#pragma once

// A fresh database for each test function, on the backend that DOJO_STORAGE_BACKEND names
// (ScratchDatabases), with the venues the repositories' tests need and the audit they read.
#include <core/result.h>
#include <storage/auditlog.h>
#include <storage/database.h>
#include <support/scratchdatabases.h>

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace dojo::testsupport {

// An audit entry's details, as the JSON object they are.
QJsonObject jsonOf(const QString &details);

// A test class derives from it (after QObject): m_databases.startAndLog() in initTestCase(),
// openFreshDatabase() in init(); the members are the test's own.
class VenueDatabase
{
protected:
    // A new, empty database in m_database.
    Result<void> openFreshDatabase();
    // "Corner Pocket", the test's venue (m_venueId), and "Side Pocket" (m_otherVenueId).
    Result<void> addTwoVenues();
    // Every audit entry, oldest first; none (and a warning why) when it cannot be read.
    std::vector<storage::AuditEntry> audit() const;

    ScratchDatabases m_databases;
    std::unique_ptr<storage::Database> m_database;
    qint64 m_venueId = 0;
    qint64 m_otherVenueId = 0;
};

} // namespace dojo::testsupport
