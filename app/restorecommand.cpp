#include "restorecommand.h"

#include "apptext.h"
#include "backupsettings.h"

#include <storage/databaserestore.h>

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace dojo::app {

namespace {

const QString kForce = QStringLiteral("force");

// The exit statuses of restore (docs/commands.md).
constexpr int kCannotWork = 1;
constexpr int kDatabaseIsNewer = 3;
constexpr int kVenueRunning = 4;

int refuse(const QString &why, int status)
{
    std::fprintf(stderr, "dojopool: %s\n", qPrintable(why));
    return status;
}

QString isoUtc(const std::optional<QDateTime> &at)
{
    return at ? at->toUTC().toString(Qt::ISODate) : QStringLiteral("none");
}

int runRestore(const CommandInput &input)
{
    const Result<BackupPlace> place = backupPlace(*readVenueOptions(input)); // checked
    if (!place)
        return refuse(place.error(), kCannotWork);
    // The database as it was goes where the nightly backups go.
    QSettings settings(QDir(place->dataFolder).filePath(QStringLiteral("settings.ini")),
                       QSettings::IniFormat);
    const BackupSettings backups = readBackupSettings(settings, place->dataFolder);

    const QString file = QFileInfo(input.arguments.constFirst()).absoluteFilePath();
    storage::RestoreOptions options;
    options.force = input.isSet(kForce);
    options.keepFolder = backups.folder;
    const Result<storage::Restored, storage::RestoreRefusal> restored
        = storage::restoreBackup(place->location, file, options);
    if (!restored) {
        const storage::RestoreRefusal &refusal = restored.error();
        switch (refusal.reason) {
        case storage::RestoreRefusal::Reason::DatabaseIsNewer:
            return refuse(
                AppText::tr("%1; add --force to go back to the backup anyway").arg(refusal.why),
                kDatabaseIsNewer);
        case storage::RestoreRefusal::Reason::VenueRunning:
            return refuse(AppText::tr("cannot restore while the venue runs: %1").arg(refusal.why),
                          kVenueRunning);
        case storage::RestoreRefusal::Reason::CannotRestore: break;
        }
        return refuse(
            AppText::tr("cannot restore %1: %2").arg(QDir::toNativeSeparators(file), refusal.why),
            kCannotWork);
    }

    // A database made anew in the venue PC's shared folder stays the service's to write.
    if (place->shared && place->location.kind == storage::DatabaseLocation::Kind::SQLite)
        shareDatabase(place->location.sqlitePath);

    // A line for scripts: the same words in every language.
    const storage::Restored &done = *restored;
    const QString schema = done.fromVersion == done.toVersion
                               ? QStringLiteral("schema version %1").arg(done.toVersion)
                               : QStringLiteral("schema version %1, migrated to %2")
                                     .arg(done.fromVersion)
                                     .arg(done.toVersion);
    const QString kept = done.keptAs.isEmpty()
                             ? QStringLiteral("the database was empty")
                             : QStringLiteral("the database as it was is kept in %1")
                                   .arg(QDir::toNativeSeparators(done.keptAs));
    std::printf("restored %s (newest change %s, %s) into %s; %s\n",
                qPrintable(QDir::toNativeSeparators(file)),
                qPrintable(isoUtc(done.backup.newestChange)), qPrintable(schema),
                qPrintable(place->location.describe()), qPrintable(kept));
    return 0;
}

Result<void> checkRestore(const CommandInput &input)
{
    if (input.arguments.size() != 1)
        return Unexpected(AppText::tr("restore needs exactly one backup file"));
    if (const Result<VenueCommandLine> options = readVenueOptions(input); !options)
        return Unexpected(options.error());
    return {};
}

} // namespace

Command restoreCommand()
{
    std::vector<QCommandLineOption> options = databaseOptions();
    options.emplace_back(kForce, AppText::tr("Go back to the backup even when the database has "
                                             "newer changes."));
    return {.name = QStringLiteral("restore"),
            .summary = AppText::tr("put a backup back into the venue's database"),
            .arguments = AppText::tr("FILE"),
            .argumentsHelp = AppText::tr("the backup file (from dojopool backup or the nightly "
                                         "backups)"),
            .options = options,
            .check = checkRestore,
            .run = [](const CommandInput &input, OpenVenue *) { return runRestore(input); }};
}

} // namespace dojo::app
