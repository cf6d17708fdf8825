#pragma once

// A venue's SQLite database in a fresh data folder, for the venue module's tests on one file.
#include <core/result.h>
#include <storage/auditlog.h>
#include <storage/database.h>

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace dojo::testsupport {

// A test class derives from it (after QObject), opens the database in init() and closes it in
// cleanup(); the members are the test's own.
class VenueFile
{
protected:
    // A fresh data folder with an empty database in it.
    Result<void> openDatabase();
    // The demo venue, as the first start creates it.
    Result<void> openDemoVenue();
    // The venue the test plays at (m_venueId); 0 when it is refused.
    qint64 addVenue(const QString &name);
    // A player of m_venueId; 0 when refused.
    qint64 addPlayer(const QString &name, double starterRating = 500);
    // Every audit entry, oldest first.
    std::vector<storage::AuditEntry> audit() const;
    void closeDatabase();

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<storage::Database> m_database;
    qint64 m_venueId = 0;
};

} // namespace dojo::testsupport
