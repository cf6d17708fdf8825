#include "storage/matchqueuerepository.h"

#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sessionrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

constexpr auto kEntrySelect
    = "SELECT q.id, q.venue_id, q.player_id, q.game, q.joined_at, q.state, q.matched_with, "
      "q.done_at, p.name, p.starter_rating FROM match_queue q "
      "JOIN players p ON p.id = q.player_id";

QueueEntryRecord entryFromRow(const QSqlQuery &query)
{
    QueueEntryRecord entry;
    entry.id = query.value(0).toLongLong();
    entry.venueId = query.value(1).toLongLong();
    entry.playerId = query.value(2).toLongLong();
    entry.game = query.value(3).toString();
    entry.joinedAt = internal::timeOrInvalid(query.value(4));
    entry.state = query.value(5).toString();
    entry.matchedWith = internal::optionalId(query.value(6));
    entry.doneAt = internal::timeOrInvalid(query.value(7));
    entry.playerName = query.value(8).toString();
    entry.starterRating = query.value(9).toDouble();
    return entry;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QueueEntryRecord> entryIn(Transaction &txn, qint64 entryId)
{
    Result<QSqlQuery> query
        = txn.exec(QLatin1String(kEntrySelect) + QStringLiteral(" WHERE q.id = ?"), {entryId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no entry %1 in the queue").arg(entryId));
    QueueEntryRecord entry = entryFromRow(*query);
    query->finish();
    return entry;
}

// The player's waiting entry, if any.
Result<std::optional<QueueEntryRecord>> waitingIn(Transaction &txn, qint64 playerId)
{
    Result<QSqlQuery> query = txn.exec(
        QLatin1String(kEntrySelect)
            + QStringLiteral(" WHERE q.player_id = ? AND q.state = 'waiting' ORDER BY q.id"),
        {playerId});
    if (!query)
        return Unexpected(query.error());
    std::optional<QueueEntryRecord> entry;
    if (query->next())
        entry = entryFromRow(*query);
    query->finish();
    return entry;
}

} // namespace

MatchQueueRepository::MatchQueueRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> MatchQueueRepository::join(qint64 venueId, qint64 playerId, const QString &game,
                                          const QString &actor, const QDateTime &joinedAt)
{
    const auto failed = [playerId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot put player %1 in the queue: %2").arg(QString::number(playerId), why));
    };
    if (game.trimmed().isEmpty())
        return failed(Tr::tr("a player waits for a game"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kSignUpLock); !begun)
        return failed(begun.error());
    Result<QSqlQuery> player = txn.exec(
        QStringLiteral("SELECT name, home_venue_id FROM players WHERE id = ?"), {playerId});
    if (!player)
        return failed(player.error());
    if (!player->next())
        return failed(txn.abandon(Tr::tr("there is no such player")).error());
    const QString name = player->value(0).toString();
    const bool ofTheVenue = player->value(1).toLongLong() == venueId;
    player->finish();
    if (!ofTheVenue)
        return failed(txn.abandon(Tr::tr("%1 is not a player of the venue").arg(name)).error());
    const Result<std::optional<QueueEntryRecord>> waiting = waitingIn(txn, playerId);
    if (!waiting)
        return failed(waiting.error());
    if (*waiting) {
        return failed(
            txn.abandon(Tr::tr("%1 is waiting for %2 already").arg(name, (*waiting)->game))
                .error());
    }
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO match_queue (venue_id, player_id, game, joined_at, state) "
                       "VALUES (?, ?, ?, ?, 'waiting') RETURNING id"),
        {venueId, playerId, game,
         joinedAt.isValid() ? internal::utcText(joinedAt) : internal::utcNowText()});
    if (!id)
        return failed(id.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("queue.joined"), QStringLiteral("player:%1").arg(playerId),
            compact({{QStringLiteral("entry"), *id}, {QStringLiteral("game"), game}}));
        !committed)
        return failed(committed.error());
    return id;
}

