#include "storage/migrations.h"

#include "storage/internal/schemastate.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"
#include "storage/internal/transaction.h"

#include <QSqlQuery>

namespace dojo::storage {

using internal::StorageText;

namespace {

using internal::Transaction;

QString describeMigration(const Migration &migration)
{
    return StorageText::tr("migration %1 (%2)")
        .arg(QString::number(migration.version), migration.description);
}

// Applies one migration under the schema lock; returns the version the database then has.
std::optional<int> applyMigration(QSqlDatabase db, const Migration &migration, int latestKnown,
                                  QString *error)
{
    const internal::Dialect dialect = internal::dialectOf(db);
    Transaction txn(db);
    QString why;
    if (!txn.begin(&why, internal::kSchemaLock)) {
        *error = StorageText::tr("cannot start %1: %2").arg(describeMigration(migration), why);
        return std::nullopt;
    }

    // Another venue PC may have migrated while this one waited for the lock.
    const internal::SchemaState state = internal::inspectSchema(db);
    if (!state.readable) {
        *error
            = StorageText::tr("cannot read the schema version: ") + txn.rollbackWith(state.error);
        return std::nullopt;
    }
    if (const auto refused
        = internal::refusal(state, latestKnown, StorageText::tr("the database"))) {
        *error = txn.rollbackWith(*refused);
        return std::nullopt;
    }
    if (state.version >= migration.version) {
        if (!txn.commit(error))
            return std::nullopt;
        return state.version;
    }

    QSqlQuery query(db);
    if (!state.hasDojoSchema
        && !query.exec(QStringLiteral("CREATE TABLE dojo_schema (version INTEGER PRIMARY KEY, "
                                      "description TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
        *error
            = StorageText::tr("cannot create dojo_schema: ") + txn.rollbackWith(query.lastError());
        return std::nullopt;
    }
    for (const QString &statement : migration.statements) {
        if (!query.exec(internal::expandPlaceholders(statement, dialect))) {
            *error = describeMigration(migration) + StorageText::tr(" failed: ")
                     + txn.rollbackWith(query.lastError());
            return std::nullopt;
        }
    }
    QSqlQuery record(db);
    record.prepare(QStringLiteral(
        "INSERT INTO dojo_schema (version, description, applied_at) VALUES (?, ?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.description);
    record.addBindValue(internal::utcNowText());
    if (!record.exec()) {
        *error = StorageText::tr("cannot record %1: ").arg(describeMigration(migration))
                 + txn.rollbackWith(record.lastError());
        return std::nullopt;
    }
    if (!txn.commit(&why)) {
        *error = StorageText::tr("cannot commit %1: %2").arg(describeMigration(migration), why);
        return std::nullopt;
    }
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
    };
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

MigrationOutcome migrate(QSqlDatabase db, const std::vector<Migration> &migrations,
                         int targetVersion)
{
    MigrationOutcome outcome;
    int previous = 0;
    for (const Migration &migration : migrations) {
        if (migration.version <= previous) {
            outcome.error = StorageText::tr("the migrations are not in rising order at version %1")
                                .arg(migration.version);
            return outcome;
        }
        previous = migration.version;
    }
    const int latestKnown = previous;
    const int target = targetVersion < 0 ? latestKnown : targetVersion;
    if (target > latestKnown) {
        outcome.error = StorageText::tr("cannot migrate to version %1: the migrations end at "
                                        "version %2")
                            .arg(target)
                            .arg(latestKnown);
        return outcome;
    }

    const internal::SchemaState state = internal::inspectSchema(db);
    if (!state.readable) {
        outcome.error = StorageText::tr("cannot read the schema version: ") + state.error;
        return outcome;
    }
    if (const auto refused
        = internal::refusal(state, latestKnown, StorageText::tr("the database"))) {
        outcome.error = *refused;
        return outcome;
    }

    outcome.fromVersion = state.version;
    outcome.toVersion = state.version;
    for (const Migration &migration : migrations) {
        if (migration.version <= outcome.toVersion || migration.version > target)
            continue;
        const std::optional<int> reached
            = applyMigration(db, migration, latestKnown, &outcome.error);
        if (!reached)
            return outcome;
        outcome.toVersion = *reached;
    }
    outcome.ok = true;
    return outcome;
}

} // namespace dojo::storage
