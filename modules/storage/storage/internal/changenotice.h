#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace dojo::storage::internal {

// The PostgreSQL channel every write transaction tells its changes on (storage/changefeed.h).
inline QString changeChannel()
{
    return QStringLiteral("dojo_changes");
}

// What `sql` changes, as a change kind (storage/changefeed.h): the kind of the table an INSERT,
// UPDATE or DELETE writes, "any" for schema statements and tables the feed has no word for,
// nothing for a read or a transaction's own statements (BEGIN, COMMIT, SET, LISTEN ...).
std::optional<QString> changeKindOf(const QString &sql);

// The kinds as a NOTIFY payload ("audit,tables"), under 100 bytes; "any" when too long.
QString changePayload(QStringList kinds);
QStringList kindsFromPayload(const QString &payload);

// Adds the kind `sql` changed to `kinds` when it changed rows: an UPDATE or DELETE that matched
// nothing changed nothing (a RETURNING statement's count is not known: it counts as a change).
void noteChange(QStringList &kinds, const QString &sql, const QSqlQuery &ran);

// Tells the other connections what changed: on PostgreSQL `pg_notify` on the change channel,
// delivered when the surrounding transaction commits (at once outside one); on SQLite nothing,
// the other connections see PRAGMA data_version move. The reason when it failed.
std::optional<QString> tellChanges(const QSqlDatabase &db, const QStringList &kinds);

// The table of the newest change (migration 10): a row per connection, its last commit that
// changed the venue's data, by the database's clock. A backup's newest change is the newest row
// it holds (storage/databasebackup.h), so a restore can tell a database that has moved on.
inline QString changeStampTable()
{
    return QStringLiteral("dojo_changes");
}

// Whether `kinds` change the venue's data: anything but leases (every heartbeat) and the
// backups' own bookkeeping, which a restore must not count as the database moving on.
bool changesVenueData(const QStringList &kinds);

// Stamps this connection's row of the newest change when `kinds` change the venue's data (in the
// surrounding transaction, else at once). The reason when it failed.
std::optional<QString> stampChanges(const QSqlDatabase &db, const QStringList &kinds);

} // namespace dojo::storage::internal
