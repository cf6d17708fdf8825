#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace dojo::venue {

// The nightly backup, as plain values: when it is due, what it is called, which old ones go,
// and what the window says of the last one. The app's timer asks these (app/nightlybackup.h).

// The moment the backup of `day` is due: `at` on that day in the venue's time zone. When the
// clocks skip that time (spring forward), the first moment after the gap; when they pass it
// twice (autumn), the first time.
QDateTime backupSlotOn(const QDate &day, QTime at, const QTimeZone &zone);

// The latest slot at or before `now`, and the first after it.
QDateTime lastBackupSlot(const QDateTime &now, QTime at, const QTimeZone &zone);
QDateTime nextBackupSlot(const QDateTime &now, QTime at, const QTimeZone &zone);

// Due when no backup was taken (or tried) since the latest slot: a slot missed while the PC
// was off is made up as soon as it runs again.
bool backupDue(const std::optional<QDateTime> &lastTaken, const QDateTime &now, QTime at,
               const QTimeZone &zone);

// The nightly backup's file for a slot: dojopool-2026-12-05 (the slot's date in the venue's
// time zone) with `suffix` (".sqlite", ".pgdump").
QString nightlyBackupName(const QDateTime &slot, const QTimeZone &zone, const QString &suffix);

// Of a backup folder's file names, the nightly backups to delete so that the `keep` newest (by
// the date in their names) stay; 0 keeps them all. Any other file is never named.
QStringList nightlyBackupsToDelete(const QStringList &names, int keep);

// What the window shows of the backups.
struct BackupsSeen
{
    std::optional<QDateTime> lastDone;   // the newest backup done, of any kind
    std::optional<QDateTime> lastFailed; // the newest nightly one that failed
    QString problem;                     // why it failed
};

enum class BackupHealth {
    Good,   // done within two days, and none failed since
    Old,    // the last one done is more than two days old (or there is none)
    Failed, // the last nightly one failed
};

BackupHealth backupHealth(const BackupsSeen &seen, const QDateTime &now);

// One sentence for the status bar, times in the venue's time zone: "Last backup: 2026-12-05
// 04:00", or a warning.
QString backupStatusText(const BackupsSeen &seen, const QDateTime &now, const QTimeZone &zone);

} // namespace dojo::venue
