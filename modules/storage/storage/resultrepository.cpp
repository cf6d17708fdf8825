#include "storage/resultrepository.h"

#include "storage/database.h"
#include "storage/internal/readrows.h"
#include "storage/internal/resultrows.h"
#include "storage/internal/sessionrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

// The venue's time zone, in which its days are named; UTC when the zone is not known here.
Result<QTimeZone> venueZone(const QSqlDatabase &db, qint64 venueId)
{
    Result<QSqlQuery> query = internal::execute(
        db, QStringLiteral("SELECT time_zone FROM venues WHERE id = ?"), {venueId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return Unexpected(Tr::tr("there is no venue %1").arg(QString::number(venueId)));
    const QTimeZone zone(query->value(0).toString().toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

PlayedMatchRecord playedMatchFromRow(const QSqlQuery &query)
{
    PlayedMatchRecord match;
    match.matchId = query.value(0).toLongLong();
    match.tableId = internal::optionalId(query.value(1));
    match.tableName = query.value(2).toString();
    match.game = query.value(3).toString();
    match.players = {query.value(4).toString(), query.value(5).toString()};
    match.startedAt = internal::timeOrInvalid(query.value(6));
    match.finishedAt = internal::timeOrInvalid(query.value(7));
    match.winner = query.value(8).toString();
    match.racksWon = {query.value(9).toInt(), query.value(10).toInt()};
    return match;
}

} // namespace

ResultRepository::ResultRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> ResultRepository::add(const ResultRecord &result, const QString &actor)
{
    const auto failed = [&result](const QString &why) {
        return Unexpected(
            Tr::tr("cannot enter the result of player %1 against player %2: %3")
                .arg(QString::number(result.playerA), QString::number(result.playerB), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<qint64> id = internal::insertResult(txn, result, actor);
    if (!id)
        return failed(id.error());
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return id;
}

Result<void> ResultRepository::voidResult(qint64 resultId, const QString &actor,
                                          const QString &reason)
{
    const auto failed = [resultId](const QString &why) {
        return Unexpected(Tr::tr("cannot void result %1: %2").arg(QString::number(resultId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    if (Result<void> voided = internal::voidResultIn(txn, resultId, actor, reason); !voided)
        return failed(voided.error());
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return {};
}

Result<qint64> ResultRepository::correct(qint64 resultId, const ResultRecord &corrected,
                                         const QString &actor, const QString &reason)
{
    const auto failed = [resultId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot correct result %1: %2").arg(QString::number(resultId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    if (Result<void> voided = internal::voidResultIn(txn, resultId, actor, reason); !voided)
        return failed(voided.error());
    const Result<qint64> id = internal::insertResult(txn, corrected, actor);
    if (!id)
        return failed(id.error());
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return id;
}

Result<ResultRecord> ResultRepository::result(qint64 resultId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(),
        QStringLiteral("SELECT %1 %2 WHERE r.id = ?")
            .arg(QLatin1String(internal::kResultColumns), QLatin1String(internal::kResultsJoined)),
        {resultId});
    if (!query) {
        return Unexpected(
            Tr::tr("cannot read result %1: %2").arg(QString::number(resultId), query.error()));
    }
    if (!query->next())
        return Unexpected(Tr::tr("there is no result %1").arg(QString::number(resultId)));
    return internal::resultFromRow(*query);
}

Result<std::vector<ResultRecord>> ResultRepository::results(qint64 venueId)
{
    Result<std::vector<ResultRecord>> results = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT %1 %2 WHERE r.venue_id = ? AND r.voided_at IS NULL "
                       "ORDER BY r.played_on DESC, r.id DESC")
            .arg(QLatin1String(internal::kResultColumns), QLatin1String(internal::kResultsJoined)),
        {venueId}, internal::resultFromRow);
    if (!results) {
        return Unexpected(Tr::tr("cannot read the results of venue %1: %2")
                              .arg(QString::number(venueId), results.error()));
    }
    return results;
}

Result<std::vector<PlayedMatchRecord>> ResultRepository::playedMatches(qint64 venueId)
{
    // A rack counts for the seat whose recorded name won it.
    Result<std::vector<PlayedMatchRecord>> matches = internal::readRows(
        m_database.connection(),
        QStringLiteral(
            "SELECT m.id, m.table_id, t.name, m.game, m.player_a, m.player_b, m.started_at, "
            "m.finished_at, m.winner, "
            "(SELECT COUNT(*) FROM racks r WHERE r.match_id = m.id AND r.winner = m.player_a), "
            "(SELECT COUNT(*) FROM racks r WHERE r.match_id = m.id AND r.winner = m.player_b) "
            "FROM matches m JOIN pool_tables t ON t.id = m.table_id WHERE t.venue_id = ? "
            "ORDER BY m.started_at, m.id"),
        {venueId}, playedMatchFromRow);
    if (!matches) {
        return Unexpected(Tr::tr("cannot read the matches of venue %1: %2")
                              .arg(QString::number(venueId), matches.error()));
    }
    return matches;
}

Result<std::vector<RackTally>>
ResultRepository::racksForRatings(qint64 venueId, const QString &game, const QDate &until)
{
    const auto failed = [venueId](const QString &why) {
        return Unexpected(Tr::tr("cannot read the racks played at venue %1: %2")
                              .arg(QString::number(venueId), why));
    };
    const Result<QTimeZone> zone = venueZone(m_database.connection(), venueId);
    if (!zone)
        return failed(zone.error());
    const Result<std::vector<PlayedMatchRecord>> matches = playedMatches(venueId);
    if (!matches)
        return Unexpected(matches.error());
    std::vector<RackTally> tallies;
    for (const PlayedMatchRecord &match : *matches) {
        // A match between two seats of one name says nothing about either.
        if ((!game.isEmpty() && match.game != game) || match.players[0] == match.players[1]
            || match.racksWon[0] + match.racksWon[1] == 0)
            continue;
        RackTally tally;
        tally.at = match.startedAt;
        tally.playedOn = match.startedAt.toTimeZone(*zone).date();
        if (until.isValid() && tally.playedOn > until)
            continue;
        tally.game = match.game;
        tally.nameA = match.players[0];
        tally.nameB = match.players[1];
        tally.racksA = match.racksWon[0];
        tally.racksB = match.racksWon[1];
        tally.matchId = match.matchId;
        tallies.push_back(std::move(tally));
    }
    const Result<std::vector<ResultRecord>> results = this->results(venueId);
    if (!results)
        return Unexpected(results.error());
    for (auto result = results->rbegin(); result != results->rend(); ++result) {
        if ((!game.isEmpty() && result->game != game)
            || (until.isValid() && result->playedOn > until))
            continue;
        RackTally tally;
        tally.playedOn = result->playedOn;
        tally.game = result->game;
        tally.nameA = result->nameA;
        tally.nameB = result->nameB;
        tally.playerA = result->playerA;
        tally.playerB = result->playerB;
        tally.racksA = result->racksA;
        tally.racksB = result->racksB;
        tally.resultId = result->id;
        tallies.push_back(std::move(tally));
    }
    // By day; within a day the referee's matches by their start, then the results as entered.
    std::stable_sort(tallies.begin(), tallies.end(), [](const RackTally &a, const RackTally &b) {
        if (a.playedOn != b.playedOn)
            return a.playedOn < b.playedOn;
        return !a.isHandResult() && b.isHandResult();
    });
    return tallies;
}

} // namespace dojo::storage
