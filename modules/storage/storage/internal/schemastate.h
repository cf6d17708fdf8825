#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dojo::storage::internal {

// What a database holds before anything is written to it. Reading it never writes.
struct SchemaState
{
    bool readable = false;
    QString error;              // one line, the driver's words, when not readable
    bool hasDojoSchema = false; // the dojo_schema bookkeeping table exists
    QStringList otherTables;    // tables and views besides dojo_schema
    int version = 0;            // highest row in dojo_schema, 0 when none
};

SchemaState inspectSchema(QSqlDatabase db);

// Why DojoPool must not touch this database, or nothing. `what` names it for people.
std::optional<QString> refusal(const SchemaState &state, int latestKnownVersion,
                               const QString &what);

} // namespace dojo::storage::internal
