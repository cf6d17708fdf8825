#include "storage/tableleases.h"

#include "storage/database.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/transaction.h"

#include <QSqlQuery>

namespace dojo::storage {

using internal::Dialect;
using internal::Transaction;

namespace {

// The database's clock as utcText() writes it ("2026-12-03T10:33:06.123Z"), so lease times
// compare as text; `plus` adds a bound number of seconds.
QString clockText(Dialect dialect, bool plus)
{
    if (dialect == Dialect::PostgreSQL) {
        const QString at
            = plus ? QStringLiteral("(now() + make_interval(secs => CAST(? AS double precision)))")
                   : QStringLiteral("now()");
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
            .arg(at);
    }
    return plus ? QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?)")
                : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

// The bound value clockText(dialect, true) adds.
QVariant secondsValue(Dialect dialect, int seconds)
{
    if (dialect == Dialect::PostgreSQL)
        return seconds;
    return QStringLiteral("+%1 seconds").arg(seconds);
}

TableLease leaseFromRow(const QSqlQuery &query)
{
    TableLease lease;
    lease.tableId = query.value(0).toLongLong();
    lease.holder = query.value(1).toString();
    lease.expiresAt = internal::utcFromText(query.value(2).toString());
    lease.expired = query.value(3).toInt() != 0;
    return lease;
}

} // namespace

TableLeases::TableLeases(Database &database)
    : m_database(database)
{
}

Result<LeaseTake> TableLeases::takeOrRenew(qint64 tableId, const QString &holder, int seconds)
{
    const QSqlDatabase db = m_database.connection();
    const Dialect dialect = internal::dialectOf(db);
    const QString later = clockText(dialect, true);
    const QVariant lease = secondsValue(dialect, seconds);
    Transaction txn(db);
    if (Result<void> begun = txn.begin(); !begun)
        return Unexpected(begun.error());

    LeaseTake take;
    Result<QSqlQuery> before
        = txn.exec(QStringLiteral("SELECT holder FROM table_leases WHERE table_id = ?"), {tableId});
    if (!before)
        return Unexpected(before.error());
    if (before->next())
        take.previousHolder = before->value(0).toString();

    // Ours, or expired by the database's clock: one conditional UPDATE, which PostgreSQL
    // judges again on the row as it stands once a racing writer has committed.
    Result<QSqlQuery> updated
        = txn.exec(QStringLiteral("UPDATE table_leases SET holder = ?, expires_at = %1 "
                                  "WHERE table_id = ? AND (holder = ? OR expires_at < %2)")
                       .arg(later, clockText(dialect, false)),
                   {holder, lease, tableId, holder});
    if (!updated)
        return Unexpected(updated.error());
    if (updated->numRowsAffected() == 0) {
        // Nobody holds it: the first insert wins, a racing one does nothing.
        Result<QSqlQuery> inserted
            = txn.exec(QStringLiteral("INSERT INTO table_leases (table_id, holder, expires_at) "
                                      "VALUES (?, ?, %1) ON CONFLICT (table_id) DO NOTHING")
                           .arg(later),
                       {tableId, holder, lease});
        if (!inserted)
            return Unexpected(inserted.error());
    }

    Result<QSqlQuery> after
        = txn.exec(QStringLiteral("SELECT holder, expires_at FROM table_leases WHERE table_id = ?"),
                   {tableId});
    if (!after)
        return Unexpected(after.error());
    if (after->next()) {
        take.holder = after->value(0).toString();
        take.expiresAt = internal::utcFromText(after->value(1).toString());
    }
    if (Result<void> committed = txn.commit(); !committed)
        return Unexpected(committed.error());
    take.ours = take.holder == holder;
    return take;
}

Result<void> TableLeases::release(qint64 tableId, const QString &holder)
{
    Result<QSqlQuery> deleted = internal::execute(
        m_database.connection(),
        QStringLiteral("DELETE FROM table_leases WHERE table_id = ? AND holder = ?"),
        {tableId, holder});
    if (!deleted)
        return Unexpected(deleted.error());
    return {};
}

Result<std::vector<TableLease>> TableLeases::holders(qint64 venueId)
{
    const QSqlDatabase db = m_database.connection();
    return internal::readRows(
        db,
        QStringLiteral("SELECT l.table_id, l.holder, l.expires_at, "
                       "CASE WHEN l.expires_at < %1 THEN 1 ELSE 0 END "
                       "FROM table_leases l JOIN pool_tables t ON t.id = l.table_id "
                       "WHERE t.venue_id = ? ORDER BY l.table_id")
            .arg(clockText(internal::dialectOf(db), false)),
        {venueId}, leaseFromRow);
}

} // namespace dojo::storage
