#pragma once

#include <core/result.h>

#include <QString>

namespace dojo::storage::internal {

class Transaction;

// The end of every audited write: the audit entry (storage/auditlog.h), then the commit, in the
// one transaction; a failure of either rolls it back and is the bare reason.
Result<void> auditAndCommit(Transaction &txn, const QString &actor, const QString &action,
                            const QString &subject, const QString &detail);

} // namespace dojo::storage::internal
