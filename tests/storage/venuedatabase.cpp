#include "venuedatabase.h"

#include <storage/venuerepository.h>

#include <QDebug>
#include <QJsonDocument>

#include <algorithm>

namespace dojo::testsupport {

QJsonObject jsonOf(const QString &details)
{
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

Result<void> VenueDatabase::openFreshDatabase()
{
    const Result<storage::DatabaseLocation> location = m_databases.fresh();
    if (!location)
        return Unexpected(location.error());
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(*location);
    if (!opened)
        return Unexpected(opened.error());
    m_database = std::move(*opened);
    return {};
}

Result<void> VenueDatabase::addTwoVenues()
{
    storage::VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    if (!venueId)
        return Unexpected(venueId.error());
    m_venueId = *venueId;
    const Result<qint64> other = venues.addVenue(QStringLiteral("Side Pocket"), false);
    if (!other)
        return Unexpected(other.error());
    m_otherVenueId = *other;
    return {};
}

std::vector<storage::AuditEntry> VenueDatabase::audit() const
{
    storage::AuditLog log(*m_database);
    Result<std::vector<storage::AuditEntry>> entries = log.recent(1000);
    if (!entries)
        qWarning("%s", qPrintable(entries.error()));
    std::vector<storage::AuditEntry> oldestFirst
        = entries.value_or(std::vector<storage::AuditEntry>());
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    return oldestFirst;
}

} // namespace dojo::testsupport
