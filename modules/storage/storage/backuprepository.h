#pragma once

#include <core/result.h>

#include <QDateTime>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace dojo::storage {

class Database;

// The words the backups table holds (migration 10).
namespace backup {
inline constexpr QLatin1String kNightly("nightly");              // the app's, every night
inline constexpr QLatin1String kManual("manual");                // `dojopool backup`
inline constexpr QLatin1String kBeforeRestore("before-restore"); // the database a restore replaced
inline constexpr QLatin1String kRunning("running");
inline constexpr QLatin1String kDone("done");
inline constexpr QLatin1String kFailed("failed");
} // namespace backup

// One backup taken, or being taken.
struct BackupRecord
{
    qint64 id = 0;
    QString kind;   // backup::kNightly ...
    QString status; // backup::kRunning, kDone or kFailed
    QDateTime startedAt;
    std::optional<QDateTime> finishedAt;
    QString takenBy; // the PC and process ("venuepc pid 4242 9f3a61") or the user
    QString file;    // where it was written, on the PC that took it
    qint64 sizeBytes = 0;
    std::optional<QDateTime> newestChange;
    QString problem; // why it failed
};

// The backups table: which backups were taken, by whom, where, and the nightly one's claim, so
// one process of the venue (of every PC on one PostgreSQL) makes it. Its writes are no change of
// the venue's data (storage/changefeed.h's kBackups): a restore never counts them.
class BackupRepository
{
public:
    explicit BackupRepository(Database &database);

    // Claims the nightly backup due since `dueSince` for `takenBy`, under the backups' lock: the
    // new record's id, or nullopt when one since then is done, or is running and started less
    // than `staleSeconds` before `now` (another process is making it).
    Result<std::optional<qint64>> claimNightly(const QDateTime &dueSince, const QDateTime &now,
                                               const QString &takenBy, int staleSeconds = 3600);
    // A claimed backup finished: written to `file`, with its size and newest change. The change
    // stamps older than the newest (a row per writer, storage/changefeed.h) are pruned.
    Result<void> finish(qint64 id, const QDateTime &at, const QString &file, qint64 sizeBytes,
                        const std::optional<QDateTime> &newestChange);
    // A claimed backup failed, and why.
    Result<void> fail(qint64 id, const QDateTime &at, const QString &problem);
    // A backup taken by hand (or before a restore), recorded when done.
    Result<qint64> recordDone(const QString &kind, const BackupRecord &done);

    // The newest backup done, of any kind.
    Result<std::optional<BackupRecord>> lastDone();
    // The newest nightly attempt, whatever became of it.
    Result<std::optional<BackupRecord>> lastNightly();
    // Backups still running (as a restored database holds them: the backup it was taken by)
    // marked failed with `problem`; how many.
    Result<int> abandonRunning(const QDateTime &at, const QString &problem);

private:
    Database &m_database;
};

} // namespace dojo::storage
