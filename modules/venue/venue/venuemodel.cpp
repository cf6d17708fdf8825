#include "venue/venuemodel.h"

#include "venue/internal/records.h"
#include "venue/internal/venuetr.h"
#include "venue/tablecorners.h"

#include <storage/changefeed.h>
#include <storage/database.h>
#include <storage/matchrepository.h>
#include <storage/sessionrepository.h>
#include <storage/venuerepository.h>

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

namespace {

bool sameVenue(const Venue &a, const Venue &b)
{
    return a.id == b.id && a.name == b.name && a.isDemo == b.isDemo;
}

bool sameTable(const Table &a, const Table &b)
{
    return a.id == b.id && a.name == b.name && a.size == b.size && a.cameraSource == b.cameraSource
           && a.status == b.status && a.position == b.position && a.corners == b.corners;
}

bool samePlayer(const Player &a, const Player &b)
{
    return a == b;
}

template<typename T, typename Same>
bool sameList(const std::vector<T> &a, const std::vector<T> &b, Same same)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), same);
}

// The same tables in the same order on the floor: only their cards need to change.
bool sameFloor(const std::vector<Table> &a, const std::vector<Table> &b)
{
    return sameList(a, b, [](const Table &x, const Table &y) { return x.id == y.id; });
}

} // namespace

