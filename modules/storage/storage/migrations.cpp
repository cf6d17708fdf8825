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
    txn.skipChangeStamp();
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
        {7,
         QStringLiteral("the front desk: the venue's settings, staff, rates, bookings, table "
                        "sessions, receipts, the walk-in queue and the tables' leases"),
         {
             // The venue's money and clock; grace: minutes a booking holds its table
             // unchecked-in; lock: idle minutes before the window asks for a PIN again.
             QStringLiteral("ALTER TABLE venues ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR'"),
             QStringLiteral("ALTER TABLE venues ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC'"),
             QStringLiteral("ALTER TABLE venues ADD COLUMN grace_minutes INTEGER NOT NULL "
                            "DEFAULT 15"),
             QStringLiteral("ALTER TABLE venues ADD COLUMN lock_minutes INTEGER NOT NULL "
                            "DEFAULT 5"),
             // The status is derived now (venue/tablestatus.h); only "out-of-order" is stored,
             // every other word reads as in service.
             QStringLiteral(
                 "UPDATE pool_tables SET status = 'free' WHERE status <> 'out-of-order'"),
             // Empty: the rate class of the table's size (venue/billing.h).
             QStringLiteral("ALTER TABLE pool_tables ADD COLUMN rate_class TEXT NOT NULL "
                            "DEFAULT ''"),
             // Where the table stands on the venue's floor plan, in metres from the hall's
             // top-left corner; NULL: on the grid, by position.
             QStringLiteral("ALTER TABLE pool_tables ADD COLUMN floor_x DOUBLE PRECISION"),
             QStringLiteral("ALTER TABLE pool_tables ADD COLUMN floor_y DOUBLE PRECISION"),
             QStringLiteral("ALTER TABLE pool_tables ADD COLUMN floor_angle DOUBLE PRECISION "
                            "NOT NULL DEFAULT 0"),
             // A member pays the member rate until this day (ISO date); empty: not a member.
             QStringLiteral("ALTER TABLE players ADD COLUMN member_until TEXT NOT NULL "
                            "DEFAULT ''"),
             // pin_hash: "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), never the PIN.
             QStringLiteral("CREATE TABLE staff (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "name TEXT NOT NULL, role TEXT NOT NULL "
                            "CHECK (role IN ('manager', 'desk', 'referee')), "
                            "pin_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
                            "created_at {timestamp} NOT NULL, UNIQUE (venue_id, name))"),
             // happy_hours: "WEEKDAYS HH:MM HH:MM CENTS;..." (venue/billing.h's HappyHour).
             QStringLiteral("CREATE TABLE rate_rules (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "rate_class TEXT NOT NULL, cents_per_hour BIGINT NOT NULL, "
                            "member_cents_per_hour BIGINT NOT NULL DEFAULT -1, "
                            "block_minutes INTEGER NOT NULL DEFAULT 15 "
                            "CHECK (block_minutes IN (15, 30)), "
                            "minimum_cents BIGINT NOT NULL DEFAULT 0, "
                            "happy_hours TEXT NOT NULL DEFAULT '', UNIQUE (venue_id, rate_class))"),
             // Only 'booked' and 'checked-in' hold the table; a booking not checked in within
             // the grace minutes becomes 'released' (a no-show).
             QStringLiteral("CREATE TABLE bookings (id {id}, "
                            "table_id BIGINT NOT NULL REFERENCES pool_tables (id) "
                            "ON DELETE CASCADE, "
                            "starts_at {timestamp} NOT NULL, ends_at {timestamp} NOT NULL, "
                            "name TEXT NOT NULL, "
                            "player_id BIGINT REFERENCES players (id) ON DELETE SET NULL, "
                            "state TEXT NOT NULL DEFAULT 'booked' CHECK (state IN "
                            "('booked', 'checked-in', 'cancelled', 'released')), "
                            "created_by TEXT NOT NULL, created_at {timestamp} NOT NULL, "
                            "CHECK (ends_at > starts_at))"),
             QStringLiteral("CREATE INDEX bookings_by_table ON bookings (table_id, starts_at)"),
             // Table time: one open session a table. table_id is where it is played now (a
             // move changes it); its stretches say where and when it was played.
             QStringLiteral("CREATE TABLE table_sessions (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "table_id BIGINT REFERENCES pool_tables (id) ON DELETE SET NULL, "
                            "booking_id BIGINT REFERENCES bookings (id) ON DELETE SET NULL, "
                            "player_id BIGINT REFERENCES players (id) ON DELETE SET NULL, "
                            "name TEXT NOT NULL, member INTEGER NOT NULL DEFAULT 0, "
                            "state TEXT NOT NULL DEFAULT 'running' "
                            "CHECK (state IN ('running', 'paused', 'closed')), "
                            "started_at {timestamp} NOT NULL, ended_at {timestamp}, "
                            "started_by TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX table_sessions_open_by_table ON table_sessions "
                            "(table_id) WHERE state <> 'closed'"),
             QStringLiteral("CREATE TABLE session_stretches (id {id}, "
                            "session_id BIGINT NOT NULL REFERENCES table_sessions (id) "
                            "ON DELETE CASCADE, "
                            "table_id BIGINT REFERENCES pool_tables (id) ON DELETE SET NULL, "
                            "table_name TEXT NOT NULL, rate_class TEXT NOT NULL, "
                            "from_at {timestamp} NOT NULL, to_at {timestamp})"),
             QStringLiteral("CREATE INDEX session_stretches_by_session ON session_stretches "
                            "(session_id, from_at)"),
             // A receipt is never changed; a manager may void it. lines: the receipt's text.
             QStringLiteral("CREATE TABLE receipts (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "session_id BIGINT REFERENCES table_sessions (id) "
                            "ON DELETE SET NULL, "
                            "number INTEGER NOT NULL, total_cents BIGINT NOT NULL, "
                            "currency TEXT NOT NULL, lines TEXT NOT NULL, "
                            "issued_at {timestamp} NOT NULL, issued_by TEXT NOT NULL, "
                            "voided_at {timestamp}, voided_by TEXT NOT NULL DEFAULT '', "
                            "UNIQUE (venue_id, number))"),
             QStringLiteral("CREATE TABLE walk_ins (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "name TEXT NOT NULL, party INTEGER NOT NULL DEFAULT 2, "
                            "rate_class TEXT NOT NULL DEFAULT '', "
                            "state TEXT NOT NULL DEFAULT 'waiting' "
                            "CHECK (state IN ('waiting', 'seated', 'left')), "
                            "added_at {timestamp} NOT NULL, done_at {timestamp})"),
             // The process that runs a table's match holds its lease and renews it; another
             // takes it over once it has expired by the database's clock.
             QStringLiteral("CREATE TABLE table_leases (table_id BIGINT PRIMARY KEY "
                            "REFERENCES pool_tables (id) ON DELETE CASCADE, "
                            "holder TEXT NOT NULL, expires_at {timestamp} NOT NULL)"),
         }},
        {8,
         QStringLiteral("player profiles, results, ratings, challenges, events, tournaments"),
         {
             QStringLiteral("ALTER TABLE players ADD COLUMN contact TEXT NOT NULL DEFAULT ''"),
             // The rating a player starts from before their racks say more (the Fargo scale).
             QStringLiteral("ALTER TABLE players ADD COLUMN starter_rating DOUBLE PRECISION "
                            "NOT NULL DEFAULT 500"),
             // A duplicate merged into another player keeps its row, hidden, so the merge can
             // be undone; what names it (matches, results, bookings) counts for the other.
             QStringLiteral("ALTER TABLE players ADD COLUMN merged_into BIGINT "
                            "REFERENCES players (id) ON DELETE SET NULL"),
             // Racks entered by hand: a night's results, a challenge or a tournament match
             // played without the automatic referee. A correction voids the row and adds one.
             QStringLiteral("CREATE TABLE results (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "played_on TEXT NOT NULL, game TEXT NOT NULL, "
                            "player_a BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE, "
                            "player_b BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE, "
                            "racks_a INTEGER NOT NULL CHECK (racks_a >= 0), "
                            "racks_b INTEGER NOT NULL CHECK (racks_b >= 0), "
                            "source TEXT NOT NULL DEFAULT 'hand' "
                            "CHECK (source IN ('hand', 'challenge', 'tournament')), "
                            "entered_by TEXT NOT NULL, entered_at {timestamp} NOT NULL, "
                            "voided_at {timestamp}, voided_by TEXT NOT NULL DEFAULT '', "
                            "CHECK (player_a <> player_b))"),
             QStringLiteral("CREATE INDEX results_by_venue ON results (venue_id, played_on)"),
             // Players waiting to be matched for a game, nearest rating first.
             QStringLiteral("CREATE TABLE match_queue (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "player_id BIGINT NOT NULL REFERENCES players (id) "
                            "ON DELETE CASCADE, "
                            "game TEXT NOT NULL, joined_at {timestamp} NOT NULL, "
                            "state TEXT NOT NULL DEFAULT 'waiting' "
                            "CHECK (state IN ('waiting', 'matched', 'left')), "
                            "matched_with BIGINT REFERENCES players (id) ON DELETE SET NULL, "
                            "done_at {timestamp})"),
             QStringLiteral("CREATE TABLE challenges (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "challenger BIGINT NOT NULL REFERENCES players (id) "
                            "ON DELETE CASCADE, "
                            "challenged BIGINT NOT NULL REFERENCES players (id) "
                            "ON DELETE CASCADE, "
                            "game TEXT NOT NULL, race_to INTEGER NOT NULL CHECK (race_to >= 1), "
                            "state TEXT NOT NULL DEFAULT 'issued' CHECK (state IN ('issued', "
                            "'accepted', 'declined', 'booked', 'played', 'withdrawn')), "
                            "booking_id BIGINT REFERENCES bookings (id) ON DELETE SET NULL, "
                            "result_id BIGINT REFERENCES results (id) ON DELETE SET NULL, "
                            "match_id BIGINT REFERENCES matches (id) ON DELETE SET NULL, "
                            "issued_at {timestamp} NOT NULL, answered_at {timestamp}, "
                            "note TEXT NOT NULL DEFAULT '', CHECK (challenger <> challenged))"),
             QStringLiteral("CREATE TABLE venue_events (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
                            "('league-night', 'open-play', 'tournament')), "
                            "starts_at {timestamp} NOT NULL, ends_at {timestamp} NOT NULL, "
                            "cap INTEGER NOT NULL DEFAULT 0, "
                            "cancelled INTEGER NOT NULL DEFAULT 0, "
                            "created_by TEXT NOT NULL, CHECK (ends_at > starts_at))"),
             // Past the cap a sign-up waits for a place (state 'waiting').
             QStringLiteral("CREATE TABLE event_signups (id {id}, "
                            "event_id BIGINT NOT NULL REFERENCES venue_events (id) "
                            "ON DELETE CASCADE, "
                            "player_id BIGINT NOT NULL REFERENCES players (id) "
                            "ON DELETE CASCADE, "
                            "state TEXT NOT NULL DEFAULT 'in' "
                            "CHECK (state IN ('in', 'waiting', 'cancelled')), "
                            "signed_at {timestamp} NOT NULL, UNIQUE (event_id, player_id))"),
             // options: JSON (grand final, third place, Swiss rounds, groups, races by round,
             // handicapped races); payouts: the percentages of the purse by place, "50,30,20".
             QStringLiteral("CREATE TABLE tournaments (id {id}, "
                            "venue_id BIGINT NOT NULL REFERENCES venues (id) ON DELETE CASCADE, "
                            "event_id BIGINT REFERENCES venue_events (id) ON DELETE SET NULL, "
                            "name TEXT NOT NULL, game TEXT NOT NULL, format TEXT NOT NULL "
                            "CHECK (format IN ('single', 'double', 'round-robin', 'swiss')), "
                            "options TEXT NOT NULL DEFAULT '{}', "
                            "state TEXT NOT NULL DEFAULT 'sign-up' "
                            "CHECK (state IN ('sign-up', 'running', 'finished', 'cancelled')), "
                            "starts_at {timestamp} NOT NULL, "
                            "entry_fee_cents BIGINT NOT NULL DEFAULT 0, "
                            "added_money_cents BIGINT NOT NULL DEFAULT 0, "
                            "payouts TEXT NOT NULL DEFAULT '', "
                            "max_players INTEGER NOT NULL DEFAULT 0, "
                            "seeding TEXT NOT NULL DEFAULT 'rating' "
                            "CHECK (seeding IN ('rating', 'hand')), "
                            "created_by TEXT NOT NULL, created_at {timestamp} NOT NULL)"),
             // seed: 1-based once the draw is made (by rating, or by hand before it).
             QStringLiteral("CREATE TABLE tournament_entries (id {id}, "
                            "tournament_id BIGINT NOT NULL REFERENCES tournaments (id) "
                            "ON DELETE CASCADE, "
                            "player_id BIGINT NOT NULL REFERENCES players (id) "
                            "ON DELETE CASCADE, "
                            "seed INTEGER, state TEXT NOT NULL DEFAULT 'entered' CHECK (state IN "
                            "('entered', 'checked-in', 'no-show', 'withdrawn')), "
                            "paid INTEGER NOT NULL DEFAULT 0, "
                            "entered_at {timestamp} NOT NULL, UNIQUE (tournament_id, player_id))"),
             // Where a match of the draw (bracket.h's match id) is played: its table, and the
             // referee's match there once started.
             QStringLiteral("CREATE TABLE tournament_matches (id {id}, "
                            "tournament_id BIGINT NOT NULL REFERENCES tournaments (id) "
                            "ON DELETE CASCADE, "
                            "draw_match INTEGER NOT NULL, "
                            "table_id BIGINT REFERENCES pool_tables (id) ON DELETE SET NULL, "
                            "match_id BIGINT REFERENCES matches (id) ON DELETE SET NULL, "
                            "assigned_at {timestamp} NOT NULL, assigned_by TEXT NOT NULL, "
                            "UNIQUE (tournament_id, draw_match))"),
             // The draw's results in the order they came; replayed, they give the draw. A
             // result taken back keeps its row (taken_back_at), for the audit.
             QStringLiteral("CREATE TABLE tournament_results (id {id}, "
                            "tournament_id BIGINT NOT NULL REFERENCES tournaments (id) "
                            "ON DELETE CASCADE, "
                            "draw_match INTEGER NOT NULL, winner_seed INTEGER NOT NULL, "
                            "racks_a INTEGER NOT NULL, racks_b INTEGER NOT NULL, "
                            "source TEXT NOT NULL CHECK (source IN ('referee', 'hand')), "
                            "match_id BIGINT REFERENCES matches (id) ON DELETE SET NULL, "
                            "recorded_by TEXT NOT NULL, recorded_at {timestamp} NOT NULL, "
                            "taken_back_at {timestamp}, taken_back_by TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX tournament_results_in_order ON tournament_results "
                            "(tournament_id, id)"),
         }},
        {9,
         QStringLiteral("the ratings a tournament's draw was made with"),
         {
             // Seeds and handicapped races follow the ratings of the moment the draw was made,
             // on every desk and after every restart, however the ratings move afterwards.
             QStringLiteral("ALTER TABLE tournament_entries ADD COLUMN drawn_rating "
                            "DOUBLE PRECISION"),
         }},
        {10,
         QStringLiteral("backups and the newest change"),
         {
             // Each connection's last commit that changed the venue's data (a row each, so
             // writers never wait for one another): a restore compares the newest with the
             // backup's, to refuse going back in time (storage/databaserestore.h).
             QStringLiteral("CREATE TABLE dojo_changes (writer TEXT PRIMARY KEY, "
                            "changed_at {timestamp} NOT NULL)"),
             // The backups taken: the nightly one is claimed as running by one process, then
             // done or failed (storage/backuprepository.h).
             QStringLiteral("CREATE TABLE backups (id {id}, "
                            "kind TEXT NOT NULL CHECK (kind IN ('nightly', 'manual', "
                            "'before-restore')), "
                            "status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')), "
                            "started_at {timestamp} NOT NULL, finished_at {timestamp}, "
                            "taken_by TEXT NOT NULL, file TEXT NOT NULL DEFAULT '', "
                            "size_bytes BIGINT NOT NULL DEFAULT 0, newest_change {timestamp}, "
                            "problem TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX backups_by_start ON backups (kind, started_at)"),
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
