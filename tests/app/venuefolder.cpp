#include "venuefolder.h"

#include <QDebug>
#include <QSqlQuery>
#include <QVariant>

namespace dojo::testsupport {

Result<void> VenueFolder::freshVenueFolder()
{
    m_data = std::make_unique<QTemporaryDir>();
    const Result<storage::DatabaseLocation> fresh = m_databases.fresh();
    if (!fresh)
        return Unexpected(fresh.error());
    m_location = m_databases.backend() == ScratchDatabases::Backend::SQLite
                     ? storage::sqliteInDataFolder(m_data->path())
                     : *fresh;
    return {};
}

QStringList VenueFolder::venueArguments()
{
    QStringList arguments{QStringLiteral("--data-dir"), m_data->path()};
    if (m_databases.backend() == ScratchDatabases::Backend::PostgreSQL)
        arguments << QStringLiteral("--database") << m_databases.server().url();
    return arguments;
}

std::unique_ptr<storage::Database> VenueFolder::openDatabase() const
{
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(m_location);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return {};
    }
    return std::move(*opened);
}

qint64 VenueFolder::count(const QString &sql) const
{
    const std::unique_ptr<storage::Database> database = openDatabase();
    if (!database)
        return -1;
    QSqlQuery query(database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace dojo::testsupport
