#include "storage/internal/transaction.h"

#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"

#include <QSqlQuery>

namespace dojo::storage::internal {

bool execStatement(QSqlDatabase db, const QString &sql, QString *error)
{
    // A closed connection would fail without a word from the driver.
    if (!db.isOpen()) {
        if (error)
            *error = StorageText::tr("the connection to the database is closed");
        return false;
    }
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = oneLine(query.lastError());
    return false;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error, qint64 postgresLockKey)
{
    const bool postgres = dialectOf(m_db) == Dialect::PostgreSQL;
    // QSqlDatabase::transaction() would issue a deferred BEGIN on SQLite.
    const QString begin = postgres ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                                   : QStringLiteral("BEGIN IMMEDIATE");
    if (!execStatement(m_db, begin, error))
        return false;
    m_open = true;
    if (postgres && postgresLockKey != 0) {
        const QString lock
            = QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(postgresLockKey);
        if (!execStatement(m_db, lock, error)) {
            rollback();
            return false;
        }
    }
    return true;
}

bool Transaction::commit(QString *error)
{
    if (!m_open)
        return true;
    if (!execStatement(m_db, QStringLiteral("COMMIT"), error)) {
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    execStatement(m_db, QStringLiteral("ROLLBACK"), nullptr);
}

QString Transaction::rollbackWith(const QSqlError &error)
{
    rollback();
    return oneLine(error);
}

QString Transaction::rollbackWith(const QString &error)
{
    rollback();
    return oneLine(error);
}

} // namespace dojo::storage::internal
