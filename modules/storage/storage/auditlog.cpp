#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"

#include <QSqlQuery>
#include <QVariant>

namespace dojo::storage {

using internal::StorageText;

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

bool AuditLog::record(const QString &actor, const QString &action, const QString &subject,
                      const QString &details)
{
    // A single INSERT in autocommit is already atomic.
    m_lastError.clear();
    return recordIn(m_database.connection(), actor, action, subject, details, &m_lastError);
}

std::vector<AuditEntry> AuditLog::recent(int limit)
{
    m_lastError.clear();
    std::vector<AuditEntry> entries;
    if (limit <= 0)
        return entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, actor, action, subject, details FROM audit_log "
                                 "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        m_lastError
            = StorageText::tr("cannot read the audit log: ") + internal::oneLine(query.lastError());
        return entries;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = internal::utcFromText(query.value(1).toString());
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.subject = query.value(4).toString();
        entry.details = query.value(5).toString();
        entries.push_back(std::move(entry));
    }
    return entries;
}

bool AuditLog::recordIn(QSqlDatabase db, const QString &actor, const QString &action,
                        const QString &subject, const QString &details, QString *error)
{
    if (actor.trimmed().isEmpty() || action.trimmed().isEmpty()) {
        if (error)
            *error = StorageText::tr("an audit entry needs an actor and an action");
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, details) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(internal::utcNowText());
    query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(internal::notNull(subject));
    query.addBindValue(internal::notNull(details));
    if (query.exec())
        return true;
    if (error)
        *error = StorageText::tr("cannot write the audit log: ")
                 + internal::oneLine(query.lastError());
    return false;
}

} // namespace dojo::storage
