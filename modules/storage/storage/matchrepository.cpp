#include "storage/matchrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/matchrows.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QJsonObject>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

QString selectFrom(const char *columns, const char *rest)
{
    return QStringLiteral("SELECT ") + QLatin1String(columns) + u' ' + QLatin1String(rest);
}

QString matchSubject(qint64 matchId)
{
    return QStringLiteral("match:%1").arg(matchId);
}

Result<void> checkNewMatch(const MatchRecord &match, const RackRecord &firstRack)
{
    if (match.game.trimmed().isEmpty())
        return Unexpected(Tr::tr("a match needs a game"));
    if (match.players[0].trimmed().isEmpty() || match.players[1].trimmed().isEmpty()
        || match.players[0] == match.players[1])
        return Unexpected(Tr::tr("a match needs two players with different names"));
    if (firstRack.number != 1 || firstRack.breaker.trimmed().isEmpty())
        return Unexpected(Tr::tr("the first rack needs the number 1 and a breaker"));
    return {};
}

Result<void> checkStep(const MatchStepRecord &step)
{
    if (step.number < 1 || step.rackNumber < 1)
        return Unexpected(Tr::tr("a step needs a step and a rack number of at least 1"));
    if (step.kind.trimmed().isEmpty())
        return Unexpected(Tr::tr("a step needs a kind"));
    if (step.actor.trimmed().isEmpty())
        return Unexpected(Tr::tr("a step needs an actor"));
    return {};
}

// The match's unfinished flag and how many steps it holds, read inside the transaction.
struct MatchState
{
    bool exists = false;
    bool finished = false;
    int lastStep = 0;
};

Result<MatchState> readMatchState(Transaction &txn, qint64 matchId)
{
    Result<QSqlQuery> query
        = txn.exec(QStringLiteral("SELECT finished_at, (SELECT COALESCE(MAX(number), 0) FROM "
                                  "match_steps WHERE match_id = ?) FROM matches WHERE id = ?"),
                   {matchId, matchId});
    if (!query)
        return Unexpected(query.error());
    MatchState state;
    if (query->next()) {
        state.exists = true;
        state.finished = !query->value(0).isNull();
        state.lastStep = query->value(1).toInt();
    }
    query->finish();
    return state;
}

// The one unfinished match row of a table, if any, read inside or outside a transaction.
Result<std::optional<MatchRecord>> unfinishedIn(Result<QSqlQuery> query)
{
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return std::optional<MatchRecord>();
    Result<MatchRecord> match = internal::matchFromRow(*query);
    if (!match)
        return Unexpected(match.error());
    return std::optional<MatchRecord>(std::move(*match));
}

QString unfinishedAtTable()
{
    return selectFrom(internal::kMatchColumns,
                      "FROM matches WHERE table_id = ? AND finished_at IS NULL");
}

} // namespace

MatchRepository::MatchRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> MatchRepository::createMatch(const MatchRecord &match, const RackRecord &firstRack)
{
    const auto failed = [&match](const QString &why) {
        return Unexpected(Tr::tr("cannot start the match of %1 and %2: %3")
                              .arg(match.players[0], match.players[1], why));
    };
    if (Result<void> checked = checkNewMatch(match, firstRack); !checked)
        return failed(checked.error());
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    if (match.tableId) {
        // The unique index would refuse it too, in the database's words.
        const Result<std::optional<MatchRecord>> playing
            = unfinishedIn(txn.exec(unfinishedAtTable(), {*match.tableId}));
        if (!playing)
            return failed(playing.error());
        if (*playing) {
            return failed(txn.abandon(Tr::tr("table %1 already has match %2 in play; resume or "
                                             "finish it first")
                                          .arg(QString::number(*match.tableId),
                                               QString::number((*playing)->id)))
                              .error());
        }
    }

    const QDateTime startedAt
        = match.startedAt.isValid() ? match.startedAt : QDateTime::currentDateTimeUtc();
    Result<QSqlQuery> insert = txn.exec(
        QStringLiteral("INSERT INTO matches (table_id, game, player_a, player_b, setup, "
                       "started_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {match.tableId ? QVariant(*match.tableId) : QVariant(QMetaType::fromType<qint64>()),
         match.game, match.players[0], match.players[1], internal::jsonText(match.setup),
         internal::utcText(startedAt)});
    if (!insert)
        return failed(insert.error());
    if (!insert->next()) {
        return failed(txn.abandon(insert->lastError().isValid()
                                      ? internal::oneLine(insert->lastError())
                                      : Tr::tr("the database returned no id"))
                          .error());
    }
    const qint64 id = insert->value(0).toLongLong();
    insert->finish();

    RackRecord rack = firstRack;
    if (!rack.startedAt.isValid())
        rack.startedAt = startedAt;
    if (Result<void> racked = internal::insertRack(txn, id, rack); !racked)
        return failed(racked.error());
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return id;
}

