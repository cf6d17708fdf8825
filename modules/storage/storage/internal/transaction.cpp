#include "storage/internal/transaction.h"

#include "storage/internal/changenotice.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"

#include <QSqlError>

namespace dojo::storage::internal {

namespace {

// Runs `query` on `sql`: prepared with its values, or directly when there are none (QPSQL then
// needs no server-side prepared statement, which schema statements cannot have). A failed
// prepare is checked first: its error names the cause (a missing table), where exec() would
// only report a parameter count mismatch.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (values.isEmpty())
        return query.exec(sql);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

Result<QSqlQuery> execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    // A closed connection would fail without a word from the driver.
    if (!db.isOpen())
        return Unexpected(Tr::tr("the connection to the database is closed"));
    QSqlQuery query(db);
    if (!run(query, sql, values))
        return Unexpected(oneLine(query.lastError()));
    // A lone write has committed by now; the notice follows it (BEGIN, COMMIT change nothing).
    QStringList changed;
    noteChange(changed, sql, query);
    if (const std::optional<QString> untold = tellChanges(db, changed))
        qWarning("%s", qPrintable(*untold));
    return query;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin(qint64 postgresLockKey)
{
    const bool postgres = dialectOf(m_db) == Dialect::PostgreSQL;
    // QSqlDatabase::transaction() would issue a deferred BEGIN on SQLite.
    const QString begin = postgres ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                                   : QStringLiteral("BEGIN IMMEDIATE");
    if (Result<QSqlQuery> begun = execute(m_db, begin); !begun)
        return Unexpected(begun.error());
    m_open = true;
    if (postgres && postgresLockKey != 0) {
        const QString lock
            = QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(postgresLockKey);
        if (Result<QSqlQuery> locked = exec(lock); !locked)
            return Unexpected(locked.error());
    }
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return {};
    // NOTIFY is transactional: the others hear of the writes when, and only if, they commit.
    if (const std::optional<QString> untold = tellChanges(m_db, m_changed)) {
        rollback();
        return Unexpected(*untold);
    }
    m_changed.clear();
    if (Result<QSqlQuery> committed = execute(m_db, QStringLiteral("COMMIT")); !committed) {
        rollback();
        return Unexpected(committed.error());
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_changed.clear();
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<QSqlQuery> Transaction::exec(const QString &sql, const QVariantList &values)
{
    if (!m_db.isOpen())
        return abandon(Tr::tr("the connection to the database is closed"));
    QSqlQuery query(m_db);
    if (!run(query, sql, values))
        return abandon(oneLine(query.lastError()));
    noteChange(m_changed, sql, query);
    return query;
}

Unexpected<QString> Transaction::abandon(const QString &why)
{
    rollback();
    return Unexpected(oneLine(why));
}

} // namespace dojo::storage::internal
