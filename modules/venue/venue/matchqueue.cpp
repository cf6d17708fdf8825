#include "venue/matchqueue.h"

#include "venue/gamenames.h"
#include "venue/internal/venuetr.h"

#include <storage/changefeed.h>
#include <storage/database.h>
#include <storage/matchqueuerepository.h>
#include <storage/venuerepository.h>

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

MatchQueue::MatchQueue(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(std::make_unique<storage::MatchQueueRepository>(database))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

MatchQueue::~MatchQueue() = default;

void MatchQueue::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime MatchQueue::now() const
{
    return m_now();
}

Result<void> MatchQueue::load(qint64 venueId)
{
    m_venueId = venueId;
    return reload();
}

Result<void> MatchQueue::reload()
{
    Result<std::vector<WaitingPlayer>> waiting = readWaiting();
    if (!waiting)
        return Unexpected(waiting.error());
    const auto same = [](const WaitingPlayer &a, const WaitingPlayer &b) {
        return a.entryId == b.entryId && a.name == b.name && a.starterRating == b.starterRating;
    };
    const bool changed
        = !std::equal(m_waiting.begin(), m_waiting.end(), waiting->begin(), waiting->end(), same);
    m_waiting = std::move(*waiting);
    if (changed)
        Q_EMIT queueChanged();
    return {};
}

void MatchQueue::followChanges(storage::ChangeFeed &feed)
{
    connect(&feed, &storage::ChangeFeed::changed, this, [this](const QStringList &kinds) {
        using namespace storage::change;
        if (!m_venueId || !storage::ChangeFeed::concerns(kinds, {kQueue, kPlayers}))
            return;
        if (Result<void> reloaded = reload(); !reloaded)
            Q_EMIT reloadFailed(reloaded.error());
    });
}

Result<std::vector<WaitingPlayer>> MatchQueue::readWaiting() const
{
    if (!m_venueId)
        return std::vector<WaitingPlayer>();
    const Result<std::vector<storage::QueueEntryRecord>> entries
        = m_repository->waiting(*m_venueId);
    if (!entries)
        return Unexpected(entries.error());
    std::vector<WaitingPlayer> waiting;
    for (const storage::QueueEntryRecord &entry : *entries) {
        waiting.push_back({entry.id, entry.playerId, entry.playerName, entry.game, entry.joinedAt,
                           entry.starterRating});
    }
    return waiting;
}

std::optional<WaitingPlayer> MatchQueue::waitingEntryOf(qint64 playerId) const
{
    const auto found = std::find_if(m_waiting.begin(), m_waiting.end(),
                                    [&](const WaitingPlayer &w) { return w.playerId == playerId; });
    if (found == m_waiting.end())
        return std::nullopt;
    return *found;
}

Result<qint64> MatchQueue::join(qint64 playerId, const QString &game, const Actor &actor)
{
    if (!m_venueId)
        return Unexpected(Tr::tr("There is no venue whose queue to join."));
    if (Result<void> known = checkGame(game); !known)
        return Unexpected(known.error());
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    if (const std::optional<WaitingPlayer> waiting = waitingEntryOf(playerId)) {
        return Unexpected(
            Tr::tr("%1 is already waiting for %2.").arg(waiting->name, gameName(waiting->game)));
    }
    const Result<qint64> id
        = m_repository->join(*m_venueId, playerId, game, actor.auditName(), now());
    if (!id)
        return id;
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    return id;
}

Result<void> MatchQueue::leave(qint64 playerId, const Actor &actor)
{
    if (Result<void> read = reload(); !read)
        return read;
    if (!waitingEntryOf(playerId)) {
        const Result<storage::PlayerRecord> player
            = storage::VenueRepository(m_database).player(playerId);
        return Unexpected(Tr::tr("%1 is not waiting in the queue.")
                              .arg(player ? player->name : QString::number(playerId)));
    }
    if (Result<void> left = m_repository->leave(playerId, actor.auditName()); !left)
        return left;
    return reload();
}

Result<void> MatchQueue::matchPair(qint64 entryA, qint64 entryB, const Actor &actor)
{
    if (Result<void> read = reload(); !read)
        return read;
    const auto entry = [this](qint64 entryId) -> std::optional<WaitingPlayer> {
        const auto found
            = std::find_if(m_waiting.begin(), m_waiting.end(),
                           [&](const WaitingPlayer &w) { return w.entryId == entryId; });
        return found == m_waiting.end() ? std::nullopt : std::optional(*found);
    };
    const std::optional<WaitingPlayer> a = entry(entryA);
    const std::optional<WaitingPlayer> b = entry(entryB);
    for (const auto &[waiting, entryId] : {std::pair{a, entryA}, std::pair{b, entryB}}) {
        if (!waiting) {
            const Result<storage::QueueEntryRecord> gone = m_repository->entry(entryId);
            return Unexpected(Tr::tr("%1 is no longer waiting in the queue.")
                                  .arg(gone ? gone->playerName : QString::number(entryId)));
        }
    }
    if (entryA == entryB)
        return Unexpected(Tr::tr("A player cannot be matched with themselves."));
    if (a->game != b->game) {
        return Unexpected(Tr::tr("%1 waits for %2 and %3 for %4: they cannot be matched.")
                              .arg(a->name, gameName(a->game), b->name, gameName(b->game)));
    }
    if (Result<void> matched = m_repository->match(entryA, entryB, actor.auditName()); !matched)
        return matched;
    return reload();
}

std::vector<ProposedPair> MatchQueue::proposals(const std::map<qint64, double> &ratings,
                                                const PairingRules &rules) const
{
    return proposePairs(m_waiting, ratings, now(), rules);
}

} // namespace dojo::venue
