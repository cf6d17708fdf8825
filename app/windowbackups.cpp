#include "windowbackups.h"

#include "apptext.h"

#include <storage/changefeed.h>
#include <venue/backupschedule.h>

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace dojo::app {

WindowBackups::WindowBackups(OpenVenue &venue, QMainWindow &window, storage::ChangeFeed &changes,
                             const QString &takenBy)
    : m_nightly(startNightlyBackup(venue, takenBy))
    , m_label(new QLabel(&window))
{
    m_label->setObjectName(QStringLiteral("backupStatus"));
    window.statusBar()->addPermanentWidget(m_label);
    connect(m_nightly.get(), &NightlyBackup::backupMade, this, &WindowBackups::show);
    connect(m_nightly.get(), &NightlyBackup::backupFailed, this, &WindowBackups::show);
    connect(&changes, &storage::ChangeFeed::changed, this, [this](const QStringList &kinds) {
        if (storage::ChangeFeed::concerns(kinds, {storage::change::kBackups}))
            show();
    });
    // "More than two days ago" comes with time alone.
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &WindowBackups::show);
    m_minute.start();
    show();
}

WindowBackups::~WindowBackups() = default;

void WindowBackups::show()
{
    const Result<venue::BackupsSeen> seen = m_nightly->seen();
    if (!seen) {
        m_label->setText(AppText::tr("The backups cannot be read: %1").arg(seen.error()));
        m_label->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_label->setText(venue::backupStatusText(*seen, now, m_nightly->zone()));
    const bool warning = venue::backupHealth(*seen, now) != venue::BackupHealth::Good;
    m_label->setStyleSheet(warning ? QStringLiteral("color: #b3261e; font-weight: bold")
                                   : QString());
    const BackupSettings &settings = m_nightly->settings();
    const QString at = settings.at.toString(QStringLiteral("HH:mm"));
    const QString folder = QDir::toNativeSeparators(settings.folder);
    if (!settings.nightly)
        m_label->setToolTip(
            AppText::tr("The nightly backup is turned off (settings.ini: backup/nightly)."));
    else if (settings.keep == 0)
        m_label->setToolTip(
            AppText::tr("A backup is made every night at %1 into %2; every one is kept.")
                .arg(at, folder));
    else
        m_label->setToolTip(
            AppText::tr("A backup is made every night at %1 into %2; the newest %n are kept.",
                        nullptr, settings.keep)
                .arg(at, folder));
}

} // namespace dojo::app
