#include "venue/backupschedule.h"

#include "venue/internal/venuetr.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

namespace dojo::venue {

using internal::Tr;

namespace {

constexpr qint64 kHalfDaySeconds = 14 * 3600; // further than any zone's offset moves in a day
constexpr qint64 kOldAfterSeconds = 2 * 24 * 3600;

QString localText(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QDateTime backupSlotOn(const QDate &day, QTime at, const QTimeZone &zone)
{
    // The wall time read as UTC, moved by each offset the zone has around that day: those that
    // read back as that wall time are the slot's moments.
    const QDateTime wall(day, at, Qt::UTC);
    std::vector<QDateTime> moments;
    for (const qint64 around : {-kHalfDaySeconds, kHalfDaySeconds}) {
        const int offset = zone.offsetFromUtc(wall.addSecs(around));
        const QDateTime moment = wall.addSecs(-offset);
        const QDateTime local = moment.toTimeZone(zone);
        if (local.date() == day && local.time() == at)
            moments.push_back(moment);
    }
    if (!moments.empty())
        return *std::min_element(moments.begin(), moments.end());
    // Skipped by the clocks: the transition that jumps over it.
    const QTimeZone::OffsetData jump = zone.nextTransition(wall.addSecs(-kHalfDaySeconds));
    return jump.atUtc.toUTC();
}

QDateTime lastBackupSlot(const QDateTime &now, QTime at, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime slot = backupSlotOn(today, at, zone);
    return slot <= now ? slot : backupSlotOn(today.addDays(-1), at, zone);
}

QDateTime nextBackupSlot(const QDateTime &now, QTime at, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime slot = backupSlotOn(today, at, zone);
    return slot > now ? slot : backupSlotOn(today.addDays(1), at, zone);
}

bool backupDue(const std::optional<QDateTime> &lastTaken, const QDateTime &now, QTime at,
               const QTimeZone &zone)
{
    return !lastTaken || *lastTaken < lastBackupSlot(now, at, zone);
}

QString nightlyBackupName(const QDateTime &slot, const QTimeZone &zone, const QString &suffix)
{
    return QStringLiteral("dojopool-%1%2")
        .arg(slot.toTimeZone(zone).date().toString(Qt::ISODate), suffix);
}

QStringList nightlyBackupsToDelete(const QStringList &names, int keep)
{
    if (keep <= 0)
        return {};
    static const QRegularExpression nightly(
        QStringLiteral("^dojopool-(\\d{4}-\\d{2}-\\d{2})\\.(sqlite|pgdump)$"));
    std::vector<std::pair<QDate, QString>> dated;
    for (const QString &name : names) {
        const QRegularExpressionMatch match = nightly.match(name);
        if (!match.hasMatch())
            continue;
        const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
        if (day.isValid())
            dated.emplace_back(day, name);
    }
    // Newest first; on one day, the names in reverse order so the choice never depends on the
    // order the folder listed them.
    std::sort(dated.begin(), dated.end(), [](const auto &a, const auto &b) { return a > b; });
    QStringList doomed;
    for (std::size_t i = static_cast<std::size_t>(keep); i < dated.size(); ++i)
        doomed << dated[i].second;
    return doomed;
}

BackupHealth backupHealth(const BackupsSeen &seen, const QDateTime &now)
{
    if (seen.lastFailed && (!seen.lastDone || *seen.lastFailed > *seen.lastDone))
        return BackupHealth::Failed;
    if (!seen.lastDone || seen.lastDone->secsTo(now) > kOldAfterSeconds)
        return BackupHealth::Old;
    return BackupHealth::Good;
}

QString backupStatusText(const BackupsSeen &seen, const QDateTime &now, const QTimeZone &zone)
{
    switch (backupHealth(seen, now)) {
    case BackupHealth::Failed:
        return Tr::tr("The last backup failed at %1: %2")
            .arg(localText(*seen.lastFailed, zone), seen.problem);
    case BackupHealth::Old:
        if (!seen.lastDone)
            return Tr::tr("No backup yet.");
        return Tr::tr("The last backup is from %1, more than two days ago.")
            .arg(localText(*seen.lastDone, zone));
    case BackupHealth::Good: break;
    }
    return Tr::tr("Last backup: %1").arg(localText(*seen.lastDone, zone));
}

} // namespace dojo::venue
