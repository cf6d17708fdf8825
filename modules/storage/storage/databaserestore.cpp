#include "storage/databaserestore.h"

#include "storage/backuprepository.h"
#include "storage/database.h"
#include "storage/internal/postgrestools.h"
#include "storage/internal/schemastate.h"
#include "storage/internal/sqlitecopy.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;

namespace {

using Refused = Unexpected<RestoreRefusal>;

Refused cannot(const QString &why)
{
    return Refused(RestoreRefusal{RestoreRefusal::Reason::CannotRestore, internal::oneLine(why)});
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// The leases not yet expired by the database's clock: who runs the venue's tables right now,
// as "Table 1: venuepc pid 4242 9f3a61".
Result<QStringList> liveLeases(const QSqlDatabase &db, const internal::SchemaState &state)
{
    if (!state.otherTables.contains(QStringLiteral("table_leases")))
        return QStringList();
    const QString now = internal::dialectOf(db) == internal::Dialect::PostgreSQL
                            ? QStringLiteral("to_char(now() AT TIME ZONE 'UTC', "
                                             "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                            : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    Result<QSqlQuery> query = internal::execute(
        db, QStringLiteral("SELECT COALESCE(t.name, ''), l.holder FROM table_leases l "
                           "LEFT JOIN pool_tables t ON t.id = l.table_id "
                           "WHERE l.expires_at >= %1 ORDER BY l.table_id")
                .arg(now));
    if (!query)
        return Unexpected(query.error());
    QStringList leases;
    while (query->next())
        leases << Tr::tr("%1: %2").arg(query->value(0).toString(), query->value(1).toString());
    return leases;
}

// What the database holds now: whether there is anything to keep, and what a PostgreSQL restore
// drops first. Refused when it must not be touched, or holds what the backup lacks.
struct Present
{
    bool holdsData = false;
    QStringList tables;
};

Result<Present, RestoreRefusal> checkPresent(const DatabaseLocation &location,
                                             const BackupFacts &backup, bool force)
{
    Present present;
    if (location.kind == DatabaseLocation::Kind::SQLite) {
        const QFileInfo file(location.sqlitePath);
        if (!file.exists() || (file.isFile() && file.size() == 0))
            return present; // nothing there yet: opening would create it
    }
    const Result<std::unique_ptr<Database>> opened = Database::openUnmigrated(location);
    if (!opened)
        return cannot(opened.error());
    const QSqlDatabase db = (*opened)->connection();
    const Result<internal::SchemaState> state = internal::inspectSchema(db);
    if (!state)
        return cannot(Tr::tr("cannot read %1: %2").arg(location.describe(), state.error()));
    if (Result<void> ours = internal::checkOurs(*state, latestSchemaVersion(), location.describe());
        !ours)
        return cannot(ours.error());
    present.tables = state->otherTables;
    if (state->hasDojoSchema)
        present.tables << QStringLiteral("dojo_schema");
    present.holdsData = !present.tables.isEmpty();
    if (!present.holdsData)
        return present;

    const Result<QStringList> running = liveLeases(db, *state);
    if (!running)
        return cannot(Tr::tr("cannot read who runs the venue: %1").arg(running.error()));
    if (!running->isEmpty()) {
        return Refused(RestoreRefusal{
            RestoreRefusal::Reason::VenueRunning,
            Tr::tr("the venue is running (%1); stop the window and serve on every PC first")
                .arg(running->join(QStringLiteral("; ")))});
    }
    const Result<std::optional<QDateTime>> newest = newestChange(db);
    if (!newest)
        return cannot(Tr::tr("cannot read %1: %2").arg(location.describe(), newest.error()));
    const bool newer = *newest && (!backup.newestChange || **newest > *backup.newestChange);
    if (newer && !force) {
        // Within one second, the milliseconds tell them apart.
        const bool sameSecond
            = backup.newestChange && timeText(**newest) == timeText(*backup.newestChange);
        const auto shown = [sameSecond](const QDateTime &at) {
            return sameSecond ? at.toUTC().toString(Qt::ISODateWithMs) : timeText(at);
        };
        const QString why
            = backup.newestChange
                  ? Tr::tr("the database has changes from %1 that this backup (of %2) lacks")
                        .arg(shown(**newest), shown(*backup.newestChange))
                  : Tr::tr("the database has changes from %1 that this backup (which records no "
                           "change) lacks")
                        .arg(timeText(**newest));
        return Refused(RestoreRefusal{RestoreRefusal::Reason::DatabaseIsNewer, why});
    }
    return present;
}

} // namespace

Result<Restored, RestoreRefusal> restoreBackup(const DatabaseLocation &location,
                                               const QString &file, const RestoreOptions &options)
{
    const Result<BackupFacts> facts = readBackupFacts(file);
    if (!facts)
        return cannot(facts.error());
    const QString name = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (facts->format != formatOf(location)) {
        return cannot(facts->format == BackupFormat::SQLite
                          ? Tr::tr("%1 is a backup of an SQLite database; it cannot go into %2")
                                .arg(name, location.describe())
                          : Tr::tr("%1 is a backup of a PostgreSQL database; it cannot go into %2")
                                .arg(name, location.describe()));
    }
    if (facts->schemaVersion > latestSchemaVersion()) {
        return cannot(Tr::tr("%1 is a backup of schema version %2, but this DojoPool knows only up "
                             "to version %3; use a newer DojoPool")
                          .arg(name)
                          .arg(facts->schemaVersion)
                          .arg(latestSchemaVersion()));
    }

    const Result<Present, RestoreRefusal> present = checkPresent(location, *facts, options.force);
    if (!present)
        return Refused(present.error());

    Restored restored;
    restored.backup = *facts;
    if (present->holdsData) {
        if (options.keepFolder.isEmpty())
            return cannot(Tr::tr("no folder to keep the database in before the restore"));
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTime();
        // A second restore within the same second gets a name of its own.
        const QString stem
            = QDir(options.keepFolder)
                  .absoluteFilePath(QStringLiteral("dojopool-before-restore-")
                                    + now.toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
        restored.keptAs = stem + backupSuffix(facts->format);
        for (int n = 2; QFileInfo::exists(restored.keptAs); ++n)
            restored.keptAs = stem + QStringLiteral("-%1").arg(n) + backupSuffix(facts->format);
        const Result<BackupFacts> kept = backUpDatabase(location, restored.keptAs);
        if (!kept)
            return cannot(Tr::tr("cannot keep the database as it is before the restore, so "
                                 "nothing was restored: %1")
                              .arg(kept.error()));
    }

    if (location.kind == DatabaseLocation::Kind::SQLite) {
        QDir().mkpath(QFileInfo(location.sqlitePath).absolutePath());
        internal::SQLiteCopy how; // whole, in one transaction on the database
        if (Result<void> copied = internal::copySQLite(file, location.sqlitePath, how); !copied)
            return cannot(Tr::tr("the restore failed, and the database is as it was: %1")
                              .arg(copied.error()));
    } else if (Result<void> played = internal::restorePostgres(location, file, present->tables);
               !played) {
        return cannot(
            Tr::tr("the restore failed, and the database is as it was: %1").arg(played.error()));
    }

    // An older backup is brought up to this program's schema, as any start would.
    const Result<std::unique_ptr<Database>> opened = Database::open(location);
    if (!opened)
        return cannot(
            Tr::tr("the backup was restored but cannot be opened: %1").arg(opened.error()));
    restored.fromVersion = facts->schemaVersion;
    restored.toVersion = latestSchemaVersion();
    // The backup that was running when the copy was taken is not running here.
    BackupRepository backups(**opened);
    if (const Result<int> abandoned = backups.abandonRunning(
            QDateTime::currentDateTimeUtc(), Tr::tr("interrupted: the database was restored"));
        !abandoned)
        return cannot(abandoned.error());
    return restored;
}

} // namespace dojo::storage
