#include "nightlybackup.h"

#include "apptext.h"
#include "backupcommand.h"
#include "venuestartup.h"

#include <storage/backuprepository.h>
#include <storage/database.h>
#include <venue/bookingbook.h>

#include <QDir>
#include <QFile>
#include <QThread>

namespace dojo::app {

NightlyBackup::NightlyBackup(storage::Database &database, BackupSettings settings, QTimeZone zone,
                             QString takenBy, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_settings(std::move(settings))
    , m_zone(std::move(zone))
    , m_takenBy(std::move(takenBy))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &NightlyBackup::check);
}

NightlyBackup::~NightlyBackup()
{
    if (!m_worker)
        return;
    qInfo("%s", qPrintable(AppText::tr("waiting for the nightly backup to finish")));
    m_worker->wait();
    finish();
}

void NightlyBackup::start(int firstCheckMs)
{
    QTimer::singleShot(firstCheckMs, this, [this] {
        check();
        m_timer.start();
    });
}

void NightlyBackup::check()
{
    if (m_worker || !m_settings.nightly)
        return;
    const QDateTime now = m_clock();
    if (!venue::backupDue(m_lastTried, now, m_settings.at, m_zone))
        return;
    const QDateTime slot = venue::lastBackupSlot(now, m_settings.at, m_zone);
    const Result<std::optional<qint64>> claimed
        = storage::BackupRepository(m_database).claimNightly(slot, now, m_takenBy);
    if (!claimed) {
        // Tried again next minute; said once.
        if (claimed.error() != m_lastProblem)
            qWarning("%s", qPrintable(AppText::tr("nightly backup: %1").arg(claimed.error())));
        m_lastProblem = claimed.error();
        return;
    }
    m_lastProblem.clear();
    m_lastTried = now;
    if (!*claimed)
        return; // made, or being made, by another process of the venue

    m_claim = **claimed;
    const storage::DatabaseLocation location = m_database.location();
    m_file = QDir(m_settings.folder)
                 .filePath(venue::nightlyBackupName(
                     slot, m_zone, storage::backupSuffix(storage::formatOf(location))));
    m_outcome = std::make_shared<std::optional<Result<storage::BackupFacts>>>();
    // The copy uses no Qt SQL connection of this thread: it runs beside the venue.
    m_worker = QThread::create([location, file = m_file, outcome = m_outcome] {
        *outcome = storage::backUpDatabase(location, file, {.replace = true});
    });
    connect(m_worker, &QThread::finished, this, &NightlyBackup::finish);
    // At the default priority: the service's system call filter refuses changing it.
    m_worker->start();
}

void NightlyBackup::finish()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    const QDateTime now = m_clock();
    storage::BackupRepository backups(m_database);
    const Result<storage::BackupFacts> &outcome
        = m_outcome && *m_outcome ? **m_outcome
                                  : Result<storage::BackupFacts>(
                                      Unexpected(AppText::tr("the backup ended without a word")));
    if (!outcome) {
        const QString why = outcome.error();
        qWarning("%s", qPrintable(AppText::tr("nightly backup failed: %1").arg(why)));
        if (const Result<void> recorded = backups.fail(m_claim, now, why); !recorded)
            qWarning("%s", qPrintable(recorded.error()));
        Q_EMIT backupFailed(why);
        return;
    }
    qInfo("%s", qPrintable(AppText::tr("nightly backup: wrote %1 (%2)")
                               .arg(QDir::toNativeSeparators(m_file), sizeText(outcome->bytes))));
    if (const Result<void> recorded
        = backups.finish(m_claim, now, m_file, outcome->bytes, outcome->newestChange);
        !recorded)
        qWarning("%s", qPrintable(recorded.error()));
    removeOldBackups();
    Q_EMIT backupMade(m_file);
}

void NightlyBackup::removeOldBackups()
{
    const QDir folder(m_settings.folder);
    const QStringList names = folder.entryList(QDir::Files);
    for (const QString &name : venue::nightlyBackupsToDelete(names, m_settings.keep)) {
        if (QFile::remove(folder.filePath(name)))
            qInfo("%s", qPrintable(AppText::tr("nightly backup: removed the old backup %1")
                                       .arg(QDir::toNativeSeparators(folder.filePath(name)))));
        else
            qWarning("%s", qPrintable(AppText::tr("nightly backup: cannot remove the old backup %1")
                                          .arg(QDir::toNativeSeparators(folder.filePath(name)))));
    }
}

Result<venue::BackupsSeen> NightlyBackup::seen()
{
    storage::BackupRepository backups(m_database);
    const Result<std::optional<storage::BackupRecord>> done = backups.lastDone();
    if (!done)
        return Unexpected(done.error());
    const Result<std::optional<storage::BackupRecord>> nightly = backups.lastNightly();
    if (!nightly)
        return Unexpected(nightly.error());
    venue::BackupsSeen seen;
    if (*done)
        seen.lastDone = (*done)->finishedAt.value_or((*done)->startedAt);
    if (*nightly && (*nightly)->status == storage::backup::kFailed) {
        seen.lastFailed = (*nightly)->finishedAt.value_or((*nightly)->startedAt);
        seen.problem = (*nightly)->problem;
    }
    return seen;
}

std::unique_ptr<NightlyBackup> startNightlyBackup(OpenVenue &venue, const QString &takenBy)
{
    BackupSettings settings = readBackupSettings(*venue.settings, venue.dataFolder);
    for (const QString &problem : settings.problems)
        qWarning("%s", qPrintable(problem));
    QTimeZone zone = QTimeZone::utc();
    if (venue.venueId != 0) {
        const Result<QTimeZone> venueZone = venue::venueTimeZone(*venue.database, venue.venueId);
        if (venueZone)
            zone = *venueZone;
        else
            qWarning(
                "%s",
                qPrintable(
                    AppText::tr("nightly backup: %1; its time is UTC").arg(venueZone.error())));
    }
    auto nightly = std::make_unique<NightlyBackup>(*venue.database, std::move(settings),
                                                   std::move(zone), takenBy);
    if (nightly->settings().nightly)
        nightly->start();
    return nightly;
}

} // namespace dojo::app
