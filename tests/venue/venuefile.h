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
    // A fresh data folder whose database holds the demo venue, as the first start leaves it.
    Result<void> openDemoVenue();
    // A venue's id; 0 when it is refused.
    qint64 addVenue(const QString &name);
    // A player of the venue; 0 when refused.
    qint64 addPlayer(qint64 venueId, const QString &name, double starterRating = 500);
    // Every audit entry, oldest first.
    std::vector<storage::AuditEntry> audit() const;
    void closeDatabase();

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace dojo::testsupport
