#include "scratchdatabases.h"

#include <QDir>

namespace dojo::testsupport {

ScratchDatabases::ScratchDatabases()
{
    const QString name = qEnvironmentVariable("DOJO_STORAGE_BACKEND").toLower();
    if (name == u"postgresql")
        m_backend = Backend::PostgreSQL;
    else if (!name.isEmpty() && name != u"sqlite")
        m_unknownBackend = name;
}

QString ScratchDatabases::backendName() const
{
    return m_backend == Backend::PostgreSQL ? QStringLiteral("postgresql")
                                            : QStringLiteral("sqlite");
}

Result<void> ScratchDatabases::start()
{
    if (!m_unknownBackend.isEmpty()) {
        return Unexpected(QStringLiteral("DOJO_STORAGE_BACKEND is \"%1\"; use sqlite or postgresql")
                              .arg(m_unknownBackend));
    }
    if (!m_sqliteFolder.isValid()) {
        return Unexpected(QStringLiteral("cannot create a temporary folder: %1")
                              .arg(m_sqliteFolder.errorString()));
    }
    if (m_backend == Backend::SQLite)
        return {};
    return m_server.start();
}

Result<void> ScratchDatabases::startAndLog()
{
    Result<void> started = start();
    if (started)
        qInfo("backend: %s", qPrintable(backendName()));
    return started;
}

Result<storage::DatabaseLocation> ScratchDatabases::fresh()
{
    ++m_count;
    if (m_backend == Backend::SQLite) {
        storage::DatabaseLocation location;
        location.sqlitePath = QDir(m_sqliteFolder.path())
                                  .filePath(QStringLiteral("scratch-%1.sqlite").arg(m_count));
        return location;
    }
    // A new database costs PostgreSQL a fifth of a second; emptying one, a few milliseconds.
    if (Result<void> emptied = m_server.emptyDatabase(PostgresServer::databaseName()); !emptied)
        return Unexpected(emptied.error());
    return m_server.location();
}

} // namespace dojo::testsupport
