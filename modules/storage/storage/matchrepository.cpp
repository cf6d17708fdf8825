#include "storage/matchrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/matchrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"
#include "storage/internal/transaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace dojo::storage {

using internal::StorageText;
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

// Why a new match cannot be written, or nothing.
QString checkNewMatch(const MatchRecord &match, const RackRecord &firstRack)
{
    if (match.game.trimmed().isEmpty())
        return StorageText::tr("a match needs a game");
    if (match.players[0].trimmed().isEmpty() || match.players[1].trimmed().isEmpty()
        || match.players[0] == match.players[1])
        return StorageText::tr("a match needs two players with different names");
    if (firstRack.number != 1 || firstRack.breaker.trimmed().isEmpty())
        return StorageText::tr("the first rack needs the number 1 and a breaker");
    return {};
}

QString checkStep(const MatchStepRecord &step)
{
    if (step.number < 1 || step.rackNumber < 1)
        return StorageText::tr("a step needs a step and a rack number of at least 1");
    if (step.actor.trimmed().isEmpty())
        return StorageText::tr("a step needs an actor");
    if (step.kind == MatchStepKind::Correction && step.reason.trimmed().isEmpty())
        return StorageText::tr("a correction needs a reason");
    return {};
}

// The match's unfinished flag and how many steps it holds, read inside the transaction.
struct MatchState
{
    bool exists = false;
    bool finished = false;
    int lastStep = 0;
};

std::optional<MatchState> readMatchState(Transaction &txn, qint64 matchId, QString *error)
{
    QSqlQuery query(txn.database());
    const bool prepared = query.prepare(
        QStringLiteral("SELECT finished_at, (SELECT COALESCE(MAX(number), 0) FROM "
                       "match_steps WHERE match_id = ?) FROM matches WHERE id = ?"));
    query.addBindValue(matchId);
    query.addBindValue(matchId);
    if (!prepared || !query.exec()) {
        *error = txn.rollbackWith(query.lastError());
        return std::nullopt;
    }
    MatchState state;
    if (query.next()) {
        state.exists = true;
        state.finished = !query.value(0).isNull();
        state.lastStep = query.value(1).toInt();
    }
    query.finish();
    return state;
}

} // namespace

MatchRepository::MatchRepository(Database &database)
    : m_database(database)
{
}

