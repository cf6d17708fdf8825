#include "venuefile.h"

#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <venue/demovenue.h>

#include <algorithm>

namespace dojo::testsupport {

Result<void> VenueFile::openDatabase()
{
    m_data = std::make_unique<QTemporaryDir>();
    if (!m_data->isValid())
        return Unexpected(QStringLiteral("no data folder: %1").arg(m_data->errorString()));
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data->path()));
    if (!opened)
        return Unexpected(opened.error());
    m_database = std::move(*opened);
    return {};
}

Result<void> VenueFile::openDemoVenue()
{
    if (Result<void> opened = openDatabase(); !opened)
        return opened;
    storage::VenueRepository venues(*m_database);
    const Result<bool> demo = venue::ensureDemoVenue(venues);
    if (!demo)
        return Unexpected(demo.error());
    if (!*demo)
        return Unexpected(QStringLiteral("the fresh database already had the demo venue"));
    return {};
}

qint64 VenueFile::addVenue(const QString &name)
{
    return storage::VenueRepository(*m_database).addVenue(name, false).value_or(0);
}

qint64 VenueFile::addPlayer(qint64 venueId, const QString &name, double starterRating)
{
    storage::PlayerRecord record;
    record.homeVenueId = venueId;
    record.name = name;
    record.starterRating = starterRating;
    return storage::VenueRepository(*m_database).addPlayer(record).value_or(0);
}

std::vector<storage::AuditEntry> VenueFile::audit() const
{
    storage::AuditLog log(*m_database);
    std::vector<storage::AuditEntry> entries
        = log.recent(1000).value_or(std::vector<storage::AuditEntry>());
    std::reverse(entries.begin(), entries.end());
    return entries;
}

void VenueFile::closeDatabase()
{
    m_database.reset();
    m_data.reset();
}

} // namespace dojo::testsupport
