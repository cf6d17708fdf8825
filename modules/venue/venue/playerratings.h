#pragma once

#include "venue/racksplayed.h"
#include "venue/ratingfit.h"

#include <core/result.h>

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace dojo::venue {

struct PlayerRating
{
    qint64 playerId = 0;
    double rating = 500;
    int racks = 0; // robustness: the racks the rating counts
};

// The ratings of the players in `starters` (player id → starter rating) from the racks of
// `game` (empty: every game) played up to `until` (invalid: all), best first; racks naming a
// player not in `starters` are left out.
Result<std::vector<PlayerRating>> ratePlayers(const std::map<qint64, double> &starters,
                                              const std::vector<PlayedRacks> &racks,
                                              const QString &game = {}, const QDate &until = {});

// One player's rating at the end of each month they played in, the fit over every rack up to
// that day (at most `points`, the latest).
struct RatingAt
{
    QDate date;
    double rating = 500;
    int racks = 0;
};
Result<std::vector<RatingAt>> ratingOverTime(qint64 playerId,
                                             const std::map<qint64, double> &starters,
                                             const std::vector<PlayedRacks> &racks,
                                             int points = 12);

// Two players against each other: matches (a row of racks is one match) and racks.
struct HeadToHead
{
    int matches = 0;
    int matchesWonA = 0;
    int matchesWonB = 0;
    int racksA = 0;
    int racksB = 0;
};
HeadToHead headToHead(qint64 playerA, qint64 playerB, const std::vector<PlayedRacks> &racks);

// A player's matches won and played by game (a row of racks is one match, won by the one with
// more racks).
struct GameRecord
{
    QString game;
    int played = 0;
    int won = 0;
};
std::vector<GameRecord> recordsByGame(qint64 playerId, const std::vector<PlayedRacks> &racks);

} // namespace dojo::venue
