#include "storage/database.h"

#include "storage/internal/schemastate.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"
#include "storage/internal/writeclock.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <atomic>

namespace dojo::storage {

using internal::Tr;

namespace {

Unexpected<QString> failure(const QString &error)
{
    return Unexpected(internal::oneLine(error));
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("dojo-storage-%1").arg(++counter);
}

QString postgresAddress(const DatabaseLocation &location)
{
    const QString host = location.host.contains(u':') ? u'[' + location.host + u']' : location.host;
    return host + u':' + QString::number(location.port) + u'/' + location.databaseName;
}

// The folder must exist before SQLite can create the file; a file in its way is reported.
Result<void> prepareSQLiteFolder(const QString &path)
{
    if (path.isEmpty())
        return failure(Tr::tr("no SQLite database file was given"));
    if (path == u":memory:")
        return {};
    const QFileInfo file(path);
    if (file.isDir())
        return failure(Tr::tr("%1 is a folder, not an SQLite database file")
                           .arg(QDir::toNativeSeparators(path)));
    const QString folder = file.absolutePath();
    // Walk up to the first thing that exists: if it is a file, no folder can be made below it.
    QFileInfo existing(folder);
    while (!existing.exists() && !existing.isRoot())
        existing = QFileInfo(existing.absolutePath());
    if (existing.exists() && !existing.isDir()) {
        return failure(Tr::tr("cannot create the SQLite database %1: %2 is a file, not a folder")
                           .arg(QDir::toNativeSeparators(path),
                                QDir::toNativeSeparators(existing.filePath())));
    }
    if (!QDir().mkpath(folder)) {
        return failure(Tr::tr("cannot create the folder %1 for the SQLite database")
                           .arg(QDir::toNativeSeparators(folder)));
    }
    return {};
}

QString unreadableSQLite(const DatabaseLocation &location, const QString &why)
{
    return Tr::tr("%1 is not a readable SQLite database (%2); it was left untouched")
        .arg(QDir::toNativeSeparators(location.sqlitePath), why);
}

} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_writeClock(std::make_unique<internal::WriteClock>())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

WriteTimes Database::takeWriteTimes()
{
    return m_writeClock->take();
}

Result<int> Database::schemaVersion() const
{
    const Result<internal::SchemaState> state = internal::inspectSchema(connection());
    if (!state)
        return Unexpected(state.error());
    return state->version;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location)
{
    Result<std::unique_ptr<Database>> opened = openUnmigrated(location);
    if (!opened)
        return opened;
    const QSqlDatabase db = (*opened)->connection();
    const Result<internal::SchemaState> state = internal::inspectSchema(db);
    if (!state)
        return failure(Tr::tr("cannot read %1: %2").arg(location.describe(), state.error()));
    if (Result<void> ours = internal::checkOurs(*state, latestSchemaVersion(), location.describe());
        !ours)
        return failure(ours.error());
    const Result<Migrated> migrated = migrate(db, schemaMigrations());
    if (!migrated)
        return failure(
            Tr::tr("cannot bring %1 up to date: %2").arg(location.describe(), migrated.error()));
    return opened;
}

Result<std::unique_ptr<Database>> Database::openUnmigrated(const DatabaseLocation &location)
{
    const bool postgres = location.kind == DatabaseLocation::Kind::PostgreSQL;
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return failure(
            Tr::tr("the Qt SQL driver %1 for %2 is not installed")
                .arg(driver, postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")));
    if (!postgres) {
        if (Result<void> folder = prepareSQLiteFolder(location.sqlitePath); !folder)
            return Unexpected(folder.error());
    }

    // From here the destructor removes the connection again on every early return.
    std::unique_ptr<Database> database(new Database(location, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    internal::WriteClock::attach(db, database->m_writeClock.get());
    if (postgres) {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open())
            return failure(Tr::tr("cannot connect to PostgreSQL at %1: %2")
                               .arg(postgresAddress(location), internal::oneLine(db.lastError())));
    } else {
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return failure(Tr::tr("cannot open the SQLite database %1: %2")
                               .arg(QDir::toNativeSeparators(location.sqlitePath),
                                    internal::oneLine(db.lastError())));
    }

    // Only reads until the database is known to be ours, so a foreign or broken one stays
    // byte for byte as it was.
    const Result<internal::SchemaState> state = internal::inspectSchema(db);
    if (!state) {
        if (postgres)
            return failure(Tr::tr("cannot read the PostgreSQL database %1: %2")
                               .arg(postgresAddress(location), state.error()));
        return failure(unreadableSQLite(location, state.error()));
    }
    const bool ours
        = internal::checkOurs(*state, latestSchemaVersion(), location.describe()).has_value();

    if (!postgres) {
        const Result<QSqlQuery> keys
            = internal::execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!keys)
            return failure(unreadableSQLite(location, keys.error()));
        // WAL changes the file header, so only on a database this program may write.
        if (ours) {
            const Result<QSqlQuery> wal
                = internal::execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            if (!wal)
                return failure(Tr::tr("cannot switch %1 to WAL mode: %2")
                                   .arg(location.describe(), wal.error()));
        }
    }
    return database;
}

} // namespace dojo::storage
