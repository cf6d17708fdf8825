#pragma once

#include "backupsettings.h"

#include <core/result.h>
#include <storage/databasebackup.h>
#include <venue/backupschedule.h>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace dojo::storage {
class Database;
}

namespace dojo::app {

struct OpenVenue;

// The nightly backup of the window and `serve`: a timer asks venue/backupschedule.h whether the
// slot (04:00 the venue's time by default) has passed since this process last tried; if so, the
// backup is claimed in the database (storage/backuprepository.h), so one process of the venue
// makes it, and copied on a thread of its own into the backups folder as dojopool-DATE.sqlite
// (or .pgdump); the oldest nightly ones beyond the retention count are then deleted. Every
// backup made and every failure goes to the log with why.
class NightlyBackup : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    NightlyBackup(storage::Database &database, BackupSettings settings, QTimeZone zone,
                  QString takenBy, QObject *parent = nullptr);
    // Waits for a backup under way and records it.
    ~NightlyBackup() override;
    NightlyBackup(const NightlyBackup &) = delete;
    NightlyBackup &operator=(const NightlyBackup &) = delete;

    // The first look a few minutes after the start (the venue settles first), then every minute.
    static constexpr int kFirstCheckMs = 5 * 60 * 1000;
    void start(int firstCheckMs = kFirstCheckMs);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Looks now: a due backup is claimed and started.
    void check();
    bool isBackingUp() const { return m_worker != nullptr; }
    // Every process's backups as the window shows them, from the database.
    Result<venue::BackupsSeen> seen();
    const QTimeZone &zone() const { return m_zone; }
    const BackupSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void backupMade(const QString &file);
    void backupFailed(const QString &why);

private:
    void finish();
    void removeOldBackups();

    storage::Database &m_database;
    BackupSettings m_settings;
    QTimeZone m_zone;
    QString m_takenBy;
    Clock m_clock;
    QTimer m_timer;
    std::optional<QDateTime> m_lastTried; // a slot is tried once here, made or not
    QString m_lastProblem;                // a database that keeps failing is logged once

    // The backup under way.
    QThread *m_worker = nullptr;
    qint64 m_claim = 0;
    QString m_file;
    std::shared_ptr<std::optional<Result<storage::BackupFacts>>> m_outcome;
};

// The window's and serve's nightly backup for the open venue: its settings from the data
// folder's settings.ini (problems logged), the venue's time zone; started unless turned off
// (backup/nightly=false).
std::unique_ptr<NightlyBackup> startNightlyBackup(OpenVenue &venue, const QString &takenBy);

} // namespace dojo::app
