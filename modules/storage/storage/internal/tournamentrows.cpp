#include "storage/internal/tournamentrows.h"

#include "storage/internal/sessionrows.h"
#include "storage/internal/sqltext.h"

#include <QJsonDocument>
#include <QVariant>

namespace dojo::storage::internal {

TournamentRecord tournamentFromRow(const QSqlQuery &query)
{
    TournamentRecord tournament;
    tournament.id = query.value(0).toLongLong();
    tournament.venueId = query.value(1).toLongLong();
    tournament.eventId = optionalId(query.value(2));
    tournament.name = query.value(3).toString();
    tournament.game = query.value(4).toString();
    tournament.format = query.value(5).toString();
    tournament.options = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    tournament.state = query.value(7).toString();
    tournament.startsAt = utcFromText(query.value(8).toString());
    tournament.entryFeeCents = query.value(9).toLongLong();
    tournament.addedMoneyCents = query.value(10).toLongLong();
    tournament.payouts = query.value(11).toString();
    tournament.maxPlayers = query.value(12).toInt();
    tournament.seeding = query.value(13).toString();
    tournament.createdBy = query.value(14).toString();
    tournament.createdAt = utcFromText(query.value(15).toString());
    return tournament;
}

TournamentEntryRecord entryFromRow(const QSqlQuery &query)
{
    TournamentEntryRecord entry;
    entry.id = query.value(0).toLongLong();
    entry.tournamentId = query.value(1).toLongLong();
    entry.playerId = query.value(2).toLongLong();
    if (!query.value(3).isNull())
        entry.seed = query.value(3).toInt();
    entry.state = query.value(4).toString();
    entry.paid = query.value(5).toInt() != 0;
    entry.enteredAt = utcFromText(query.value(6).toString());
    if (!query.value(7).isNull())
        entry.drawnRating = query.value(7).toDouble();
    return entry;
}

TournamentTableRecord tournamentTableFromRow(const QSqlQuery &query)
{
    TournamentTableRecord table;
    table.tournamentId = query.value(0).toLongLong();
    table.drawMatch = query.value(1).toInt();
    table.tableId = optionalId(query.value(2));
    table.matchId = optionalId(query.value(3));
    table.assignedAt = utcFromText(query.value(4).toString());
    table.assignedBy = query.value(5).toString();
    return table;
}

TournamentResultRecord tournamentResultFromRow(const QSqlQuery &query)
{
    TournamentResultRecord result;
    result.id = query.value(0).toLongLong();
    result.tournamentId = query.value(1).toLongLong();
    result.drawMatch = query.value(2).toInt();
    result.winnerSeed = query.value(3).toInt();
    result.racksA = query.value(4).toInt();
    result.racksB = query.value(5).toInt();
    result.source = query.value(6).toString();
    result.matchId = optionalId(query.value(7));
    result.recordedBy = query.value(8).toString();
    result.recordedAt = utcFromText(query.value(9).toString());
    result.takenBackAt = timeOrInvalid(query.value(10));
    result.takenBackBy = query.value(11).toString();
    return result;
}

} // namespace dojo::storage::internal
