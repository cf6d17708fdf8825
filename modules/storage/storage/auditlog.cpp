#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QVariant>

namespace dojo::storage {

using internal::Tr;

namespace {

const QString kInsert = QStringLiteral(
    "INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)");

Result<void> checkEntry(const QString &actor, const QString &action)
{
    if (actor.trimmed().isEmpty() || action.trimmed().isEmpty())
        return Unexpected(Tr::tr("an audit entry needs an actor and an action"));
    return {};
}

AuditEntry entryFromRow(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = internal::utcFromText(query.value(1).toString());
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.subject = query.value(4).toString();
    entry.details = query.value(5).toString();
    return entry;
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

Result<void> AuditLog::record(const QString &actor, const QString &action, const QString &subject,
                              const QString &details)
{
    if (Result<void> checked = checkEntry(actor, action); !checked)
        return checked;
    // A single INSERT in autocommit is already atomic.
    const Result<QSqlQuery> inserted
        = internal::execute(m_database.connection(), kInsert,
                            {internal::utcNowText(), actor, action, internal::notNull(subject),
                             internal::notNull(details)});
    if (!inserted)
        return Unexpected(Tr::tr("cannot write the audit log: %1").arg(inserted.error()));
    return {};
}

Result<std::vector<AuditEntry>> AuditLog::recent(int limit)
{
    if (limit <= 0)
        return std::vector<AuditEntry>();
    Result<std::vector<AuditEntry>> entries = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT id, at, actor, action, subject, details FROM audit_log "
                       "ORDER BY id DESC LIMIT ?"),
        {limit}, entryFromRow);
    if (!entries)
        return Unexpected(Tr::tr("cannot read the audit log: %1").arg(entries.error()));
    return entries;
}

Result<void> AuditLog::recordIn(internal::Transaction &txn, const QString &actor,
                                const QString &action, const QString &subject,
                                const QString &details)
{
    if (Result<void> checked = checkEntry(actor, action); !checked)
        return txn.abandon(checked.error());
    const Result<QSqlQuery> inserted
        = txn.exec(kInsert, {internal::utcNowText(), actor, action, internal::notNull(subject),
                             internal::notNull(details)});
    if (!inserted)
        return Unexpected(Tr::tr("cannot write the audit log: %1").arg(inserted.error()));
    return {};
}

} // namespace dojo::storage
