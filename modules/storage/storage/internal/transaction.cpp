#include "storage/internal/transaction.h"

#include "storage/internal/changenotice.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/writeclock.h"

#include <QElapsedTimer>

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
    QElapsedTimer clock;
    clock.start();
    QSqlQuery query(db);
    if (!run(query, sql, values))
        return Unexpected(oneLine(query.lastError()));
    // A lone write has committed by now; the notice follows it (BEGIN, COMMIT change nothing).
    QStringList changed;
    noteChange(changed, sql, query);
    if (WriteClock *writes = WriteClock::of(db); writes && !changed.isEmpty())
        writes->record(double(clock.nsecsElapsed()) / 1e6);
    if (const std::optional<QString> untold = tellChanges(db, changed))
        qWarning("%s", qPrintable(*untold));
    if (const std::optional<QString> unstamped = stampChanges(db, changed))
        qWarning("%s", qPrintable(*unstamped));
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

Result<void> Transaction::begin(qint64 postgresLockKey, Isolation isolation)
{
    m_clock.start();
    const bool postgres = dialectOf(m_db) == Dialect::PostgreSQL;
    const bool serializable = postgres && isolation == Isolation::Serializable;
    m_failedToSerialize = false;
    if (serializable && postgresLockKey != 0) {
        const QString lock = QStringLiteral("SELECT pg_advisory_lock(%1)").arg(postgresLockKey);
        if (Result<QSqlQuery> locked = execute(m_db, lock); !locked)
            return Unexpected(locked.error());
        m_sessionLockKey = postgresLockKey;
    }
    // QSqlDatabase::transaction() would issue a deferred BEGIN on SQLite.
    const QString begin = !postgres      ? QStringLiteral("BEGIN IMMEDIATE")
                          : serializable ? QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")
                                         : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
    if (Result<QSqlQuery> begun = execute(m_db, begin); !begun) {
        unlockSession();
        return Unexpected(begun.error());
    }
    m_open = true;
    if (postgres && postgresLockKey != 0 && m_sessionLockKey == 0) {
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
    if (!m_db.isOpen())
        return abandon(Tr::tr("the connection to the database is closed"));
    // NOTIFY is transactional: the others hear of the writes when, and only if, they commit.
    if (const std::optional<QString> untold = tellChanges(m_db, m_changed)) {
        rollback();
        return Unexpected(*untold);
    }
    const bool wrote = !m_changed.isEmpty();
    // In the same transaction, so a backup holds exactly the stamp of the data it holds.
    if (m_stamps) {
        if (const std::optional<QString> unstamped = stampChanges(m_db, m_changed)) {
            rollback();
            return Unexpected(*unstamped);
        }
    }
    m_changed.clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        noteFailure(query.lastError());
        const QString why = oneLine(query.lastError());
        rollback();
        return Unexpected(why);
    }
    m_open = false;
    unlockSession();
    if (WriteClock *writes = WriteClock::of(m_db); writes && wrote && m_clock.isValid())
        writes->record(double(m_clock.nsecsElapsed()) / 1e6);
    return {};
}

void Transaction::rollback()
{
    m_changed.clear();
    if (m_open) {
        m_open = false;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
    unlockSession();
}

void Transaction::noteFailure(const QSqlError &error)
{
    m_failedToSerialize = error.nativeErrorCode() == QLatin1String("40001");
}

void Transaction::unlockSession()
{
    if (m_sessionLockKey == 0)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(m_sessionLockKey));
    m_sessionLockKey = 0;
}

Result<QSqlQuery> Transaction::exec(const QString &sql, const QVariantList &values)
{
    if (!m_db.isOpen())
        return abandon(Tr::tr("the connection to the database is closed"));
    QSqlQuery query(m_db);
    if (!run(query, sql, values)) {
        noteFailure(query.lastError());
        return abandon(oneLine(query.lastError()));
    }
    noteChange(m_changed, sql, query);
    return query;
}

Result<qint64> insertReturning(Transaction &txn, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = txn.exec(sql, values);
    if (!query)
        return Unexpected(query.error());
    if (!query->next()) {
        return txn.abandon(query->lastError().isValid() ? oneLine(query->lastError())
                                                        : Tr::tr("the database returned no id"));
    }
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return id;
}

Unexpected<QString> Transaction::abandon(const QString &why)
{
    rollback();
    return Unexpected(oneLine(why));
}

} // namespace dojo::storage::internal
