#pragma once

#include <QString>

#include <optional>

namespace dojo::storage {

class Database;

struct DemoVenueOutcome
{
    bool ok = false;
    bool created = false; // false when the database already had a venue or had had the demo
    QString error;
};

// On the first start on an empty database: creates "Dojo Demo" (marked as demo) with 4
// tables of mixed sizes and 8 players, and remembers that it did so, so a venue that
// removed the demo never sees it again.
DemoVenueOutcome ensureDemoVenue(Database &database);

// The demo venue's id, if the database has one.
std::optional<qint64> demoVenueId(Database &database);

// Removes every venue marked as demo, with their tables and players, in one transaction.
bool removeDemoVenue(Database &database, const QString &actor, QString *error);

} // namespace dojo::storage
