#include "storage/internal/matchrows.h"

#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace dojo::storage::internal {

namespace {

std::optional<QJsonObject> readJsonColumn(const QSqlQuery &query, int column, const char *name,
                                          QString *error)
{
    std::optional<QJsonObject> object = jsonObjectFromText(query.value(column).toString());
    if (!object)
        *error
            = StorageText::tr("the column %1 does not hold a JSON object").arg(QLatin1String(name));
    return object;
}

QDateTime timeOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : utcFromText(value.toString());
}

// A failed prepare is checked first: its error names the cause (a missing table), where
// exec() would only report a parameter count mismatch.
bool execOrRollBack(Transaction &txn, bool prepared, QSqlQuery &query, QString *error)
{
    if (prepared && query.exec())
        return true;
    *error = txn.rollbackWith(query.lastError());
    return false;
}

} // namespace

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> jsonObjectFromText(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(utcText(at)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<MatchRecord> matchFromRow(const QSqlQuery &query, QString *error)
{
    MatchRecord match;
    match.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        match.tableId = query.value(1).toLongLong();
    match.game = query.value(2).toString();
    match.players = {query.value(3).toString(), query.value(4).toString()};
    const std::optional<QJsonObject> setup = readJsonColumn(query, 5, "setup", error);
    if (!setup)
        return std::nullopt;
    match.setup = *setup;
    match.startedAt = utcFromText(query.value(6).toString());
    match.finishedAt = timeOrInvalid(query.value(7));
    match.winner = query.value(8).toString();
    return match;
}

RackRecord rackFromRow(const QSqlQuery &query)
{
    RackRecord rack;
    rack.id = query.value(0).toLongLong();
    rack.matchId = query.value(1).toLongLong();
    rack.number = query.value(2).toInt();
    rack.breaker = query.value(3).toString();
    rack.winner = query.value(4).toString();
    rack.startedAt = utcFromText(query.value(5).toString());
    rack.endedAt = timeOrInvalid(query.value(6));
    return rack;
}

std::optional<MatchStepRecord> stepFromRow(const QSqlQuery &query, QString *error)
{
    MatchStepRecord step;
    step.id = query.value(0).toLongLong();
    step.matchId = query.value(1).toLongLong();
    step.number = query.value(2).toInt();
    step.rackNumber = query.value(3).toInt();
    const QString kind = query.value(4).toString();
    const std::optional<MatchStepKind> known = matchStepKindFromKey(kind);
    if (!known) {
        *error = StorageText::tr("the kind \"%1\" is unknown").arg(kind);
        return std::nullopt;
    }
    step.kind = *known;
    const std::optional<QJsonObject> input = readJsonColumn(query, 5, "input", error);
    const std::optional<QJsonObject> ruling
        = input ? readJsonColumn(query, 6, "ruling", error) : std::nullopt;
    if (!ruling)
        return std::nullopt;
    step.input = *input;
    step.ruling = *ruling;
    step.actor = query.value(7).toString();
    step.reason = query.value(8).toString();
    step.at = utcFromText(query.value(9).toString());
    return step;
}

bool insertRack(Transaction &txn, qint64 matchId, const RackRecord &rack, QString *error)
{
    // A rack that was ended and is played on again (a referee's correction) is reopened.
    QSqlQuery query(txn.database());
    const bool prepared = query.prepare(QStringLiteral(
        "INSERT INTO racks (match_id, number, breaker, started_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (match_id, number) DO UPDATE SET breaker = excluded.breaker, "
        "winner = NULL, ended_at = NULL"));
    query.addBindValue(matchId);
    query.addBindValue(rack.number);
    query.addBindValue(rack.breaker);
    query.addBindValue(rack.startedAt.isValid() ? utcText(rack.startedAt) : utcNowText());
    return execOrRollBack(txn, prepared, query, error);
}

bool writeStepEffects(Transaction &txn, qint64 matchId, const MatchStepEffects &effects,
                      const QDateTime &at, QString *error)
{
    const QSqlDatabase db = txn.database();
    if (effects.endedRack) {
        QSqlQuery end(db);
        const bool endPrepared = end.prepare(QStringLiteral(
            "UPDATE racks SET winner = ?, ended_at = ? WHERE match_id = ? AND number = ?"));
        end.addBindValue(textOrNull(effects.endedRack->winner));
        end.addBindValue(
            utcText(effects.endedRack->endedAt.isValid() ? effects.endedRack->endedAt : at));
        end.addBindValue(matchId);
        end.addBindValue(effects.endedRack->number);
        if (!execOrRollBack(txn, endPrepared, end, error))
            return false;
        if (end.numRowsAffected() != 1) {
            *error = txn.rollbackWith(
                StorageText::tr("there is no rack %1 to end").arg(effects.endedRack->number));
            return false;
        }
    }
    if (effects.startedRack) {
        RackRecord started = *effects.startedRack;
        if (!started.startedAt.isValid())
            started.startedAt = at;
        if (!insertRack(txn, matchId, started, error))
            return false;
    }
    if (effects.result == MatchStepEffects::Result::Unchanged)
        return true;
    QSqlQuery result(db);
    const bool finished = effects.result == MatchStepEffects::Result::Finished;
    const bool resultPrepared = result.prepare(
        QStringLiteral("UPDATE matches SET finished_at = ?, winner = ? WHERE id = ?"));
    result.addBindValue(finished ? timeOrNull(at) : timeOrNull({}));
    result.addBindValue(finished ? textOrNull(effects.winner) : textOrNull({}));
    result.addBindValue(matchId);
    return execOrRollBack(txn, resultPrepared, result, error);
}

} // namespace dojo::storage::internal
