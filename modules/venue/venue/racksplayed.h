#pragma once

#include "venue/playeridentity.h"

#include <core/result.h>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// Racks two of the venue's players played, with the players known: what the ratings fit
// (venue/ratingfit.h's RacksPlayed, once the ids are indexes) and the head-to-head count.
struct PlayedRacks
{
    QDate playedOn; // the venue's day
    QDateTime at;   // a referee's match's start (UTC); invalid for a result entered by hand
    QString game;
    qint64 playerA = 0; // the players kept (merges followed)
    qint64 playerB = 0;
    int racksA = 0;
    int racksB = 0;
    std::optional<qint64> matchId;  // a referee's match ...
    std::optional<qint64> resultId; // ... or a result entered by hand
};

struct RacksAtVenue
{
    std::vector<PlayedRacks> racks; // oldest first
    // Names a match recorded that are nobody's (or two players'): their racks are left out.
    QStringList unknownNames;
};

// Every rack the ratings count at the venue (storage's racksForRatings: the referee's matches
// and the results entered by hand), each player found by PlayerIdentity. `game` empty: every
// game; `until` invalid: every day. Racks of one person against themselves (two duplicates
// since merged) are left out.
Result<RacksAtVenue> racksPlayed(storage::Database &database, qint64 venueId,
                                 const QString &game = {}, const QDate &until = {});

} // namespace dojo::venue
