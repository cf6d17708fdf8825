#include "storage/databasebackup.h"

#include "storage/internal/postgrestools.h"
#include "storage/internal/schemastate.h"
#include "storage/internal/sqlitecopy.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace dojo::storage {

using internal::Tr;

namespace {

constexpr int kPagesPerStep = 1024; // 4 MB of 4 KB pages between two progress reports

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::optional<QDateTime> timeOf(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    const QDateTime at = internal::utcFromText(*text);
    return at.isValid() ? std::optional(at) : std::nullopt;
}

// Written through to the disk before it is named: a power cut never leaves a named, empty file.
bool syncToDisk(const QString &path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY : O_RDWR);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void removeUnfinished(const QString &part)
{
    QFile::remove(part);
    QFile::remove(part + QStringLiteral("-journal"));
}

} // namespace

QString formatName(BackupFormat format)
{
    return format == BackupFormat::PostgreSQL ? QStringLiteral("PostgreSQL")
                                              : QStringLiteral("SQLite");
}

QString backupSuffix(BackupFormat format)
{
    return format == BackupFormat::PostgreSQL ? QStringLiteral(".pgdump")
                                              : QStringLiteral(".sqlite");
}

BackupFormat formatOf(const DatabaseLocation &location)
{
    return location.kind == DatabaseLocation::Kind::PostgreSQL ? BackupFormat::PostgreSQL
                                                               : BackupFormat::SQLite;
}

Result<BackupFacts> readBackupFacts(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return Unexpected(Tr::tr("there is no backup file %1").arg(native(file)));
    BackupFacts facts;
    facts.bytes = info.size();
    if (internal::looksLikeSQLite(file)) {
        const Result<internal::SQLiteFacts> read = internal::readSQLiteFacts(file);
        if (!read)
            return Unexpected(
                Tr::tr("cannot read the backup %1: %2").arg(native(file), read.error()));
        if (!read->hasDojoSchema)
            return Unexpected(Tr::tr("%1 is not a DojoPool backup: it is an SQLite database "
                                     "without DojoPool's tables")
                                  .arg(native(file)));
        facts.format = BackupFormat::SQLite;
        facts.schemaVersion = read->schemaVersion;
        facts.newestChange = timeOf(read->newestChange);
        return facts;
    }
    if (internal::looksLikePostgresDump(file)) {
        const Result<internal::DumpFacts> read = internal::readDumpFacts(file);
        if (!read)
            return Unexpected(
                Tr::tr("cannot read the backup %1: %2").arg(native(file), read.error()));
        if (!read->hasDojoSchema)
            return Unexpected(Tr::tr("%1 is not a DojoPool backup: it is a PostgreSQL dump "
                                     "without DojoPool's tables")
                                  .arg(native(file)));
        facts.format = BackupFormat::PostgreSQL;
        facts.schemaVersion = read->schemaVersion;
        facts.newestChange = timeOf(read->newestChange);
        return facts;
    }
    return Unexpected(Tr::tr("%1 is not a DojoPool backup: it is neither an SQLite database "
                             "nor a PostgreSQL dump")
                          .arg(native(file)));
}

Result<BackupFacts> backUpDatabase(const DatabaseLocation &location, const QString &file,
                                   const BackupOptions &options)
{
    const QFileInfo target(file);
    const QString path = target.absoluteFilePath();
    if (target.isDir())
        return Unexpected(Tr::tr("%1 is a folder; name the backup file").arg(native(path)));
    if (target.exists() && !options.replace)
        return Unexpected(Tr::tr("%1 already exists").arg(native(path)));
    if (!QDir().mkpath(target.absolutePath()))
        return Unexpected(Tr::tr("cannot create the folder %1 for the backup")
                              .arg(native(target.absolutePath())));
    const QString part = path + QStringLiteral(".part");
    removeUnfinished(part); // what a killed backup left

    const BackupFormat format = formatOf(location);
    if (format == BackupFormat::SQLite) {
        const QFileInfo database(location.sqlitePath);
        if (!database.isFile())
            return Unexpected(Tr::tr("there is no SQLite database %1 to back up")
                                  .arg(native(location.sqlitePath)));
        if (database.absoluteFilePath() == path)
            return Unexpected(Tr::tr("the backup cannot be the database itself"));
        internal::SQLiteCopy how;
        how.pagesPerStep = kPagesPerStep;
        how.liveSource = true;
        how.standalone = true;
        if (options.progress)
            how.progress = [&options](qint64 done, qint64 total) {
                options.progress(BackupProgress{done, total});
            };
        if (Result<void> copied = internal::copySQLite(location.sqlitePath, part, how); !copied) {
            removeUnfinished(part);
            return Unexpected(copied.error());
        }
    } else {
        const auto progress = [&options](qint64 bytes) {
            if (options.progress)
                options.progress(BackupProgress{bytes, 0});
        };
        if (Result<void> dumped = internal::dumpPostgres(location, part, progress); !dumped) {
            removeUnfinished(part);
            return Unexpected(dumped.error());
        }
    }

    // Read back before it is named: what is named is a backup that restores.
    Result<BackupFacts> facts = readBackupFacts(part);
    if (!facts) {
        removeUnfinished(part);
        return Unexpected(Tr::tr("the copy of %1 does not read back: %2")
                              .arg(location.describe(), facts.error()));
    }
    if (!syncToDisk(part, false)) {
        removeUnfinished(part);
        return Unexpected(Tr::tr("cannot write %1 to the disk").arg(native(part)));
    }
    // rename() replaces an existing file in one step: the name holds the old or the new backup.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData())
        != 0) {
        removeUnfinished(part);
        return Unexpected(Tr::tr("cannot name the backup %1").arg(native(path)));
    }
    syncToDisk(target.absolutePath(), true);
    facts->bytes = QFileInfo(path).size();
    return facts;
}

Result<std::optional<QDateTime>> newestChange(const QSqlDatabase &db)
{
    const Result<internal::SchemaState> state = internal::inspectSchema(db);
    if (!state)
        return Unexpected(state.error());
    std::optional<QString> newest;
    // The stamps (migration 10) and, for what was written before them, the audit log.
    for (const auto &[table, query] :
         {std::pair{QStringLiteral("dojo_changes"),
                    QStringLiteral("SELECT MAX(changed_at) FROM dojo_changes")},
          std::pair{QStringLiteral("audit_log"),
                    QStringLiteral("SELECT MAX(at) FROM audit_log")}}) {
        if (!state->otherTables.contains(table))
            continue;
        Result<QSqlQuery> read = internal::execute(db, query);
        if (!read)
            return Unexpected(read.error());
        if (read->next() && !read->isNull(0)) {
            const QString at = read->value(0).toString();
            if (!newest || at > *newest)
                newest = at;
        }
    }
    return timeOf(newest);
}

} // namespace dojo::storage
