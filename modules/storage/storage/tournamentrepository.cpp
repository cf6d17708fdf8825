#include "storage/tournamentrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sessionrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/tournamentrows.h"
#include "storage/internal/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

QString optionsText(const QJsonObject &options)
{
    return QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
}

QString subjectOf(qint64 tournamentId)
{
    return QStringLiteral("tournament:%1").arg(tournamentId);
}

bool isTournamentState(const QString &state)
{
    return state == u"sign-up" || state == u"running" || state == u"finished"
           || state == u"cancelled";
}

bool isEntryState(const QString &state)
{
    return state == u"entered" || state == u"checked-in" || state == u"no-show"
           || state == u"withdrawn";
}

// The tournament's state inside the transaction; an error when it does not exist.
Result<QString> stateIn(Transaction &txn, qint64 tournamentId)
{
    Result<QSqlQuery> found
        = txn.exec(QStringLiteral("SELECT state FROM tournaments WHERE id = ?"), {tournamentId});
    if (!found)
        return Unexpected(found.error());
    if (!found->next())
        return Unexpected(txn.abandon(Tr::tr("there is no such tournament")).error());
    return found->value(0).toString();
}

// True once a match of the draw has started: a result recorded or a referee's match begun.
Result<bool> anyMatchStarted(Transaction &txn, qint64 tournamentId)
{
    Result<QSqlQuery> started = txn.exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM tournament_results WHERE tournament_id = ?) "
                       "+ (SELECT COUNT(*) FROM tournament_matches WHERE tournament_id = ? AND "
                       "match_id IS NOT NULL)"),
        {tournamentId, tournamentId});
    if (!started)
        return Unexpected(started.error());
    started->next();
    return started->value(0).toLongLong() > 0;
}

Result<int> standingResults(Transaction &txn, qint64 tournamentId)
{
    Result<QSqlQuery> counted
        = txn.exec(QStringLiteral("SELECT COUNT(*) FROM tournament_results WHERE tournament_id = ? "
                                  "AND taken_back_at IS NULL"),
                   {tournamentId});
    if (!counted)
        return Unexpected(counted.error());
    counted->next();
    return counted->value(0).toInt();
}

} // namespace

TournamentRepository::TournamentRepository(Database &database)
    : m_database(database)
{
}

Result<std::vector<TournamentRecord>> TournamentRepository::tournaments(qint64 venueId)
{
    Result<std::vector<TournamentRecord>> tournaments = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT ") + QLatin1String(internal::kTournamentColumns)
            + QStringLiteral(" FROM tournaments WHERE venue_id = ? ORDER BY starts_at DESC, id "
                             "DESC"),
        {venueId}, internal::tournamentFromRow);
    if (!tournaments)
        return Unexpected(Tr::tr("cannot read the tournaments: %1").arg(tournaments.error()));
    return tournaments;
}

Result<TournamentRecord> TournamentRepository::tournament(qint64 tournamentId)
{
    Result<QSqlQuery> query
        = internal::execute(m_database.connection(),
                            QStringLiteral("SELECT ") + QLatin1String(internal::kTournamentColumns)
                                + QStringLiteral(" FROM tournaments WHERE id = ?"),
                            {tournamentId});
    if (!query)
        return Unexpected(Tr::tr("cannot read the tournament: %1").arg(query.error()));
    if (!query->next())
        return Unexpected(Tr::tr("there is no tournament %1").arg(tournamentId));
    return internal::tournamentFromRow(*query);
}

