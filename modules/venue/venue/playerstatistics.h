#pragma once

#include <core/result.h>

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// A player's figures from the automatic referee's matches, summed over one game and one month
// of the venue (or over every game, or every month): what the profile's charts draw.
struct PlayerFigures
{
    QString game;       // rules/game.h's key; empty: every game
    QDate month;        // the first day of the venue's month; invalid: every month
    int matches = 0;    // the referee's matches the player played a step of
    int innings = 0;    // turns at the table
    int balls = 0;      // object balls pocketed that stayed down
    int breaks = 0;     // racks broken
    int breaksMade = 0; // breaks that pocketed a ball without a foul

    double ballsPerInning() const { return innings == 0 ? 0.0 : double(balls) / innings; }
    double breakSuccess() const { return breaks == 0 ? 0.0 : double(breaksMade) / breaks; }
};

struct PlayerFigureSheet
{
    std::vector<PlayerFigures> rows; // by game and month: oldest month first, then by game
    // A sentence for each of the player's matches whose stored steps the rules could not
    // replay: its figures are left out.
    QStringList unreadable;
};

// The figures of `playerId` (and every duplicate merged into them, venue/playeridentity.h) from
// each referee's match at the venue's tables, finished or not, each rebuilt from its stored
// steps. A match whose two seats are the same person counts for nobody.
Result<PlayerFigureSheet> playerFigures(storage::Database &database, qint64 venueId,
                                        qint64 playerId);

// The rows summed over every game, one a month, oldest first (game empty).
std::vector<PlayerFigures> figuresByMonth(const std::vector<PlayerFigures> &rows);
// The rows summed over every month, one a game, by key (month invalid).
std::vector<PlayerFigures> figuresByGame(const std::vector<PlayerFigures> &rows);
// Every row summed: game empty, month invalid.
PlayerFigures figuresInAll(const std::vector<PlayerFigures> &rows);

} // namespace dojo::venue
