#include "storage/backuprepository.h"

#include "storage/database.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

const QString kColumns = QStringLiteral("id, kind, status, started_at, finished_at, taken_by, "
                                        "file, size_bytes, newest_change, problem");

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return internal::utcFromText(value.toString());
}

QVariant timeOrNull(const std::optional<QDateTime> &at)
{
    return at ? QVariant(internal::utcText(*at)) : QVariant(QMetaType::fromType<QString>());
}

BackupRecord recordFrom(const QSqlQuery &query)
{
    BackupRecord record;
    record.id = query.value(0).toLongLong();
    record.kind = query.value(1).toString();
    record.status = query.value(2).toString();
    record.startedAt = internal::utcFromText(query.value(3).toString());
    record.finishedAt = optionalTime(query.value(4));
    record.takenBy = query.value(5).toString();
    record.file = query.value(6).toString();
    record.sizeBytes = query.value(7).toLongLong();
    record.newestChange = optionalTime(query.value(8));
    record.problem = query.value(9).toString();
    return record;
}

Result<std::optional<BackupRecord>> firstRecord(Result<QSqlQuery> query)
{
    if (!query)
        return Unexpected(Tr::tr("cannot read the backups: %1").arg(query.error()));
    if (!query->next())
        return std::optional<BackupRecord>();
    return std::optional(recordFrom(*query));
}

} // namespace

BackupRepository::BackupRepository(Database &database)
    : m_database(database)
{
}

Result<std::optional<qint64>> BackupRepository::claimNightly(const QDateTime &dueSince,
                                                             const QDateTime &now,
                                                             const QString &takenBy,
                                                             int staleSeconds)
{
    Transaction txn(m_database.connection());
    // SQLite's write lock, or the backups' advisory lock: of two processes, one claims.
    if (Result<void> begun = txn.begin(internal::kBackupLock); !begun)
        return Unexpected(Tr::tr("cannot claim the nightly backup: %1").arg(begun.error()));
    const QString since = internal::utcText(dueSince);
    const QString freshRunning = internal::utcText(now.addSecs(-staleSeconds));
    Result<QSqlQuery> taken
        = txn.exec(QStringLiteral("SELECT id FROM backups WHERE kind = ? AND started_at >= ? AND "
                                  "(status = ? OR (status = ? AND started_at >= ?))"),
                   {QString(backup::kNightly), since, QString(backup::kDone),
                    QString(backup::kRunning), freshRunning});
    if (!taken)
        return Unexpected(Tr::tr("cannot claim the nightly backup: %1").arg(taken.error()));
    const bool alreadyTaken = taken->next();
    taken->finish(); // SQLite commits no transaction with a statement still open
    if (alreadyTaken) {
        if (Result<void> committed = txn.commit(); !committed)
            return Unexpected(committed.error());
        return std::optional<qint64>();
    }
    Result<QSqlQuery> claimed = txn.exec(
        QStringLiteral("INSERT INTO backups (kind, status, started_at, taken_by) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {QString(backup::kNightly), QString(backup::kRunning), internal::utcText(now), takenBy});
    if (!claimed || !claimed->next())
        return Unexpected(
            Tr::tr("cannot claim the nightly backup: %1")
                .arg(claimed ? internal::oneLine(claimed->lastError()) : claimed.error()));
    const qint64 id = claimed->value(0).toLongLong();
    claimed->finish();
    if (Result<void> committed = txn.commit(); !committed)
        return Unexpected(Tr::tr("cannot claim the nightly backup: %1").arg(committed.error()));
    return std::optional(id);
}

Result<void> BackupRepository::finish(qint64 id, const QDateTime &at, const QString &file,
                                      qint64 sizeBytes,
                                      const std::optional<QDateTime> &newestChange)
{
    const Result<QSqlQuery> updated = internal::execute(
        m_database.connection(),
        QStringLiteral("UPDATE backups SET status = ?, finished_at = ?, file = ?, size_bytes = ?, "
                       "newest_change = ? WHERE id = ?"),
        {QString(backup::kDone), internal::utcText(at), file, sizeBytes, timeOrNull(newestChange),
         id});
    if (!updated)
        return Unexpected(Tr::tr("cannot record the backup: %1").arg(updated.error()));
    // The newest change is all a restore reads: every older writer's row goes (a row a process
    // start otherwise). A writer updating its row meanwhile keeps it, being newer. The backup
    // stands whatever becomes of this: a failure is only logged.
    const Result<QSqlQuery> pruned
        = internal::execute(m_database.connection(),
                            QStringLiteral("DELETE FROM dojo_changes WHERE changed_at < "
                                           "(SELECT MAX(changed_at) FROM dojo_changes)"),
                            {});
    if (!pruned)
        qWarning("%s", qPrintable(
                           Tr::tr("cannot prune the older change stamps: %1").arg(pruned.error())));
    return {};
}

Result<void> BackupRepository::fail(qint64 id, const QDateTime &at, const QString &problem)
{
    const Result<QSqlQuery> updated = internal::execute(
        m_database.connection(),
        QStringLiteral("UPDATE backups SET status = ?, finished_at = ?, problem = ? WHERE id = ?"),
        {QString(backup::kFailed), internal::utcText(at), internal::notNull(problem), id});
    if (!updated)
        return Unexpected(Tr::tr("cannot record the failed backup: %1").arg(updated.error()));
    return {};
}

Result<qint64> BackupRepository::recordDone(const QString &kind, const BackupRecord &done)
{
    Result<QSqlQuery> inserted = internal::execute(
        m_database.connection(),
        QStringLiteral("INSERT INTO backups (kind, status, started_at, finished_at, taken_by, "
                       "file, size_bytes, newest_change) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {kind, QString(backup::kDone), internal::utcText(done.startedAt),
         timeOrNull(done.finishedAt), internal::notNull(done.takenBy), internal::notNull(done.file),
         done.sizeBytes, timeOrNull(done.newestChange)});
    if (!inserted || !inserted->next())
        return Unexpected(
            Tr::tr("cannot record the backup: %1")
                .arg(inserted ? internal::oneLine(inserted->lastError()) : inserted.error()));
    return inserted->value(0).toLongLong();
}

Result<std::optional<BackupRecord>> BackupRepository::lastDone()
{
    return firstRecord(internal::execute(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM backups WHERE status = ? ORDER BY started_at DESC, id DESC "
                       "LIMIT 1")
            .arg(kColumns),
        {QString(backup::kDone)}));
}

Result<std::optional<BackupRecord>> BackupRepository::lastNightly()
{
    return firstRecord(internal::execute(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM backups WHERE kind = ? ORDER BY started_at DESC, id DESC "
                       "LIMIT 1")
            .arg(kColumns),
        {QString(backup::kNightly)}));
}

Result<int> BackupRepository::abandonRunning(const QDateTime &at, const QString &problem)
{
    const Result<QSqlQuery> updated = internal::execute(
        m_database.connection(),
        QStringLiteral("UPDATE backups SET status = ?, finished_at = ?, problem = ? "
                       "WHERE status = ?"),
        {QString(backup::kFailed), internal::utcText(at), internal::notNull(problem),
         QString(backup::kRunning)});
    if (!updated)
        return Unexpected(Tr::tr("cannot record the backups: %1").arg(updated.error()));
    return updated->numRowsAffected();
}

} // namespace dojo::storage
