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

bool ScratchDatabases::start(QString *error)
{
    if (!m_unknownBackend.isEmpty()) {
        *error = QStringLiteral("DOJO_STORAGE_BACKEND is \"%1\"; use sqlite or postgresql")
                     .arg(m_unknownBackend);
        return false;
    }
    if (!m_sqliteFolder.isValid()) {
        *error
            = QStringLiteral("cannot create a temporary folder: ") + m_sqliteFolder.errorString();
        return false;
    }
    return m_backend == Backend::SQLite || m_server.start(error);
}

std::optional<storage::DatabaseLocation> ScratchDatabases::fresh(QString *error)
{
    ++m_count;
    if (m_backend == Backend::SQLite) {
        storage::DatabaseLocation location;
        location.sqlitePath = QDir(m_sqliteFolder.path())
                                  .filePath(QStringLiteral("scratch-%1.sqlite").arg(m_count));
        return location;
    }
    // A new database costs PostgreSQL a fifth of a second; emptying one, a few milliseconds.
    if (!m_server.emptyDatabase(PostgresServer::databaseName(), error))
        return std::nullopt;
    return m_server.location();
}

} // namespace dojo::testsupport
