#pragma once

#include "venue/staff.h"

#include <core/result.h>

#include <QDate>
#include <QString>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// Racks two players played, entered at the desk: a night's results without the automatic
// referee.
struct HandResult
{
    qint64 venueId = 0;
    QDate playedOn; // the venue's day
    QString game;   // rules/game.h's key: "nine-ball"
    qint64 playerA = 0;
    qint64 playerB = 0;
    int racksA = 0;
    int racksB = 0;
};

// Enters the result (audited "result.entered" naming the actor). Refused with a sentence for an
// unknown game, one player twice, negative racks or none played; storage refuses players of
// another venue.
Result<qint64> enterHandResult(storage::Database &database, const HandResult &result,
                               const Actor &actor);
// The result no longer counts (audited "result.voided" with `reason`). A referee's or a
// manager's only (Permission::CorrectResult); a refusal is audited naming the actor.
Result<void> voidHandResult(storage::Database &database, qint64 resultId, const QString &reason,
                            const Actor &actor);
// Voids the result and enters `corrected` in its place, in one transaction; the new result's
// id. Permission::CorrectResult, like voiding.
Result<qint64> correctHandResult(storage::Database &database, qint64 resultId,
                                 const HandResult &corrected, const QString &reason,
                                 const Actor &actor);

} // namespace dojo::venue
