#include "venue/handresults.h"

#include "venue/gamenames.h"
#include "venue/internal/venuetr.h"

#include <storage/resultrepository.h>

namespace dojo::venue {

using internal::Tr;

namespace {

Result<storage::ResultRecord> recordOf(const HandResult &result)
{
    if (Result<void> known = checkGame(result.game); !known)
        return Unexpected(known.error());
    if (result.playerA == result.playerB)
        return Unexpected(Tr::tr("A result is between two different players."));
    if (result.racksA < 0 || result.racksB < 0)
        return Unexpected(Tr::tr("Racks won are counted from 0 up."));
    if (result.racksA + result.racksB == 0)
        return Unexpected(Tr::tr("A result needs at least one rack played."));
    if (!result.playedOn.isValid())
        return Unexpected(Tr::tr("A result needs the day it was played."));
    storage::ResultRecord record;
    record.venueId = result.venueId;
    record.playedOn = result.playedOn;
    record.game = result.game;
    record.playerA = result.playerA;
    record.playerB = result.playerB;
    record.racksA = result.racksA;
    record.racksB = result.racksB;
    record.source = QStringLiteral("hand");
    return record;
}

QString subjectOf(qint64 resultId)
{
    return QStringLiteral("result:%1").arg(resultId);
}

} // namespace

Result<qint64> enterHandResult(storage::Database &database, const HandResult &result,
                               const Actor &actor)
{
    const Result<storage::ResultRecord> record = recordOf(result);
    if (!record)
        return Unexpected(record.error());
    return storage::ResultRepository(database).add(*record, actor.auditName());
}

Result<void> voidHandResult(storage::Database &database, qint64 resultId, const QString &reason,
                            const Actor &actor)
{
    if (Result<void> may
        = checkAllowed(database, actor, Permission::CorrectResult, subjectOf(resultId));
        !may)
        return may;
    return storage::ResultRepository(database).voidResult(resultId, actor.auditName(),
                                                          reason.trimmed());
}

Result<qint64> correctHandResult(storage::Database &database, qint64 resultId,
                                 const HandResult &corrected, const QString &reason,
                                 const Actor &actor)
{
    if (Result<void> may
        = checkAllowed(database, actor, Permission::CorrectResult, subjectOf(resultId));
        !may)
        return Unexpected(may.error());
    const Result<storage::ResultRecord> record = recordOf(corrected);
    if (!record)
        return Unexpected(record.error());
    return storage::ResultRepository(database).correct(resultId, *record, actor.auditName(),
                                                       reason.trimmed());
}

} // namespace dojo::venue