Result<qint64> TournamentRepository::addTournament(const TournamentRecord &tournament,
                                                   const QString &actor)
{
    const auto failed = [&tournament](const QString &why) {
        return Unexpected(Tr::tr("cannot create the tournament %1: %2").arg(tournament.name, why));
    };
    if (tournament.name.trimmed().isEmpty())
        return failed(Tr::tr("a tournament needs a name"));
    if (!tournament.startsAt.isValid())
        return failed(Tr::tr("a tournament needs a start time"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO tournaments (venue_id, event_id, name, game, format, options, "
                       "state, starts_at, entry_fee_cents, added_money_cents, payouts, "
                       "max_players, seeding, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "'sign-up', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {tournament.venueId, internal::nullableId(tournament.eventId), tournament.name.trimmed(),
         tournament.game, tournament.format, optionsText(tournament.options),
         internal::utcText(tournament.startsAt), tournament.entryFeeCents,
         tournament.addedMoneyCents, internal::notNull(tournament.payouts), tournament.maxPlayers,
         tournament.seeding, actor, internal::utcNowText()});
    if (!id)
        return failed(id.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("tournament.created"), subjectOf(*id),
            Tr::tr("%1 (%2, %3)")
                .arg(tournament.name.trimmed(), tournament.format, tournament.game));
        !committed)
        return failed(committed.error());
    return id;
}

Result<void> TournamentRepository::updateTournament(const TournamentRecord &tournament,
                                                    const QString &actor)
{
    const auto failed = [&tournament](const QString &why) {
        return Unexpected(Tr::tr("cannot change the tournament %1: %2").arg(tournament.name, why));
    };
    if (tournament.name.trimmed().isEmpty())
        return failed(Tr::tr("a tournament needs a name"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    const Result<QString> state = stateIn(txn, tournament.id);
    if (!state)
        return failed(state.error());
    if (*state != u"sign-up")
        return failed(txn.abandon(Tr::tr("its draw is made: reopen it first")).error());
    Result<QSqlQuery> updated = txn.exec(
        QStringLiteral("UPDATE tournaments SET name = ?, game = ?, format = ?, options = ?, "
                       "starts_at = ?, entry_fee_cents = ?, added_money_cents = ?, payouts = ?, "
                       "max_players = ?, seeding = ?, event_id = ? WHERE id = ?"),
        {tournament.name.trimmed(), tournament.game, tournament.format,
         optionsText(tournament.options), internal::utcText(tournament.startsAt),
         tournament.entryFeeCents, tournament.addedMoneyCents,
         internal::notNull(tournament.payouts), tournament.maxPlayers, tournament.seeding,
         internal::nullableId(tournament.eventId), tournament.id});
    if (!updated)
        return failed(updated.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("tournament.edited"), subjectOf(tournament.id),
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("name"), tournament.name},
                                          {QStringLiteral("format"), tournament.format},
                                          {QStringLiteral("options"), tournament.options},
                                          {QStringLiteral("payouts"), tournament.payouts}})
                    .toJson(QJsonDocument::Compact)));
        !committed)
        return failed(committed.error());
    return {};
}

Result<void> TournamentRepository::setState(qint64 tournamentId, const QString &state,
                                            const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot change the tournament's state: %1").arg(why));
    };
    if (!isTournamentState(state))
        return failed(Tr::tr("\"%1\" is not a tournament's state").arg(state));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    const Result<QString> was = stateIn(txn, tournamentId);
    if (!was)
        return failed(was.error());
    if (state == u"sign-up") {
        const Result<bool> started = anyMatchStarted(txn, tournamentId);
        if (!started)
            return failed(started.error());
        if (*started)
            return failed(txn.abandon(Tr::tr("a match of its draw has started")).error());
    }
    Result<QSqlQuery> updated = txn.exec(
        QStringLiteral("UPDATE tournaments SET state = ? WHERE id = ?"), {state, tournamentId});
    if (!updated)
        return failed(updated.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("tournament.") + state, subjectOf(tournamentId), *was);
        !committed)
        return failed(committed.error());
    return {};
}

Result<std::vector<TournamentEntryRecord>> TournamentRepository::entries(qint64 tournamentId)
{
    Result<std::vector<TournamentEntryRecord>> entries = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT ") + QLatin1String(internal::kEntryColumns)
            + QStringLiteral(" FROM tournament_entries WHERE tournament_id = ? ORDER BY "
                             "CASE WHEN seed IS NULL THEN 1 ELSE 0 END, seed, entered_at, id"),
        {tournamentId}, internal::entryFromRow);
    if (!entries)
        return Unexpected(Tr::tr("cannot read the tournament's players: %1").arg(entries.error()));
    return entries;
}

