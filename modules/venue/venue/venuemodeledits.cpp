// VenueModel: the venue set up and edited by its staff.
#include "venue/venuemodel.h"

#include "venue/internal/records.h"
#include "venue/internal/venuetr.h"
#include "venue/newvenue.h"
#include "venue/staff.h"

#include <storage/database.h>
#include <storage/venuerepository.h>

#include <algorithm>
#include <tuple>

namespace dojo::venue {

using internal::Tr;

namespace {

QString tableSubject(qint64 tableId)
{
    return QStringLiteral("table:%1").arg(tableId);
}

} // namespace

Result<qint64> VenueModel::createVenue(const NewVenue &setup, const Actor &actor)
{
    const QStringList problems = newVenueProblems(setup);
    if (!problems.isEmpty())
        return Unexpected(problems.front());
    // The first venue is set up by whoever starts DojoPool: there is nobody to ask yet.
    const bool firstOfItsOwn = std::all_of(m_venues.begin(), m_venues.end(),
                                           [](const Venue &venue) { return venue.isDemo; });
    if (!firstOfItsOwn) {
        if (Result<void> may
            = checkAllowed(m_database, actor, Permission::ChangeVenue, QStringLiteral("venues"));
            !may)
            return Unexpected(may.error());
    }
    Venue settings;
    settings.name = setup.name.trimmed();
    settings.currency = setup.currency;
    settings.timeZone = setup.timeZone;
    std::vector<storage::TableRecord> tables;
    int position = 0;
    for (const NewTable &table : setup.tables) {
        Table row;
        row.name = table.name.trimmed();
        row.size = table.size;
        row.position = ++position;
        tables.push_back(internal::tableRecord(row, 0));
    }
    const Result<qint64> venueId
        = m_repository->createVenue(internal::venueRecord(settings), tables, actor.auditName());
    if (!venueId)
        return venueId;
    if (Result<void> shown = load(*venueId); !shown)
        return Unexpected(shown.error());
    return venueId;
}

Result<void> VenueModel::setVenueSettings(const Venue &settings, const Actor &actor)
{
    const std::optional<Venue> shown = currentVenue();
    if (!shown || shown->id != settings.id)
        return Unexpected(Tr::tr("The venue whose settings were changed is not the one shown."));
    if (Result<void> may = checkAllowed(m_database, actor, Permission::ChangeVenue,
                                        QStringLiteral("venue:%1").arg(settings.id));
        !may)
        return may;
    NewVenue check;
    check.name = settings.name;
    check.currency = settings.currency;
    check.timeZone = settings.timeZone;
    if (const QStringList problems = newVenueProblems(check); !problems.isEmpty())
        return Unexpected(problems.front());
    if (settings.graceMinutes < 0 || settings.lockMinutes < 1)
        return Unexpected(Tr::tr("The grace and lock minutes must be whole minutes, the lock at "
                                 "least one."));
    Venue written = settings;
    written.name = settings.name.trimmed();
    written.isDemo = shown->isDemo;
    if (Result<void> stored
        = m_repository->updateVenueSettings(internal::venueRecord(written), actor.auditName());
        !stored)
        return stored;
    for (Venue &venue : m_venues) {
        if (venue.id == written.id)
            venue = written;
    }
    Q_EMIT venuesChanged();
    Q_EMIT venueShown();
    return {};
}

Result<qint64> VenueModel::addTable(const Table &table, const Actor &actor)
{
    if (!m_venueId)
        return Unexpected(Tr::tr("There is no venue to add the table to."));
    if (Result<void> may = checkAllowed(m_database, actor, Permission::ChangeVenue,
                                        QStringLiteral("venue:%1").arg(*m_venueId));
        !may)
        return Unexpected(may.error());
    Table added = table;
    added.name = table.name.trimmed();
    added.cameraSource = table.cameraSource.trimmed();
    added.rateClass = table.rateClass.trimmed();
    if (added.id == 0) { // a new table: free, after the last one on the floor
        added.status = TableStatus::Free;
        added.position = 1;
        for (const Table &other : m_tables)
            added.position = std::max(added.position, other.position + 1);
    }
    const Result<qint64> id
        = m_repository->addTable(internal::tableRecord(added, *m_venueId), actor.auditName());
    if (!id)
        return id;
    added.id = *id;
    const auto after = std::find_if(m_tables.begin(), m_tables.end(), [&](const Table &other) {
        return std::tie(other.position, other.name) > std::tie(added.position, added.name);
    });
    m_tables.insert(after, added);
    Q_EMIT venueShown();
    return id;
}

Result<void> VenueModel::updateTable(const Table &table, const Actor &actor)
{
    const auto found = findTable(table.id);
    if (found == m_tables.end())
        return Unexpected(Tr::tr("table %1 is not on the venue floor shown").arg(table.id));
    if (Result<void> may
        = checkAllowed(m_database, actor, Permission::ChangeVenue, tableSubject(table.id));
        !may)
        return may;
    Table changed = *found;
    changed.name = table.name.trimmed();
    changed.size = table.size;
    changed.cameraSource = table.cameraSource.trimmed();
    changed.rateClass = table.rateClass.trimmed();
    if (Result<void> written
        = m_repository->updateTable(internal::tableRecord(changed, *m_venueId), actor.auditName());
        !written)
        return written;
    m_tables[size_t(found - m_tables.begin())] = changed;
    Q_EMIT tableChanged(table.id);
    return {};
}

Result<void> VenueModel::removeTable(qint64 tableId, const Actor &actor)
{
    const auto found = findTable(tableId);
    if (found == m_tables.end())
        return Unexpected(Tr::tr("table %1 is not on the venue floor shown").arg(tableId));
    if (Result<void> may
        = checkAllowed(m_database, actor, Permission::RemoveTable, tableSubject(tableId));
        !may)
        return may;
    if (Result<void> removed = m_repository->removeTable(tableId, actor.auditName()); !removed)
        return removed;
    m_tables.erase(found);
    Q_EMIT venueShown();
    return {};
}

Result<void> VenueModel::setTablePlace(qint64 tableId, const std::optional<FloorPlace> &place,
                                       const QString &actor)
{
    const auto found = findTable(tableId);
    if (found == m_tables.end())
        return Unexpected(Tr::tr("table %1 is not on the venue floor shown").arg(tableId));
    const std::optional<storage::FloorPlace> record = internal::floorPlaceRecord(place);
    if (Result<void> written = m_repository->setTablePlace(tableId, record, actor); !written)
        return written;
    // As it reads back, so memory holds what the database holds.
    m_tables[size_t(found - m_tables.begin())].place = internal::floorPlaceFromRecord(record);
    Q_EMIT tableChanged(tableId);
    return {};
}

std::optional<Player> VenueModel::player(qint64 playerId) const
{
    const auto found = std::find_if(m_players.begin(), m_players.end(),
                                    [playerId](const Player &p) { return p.id == playerId; });
    if (found == m_players.end())
        return std::nullopt;
    return *found;
}

Result<qint64> VenueModel::addPlayer(const Player &player, const QString &actor)
{
    if (!m_venueId)
        return Unexpected(Tr::tr("There is no venue to add the player to."));
    Player added = player;
    added.name = player.name.trimmed();
    added.nickname = player.nickname.trimmed();
    added.contact = player.contact.trimmed();
    const Result<qint64> id
        = m_repository->addPlayer(internal::playerRecord(added, *m_venueId), actor);
    if (!id)
        return id;
    added.id = *id;
    const auto after = std::find_if(m_players.begin(), m_players.end(), [&](const Player &other) {
        return std::tie(other.name, other.id) > std::tie(added.name, added.id);
    });
    m_players.insert(after, added);
    Q_EMIT venueShown();
    return id;
}

Result<void> VenueModel::updatePlayer(const Player &player, const QString &actor)
{
    const auto found = std::find_if(m_players.begin(), m_players.end(),
                                    [&](const Player &p) { return p.id == player.id; });
    if (found == m_players.end())
        return Unexpected(Tr::tr("player %1 is not a player of the venue shown").arg(player.id));
    Player changed = player;
    changed.name = player.name.trimmed();
    changed.nickname = player.nickname.trimmed();
    changed.contact = player.contact.trimmed();
    changed.mergedInto = found->mergedInto;
    if (Result<void> written
        = m_repository->updatePlayer(internal::playerRecord(changed, *m_venueId), actor);
        !written)
        return written;
    *found = changed;
    std::sort(m_players.begin(), m_players.end(), [](const Player &a, const Player &b) {
        return std::tie(a.name, a.id) < std::tie(b.name, b.id);
    });
    Q_EMIT venueShown();
    return {};
}

Result<void> VenueModel::removePlayer(qint64 playerId, const Actor &actor)
{
    const auto found = std::find_if(m_players.begin(), m_players.end(),
                                    [&](const Player &p) { return p.id == playerId; });
    if (found == m_players.end())
        return Unexpected(Tr::tr("player %1 is not a player of the venue shown").arg(playerId));
    if (Result<void> may = checkAllowed(m_database, actor, Permission::RemovePlayer,
                                        QStringLiteral("player:%1").arg(playerId));
        !may)
        return may;
    if (Result<void> removed = m_repository->removePlayer(playerId, actor.auditName()); !removed)
        return removed;
    m_players.erase(found);
    Q_EMIT venueShown();
    return {};
}

Result<void> VenueModel::mergePlayer(qint64 duplicateId, qint64 intoId, const Actor &actor)
{
    const auto found = std::find_if(m_players.begin(), m_players.end(),
                                    [&](const Player &p) { return p.id == duplicateId; });
    if (found == m_players.end()) {
        return Unexpected(Tr::tr("player %1 is not a player of the venue shown").arg(duplicateId));
    }
    if (Result<void> merged = m_repository->mergePlayer(duplicateId, intoId, actor.auditName());
        !merged)
        return merged;
    Player duplicate = *found;
    duplicate.mergedInto = intoId;
    m_players.erase(found);
    const auto after
        = std::find_if(m_mergedPlayers.begin(), m_mergedPlayers.end(), [&](const Player &other) {
              return std::tie(other.name, other.id) > std::tie(duplicate.name, duplicate.id);
          });
    m_mergedPlayers.insert(after, duplicate);
    Q_EMIT venueShown();
    return {};
}

Result<void> VenueModel::unmergePlayer(qint64 duplicateId, const Actor &actor)
{
    const auto found = std::find_if(m_mergedPlayers.begin(), m_mergedPlayers.end(),
                                    [&](const Player &p) { return p.id == duplicateId; });
    if (found == m_mergedPlayers.end()) {
        return Unexpected(
            Tr::tr("player %1 is not a merged player of the venue shown").arg(duplicateId));
    }
    if (Result<void> unmerged = m_repository->unmergePlayer(duplicateId, actor.auditName());
        !unmerged)
        return unmerged;
    Player player = *found;
    player.mergedInto.reset();
    m_mergedPlayers.erase(found);
    const auto after = std::find_if(m_players.begin(), m_players.end(), [&](const Player &other) {
        return std::tie(other.name, other.id) > std::tie(player.name, player.id);
    });
    m_players.insert(after, player);
    Q_EMIT venueShown();
    return {};
}

} // namespace dojo::venue
