#pragma once

#include <core/result.h>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dojo::storage::internal {

// What a database holds before anything is written to it. Reading it never writes.
struct SchemaState
{
    bool hasDojoSchema = false; // the dojo_schema bookkeeping table exists
    QStringList otherTables;    // tables and views besides dojo_schema
    int version = 0;            // highest row in dojo_schema, 0 when none
};

// The driver's words, in one line, when the database cannot be read.
Result<SchemaState> inspectSchema(const QSqlDatabase &db);

// Refused, saying why, when DojoPool must not touch this database. `what` names it for people.
Result<void> checkOurs(const SchemaState &state, int latestKnownVersion, const QString &what);

} // namespace dojo::storage::internal
