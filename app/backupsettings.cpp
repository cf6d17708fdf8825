#include "backupsettings.h"

#include "apptext.h"
#include "venueconfig.h"

#include <QDir>
#include <QStandardPaths>

namespace dojo::app {

BackupSettings readBackupSettings(QSettings &settings, const QString &dataFolder)
{
    BackupSettings read;
    read.folder = QDir(dataFolder).filePath(QStringLiteral("backups"));
    settings.beginGroup(QStringLiteral("backup"));
    const QString nightly = settings.value(QStringLiteral("nightly")).toString().trimmed();
    if (nightly == u"false" || nightly == u"off" || nightly == u"0")
        read.nightly = false;
    const QString folder = settings.value(QStringLiteral("folder")).toString().trimmed();
    if (!folder.isEmpty())
        read.folder = QDir(dataFolder).absoluteFilePath(QDir::fromNativeSeparators(folder));
    const QString at = settings.value(QStringLiteral("time")).toString().trimmed();
    if (!at.isEmpty()) {
        const QTime time = QTime::fromString(at, QStringLiteral("H:mm"));
        if (time.isValid())
            read.at = time;
        else
            read.problems << AppText::tr("settings.ini: backup/time is \"%1\", not a time like "
                                         "04:00; the nightly backup is at 04:00")
                                 .arg(at);
    }
    const QVariant keep = settings.value(QStringLiteral("keep"));
    if (keep.isValid()) {
        bool number = false;
        const int count = keep.toString().trimmed().toInt(&number);
        if (number && count >= 0)
            read.keep = count;
        else
            read.problems << AppText::tr("settings.ini: backup/keep is \"%1\", not a number of "
                                         "backups; the newest 14 are kept")
                                 .arg(keep.toString());
    }
    settings.endGroup();
    return read;
}

Result<BackupPlace> backupPlace(const VenueCommandLine &commandLine)
{
    // The same database the window and serve open: on a venue PC, the configuration's.
    VenueCommandLine chosen = commandLine;
    if (chosen.dataFolder.isEmpty() && chosen.databaseUrl.isEmpty()) {
        const Result<std::optional<VenueConfig>> config = readVenueConfig();
        if (!config)
            return Unexpected(config.error());
        if (*config) {
            chosen.dataFolder = (*config)->dataFolder;
            chosen.databaseUrl = (*config)->databaseUrl;
        }
    }
    BackupPlace place;
    place.dataFolder = chosen.dataFolder.isEmpty()
                           ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                           : QDir(chosen.dataFolder).absolutePath();
    if (place.dataFolder.isEmpty())
        return Unexpected(AppText::tr("no data folder: set HOME or pass --data-dir DIR"));
    place.shared = shareWithFolderGroup(place.dataFolder);
    place.location = storage::sqliteInDataFolder(place.dataFolder);
    if (!chosen.databaseUrl.isEmpty()) {
        const Result<storage::DatabaseLocation> parsed
            = storage::parseDatabaseUrl(chosen.databaseUrl);
        if (!parsed)
            return Unexpected(AppText::tr("bad --database URL: %1").arg(parsed.error()));
        place.location = *parsed;
    }
    return place;
}

std::vector<QCommandLineOption> databaseOptions()
{
    std::vector<QCommandLineOption> options;
    for (const QCommandLineOption &option : venueOptions()) {
        if (!option.names().contains(QStringLiteral("venue")))
            options.push_back(option);
    }
    return options;
}

} // namespace dojo::app
