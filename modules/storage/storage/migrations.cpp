#include "storage/migrations.h"

#include "storage/internal/schemastate.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QVariant>

namespace dojo::storage {

namespace {

using internal::Tr;
using internal::Transaction;

QString describeMigration(const Migration &migration)
{
    return Tr::tr("migration %1 (%2)")
        .arg(QString::number(migration.version), migration.description);
}

// Applies one migration under the schema lock; returns the version the database then has.
Result<int> applyMigration(const QSqlDatabase &db, const Migration &migration, int latestKnown)
{
    const internal::Dialect dialect = internal::dialectOf(db);
    const QString which = describeMigration(migration);
    Transaction txn(db);
    if (Result<void> begun = txn.begin(internal::kSchemaLock); !begun)
        return Unexpected(Tr::tr("cannot start %1: %2").arg(which, begun.error()));

    // Another venue PC may have migrated while this one waited for the lock.
    const Result<internal::SchemaState> state = internal::inspectSchema(db);
    if (!state)
        return txn.abandon(Tr::tr("cannot read the schema version: %1").arg(state.error()));
    if (Result<void> ours = internal::checkOurs(*state, latestKnown, Tr::tr("the database")); !ours)
        return txn.abandon(ours.error());
    if (state->version >= migration.version) {
        if (Result<void> committed = txn.commit(); !committed)
            return Unexpected(committed.error());
        return state->version;
    }

    if (!state->hasDojoSchema) {
        const Result<QSqlQuery> created
            = txn.exec(QStringLiteral("CREATE TABLE dojo_schema (version INTEGER PRIMARY KEY, "
                                      "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        if (!created)
            return Unexpected(Tr::tr("cannot create dojo_schema: %1").arg(created.error()));
    }
    for (const QString &statement : migration.statements) {
        const Result<QSqlQuery> ran = txn.exec(internal::expandPlaceholders(statement, dialect));
        if (!ran)
            return Unexpected(Tr::tr("%1 failed: %2").arg(which, ran.error()));
    }
    const Result<QSqlQuery> recorded = txn.exec(
        QStringLiteral(
            "INSERT INTO dojo_schema (version, description, applied_at) VALUES (?, ?, ?)"),
        {migration.version, migration.description, internal::utcNowText()});
    if (!recorded)
        return Unexpected(Tr::tr("cannot record %1: %2").arg(which, recorded.error()));
    if (Result<void> committed = txn.commit(); !committed)
        return Unexpected(Tr::tr("cannot commit %1: %2").arg(which, committed.error()));
    return migration.version;
}

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    // Foreign keys are BIGINT so they match PostgreSQL's identity columns; SQLite reads
    // BIGINT as INTEGER.
    static const std::vector<Migration> migrations = {
        {1,
         QStringLiteral("venues and their pool tables"),
         {
             QStringLiteral("CREATE TABLE venues (id {id}, name TEXT NOT NULL, "
                            "is_demo INTEGER NOT NULL DEFAULT 0, created_at {timestamp} NOT NULL)"),
             QStringLiteral("CREATE TABLE pool_tables (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "name TEXT NOT NULL, size TEXT NOT NULL, "
                            "camera_source TEXT NOT NULL DEFAULT '', "
                            "status TEXT NOT NULL DEFAULT 'free', "
                            "position INTEGER NOT NULL DEFAULT 0, UNIQUE (venue_id, name))"),
             QStringLiteral("CREATE INDEX pool_tables_by_position ON pool_tables "
                            "(venue_id, position)"),
             QStringLiteral("CREATE TABLE dojo_properties (key TEXT PRIMARY KEY, "
                            "value TEXT NOT NULL)"),
         }},
        {2,
         QStringLiteral("players"),
         {
             QStringLiteral("CREATE TABLE players (id {id}, "
                            "home_venue_id BIGINT NOT NULL REFERENCES venues (id) "
                            "ON DELETE CASCADE, "
                            "name TEXT NOT NULL, nickname TEXT NOT NULL DEFAULT '', "
                            "created_at {timestamp} NOT NULL)"),
             QStringLiteral("CREATE INDEX players_by_venue ON players (home_venue_id, name)"),
         }},
        {3,
         QStringLiteral("audit log"),
         {
             // No foreign keys: an entry outlives the venue, table or player it names.
             QStringLiteral("CREATE TABLE audit_log (id {id}, at {timestamp} NOT NULL, "
                            "actor TEXT NOT NULL, action TEXT NOT NULL, "
                            "subject TEXT NOT NULL DEFAULT '', details TEXT NOT NULL DEFAULT '')"),
         }},
        {4,
         QStringLiteral("matches, racks and their steps"),
         {
             // A match outlives its table: the row loses the table, not its history.
             QStringLiteral("CREATE TABLE matches (id {id}, "
                            "table_id BIGINT REFERENCES pool_tables (id) ON DELETE SET NULL, "
                            "game TEXT NOT NULL, player_a TEXT NOT NULL, player_b TEXT NOT NULL, "
                            "setup TEXT NOT NULL, started_at {timestamp} NOT NULL, "
                            "finished_at {timestamp}, winner TEXT)"),
             QStringLiteral("CREATE INDEX matches_by_table ON matches (table_id, started_at)"),
             // Resuming looks a table's match up by this; it also keeps it to one.
             QStringLiteral("CREATE UNIQUE INDEX matches_unfinished_by_table ON matches "
                            "(table_id) WHERE finished_at IS NULL"),
             QStringLiteral("CREATE TABLE racks (id {id}, "
                            "match_id BIGINT NOT NULL REFERENCES matches (id) ON DELETE CASCADE, "
                            "number INTEGER NOT NULL, breaker TEXT NOT NULL, winner TEXT, "
                            "started_at {timestamp} NOT NULL, ended_at {timestamp}, "
                            "UNIQUE (match_id, number))"),
             QStringLiteral("CREATE TABLE match_steps (id {id}, "
                            "match_id BIGINT NOT NULL REFERENCES matches (id) ON DELETE CASCADE, "
                            "number INTEGER NOT NULL, rack_number INTEGER NOT NULL, "
                            "kind TEXT NOT NULL CHECK (kind IN "
                            "('shot', 'decision', 'stalemate', 'correction')), "
                            "input TEXT NOT NULL, ruling TEXT NOT NULL, actor TEXT NOT NULL, "
                            "reason TEXT NOT NULL DEFAULT '', at {timestamp} NOT NULL, "
                            "UNIQUE (match_id, number))"),
         }},
        {5,
         QStringLiteral("a table's corners placed by hand"),
         {
             // Empty: the calibration is automatic (the text's format: venue/tablecorners.h).
             QStringLiteral("ALTER TABLE pool_tables ADD COLUMN manual_corners TEXT NOT NULL "
                            "DEFAULT ''"),
         }},
        {6,
         QStringLiteral("the venue's secret that signs the tables' join links"),
         {
             // Empty until the venue's first start makes one (storage/venuerepository.h).
             QStringLiteral("ALTER TABLE venues ADD COLUMN join_secret TEXT NOT NULL DEFAULT ''"),
         }},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

Result<Migrated> migrate(const QSqlDatabase &db, const std::vector<Migration> &migrations,
                         int targetVersion)
{
    int previous = 0;
    for (const Migration &migration : migrations) {
        if (migration.version <= previous) {
            return Unexpected(Tr::tr("the migrations are not in rising order at version %1")
                                  .arg(migration.version));
        }
        previous = migration.version;
    }
    const int latestKnown = previous;
    const int target = targetVersion < 0 ? latestKnown : targetVersion;
    if (target > latestKnown) {
        return Unexpected(Tr::tr("cannot migrate to version %1: the migrations end at version %2")
                              .arg(target)
                              .arg(latestKnown));
    }

    const Result<internal::SchemaState> state = internal::inspectSchema(db);
    if (!state)
        return Unexpected(Tr::tr("cannot read the schema version: %1").arg(state.error()));
    if (Result<void> ours = internal::checkOurs(*state, latestKnown, Tr::tr("the database")); !ours)
        return Unexpected(ours.error());

    Migrated migrated{state->version, state->version};
    for (const Migration &migration : migrations) {
        if (migration.version <= migrated.toVersion || migration.version > target)
            continue;
        const Result<int> reached = applyMigration(db, migration, latestKnown);
        if (!reached)
            return Unexpected(reached.error());
        migrated.toVersion = *reached;
    }
    return migrated;
}

} // namespace dojo::storage