Result<qint64> TournamentRepository::addEntry(qint64 tournamentId, qint64 playerId,
                                              const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot enter the player: %1").arg(why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    Result<QSqlQuery> tournament = txn.exec(
        QStringLiteral("SELECT state, max_players, (SELECT COUNT(*) FROM tournament_entries WHERE "
                       "tournament_id = t.id AND state IN ('entered', 'checked-in')), "
                       "(SELECT COUNT(*) FROM tournament_entries WHERE tournament_id = t.id AND "
                       "player_id = ?) FROM tournaments t WHERE t.id = ?"),
        {playerId, tournamentId});
    if (!tournament)
        return failed(tournament.error());
    if (!tournament->next())
        return failed(txn.abandon(Tr::tr("there is no such tournament")).error());
    const QString state = tournament->value(0).toString();
    const int cap = tournament->value(1).toInt();
    const int entered = tournament->value(2).toInt();
    if (tournament->value(3).toInt() > 0)
        return failed(txn.abandon(Tr::tr("the player is already entered")).error());
    if (state != u"sign-up" && state != u"running")
        return failed(txn.abandon(Tr::tr("the tournament is over")).error());
    const Result<bool> started = anyMatchStarted(txn, tournamentId);
    if (!started)
        return failed(started.error());
    if (*started)
        return failed(txn.abandon(Tr::tr("its first match has started")).error());
    if (cap > 0 && entered >= cap)
        return failed(txn.abandon(Tr::tr("it is full (%n players)", nullptr, cap)).error());
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO tournament_entries (tournament_id, player_id, state, "
                       "entered_at) VALUES (?, ?, 'entered', ?) RETURNING id"),
        {tournamentId, playerId, internal::utcNowText()});
    if (!id)
        return failed(id.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("tournament.entered"), subjectOf(tournamentId),
            QStringLiteral("player:%1").arg(playerId));
        !committed)
        return failed(committed.error());
    return id;
}

Result<void> TournamentRepository::setEntryState(qint64 entryId, const QString &state,
                                                 const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot change the player's entry: %1").arg(why));
    };
    if (!isEntryState(state))
        return failed(Tr::tr("\"%1\" is not an entry's state").arg(state));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    Result<QSqlQuery> updated = txn.exec(
        QStringLiteral("UPDATE tournament_entries SET state = ? WHERE id = ?"), {state, entryId});
    if (!updated)
        return failed(updated.error());
    if (updated->numRowsAffected() != 1)
        return failed(txn.abandon(Tr::tr("there is no such entry")).error());
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("tournament.entry"),
                                   QStringLiteral("tournament-entry:%1").arg(entryId), state);
        !committed)
        return failed(committed.error());
    return {};
}

Result<void> TournamentRepository::setEntryPaid(qint64 entryId, bool paid, const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot change the player's entry: %1").arg(why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    Result<QSqlQuery> updated
        = txn.exec(QStringLiteral("UPDATE tournament_entries SET paid = ? WHERE id = ?"),
                   {paid ? 1 : 0, entryId});
    if (!updated)
        return failed(updated.error());
    if (updated->numRowsAffected() != 1)
        return failed(txn.abandon(Tr::tr("there is no such entry")).error());
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("tournament.paid"),
                                   QStringLiteral("tournament-entry:%1").arg(entryId),
                                   paid ? QStringLiteral("paid") : QStringLiteral("not paid"));
        !committed)
        return failed(committed.error());
    return {};
}

Result<void> TournamentRepository::startWithSeeds(qint64 tournamentId,
                                                  const std::map<qint64, DrawnSeed> &seeds,
                                                  const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot make the draw: %1").arg(why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    const Result<QString> state = stateIn(txn, tournamentId);
    if (!state)
        return failed(state.error());
    if (*state != u"sign-up")
        return failed(txn.abandon(Tr::tr("the tournament is not taking sign-ups")).error());
    if (Result<QSqlQuery> cleared = txn.exec(
            QStringLiteral("UPDATE tournament_entries SET seed = NULL, drawn_rating = NULL WHERE "
                           "tournament_id = ?"),
            {tournamentId});
        !cleared)
        return failed(cleared.error());
    QJsonArray drawn;
    for (const auto &[entryId, seed] : seeds) {
        Result<QSqlQuery> seeded
            = txn.exec(QStringLiteral("UPDATE tournament_entries SET seed = ?, drawn_rating = ? "
                                      "WHERE id = ? AND tournament_id = ?"),
                       {seed.seed, seed.rating, entryId, tournamentId});
        if (!seeded)
            return failed(seeded.error());
        if (seeded->numRowsAffected() != 1)
            return failed(txn.abandon(Tr::tr("an entry is not this tournament's")).error());
        drawn.append(QJsonObject{{QStringLiteral("entry"), entryId},
                                 {QStringLiteral("seed"), seed.seed},
                                 {QStringLiteral("rating"), qRound(seed.rating)}});
    }
    if (Result<QSqlQuery> running
        = txn.exec(QStringLiteral("UPDATE tournaments SET state = 'running' WHERE id = ?"),
                   {tournamentId});
        !running)
        return failed(running.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("tournament.started"), subjectOf(tournamentId),
            QString::fromUtf8(QJsonDocument(drawn).toJson(QJsonDocument::Compact)));
        !committed)
        return failed(committed.error());
    return {};
}