std::optional<qint64> MatchRepository::createMatch(const MatchRecord &match,
                                                   const RackRecord &firstRack)
{
    m_lastError.clear();
    const QString failed = StorageText::tr("cannot start the match of %1 and %2: ")
                               .arg(match.players[0], match.players[1]);
    if (const QString problem = checkNewMatch(match, firstRack); !problem.isEmpty()) {
        m_lastError = failed + problem;
        return std::nullopt;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction txn(db);
    QString error;
    if (!txn.begin(&error)) {
        m_lastError = failed + error;
        return std::nullopt;
    }
    if (match.tableId) {
        // The unique index would refuse it too, in the database's words.
        const std::optional<MatchRecord> playing = unfinishedMatchAt(*match.tableId);
        if (!m_lastError.isEmpty()) {
            m_lastError = failed + txn.rollbackWith(m_lastError);
            return std::nullopt;
        }
        if (playing) {
            m_lastError = failed
                          + txn.rollbackWith(StorageText::tr("table %1 already has match %2 in "
                                                             "play; resume or finish it first")
                                                 .arg(*match.tableId)
                                                 .arg(playing->id));
            return std::nullopt;
        }
    }

    const QDateTime startedAt
        = match.startedAt.isValid() ? match.startedAt : QDateTime::currentDateTimeUtc();
    QSqlQuery insert(db);
    const bool insertPrepared = insert.prepare(
        QStringLiteral("INSERT INTO matches (table_id, game, player_a, player_b, "
                       "setup, started_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(match.tableId ? QVariant(*match.tableId)
                                      : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(match.game);
    insert.addBindValue(match.players[0]);
    insert.addBindValue(match.players[1]);
    insert.addBindValue(internal::jsonText(match.setup));
    insert.addBindValue(internal::utcText(startedAt));
    if (!insertPrepared || !insert.exec() || !insert.next()) {
        m_lastError = failed
                      + txn.rollbackWith(insert.lastError().isValid()
                                             ? internal::oneLine(insert.lastError())
                                             : StorageText::tr("the database returned no id"));
        return std::nullopt;
    }
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();

    RackRecord rack = firstRack;
    if (!rack.startedAt.isValid())
        rack.startedAt = startedAt;
    if (!internal::insertRack(txn, id, rack, &error) || !txn.commit(&error)) {
        m_lastError = failed + txn.rollbackWith(error);
        return std::nullopt;
    }
    return id;
}

bool MatchRepository::appendStep(const MatchStepRecord &step, const MatchStepEffects &effects)
{
    m_lastError.clear();
    const QString failed = StorageText::tr("cannot store step %1 of match %2: ")
                               .arg(QString::number(step.number), QString::number(step.matchId));
    if (const QString problem = checkStep(step); !problem.isEmpty()) {
        m_lastError = failed + problem;
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction txn(db);
    QString error;
    if (!txn.begin(&error)) {
        m_lastError = failed + error;
        return false;
    }
    const std::optional<MatchState> state = readMatchState(txn, step.matchId, &error);
    if (!state) {
        m_lastError = failed + error;
        return false;
    }
    if (!state->exists) {
        m_lastError = failed + txn.rollbackWith(StorageText::tr("there is no such match"));
        return false;
    }
    if (state->lastStep != step.number - 1) {
        // Another program played this match on, or this one lost track of it.
        m_lastError = failed
                      + txn.rollbackWith(StorageText::tr("the match holds %1 steps, so the next "
                                                         "one is step %2")
                                             .arg(state->lastStep)
                                             .arg(state->lastStep + 1));
        return false;
    }

    const QDateTime at = step.at.isValid() ? step.at : QDateTime::currentDateTimeUtc();
    QSqlQuery insert(db);
    const bool insertPrepared = insert.prepare(
        QStringLiteral("INSERT INTO match_steps (match_id, number, rack_number, kind, "
                       "input, ruling, actor, reason, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(step.matchId);
    insert.addBindValue(step.number);
    insert.addBindValue(step.rackNumber);
    insert.addBindValue(matchStepKindKey(step.kind));
    insert.addBindValue(internal::jsonText(step.input));
    insert.addBindValue(internal::jsonText(step.ruling));
    insert.addBindValue(step.actor);
    insert.addBindValue(internal::notNull(step.reason));
    insert.addBindValue(internal::utcText(at));
    if (!insertPrepared || !insert.exec()) {
        m_lastError = failed + txn.rollbackWith(insert.lastError());
        return false;
    }
    if (!internal::writeStepEffects(txn, step.matchId, effects, at, &error)) {
        m_lastError = failed + error;
        return false;
    }
    if (step.kind == MatchStepKind::Correction) {
        const QJsonObject details{{QStringLiteral("step"), step.number},
                                  {QStringLiteral("reason"), step.reason}};
        if (!AuditLog::recordIn(db, step.actor, QStringLiteral("match.correction"),
                                matchSubject(step.matchId), internal::jsonText(details), &error)) {
            m_lastError = failed + txn.rollbackWith(error);
            return false;
        }
    }
    if (!txn.commit(&error)) {
        m_lastError = failed + error;
        return false;
    }
    return true;
}

bool MatchRepository::finishMatch(qint64 matchId, const QString &winner, const QString &actor,
                                  const QString &reason)
{
    m_lastError.clear();
    const QString failed = StorageText::tr("cannot finish match %1: ").arg(matchId);
    const QSqlDatabase db = m_database.connection();
    Transaction txn(db);
    QString error;
    if (!txn.begin(&error)) {
        m_lastError = failed + error;
        return false;
    }
    const std::optional<MatchState> state = readMatchState(txn, matchId, &error);
    if (!state) {
        m_lastError = failed + error;
        return false;
    }
    if (!state->exists || state->finished) {
        m_lastError = failed
                      + txn.rollbackWith(state->exists ? StorageText::tr("it is already finished")
                                                       : StorageText::tr("there is no such match"));
        return false;
    }
    const QString now = internal::utcNowText();
    QSqlQuery finish(db);
    const bool finishPrepared = finish.prepare(
        QStringLiteral("UPDATE matches SET finished_at = ?, winner = ? WHERE id = ?"));
    finish.addBindValue(now);
    finish.addBindValue(internal::textOrNull(winner));
    finish.addBindValue(matchId);
    if (!finishPrepared || !finish.exec()) {
        m_lastError = failed + txn.rollbackWith(finish.lastError());
        return false;
    }
    // The rack in play ends with the match, won by nobody.
    QSqlQuery endRack(db);
    const bool endRackPrepared = endRack.prepare(
        QStringLiteral("UPDATE racks SET ended_at = ? WHERE match_id = ? AND ended_at IS NULL"));
    endRack.addBindValue(now);
    endRack.addBindValue(matchId);
    if (!endRackPrepared || !endRack.exec()) {
        m_lastError = failed + txn.rollbackWith(endRack.lastError());
        return false;
    }
    const QJsonObject details{{QStringLiteral("winner"), winner},
                              {QStringLiteral("reason"), reason}};
    if (!AuditLog::recordIn(db, actor,
                            winner.isEmpty() ? QStringLiteral("match.abandoned")
                                             : QStringLiteral("match.finished"),
                            matchSubject(matchId), internal::jsonText(details), &error)
        || !txn.commit(&error)) {
        m_lastError = failed + txn.rollbackWith(error);
        return false;
    }
    return true;
}

std::optional<MatchRecord> MatchRepository::match(qint64 matchId)
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const bool prepared
        = query.prepare(selectFrom(internal::kMatchColumns, "FROM matches WHERE id = ?"));
    query.addBindValue(matchId);
    if (!prepared || !query.exec()) {
        m_lastError = StorageText::tr("cannot read match %1: ").arg(matchId)
                      + internal::oneLine(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        m_lastError = StorageText::tr("there is no match %1").arg(matchId);
        return std::nullopt;
    }
    QString error;
    std::optional<MatchRecord> match = internal::matchFromRow(query, &error);
    if (!match)
        m_lastError = StorageText::tr("cannot read match %1: ").arg(matchId) + error;
    return match;
}

std::optional<MatchRecord> MatchRepository::unfinishedMatchAt(qint64 tableId)
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const bool prepared = query.prepare(selectFrom(
        internal::kMatchColumns, "FROM matches WHERE table_id = ? AND finished_at IS NULL"));
    query.addBindValue(tableId);
    if (!prepared || !query.exec()) {
        m_lastError = StorageText::tr("cannot read the match at table %1: ").arg(tableId)
                      + internal::oneLine(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QString error;
    std::optional<MatchRecord> match = internal::matchFromRow(query, &error);
    if (!match)
        m_lastError = StorageText::tr("cannot read the match at table %1: ").arg(tableId) + error;
    return match;
}

std::vector<MatchStepRecord> MatchRepository::steps(qint64 matchId)
{
    m_lastError.clear();
    std::vector<MatchStepRecord> steps;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const bool prepared = query.prepare(
        selectFrom(internal::kStepColumns, "FROM match_steps WHERE match_id = ? ORDER BY number"));
    query.addBindValue(matchId);
    const QString failed = StorageText::tr("cannot read the steps of match %1: ").arg(matchId);
    if (!prepared || !query.exec()) {
        m_lastError = failed + internal::oneLine(query.lastError());
        return steps;
    }
    while (query.next()) {
        QString error;
        std::optional<MatchStepRecord> step = internal::stepFromRow(query, &error);
        if (!step) {
            m_lastError
                = failed + StorageText::tr("step %1: ").arg(query.value(2).toString()) + error;
            return {};
        }
        steps.push_back(std::move(*step));
    }
    return steps;
}

std::vector<RackRecord> MatchRepository::racks(qint64 matchId)
{
    m_lastError.clear();
    std::vector<RackRecord> racks;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const bool prepared = query.prepare(
        selectFrom(internal::kRackColumns, "FROM racks WHERE match_id = ? ORDER BY number"));
    query.addBindValue(matchId);
    if (!prepared || !query.exec()) {
        m_lastError = StorageText::tr("cannot read the racks of match %1: ").arg(matchId)
                      + internal::oneLine(query.lastError());
        return racks;
    }
    while (query.next())
        racks.push_back(internal::rackFromRow(query));
    return racks;
}

} // namespace dojo::storage