Result<void> MatchQueueRepository::leave(qint64 playerId, const QString &actor)
{
    const auto failed = [playerId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot take player %1 off the queue: %2").arg(QString::number(playerId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kSignUpLock); !begun)
        return failed(begun.error());
    const Result<std::optional<QueueEntryRecord>> waiting = waitingIn(txn, playerId);
    if (!waiting)
        return failed(waiting.error());
    if (!*waiting)
        return failed(txn.abandon(Tr::tr("the player is not waiting")).error());
    if (Result<QSqlQuery> updated = txn.exec(
            QStringLiteral("UPDATE match_queue SET state = 'left', done_at = ? WHERE id = ?"),
            {internal::utcNowText(), (*waiting)->id});
        !updated)
        return failed(updated.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("queue.left"), QStringLiteral("player:%1").arg(playerId),
            compact({{QStringLiteral("entry"), (*waiting)->id},
                     {QStringLiteral("game"), (*waiting)->game}}));
        !committed)
        return failed(committed.error());
    return {};
}

Result<void> MatchQueueRepository::match(qint64 entryA, qint64 entryB, const QString &actor)
{
    const auto failed = [&](const QString &why) {
        return Unexpected(Tr::tr("cannot match queue entries %1 and %2: %3")
                              .arg(QString::number(entryA), QString::number(entryB), why));
    };
    if (entryA == entryB)
        return failed(Tr::tr("a player cannot be matched with themselves"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kSignUpLock); !begun)
        return failed(begun.error());
    const Result<QueueEntryRecord> a = entryIn(txn, entryA);
    if (!a)
        return failed(a.error());
    const Result<QueueEntryRecord> b = entryIn(txn, entryB);
    if (!b)
        return failed(b.error());
    for (const QueueEntryRecord *entry : {&*a, &*b}) {
        if (entry->state != u"waiting") {
            return failed(
                txn.abandon(Tr::tr("%1 is no longer waiting").arg(entry->playerName)).error());
        }
    }
    if (a->venueId != b->venueId || a->playerId == b->playerId)
        return failed(
            txn.abandon(Tr::tr("the two entries are not two players of one venue")).error());
    if (a->game != b->game) {
        return failed(txn.abandon(Tr::tr("%1 waits for %2 and %3 for %4")
                                      .arg(a->playerName, a->game, b->playerName, b->game))
                          .error());
    }
    const QString now = internal::utcNowText();
    for (const auto &[entry, other] : {std::pair{&*a, &*b}, std::pair{&*b, &*a}}) {
        if (Result<QSqlQuery> updated
            = txn.exec(QStringLiteral("UPDATE match_queue SET state = 'matched', matched_with = ?, "
                                      "done_at = ? WHERE id = ? AND state = 'waiting'"),
                       {other->playerId, now, entry->id});
            !updated)
            return failed(updated.error());
    }
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("queue.matched"),
            QStringLiteral("player:%1").arg(a->playerId),
            compact({{QStringLiteral("entries"), QStringLiteral("%1,%2").arg(entryA).arg(entryB)},
                     {QStringLiteral("with"), b->playerId},
                     {QStringLiteral("game"), a->game}}));
        !committed)
        return failed(committed.error());
    return {};
}

Result<std::vector<QueueEntryRecord>> MatchQueueRepository::waiting(qint64 venueId)
{
    Result<std::vector<QueueEntryRecord>> entries
        = internal::readRows(m_database.connection(),
                             QLatin1String(kEntrySelect)
                                 + QStringLiteral(" WHERE q.venue_id = ? AND q.state = 'waiting' "
                                                  "ORDER BY q.joined_at, q.id"),
                             {venueId}, entryFromRow);
    if (!entries) {
        return Unexpected(Tr::tr("cannot read the queue of venue %1: %2")
                              .arg(QString::number(venueId), entries.error()));
    }
    return entries;
}

Result<QueueEntryRecord> MatchQueueRepository::entry(qint64 entryId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(), QLatin1String(kEntrySelect) + QStringLiteral(" WHERE q.id = ?"),
        {entryId});
    if (!query) {
        return Unexpected(Tr::tr("cannot read entry %1 of the queue: %2")
                              .arg(QString::number(entryId), query.error()));
    }
    if (!query->next())
        return Unexpected(Tr::tr("there is no entry %1 in the queue").arg(entryId));
    return entryFromRow(*query);
}

} // namespace dojo::storage