Result<void> TournamentRepository::reopen(qint64 tournamentId, const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot reopen the tournament: %1").arg(why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    const Result<QString> state = stateIn(txn, tournamentId);
    if (!state)
        return failed(state.error());
    if (*state != u"running")
        return failed(txn.abandon(Tr::tr("it is not running")).error());
    const Result<bool> started = anyMatchStarted(txn, tournamentId);
    if (!started)
        return failed(started.error());
    if (*started)
        return failed(txn.abandon(Tr::tr("a match of its draw has started")).error());
    for (const QString &sql :
         {QStringLiteral("DELETE FROM tournament_matches WHERE tournament_id = ?"),
          QStringLiteral("UPDATE tournaments SET state = 'sign-up' WHERE id = ?")}) {
        if (Result<QSqlQuery> ran = txn.exec(sql, {tournamentId}); !ran)
            return failed(ran.error());
    }
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("tournament.reopened"), subjectOf(tournamentId), QString());
        !committed)
        return failed(committed.error());
    return {};
}

Result<std::vector<TournamentTableRecord>> TournamentRepository::tables(qint64 tournamentId)
{
    Result<std::vector<TournamentTableRecord>> tables = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT ") + QLatin1String(internal::kTournamentTableColumns)
            + QStringLiteral(" FROM tournament_matches WHERE tournament_id = ? ORDER BY "
                             "draw_match"),
        {tournamentId}, internal::tournamentTableFromRow);
    if (!tables)
        return Unexpected(Tr::tr("cannot read the tournament's tables: %1").arg(tables.error()));
    return tables;
}

Result<void> TournamentRepository::assignTable(qint64 tournamentId, int drawMatch,
                                               std::optional<qint64> tableId, const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot give the match its table: %1").arg(why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    Result<QSqlQuery> existing = txn.exec(
        QStringLiteral("SELECT match_id FROM tournament_matches WHERE tournament_id = ? AND "
                       "draw_match = ?"),
        {tournamentId, drawMatch});
    if (!existing)
        return failed(existing.error());
    const bool exists = existing->next();
    if (exists && !existing->value(0).isNull())
        return failed(txn.abandon(Tr::tr("the match has started at its table")).error());
    const QString sql
        = exists ? QStringLiteral("UPDATE tournament_matches SET table_id = ?, assigned_at = ?, "
                                  "assigned_by = ? WHERE tournament_id = ? AND draw_match = ?")
                 : QStringLiteral("INSERT INTO tournament_matches (table_id, assigned_at, "
                                  "assigned_by, tournament_id, draw_match) VALUES (?, ?, ?, ?, ?)");
    if (Result<QSqlQuery> written
        = txn.exec(sql, {internal::nullableId(tableId), internal::utcNowText(), actor, tournamentId,
                         drawMatch});
        !written)
        return failed(written.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("tournament.table"), subjectOf(tournamentId),
            tableId ? QStringLiteral("match %1 at table:%2").arg(drawMatch).arg(*tableId)
                    : QStringLiteral("match %1 off its table").arg(drawMatch));
        !committed)
        return failed(committed.error());
    return {};
}

Result<void> TournamentRepository::setRefereeMatch(qint64 tournamentId, int drawMatch,
                                                   qint64 matchId)
{
    Result<QSqlQuery> updated = internal::execute(
        m_database.connection(),
        QStringLiteral("UPDATE tournament_matches SET match_id = ? WHERE tournament_id = ? AND "
                       "draw_match = ?"),
        {matchId, tournamentId, drawMatch});
    if (!updated)
        return Unexpected(
            Tr::tr("cannot link the table's match to the draw: %1").arg(updated.error()));
    if (updated->numRowsAffected() != 1)
        return Unexpected(Tr::tr("cannot link the table's match to the draw: the match has no "
                                 "table"));
    return {};
}

