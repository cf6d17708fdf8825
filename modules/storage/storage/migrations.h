#pragma once

#include <core/result.h>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace dojo::storage {

// One step of the schema. Statements are written once for both databases; these
// placeholders are replaced per dialect before they run:
//   {id}        the auto-numbered primary key column type
//   {timestamp} an ISO-8601 UTC text column
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// The venue schema in order, version 1 upward. Later issues append their migrations here.
const std::vector<Migration> &schemaMigrations();

int latestSchemaVersion();

// The schema versions a migration run went from and to.
struct Migrated
{
    int fromVersion = 0;
    int toVersion = 0;
};

// Applies, in order, each migration above the database's version up to targetVersion, each
// in its own transaction together with its row in dojo_schema; a failing migration is rolled
// back whole and reported. A database whose version is above every migration given is
// refused unchanged. On PostgreSQL, concurrent migrators are serialised by a lock.
Result<Migrated> migrate(const QSqlDatabase &db, const std::vector<Migration> &migrations,
                         int targetVersion = -1 /* the last one given */);

} // namespace dojo::storage
