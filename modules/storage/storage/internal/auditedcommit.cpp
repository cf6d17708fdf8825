#include "storage/internal/auditedcommit.h"

#include "storage/auditlog.h"
#include "storage/internal/transaction.h"

namespace dojo::storage::internal {

Result<void> auditAndCommit(Transaction &txn, const QString &actor, const QString &action,
                            const QString &subject, const QString &detail)
{
    if (Result<void> audited = AuditLog::recordIn(txn, actor, action, subject, detail); !audited)
        return audited;
    return txn.commit();
}

} // namespace dojo::storage::internal
