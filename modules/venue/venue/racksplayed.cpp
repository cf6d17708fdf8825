#include "venue/racksplayed.h"

#include <storage/resultrepository.h>

namespace dojo::venue {

Result<RacksAtVenue> racksPlayed(storage::Database &database, qint64 venueId, const QString &game,
                                 const QDate &until)
{
    const Result<PlayerIdentity> identity = readPlayerIdentity(database, venueId);
    if (!identity)
        return Unexpected(identity.error());
    storage::ResultRepository results(database);
    const Result<std::vector<storage::RackTally>> tallies
        = results.racksForRatings(venueId, game, until);
    if (!tallies)
        return Unexpected(tallies.error());
    RacksAtVenue played;
    for (const storage::RackTally &tally : *tallies) {
        std::optional<qint64> a;
        std::optional<qint64> b;
        if (tally.isHandResult()) {
            a = identity->keptPlayer(tally.playerA);
            b = identity->keptPlayer(tally.playerB);
        } else {
            a = identity->playerOfName(tally.nameA);
            b = identity->playerOfName(tally.nameB);
            if (!a)
                played.unknownNames << tally.nameA;
            if (!b)
                played.unknownNames << tally.nameB;
        }
        if (!a || !b || *a == *b)
            continue;
        played.racks.push_back({tally.playedOn, tally.at, tally.game, *a, *b, tally.racksA,
                                tally.racksB, tally.matchId, tally.resultId});
    }
    played.unknownNames.removeDuplicates();
    return played;
}

} // namespace dojo::venue