VenueModel::VenueModel(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(std::make_unique<storage::VenueRepository>(database))
{
}

VenueModel::~VenueModel() = default;

Result<void> VenueModel::load(std::optional<qint64> venueId)
{
    Result<std::vector<Venue>> venues = internal::readVenues(*m_repository);
    m_venues = venues ? std::move(*venues) : std::vector<Venue>();
    const bool known = venueId
                       && std::any_of(m_venues.begin(), m_venues.end(),
                                      [&](const Venue &v) { return v.id == *venueId; });
    if (!known)
        venueId = m_venues.empty() ? std::nullopt : std::optional(m_venues.front().id);
    m_venueId = venueId;
    m_tables.clear();
    m_players.clear();
    m_mergedPlayers.clear();
    Result<void> outcome;
    if (!venues) {
        outcome = Unexpected(venues.error());
    } else if (m_venueId) {
        Result<std::vector<Table>> tables = internal::readTables(*m_repository, *m_venueId);
        Result<std::vector<Player>> players = internal::readPlayers(*m_repository, *m_venueId);
        Result<std::vector<Player>> merged = internal::readMergedPlayers(*m_repository, *m_venueId);
        if (tables)
            m_tables = std::move(*tables);
        if (Result<std::vector<qint64>> derived
            = deriveTableStatuses(QDateTime::currentDateTimeUtc());
            !derived && tables)
            outcome = Unexpected(derived.error());
        if (players)
            m_players = std::move(*players);
        if (merged)
            m_mergedPlayers = std::move(*merged);
        if (!tables)
            outcome = Unexpected(tables.error());
        else if (!players)
            outcome = Unexpected(players.error());
        else if (!merged)
            outcome = Unexpected(merged.error());
    }
    Q_EMIT venuesChanged();
    Q_EMIT venueShown();
    return outcome;
}

std::optional<Venue> VenueModel::currentVenue() const
{
    const auto found = std::find_if(m_venues.begin(), m_venues.end(),
                                    [this](const Venue &venue) { return venue.id == m_venueId; });
    if (found == m_venues.end())
        return std::nullopt;
    return *found;
}

std::optional<Table> VenueModel::table(qint64 tableId) const
{
    const auto found = findTable(tableId);
    if (found == m_tables.end())
        return std::nullopt;
    return *found;
}

std::vector<Table>::const_iterator VenueModel::findTable(qint64 tableId) const
{
    return std::find_if(m_tables.begin(), m_tables.end(),
                        [tableId](const Table &table) { return table.id == tableId; });
}

bool VenueModel::hasDemoVenue() const
{
    return std::any_of(m_venues.begin(), m_venues.end(),
                       [](const Venue &venue) { return venue.isDemo; });
}

QString VenueModel::databaseDescription() const
{
    return m_database.location().describe();
}

Result<void> VenueModel::setTableOutOfOrder(qint64 tableId, bool outOfOrder, const QString &actor)
{
    const auto found = findTable(tableId);
    if (found == m_tables.end())
        return Unexpected(Tr::tr("table %1 is not on the venue floor shown").arg(tableId));
    if (Result<void> written
        = m_repository->setTableStatus(tableId, storedStatusWord(outOfOrder), actor);
        !written)
        return written;
    Table &table = m_tables[size_t(found - m_tables.begin())];
    table.outOfOrder = outOfOrder;
    table.status = outOfOrder ? TableStatus::OutOfOrder : TableStatus::Free;
    static_cast<void>(refreshTableStatuses()); // the write stands; a failed read shows it plain
    Q_EMIT tableChanged(tableId);
    return {};
}

Result<void> VenueModel::refreshTableStatuses(const QDateTime &now)
{
    const Result<std::vector<qint64>> changed = deriveTableStatuses(now);
    if (!changed)
        return Unexpected(changed.error());
    for (qint64 tableId : *changed)
        Q_EMIT tableChanged(tableId);
    return {};
}

Result<std::vector<qint64>> VenueModel::deriveTableStatuses(const QDateTime &now)
{
    std::vector<qint64> changed;
    if (!m_venueId || m_tables.empty())
        return changed;
    storage::SessionRepository sessions(m_database);
    storage::MatchRepository matches(m_database);
    const Result<std::vector<storage::SessionRecord>> open = sessions.openSessions(*m_venueId);
    if (!open)
        return Unexpected(open.error());
    const Result<std::vector<storage::HeldBookingRecord>> held
        = sessions.heldBookings(*m_venueId, now, now.addSecs(qint64(kBookedAheadMinutes) * 60 + 1));
    if (!held)
        return Unexpected(held.error());
    // The shown venue's settings are read with it (and again when they change elsewhere).
    const std::optional<Venue> shown = currentVenue();
    const int grace = shown ? shown->graceMinutes : kDefaultGraceMinutes;
    for (Table &table : m_tables) {
        TableActivity activity;
        activity.outOfOrder = table.outOfOrder;
        for (const storage::SessionRecord &session : *open) {
            if (session.tableId == table.id)
                activity.session
                    = session.state == u"paused" ? SessionState::Paused : SessionState::Running;
        }
        if (const Result<std::optional<storage::MatchRecord>> match
            = matches.unfinishedMatchAt(table.id);
            match && *match)
            activity.matchInPlay = true;
        for (const storage::HeldBookingRecord &record : *held) {
            if (record.tableId != table.id)
                continue;
            Booking booking;
            booking.id = record.id;
            booking.tableId = record.tableId;
            booking.from = record.from;
            booking.to = record.to;
            if (record.state == u"checked-in")
                booking.checkedIn = record.from;
            activity.bookings.push_back(booking);
        }
        const TableStatus status = deriveTableStatus(activity, now, grace);
        if (status != table.status) {
            table.status = status;
            changed.push_back(table.id);
        }
    }
    return changed;
}

Result<void> VenueModel::setTableCameraSource(qint64 tableId, const QString &source,
                                              const QString &actor)
{
    const auto found = findTable(tableId);
    if (found == m_tables.end())
        return Unexpected(Tr::tr("table %1 is not on the venue floor shown").arg(tableId));
    if (Result<void> written = m_repository->setTableCameraSource(tableId, source, actor); !written)
        return written;
    m_tables[size_t(found - m_tables.begin())].cameraSource = source.trimmed();
    Q_EMIT tableChanged(tableId);
    return {};
}

Result<void> VenueModel::setTableCameraCorners(qint64 tableId,
                                               const std::optional<TableCorners> &corners,
                                               const QString &actor)
{
    const auto found = findTable(tableId);
    if (found == m_tables.end())
        return Unexpected(Tr::tr("table %1 is not on the venue floor shown").arg(tableId));
    const QString text = tableCornersText(corners);
    // Written as it is read back, so memory holds what the database holds.
    const Result<std::optional<TableCorners>> stored = tableCornersFromText(text);
    if (!stored)
        return Unexpected(stored.error());
    if (Result<void> written = m_repository->setTableCorners(tableId, text, actor); !written)
        return written;
    m_tables[size_t(found - m_tables.begin())].corners = *stored;
    Q_EMIT tableChanged(tableId);
    return {};
}

Result<void> VenueModel::removeDemoVenue(const QString &actor)
{
    if (Result<void> removed = m_repository->removeDemoVenues(actor); !removed)
        return removed;
    const bool showingDemo = currentVenue() && currentVenue()->isDemo;
    return load(showingDemo ? std::nullopt : m_venueId);
}

Result<void> VenueModel::reloadFromDatabase()
{
    Result<std::vector<Venue>> venues = internal::readVenues(*m_repository);
    if (!venues)
        return Unexpected(venues.error());
    const bool shownStays = m_venueId
                            && std::any_of(venues->begin(), venues->end(),
                                           [this](const Venue &v) { return v.id == *m_venueId; });
    // The shown venue was removed elsewhere: show another, as a start would.
    if (!shownStays)
        return load(std::nullopt);
    Result<std::vector<Table>> tables = internal::readTables(*m_repository, *m_venueId);
    if (!tables)
        return Unexpected(tables.error());
    Result<std::vector<Player>> players = internal::readPlayers(*m_repository, *m_venueId);
    if (!players)
        return Unexpected(players.error());
    Result<std::vector<Player>> merged = internal::readMergedPlayers(*m_repository, *m_venueId);
    if (!merged)
        return Unexpected(merged.error());

    if (!sameList(m_venues, *venues, sameVenue)) {
        m_venues = std::move(*venues);
        Q_EMIT venuesChanged();
    }
    if (!sameFloor(m_tables, *tables) || !sameList(m_players, *players, samePlayer)
        || !sameList(m_mergedPlayers, *merged, samePlayer)) {
        m_tables = std::move(*tables);
        m_players = std::move(*players);
        m_mergedPlayers = std::move(*merged);
        Q_EMIT venueShown();
        return {};
    }
    std::vector<qint64> changed;
    for (size_t i = 0; i < m_tables.size(); ++i) {
        if (!sameTable(m_tables[i], (*tables)[i]))
            changed.push_back(m_tables[i].id);
    }
    m_tables = std::move(*tables);
    for (const qint64 tableId : changed)
        Q_EMIT tableChanged(tableId);
    return {};
}

void VenueModel::followChanges(storage::ChangeFeed &feed)
{
    connect(&feed, &storage::ChangeFeed::changed, this, [this](const QStringList &kinds) {
        using namespace storage::change;
        if (!storage::ChangeFeed::concerns(kinds, {kVenue, kTables, kPlayers}))
            return;
        if (Result<void> reloaded = reloadFromDatabase(); !reloaded)
            Q_EMIT reloadFailed(reloaded.error());
    });
}

} // namespace dojo::venue
