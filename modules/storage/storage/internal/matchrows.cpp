#include "storage/internal/matchrows.h"

#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace dojo::storage::internal {

namespace {

Result<QJsonObject> readJsonColumn(const QSqlQuery &query, int column, const char *name)
{
    std::optional<QJsonObject> object = jsonObjectFromText(query.value(column).toString());
    if (!object)
        return Unexpected(
            Tr::tr("the column %1 does not hold a JSON object").arg(QLatin1String(name)));
    return std::move(*object);
}

QDateTime timeOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : utcFromText(value.toString());
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

Result<MatchRecord> matchFromRow(const QSqlQuery &query)
{
    MatchRecord match;
    match.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        match.tableId = query.value(1).toLongLong();
    match.game = query.value(2).toString();
    match.players = {query.value(3).toString(), query.value(4).toString()};
    const Result<QJsonObject> setup = readJsonColumn(query, 5, "setup");
    if (!setup)
        return Unexpected(setup.error());
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

Result<MatchStepRecord> stepFromRow(const QSqlQuery &query)
{
    MatchStepRecord step;
    step.id = query.value(0).toLongLong();
    step.matchId = query.value(1).toLongLong();
    step.number = query.value(2).toInt();
    step.rackNumber = query.value(3).toInt();
    step.kind = query.value(4).toString();
    const Result<QJsonObject> input = readJsonColumn(query, 5, "input");
    if (!input)
        return Unexpected(input.error());
    const Result<QJsonObject> ruling = readJsonColumn(query, 6, "ruling");
    if (!ruling)
        return Unexpected(ruling.error());
    step.input = *input;
    step.ruling = *ruling;
    step.actor = query.value(7).toString();
    step.reason = query.value(8).toString();
    step.at = utcFromText(query.value(9).toString());
    return step;
}

Result<void> insertRack(Transaction &txn, qint64 matchId, const RackRecord &rack)
{
    // A rack that was ended and is played on again (a referee's correction) is reopened.
    const Result<QSqlQuery> inserted = txn.exec(
        QStringLiteral("INSERT INTO racks (match_id, number, breaker, started_at) VALUES (?, ?, ?, "
                       "?) ON CONFLICT (match_id, number) DO UPDATE SET breaker = "
                       "excluded.breaker, winner = NULL, ended_at = NULL"),
        {matchId, rack.number, rack.breaker,
         rack.startedAt.isValid() ? utcText(rack.startedAt) : utcNowText()});
    if (!inserted)
        return Unexpected(inserted.error());
    return {};
}

Result<void> writeStepEffects(Transaction &txn, qint64 matchId, const MatchStepEffects &effects,
                              const QDateTime &at)
{
    if (effects.endedRack) {
        const RackRecord &ended = *effects.endedRack;
        const Result<QSqlQuery> end = txn.exec(
            QStringLiteral(
                "UPDATE racks SET winner = ?, ended_at = ? WHERE match_id = ? AND number = ?"),
            {textOrNull(ended.winner), utcText(ended.endedAt.isValid() ? ended.endedAt : at),
             matchId, ended.number});
        if (!end)
            return Unexpected(end.error());
        if (end->numRowsAffected() != 1)
            return txn.abandon(Tr::tr("there is no rack %1 to end").arg(ended.number));
    }
    if (effects.startedRack) {
        RackRecord started = *effects.startedRack;
        if (!started.startedAt.isValid())
            started.startedAt = at;
        if (Result<void> inserted = insertRack(txn, matchId, started); !inserted)
            return inserted;
    }
    if (effects.result == MatchStepEffects::Result::Unchanged)
        return {};
    const bool finished = effects.result == MatchStepEffects::Result::Finished;
    const Result<QSqlQuery> result
        = txn.exec(QStringLiteral("UPDATE matches SET finished_at = ?, winner = ? WHERE id = ?"),
                   {finished ? timeOrNull(at) : timeOrNull({}),
                    finished ? textOrNull(effects.winner) : textOrNull({}), matchId});
    if (!result)
        return Unexpected(result.error());
    return {};
}

} // namespace dojo::storage::internal
