#include "backupcommand.h"

#include "apptext.h"
#include "backupsettings.h"

#include <storage/backuprepository.h>
#include <storage/database.h>
#include <storage/databasebackup.h>
#include <storage/migrations.h>
#include <venue/staff.h>

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <cstdio>

namespace dojo::app {

namespace {

const QString kOut = QStringLiteral("out");
const QString kForce = QStringLiteral("force");

// The exit statuses of backup (docs/commands.md).
constexpr int kCannotWork = 1;
constexpr int kFileExists = 3;

// The first version whose database records its backups (migration 10).
constexpr int kRecordsBackups = 10;

int refuse(const QString &why, int status)
{
    std::fprintf(stderr, "dojopool: %s\n", qPrintable(why));
    return status;
}

// The backup in the database's list, so the window shows it as the last one; a database too old
// to keep the list is left as it is.
void recordBackup(const storage::DatabaseLocation &location, const storage::BackupRecord &done)
{
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::openUnmigrated(location);
    if (!opened)
        return;
    const Result<int> version = (*opened)->schemaVersion();
    if (!version || *version < kRecordsBackups || *version > storage::latestSchemaVersion())
        return;
    const Result<qint64> recorded
        = storage::BackupRepository(**opened).recordDone(storage::backup::kManual, done);
    if (!recorded)
        std::fprintf(stderr, "dojopool: %s\n",
                     qPrintable(AppText::tr("the backup is written but not listed in the "
                                            "database: %1")
                                    .arg(recorded.error())));
}

int runBackup(const CommandInput &input)
{
    const Result<BackupPlace> place = backupPlace(*readVenueOptions(input)); // checked
    if (!place)
        return refuse(place.error(), kCannotWork);
    const QString out = QFileInfo(input.value(kOut)).absoluteFilePath();
    const bool force = input.isSet(kForce);
    if (QFileInfo::exists(out) && !force)
        return refuse(AppText::tr("%1 already exists; add --force to replace it")
                          .arg(QDir::toNativeSeparators(out)),
                      kFileExists);

    storage::BackupRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    const Result<storage::BackupFacts> taken
        = storage::backUpDatabase(place->location, out, {.replace = force});
    if (!taken)
        return refuse(
            AppText::tr("cannot back up %1: %2").arg(place->location.describe(), taken.error()),
            kCannotWork);
    record.finishedAt = QDateTime::currentDateTimeUtc();
    record.takenBy = QStringLiteral("%1 %2").arg(QSysInfo::machineHostName(),
                                                 venue::systemActor().auditName());
    record.file = out;
    record.sizeBytes = taken->bytes;
    record.newestChange = taken->newestChange;
    recordBackup(place->location, record);

    // A line for scripts: the same words in every language.
    const QString newest = taken->newestChange ? taken->newestChange->toUTC().toString(Qt::ISODate)
                                               : QStringLiteral("none");
    std::printf("backed up %s to %s: %s (%lld bytes), schema version %d, newest change %s\n",
                qPrintable(place->location.describe()), qPrintable(QDir::toNativeSeparators(out)),
                qPrintable(sizeText(taken->bytes)), static_cast<long long>(taken->bytes),
                taken->schemaVersion, qPrintable(newest));
    return 0;
}

Result<void> checkBackup(const CommandInput &input)
{
    if (input.value(kOut).trimmed().isEmpty())
        return Unexpected(AppText::tr("backup needs --out FILE"));
    if (const Result<VenueCommandLine> options = readVenueOptions(input); !options)
        return Unexpected(options.error());
    return {};
}

} // namespace

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 kB").arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

Command backupCommand()
{
    std::vector<QCommandLineOption> options = databaseOptions();
    options.emplace_back(kOut, AppText::tr("Write the backup to this file."), AppText::tr("FILE"));
    options.emplace_back(kForce, AppText::tr("Replace the file when it exists."));
    return {.name = QStringLiteral("backup"),
            .summary = AppText::tr("copy the venue's database into a file, while the venue runs"),
            .options = options,
            .check = checkBackup,
            .run = [](const CommandInput &input, OpenVenue *) { return runBackup(input); }};
}

} // namespace dojo::app
