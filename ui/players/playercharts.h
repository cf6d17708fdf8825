#pragma once

#include <venue/playerratings.h>
#include <venue/playerstatistics.h>

#include <QString>

#include <vector>

class QChart;

namespace dojo::ui {

// A player's charts on the profile, each made anew from plain values (the profile owns them
// through its chart views); a chart without data says so in its title.

// The rating at the end of each month played, a line.
QChart *ratingOverTimeChart(const std::vector<venue::RatingAt> &ratings);
// The share of matches won in each game, bars labelled with the per cent.
QChart *winRateByGameChart(const std::vector<venue::GameRecord> &records);
// Balls pocketed per inning in the referee's matches, a line by month (figuresByMonth's rows).
QChart *ballsPerInningChart(const std::vector<venue::PlayerFigures> &months);
// The share of breaks that pocketed a ball without a foul, bars by month.
QChart *breakSuccessChart(const std::vector<venue::PlayerFigures> &months);

// A leaderboard's players as bars of their rating, best at the top, the provisional ones paler.
struct RatedPlayer
{
    QString name;
    double rating = 0;
    bool provisional = false;
};
QChart *leaderboardChart(const QString &title, const std::vector<RatedPlayer> &players);

// Two players' ratings at the end of each month either played, a line each.
QChart *twoRatingsChart(const QString &nameA, const std::vector<venue::RatingAt> &ratingsA,
                        const QString &nameB, const std::vector<venue::RatingAt> &ratingsB);

} // namespace dojo::ui