Result<void> MatchRepository::appendStep(const MatchStepRecord &step,
                                         const MatchStepEffects &effects)
{
    const auto failed = [&step](const QString &why) {
        return Unexpected(
            Tr::tr("cannot store step %1 of match %2: %3")
                .arg(QString::number(step.number), QString::number(step.matchId), why));
    };
    if (Result<void> checked = checkStep(step); !checked)
        return failed(checked.error());
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<MatchState> state = readMatchState(txn, step.matchId);
    if (!state)
        return failed(state.error());
    if (!state->exists)
        return failed(txn.abandon(Tr::tr("there is no such match")).error());
    if (state->lastStep != step.number - 1) {
        // Another program played this match on, or this one lost track of it.
        return failed(txn.abandon(Tr::tr("the match holds %1 steps, so the next one is step %2")
                                      .arg(state->lastStep)
                                      .arg(state->lastStep + 1))
                          .error());
    }

    const QDateTime at = step.at.isValid() ? step.at : QDateTime::currentDateTimeUtc();
    const Result<QSqlQuery> inserted = txn.exec(
        QStringLiteral("INSERT INTO match_steps (match_id, number, rack_number, kind, input, "
                       "ruling, actor, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {step.matchId, step.number, step.rackNumber, step.kind, internal::jsonText(step.input),
         internal::jsonText(step.ruling), step.actor, internal::notNull(step.reason),
         internal::utcText(at)});
    if (!inserted)
        return failed(inserted.error());
    if (Result<void> written = internal::writeStepEffects(txn, step.matchId, effects, at); !written)
        return failed(written.error());
    if (!step.reason.isEmpty()) {
        const QJsonObject details{{QStringLiteral("step"), step.number},
                                  {QStringLiteral("reason"), step.reason}};
        if (Result<void> audited
            = AuditLog::recordIn(txn, step.actor, QStringLiteral("match.") + step.kind,
                                 matchSubject(step.matchId), internal::jsonText(details));
            !audited)
            return failed(audited.error());
    }
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return {};
}

Result<void> MatchRepository::finishMatch(qint64 matchId, const QString &winner,
                                          const QString &actor, const QString &reason)
{
    const auto failed = [matchId](const QString &why) {
        return Unexpected(Tr::tr("cannot finish match %1: %2").arg(QString::number(matchId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<MatchState> state = readMatchState(txn, matchId);
    if (!state)
        return failed(state.error());
    if (!state->exists)
        return failed(txn.abandon(Tr::tr("there is no such match")).error());
    if (state->finished)
        return failed(txn.abandon(Tr::tr("it is already finished")).error());
    const QString now = internal::utcNowText();
    const Result<QSqlQuery> finished
        = txn.exec(QStringLiteral("UPDATE matches SET finished_at = ?, winner = ? WHERE id = ?"),
                   {now, internal::textOrNull(winner), matchId});
    if (!finished)
        return failed(finished.error());
    // The rack in play ends with the match, won by nobody.
    const Result<QSqlQuery> ended = txn.exec(
        QStringLiteral("UPDATE racks SET ended_at = ? WHERE match_id = ? AND ended_at IS NULL"),
        {now, matchId});
    if (!ended)
        return failed(ended.error());
    const QJsonObject details{{QStringLiteral("winner"), winner},
                              {QStringLiteral("reason"), reason}};
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor,
            winner.isEmpty() ? QStringLiteral("match.abandoned") : QStringLiteral("match.finished"),
            matchSubject(matchId), internal::jsonText(details));
        !committed)
        return failed(committed.error());
    return {};
}

Result<MatchRecord> MatchRepository::match(qint64 matchId)
{
    const auto failed = [matchId](const QString &why) {
        return Unexpected(Tr::tr("cannot read match %1: %2").arg(QString::number(matchId), why));
    };
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(), selectFrom(internal::kMatchColumns, "FROM matches WHERE id = ?"),
        {matchId});
    if (!query)
        return failed(query.error());
    if (!query->next())
        return Unexpected(Tr::tr("there is no match %1").arg(matchId));
    Result<MatchRecord> match = internal::matchFromRow(*query);
    if (!match)
        return failed(match.error());
    return match;
}

Result<std::optional<MatchRecord>> MatchRepository::unfinishedMatchAt(qint64 tableId)
{
    Result<std::optional<MatchRecord>> match
        = unfinishedIn(internal::execute(m_database.connection(), unfinishedAtTable(), {tableId}));
    if (!match) {
        return Unexpected(Tr::tr("cannot read the match at table %1: %2")
                              .arg(QString::number(tableId), match.error()));
    }
    return match;
}

Result<std::vector<MatchRecord>> MatchRepository::matchesAt(qint64 tableId, const QDateTime &since)
{
    const auto failed = [tableId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot read the matches at table %1: %2").arg(QString::number(tableId), why));
    };
    Result<std::vector<MatchRecord>> matches = internal::readRows(
        m_database.connection(),
        selectFrom(internal::kMatchColumns,
                   "FROM matches WHERE table_id = ? AND started_at >= ? ORDER BY started_at, id"),
        {tableId, internal::utcText(since)}, internal::matchFromRow);
    if (!matches)
        return failed(matches.error());
    return matches;
}

Result<std::vector<MatchStepRecord>> MatchRepository::steps(qint64 matchId)
{
    const auto failed = [matchId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot read the steps of match %1: %2").arg(QString::number(matchId), why));
    };
    // A step that cannot be read is named by its number (column 2).
    const auto stepFromRow = [](const QSqlQuery &row) -> Result<MatchStepRecord> {
        Result<MatchStepRecord> step = internal::stepFromRow(row);
        if (!step)
            return Unexpected(Tr::tr("step %1: %2").arg(row.value(2).toString(), step.error()));
        return step;
    };
    Result<std::vector<MatchStepRecord>> steps = internal::readRows(
        m_database.connection(),
        selectFrom(internal::kStepColumns, "FROM match_steps WHERE match_id = ? ORDER BY number"),
        {matchId}, stepFromRow);
    if (!steps)
        return failed(steps.error());
    return steps;
}

Result<std::vector<RackRecord>> MatchRepository::racks(qint64 matchId)
{
    Result<std::vector<RackRecord>> racks = internal::readRows(
        m_database.connection(),
        selectFrom(internal::kRackColumns, "FROM racks WHERE match_id = ? ORDER BY number"),
        {matchId}, internal::rackFromRow);
    if (!racks) {
        return Unexpected(Tr::tr("cannot read the racks of match %1: %2")
                              .arg(QString::number(matchId), racks.error()));
    }
    return racks;
}

} // namespace dojo::storage
