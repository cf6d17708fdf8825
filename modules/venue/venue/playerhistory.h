#pragma once

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

enum class MatchOutcome {
    Won,
    Lost,
    Drawn,      // a result entered by hand with as many racks each
    Unfinished, // a referee's match still played
    Abandoned,  // a referee's match ended with no winner
};

// Where a match's racks were counted: "referee" (the automatic referee at a table), or a
// result entered by hand: "hand", "challenge", "tournament".
struct PlayerMatch
{
    QDate playedOn;        // the venue's day
    QDateTime at;          // a referee's match's start; a hand result's entry (UTC)
    QString game;          // "nine-ball", as rules/game.h names it
    QString opponent;      // the opponent's name as kept, or as the match recorded it
    qint64 opponentId = 0; // 0: nobody the venue knows by that name
    int racksFor = 0;
    int racksAgainst = 0;
    MatchOutcome outcome = MatchOutcome::Unfinished;
    QString tableName; // empty for a result entered by hand
    QString source;
    std::optional<qint64> matchId;
    std::optional<qint64> resultId;
};

// A session of table time the player played (checked in under their player, or under a name
// that is theirs).
struct TableVisit
{
    qint64 sessionId = 0;
    QDate day;          // the venue's day it started
    QDateTime from;     // UTC
    QDateTime to;       // UTC; invalid while still played
    QStringList tables; // where it was played, in order (a move adds one)
    int minutes = 0;    // played, pauses left out
};

struct PlayerHistory
{
    std::vector<PlayerMatch> matches;  // newest first
    std::vector<TableVisit> tableTime; // newest first
};

// What a player's profile lists: the referee's matches and the results entered by hand of the
// player and every duplicate merged into them (venue/playeridentity.h), and their table time
// up to `now`.
Result<PlayerHistory> playerHistory(storage::Database &database, qint64 venueId, qint64 playerId,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace dojo::venue