Result<std::vector<TournamentResultRecord>> TournamentRepository::results(qint64 tournamentId)
{
    Result<std::vector<TournamentResultRecord>> results = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT ") + QLatin1String(internal::kTournamentResultColumns)
            + QStringLiteral(" FROM tournament_results WHERE tournament_id = ? ORDER BY id"),
        {tournamentId}, internal::tournamentResultFromRow);
    if (!results)
        return Unexpected(Tr::tr("cannot read the tournament's results: %1").arg(results.error()));
    return results;
}

Result<qint64> TournamentRepository::addResult(const TournamentResultRecord &result,
                                               int standingBefore, bool finishesDraw,
                                               const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot record the result: %1").arg(why));
    };
    if (result.source != u"hand" && result.source != u"referee")
        return failed(Tr::tr("a result comes by hand or from the referee"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    const Result<QString> state = stateIn(txn, result.tournamentId);
    if (!state)
        return failed(state.error());
    if (*state != u"running")
        return failed(txn.abandon(Tr::tr("the tournament is not running")).error());
    const Result<int> standing = standingResults(txn, result.tournamentId);
    if (!standing)
        return failed(standing.error());
    if (*standing != standingBefore) {
        return failed(txn.abandon(Tr::tr("another desk changed the draw just now; look at it "
                                         "again"))
                          .error());
    }
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO tournament_results (tournament_id, draw_match, winner_seed, "
                       "racks_a, racks_b, source, match_id, recorded_by, recorded_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {result.tournamentId, result.drawMatch, result.winnerSeed, result.racksA, result.racksB,
         result.source, internal::nullableId(result.matchId), actor, internal::utcNowText()});
    if (!id)
        return failed(id.error());
    if (Result<void> audited = AuditLog::recordIn(txn, actor, QStringLiteral("tournament.result"),
                                                  subjectOf(result.tournamentId),
                                                  QStringLiteral("match %1: seed %2 won %3-%4 (%5)")
                                                      .arg(result.drawMatch)
                                                      .arg(result.winnerSeed)
                                                      .arg(result.racksA)
                                                      .arg(result.racksB)
                                                      .arg(result.source));
        !audited)
        return failed(audited.error());
    if (finishesDraw) {
        if (Result<QSqlQuery> finished
            = txn.exec(QStringLiteral("UPDATE tournaments SET state = 'finished' WHERE id = ?"),
                       {result.tournamentId});
            !finished)
            return failed(finished.error());
        if (Result<void> audited
            = AuditLog::recordIn(txn, actor, QStringLiteral("tournament.finished"),
                                 subjectOf(result.tournamentId), *state);
            !audited)
            return failed(audited.error());
    }
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return id;
}

Result<void> TournamentRepository::takeBackResult(qint64 resultId, int standingBefore,
                                                  const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot take the result back: %1").arg(why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kTournamentLock); !begun)
        return failed(begun.error());
    Result<QSqlQuery> found = txn.exec(
        QStringLiteral("SELECT tournament_id, draw_match FROM tournament_results WHERE id = ? AND "
                       "taken_back_at IS NULL"),
        {resultId});
    if (!found)
        return failed(found.error());
    if (!found->next())
        return failed(txn.abandon(Tr::tr("it is not standing")).error());
    const qint64 tournamentId = found->value(0).toLongLong();
    const int drawMatch = found->value(1).toInt();
    const Result<int> standing = standingResults(txn, tournamentId);
    if (!standing)
        return failed(standing.error());
    if (*standing != standingBefore) {
        return failed(txn.abandon(Tr::tr("another desk changed the draw just now; look at it "
                                         "again"))
                          .error());
    }
    if (Result<QSqlQuery> marked = txn.exec(
            QStringLiteral("UPDATE tournament_results SET taken_back_at = ?, taken_back_by = ? "
                           "WHERE id = ?"),
            {internal::utcNowText(), actor, resultId});
        !marked)
        return failed(marked.error());
    // A finished tournament runs again once a result is taken back.
    if (Result<QSqlQuery> running = txn.exec(
            QStringLiteral("UPDATE tournaments SET state = 'running' WHERE id = ? AND state = "
                           "'finished'"),
            {tournamentId});
        !running)
        return failed(running.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("tournament.result-taken-back"), subjectOf(tournamentId),
            QStringLiteral("match %1 (result %2)").arg(drawMatch).arg(resultId));
        !committed)
        return failed(committed.error());
    return {};
}

} // namespace dojo::storage
