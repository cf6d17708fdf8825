#pragma once

#include "storage/venuerecords.h"

#include <core/result.h>

#include <QString>

#include <vector>

namespace dojo::storage {

class Database;

namespace internal {
class Transaction;
}

// The venue's permanent record of who changed what. Entries are only ever appended.
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    Result<void> record(const QString &actor, const QString &action, const QString &subject,
                        const QString &details = {});
    Result<std::vector<AuditEntry>> recent(int limit = 100); // newest first

    // For repositories that write an entry inside their own open transaction; a failure rolls
    // it back.
    static Result<void> recordIn(internal::Transaction &txn, const QString &actor,
                                 const QString &action, const QString &subject,
                                 const QString &details);

private:
    Database &m_database;
};

} // namespace dojo::storage
