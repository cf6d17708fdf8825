#include "storage/internal/resultrows.h"

#include "storage/auditlog.h"
#include "storage/internal/sessionrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace dojo::storage::internal {

namespace {

QString resultJson(const ResultRecord &result)
{
    const QJsonObject object{{QStringLiteral("playedOn"), result.playedOn.toString(Qt::ISODate)},
                             {QStringLiteral("game"), result.game},
                             {QStringLiteral("playerA"), result.playerA},
                             {QStringLiteral("playerB"), result.playerB},
                             {QStringLiteral("racksA"), result.racksA},
                             {QStringLiteral("racksB"), result.racksB},
                             {QStringLiteral("source"), result.source}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The venue the player plays at, or a refusal when there is no such player.
Result<qint64> venueOfPlayer(Transaction &txn, qint64 playerId)
{
    Result<QSqlQuery> query
        = txn.exec(QStringLiteral("SELECT home_venue_id FROM players WHERE id = ?"), {playerId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no player %1").arg(QString::number(playerId)));
    const qint64 venueId = query->value(0).toLongLong();
    query->finish();
    return venueId;
}

} // namespace

Result<qint64> insertResult(Transaction &txn, const ResultRecord &result, const QString &actor)
{
    if (result.playerA == result.playerB)
        return txn.abandon(Tr::tr("a result needs two different players"));
    if (result.racksA < 0 || result.racksB < 0)
        return txn.abandon(Tr::tr("the racks won cannot be negative"));
    if (result.racksA + result.racksB == 0)
        return txn.abandon(Tr::tr("a result needs at least one rack played"));
    if (result.game.trimmed().isEmpty())
        return txn.abandon(Tr::tr("a result needs the game played"));
    if (!result.playedOn.isValid())
        return txn.abandon(Tr::tr("a result needs the day it was played"));
    const QString source = result.source.isEmpty() ? QStringLiteral("hand") : result.source;
    if (source != u"hand" && source != u"challenge" && source != u"tournament") {
        return txn.abandon(
            Tr::tr("a result comes by hand, from a challenge or from a tournament, not \"%1\"")
                .arg(source));
    }
    for (const qint64 playerId : {result.playerA, result.playerB}) {
        const Result<qint64> venueId = venueOfPlayer(txn, playerId);
        if (!venueId)
            return Unexpected(venueId.error());
        if (*venueId != result.venueId) {
            return txn.abandon(
                Tr::tr("player %1 is not a player of venue %2")
                    .arg(QString::number(playerId), QString::number(result.venueId)));
        }
    }
    const Result<qint64> id = insertReturning(
        txn,
        QStringLiteral("INSERT INTO results (venue_id, played_on, game, player_a, player_b, "
                       "racks_a, racks_b, source, entered_by, entered_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {result.venueId, result.playedOn.toString(Qt::ISODate), result.game, result.playerA,
         result.playerB, result.racksA, result.racksB, source, notNull(actor), utcNowText()});
    if (!id)
        return id;
    ResultRecord written = result;
    written.source = source;
    if (Result<void> audited
        = AuditLog::recordIn(txn, actor, QStringLiteral("result.entered"),
                             QStringLiteral("result:%1").arg(*id), resultJson(written));
        !audited)
        return Unexpected(audited.error());
    return id;
}

Result<void> voidResultIn(Transaction &txn, qint64 resultId, const QString &actor,
                          const QString &reason)
{
    Result<QSqlQuery> query
        = txn.exec(QStringLiteral("SELECT voided_at FROM results WHERE id = ?"), {resultId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no result %1").arg(QString::number(resultId)));
    const bool voided = !query->value(0).isNull();
    query->finish();
    if (voided)
        return txn.abandon(Tr::tr("result %1 is void already").arg(QString::number(resultId)));
    const Result<QSqlQuery> updated = txn.exec(
        QStringLiteral("UPDATE results SET voided_at = ?, voided_by = ? WHERE id = ? AND "
                       "voided_at IS NULL"),
        {utcNowText(), notNull(actor), resultId});
    if (!updated)
        return Unexpected(updated.error());
    return AuditLog::recordIn(txn, actor, QStringLiteral("result.voided"),
                              QStringLiteral("result:%1").arg(resultId), notNull(reason));
}

ResultRecord resultFromRow(const QSqlQuery &query)
{
    ResultRecord result;
    result.id = query.value(0).toLongLong();
    result.venueId = query.value(1).toLongLong();
    result.playedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    result.game = query.value(3).toString();
    result.playerA = query.value(4).toLongLong();
    result.playerB = query.value(5).toLongLong();
    result.racksA = query.value(6).toInt();
    result.racksB = query.value(7).toInt();
    result.source = query.value(8).toString();
    result.enteredBy = query.value(9).toString();
    result.enteredAt = timeOrInvalid(query.value(10));
    result.voidedAt = timeOrInvalid(query.value(11));
    result.voidedBy = query.value(12).toString();
    result.nameA = query.value(13).toString();
    result.nameB = query.value(14).toString();
    return result;
}

} // namespace dojo::storage::internal
