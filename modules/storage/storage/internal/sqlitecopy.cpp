#include "storage/internal/sqlitecopy.h"

#include "storage/internal/storagetr.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

namespace dojo::storage::internal {

namespace {

constexpr int kBusyTries = 50; // a tenth of a second apart: five seconds of a busy database
constexpr int kBusyTimeoutMs = 10000;

// One sqlite3 connection of this copy's own, closed when it goes.
class Connection
{
public:
    Connection() = default;
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Result<void> open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK) {
            return Unexpected(
                Tr::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), message()));
        }
        sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
        sqlite3_extended_result_codes(m_db, 1);
        return {};
    }

    // Runs statements that return nothing the caller needs.
    Result<void> run(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const QString why = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
            sqlite3_free(error);
            return Unexpected(why);
        }
        return {};
    }

    // The first column of the first row as text; nullopt for no row or NULL.
    Result<std::optional<QString>> text(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return Unexpected(message());
        std::optional<QString> value;
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL) {
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return Unexpected(message());
        return value;
    }

    sqlite3 *handle() const { return m_db; }
    QString message() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : Tr::tr("out of memory");
    }

private:
    sqlite3 *m_db = nullptr;
};

bool busy(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

} // namespace

Result<void> copySQLite(const QString &from, const QString &to, const SQLiteCopy &how)
{
    Connection source;
    if (Result<void> opened = source.open(from, SQLITE_OPEN_READONLY); !opened)
        return opened;
    if (how.liveSource) {
        // One read transaction for the whole copy: each step sees the same snapshot, and the
        // backup never starts over when another process writes.
        if (Result<void> begun = source.run("BEGIN"); !begun)
            return begun;
        if (Result<std::optional<QString>> read = source.text("SELECT COUNT(*) FROM sqlite_master");
            !read)
            return Unexpected(
                Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(from), read.error()));
    }
    Connection destination;
    if (Result<void> opened = destination.open(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        !opened)
        return opened;

    sqlite3_backup *backup
        = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup)
        return Unexpected(Tr::tr("cannot copy %1 to %2: %3")
                              .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
                                   destination.message()));
    int rc = SQLITE_OK;
    int tries = 0;
    while (true) {
        rc = sqlite3_backup_step(backup, how.pagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if (busy(rc) && ++tries <= kBusyTries) {
            QThread::msleep(100);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        tries = 0;
        if (how.progress) {
            const int total = sqlite3_backup_pagecount(backup);
            how.progress(total - sqlite3_backup_remaining(backup), total);
        }
    }
    const int total = sqlite3_backup_pagecount(backup);
    // finish() answers with the step's failure, if any: read the reason before it.
    const QString stepError = destination.message();
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        const QString why
            = busy(rc) ? Tr::tr("the database stayed busy (%1)").arg(stepError) : stepError;
        return Unexpected(
            Tr::tr("cannot copy %1 to %2: %3")
                .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), why));
    }
    if (how.progress)
        how.progress(total, total);
    if (how.liveSource) // only ends the read, which closing the connection does as well
        static_cast<void>(source.run("COMMIT"));
    if (how.standalone) {
        if (Result<void> journal = destination.run("PRAGMA journal_mode = DELETE"); !journal)
            return Unexpected(Tr::tr("cannot finish the copy %1: %2")
                                  .arg(QDir::toNativeSeparators(to), journal.error()));
    }
    return {};
}

bool looksLikeSQLite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<SQLiteFacts> readSQLiteFacts(const QString &path)
{
    Connection db;
    if (Result<void> opened = db.open(path, SQLITE_OPEN_READONLY); !opened)
        return Unexpected(opened.error());
    const auto has = [&db](const char *sql) -> Result<bool> {
        Result<std::optional<QString>> found = db.text(sql);
        if (!found)
            return Unexpected(found.error());
        return found->has_value();
    };
    SQLiteFacts facts;
    const Result<bool> schema
        = has("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dojo_schema'");
    if (!schema)
        return Unexpected(schema.error());
    facts.hasDojoSchema = *schema;
    if (!facts.hasDojoSchema)
        return facts;
    const Result<std::optional<QString>> version
        = db.text("SELECT COALESCE(MAX(version), 0) FROM dojo_schema");
    if (!version)
        return Unexpected(version.error());
    facts.schemaVersion = version->value_or(QString()).toInt();
    // The stamps (migration 10) and, for what was written before them, the audit log.
    for (const auto &[table, query] :
         {std::pair{"dojo_changes", "SELECT MAX(changed_at) FROM dojo_changes"},
          std::pair{"audit_log", "SELECT MAX(at) FROM audit_log"}}) {
        const QByteArray exists
            = QByteArray("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '") + table
              + "'";
        const Result<bool> present = has(exists.constData());
        if (!present)
            return Unexpected(present.error());
        if (!*present)
            continue;
        const Result<std::optional<QString>> newest = db.text(query);
        if (!newest)
            return Unexpected(newest.error());
        if (*newest && (!facts.newestChange || **newest > *facts.newestChange))
            facts.newestChange = *newest;
    }
    return facts;
}

} // namespace dojo::storage::internal
