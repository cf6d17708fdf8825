#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace dojo::storage::internal {

// Keys for pg_advisory_xact_lock: writers that must not interleave take the same key.
inline constexpr qint64 kSchemaLock = 0x446F6A6F'0001; // "Dojo" + 1
inline constexpr qint64 kDemoVenueLock = 0x446F6A6F'0002;

// A write transaction. SQLite takes the write lock up front (BEGIN IMMEDIATE) so readers never
// fail to upgrade; PostgreSQL can also take an advisory lock. Rolls back unless committed.
//
// On failure roll back while the failing QSqlQuery still exists: QPSQL frees its prepared
// statement when the query dies, which PostgreSQL refuses inside an aborted transaction.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error, qint64 postgresLockKey = 0);
    bool commit(QString *error);
    void rollback();
    // Rolls back and returns the error as one line, for `return fail(txn.rollbackWith(...))`.
    QString rollbackWith(const QSqlError &error);
    QString rollbackWith(const QString &error);

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Runs one statement without results; the error is one line.
bool execStatement(QSqlDatabase db, const QString &sql, QString *error);

} // namespace dojo::storage::internal
