#pragma once

#include "storage/venuerecords.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace dojo::storage {

class Database;

// The venue's permanent record of who changed what. Entries are only ever appended.
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    bool record(const QString &actor, const QString &action, const QString &subject,
                const QString &details = {});
    std::vector<AuditEntry> recent(int limit = 100); // newest first
    QString lastError() const { return m_lastError; }

    // For repositories that write an entry inside their own open transaction.
    static bool recordIn(QSqlDatabase db, const QString &actor, const QString &action,
                         const QString &subject, const QString &details, QString *error);

private:
    Database &m_database;
    QString m_lastError;
};

} // namespace dojo::storage
