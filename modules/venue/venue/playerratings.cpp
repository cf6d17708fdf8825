#include "venue/playerratings.h"

#include <algorithm>
#include <set>

namespace dojo::venue {

Result<std::vector<PlayerRating>> ratePlayers(const std::map<qint64, double> &starters,
                                              const std::vector<PlayedRacks> &racks,
                                              const QString &game, const QDate &until)
{
    std::map<qint64, int> indexOf;
    std::vector<qint64> ids;
    std::vector<double> starterRatings;
    for (const auto &[playerId, starter] : starters) {
        indexOf[playerId] = int(ids.size());
        ids.push_back(playerId);
        starterRatings.push_back(starter);
    }
    std::vector<RacksPlayed> played;
    for (const PlayedRacks &row : racks) {
        if (!game.isEmpty() && row.game != game)
            continue;
        if (until.isValid() && row.playedOn > until)
            continue;
        const auto a = indexOf.find(row.playerA);
        const auto b = indexOf.find(row.playerB);
        if (a == indexOf.end() || b == indexOf.end() || a->second == b->second)
            continue;
        played.push_back(RacksPlayed{a->second, b->second, row.racksA, row.racksB});
    }
    const Result<std::vector<FittedRating>> fitted = fitRatings(starterRatings, played);
    if (!fitted)
        return Unexpected(fitted.error());
    std::vector<PlayerRating> ratings;
    for (size_t index = 0; index < ids.size(); ++index)
        ratings.push_back(
            PlayerRating{ids[index], fitted->at(index).rating, fitted->at(index).racks});
    std::stable_sort(
        ratings.begin(), ratings.end(),
        [](const PlayerRating &a, const PlayerRating &b) { return a.rating > b.rating; });
    return ratings;
}

Result<std::vector<RatingAt>> ratingOverTime(qint64 playerId,
                                             const std::map<qint64, double> &starters,
                                             const std::vector<PlayedRacks> &racks, int points)
{
    std::set<QDate> monthEnds;
    for (const PlayedRacks &row : racks) {
        if (row.playerA == playerId || row.playerB == playerId) {
            const QDate first(row.playedOn.year(), row.playedOn.month(), 1);
            monthEnds.insert(first.addMonths(1).addDays(-1));
        }
    }
    std::vector<QDate> dates(monthEnds.begin(), monthEnds.end());
    if (points > 0 && int(dates.size()) > points)
        dates.erase(dates.begin(), dates.end() - points);
    std::vector<RatingAt> history;
    for (const QDate &date : dates) {
        const Result<std::vector<PlayerRating>> ratings = ratePlayers(starters, racks, {}, date);
        if (!ratings)
            return Unexpected(ratings.error());
        const auto found
            = std::find_if(ratings->begin(), ratings->end(),
                           [playerId](const auto &r) { return r.playerId == playerId; });
        if (found != ratings->end())
            history.push_back(RatingAt{date, found->rating, found->racks});
    }
    return history;
}

HeadToHead headToHead(qint64 playerA, qint64 playerB, const std::vector<PlayedRacks> &racks)
{
    HeadToHead result;
    for (const PlayedRacks &row : racks) {
        int forA = 0;
        int forB = 0;
        if (row.playerA == playerA && row.playerB == playerB) {
            forA = row.racksA;
            forB = row.racksB;
        } else if (row.playerA == playerB && row.playerB == playerA) {
            forA = row.racksB;
            forB = row.racksA;
        } else {
            continue;
        }
        ++result.matches;
        result.racksA += forA;
        result.racksB += forB;
        if (forA > forB)
            ++result.matchesWonA;
        else if (forB > forA)
            ++result.matchesWonB;
    }
    return result;
}

std::vector<GameRecord> recordsByGame(qint64 playerId, const std::vector<PlayedRacks> &racks)
{
    std::map<QString, GameRecord> byGame;
    for (const PlayedRacks &row : racks) {
        if (row.playerA != playerId && row.playerB != playerId)
            continue;
        GameRecord &record = byGame[row.game];
        record.game = row.game;
        ++record.played;
        const int mine = row.playerA == playerId ? row.racksA : row.racksB;
        const int theirs = row.playerA == playerId ? row.racksB : row.racksA;
        if (mine > theirs)
            ++record.won;
    }
    std::vector<GameRecord> records;
    for (const auto &[game, record] : byGame)
        records.push_back(record);
    return records;
}

} // namespace dojo::venue
