#pragma once

#include <core/result.h>

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace dojo::storage::internal {

// Keys for pg_advisory_xact_lock: writers that must not interleave take the same key.
inline constexpr qint64 kSchemaLock = 0x446F6A6F'0001; // "Dojo" + 1
inline constexpr qint64 kDemoVenueLock = 0x446F6A6F'0002;
inline constexpr qint64 kBookingLock = 0x446F6A6F'0003;    // every write that books a table
inline constexpr qint64 kTournamentLock = 0x446F6A6F'0004; // every write a draw depends on

// Event sign-ups and the match queue: a place or a waiting entry is counted, then given.
inline constexpr qint64 kSignUpLock = 0x446F6A6F'0005;
// The nightly backup: one process claims it (storage/backuprepository.h).
inline constexpr qint64 kBackupLock = 0x446F6A6F'0006;

// How much of other transactions a PostgreSQL transaction may see (SQLite's write lock already
// serializes every writer).
enum class Isolation { ReadCommitted, Serializable };

// A write transaction. SQLite takes the write lock up front (BEGIN IMMEDIATE) so readers never
// fail to upgrade; PostgreSQL can also take an advisory lock. Rolls back unless committed.
// Every statement goes through exec(), which checks the prepare and the run alike. A commit
// after writes tells the other connections what changed (storage/changefeed.h) and, when the
// venue's data changed, stamps the newest change in the same transaction.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Serializable with a lock key takes the advisory lock for the session before BEGIN (and
    // frees it after the end): taken inside, it would wait with a snapshot from before the
    // holder's commit, and every waiter would fail to serialize.
    Result<void> begin(qint64 postgresLockKey = 0, Isolation isolation = Isolation::ReadCommitted);
    Result<void> commit();
    void rollback();
    // The last failure was PostgreSQL's "could not serialize access" (40001): try it again.
    bool failedToSerialize() const { return m_failedToSerialize; }
    // Commits without stamping the newest change (changenotice.h): a migration changes the
    // schema, not the venue's data, and may run before the stamp's table exists.
    void skipChangeStamp() { m_stamps = false; }

    // Prepares `sql`, binds `values` in order and runs it. On failure the transaction is rolled
    // back while the statement still exists (QPSQL frees its prepared statement when the query
    // dies, which PostgreSQL refuses inside an aborted transaction) and the reason is one line.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // Rolls back and hands the reason on: `return txn.abandon(Tr::tr("..."));`.
    Unexpected<QString> abandon(const QString &why);

    QSqlDatabase database() const { return m_db; }

private:
    void noteFailure(const QSqlError &error);
    void unlockSession();

    QSqlDatabase m_db;
    bool m_open = false;
    // The kinds of data the statements changed, told to the other connections on commit.
    QStringList m_changed;
    qint64 m_sessionLockKey = 0;
    bool m_failedToSerialize = false;
    QElapsedTimer m_clock; // from begin(): a write's time, lock wait included, for the health view
    bool m_stamps = true;
};

// Outside a transaction: prepares, binds and runs one statement (a read, or a lone write that
// autocommits, told to the other connections like a transaction's). Without values the
// statement is run as it is, unprepared.
Result<QSqlQuery> execute(const QSqlDatabase &db, const QString &sql,
                          const QVariantList &values = {});

// Runs an INSERT ... RETURNING id inside `txn` and finishes it, so the transaction can commit.
Result<qint64> insertReturning(Transaction &txn, const QString &sql, const QVariantList &values);

} // namespace dojo::storage::internal
