#include "venue/playerstatistics.h"

#include "venue/bookingbook.h"
#include "venue/internal/matchreplay.h"
#include "venue/internal/venuetr.h"
#include "venue/playeridentity.h"

#include <rules/setupjson.h>
#include <storage/matchrepository.h>
#include <storage/resultrepository.h>

#include <map>
#include <tuple>

namespace dojo::venue {

using internal::Tr;

namespace {

void add(PlayerFigures &sum, const PlayerFigures &row)
{
    sum.matches += row.matches;
    sum.innings += row.innings;
    sum.balls += row.balls;
    sum.breaks += row.breaks;
    sum.breaksMade += row.breaksMade;
}

// The seat's figures of the stored match, rebuilt from its steps.
Result<rules::PlayerStatistics> replayedStatistics(storage::MatchRepository &matches,
                                                   qint64 matchId, int seat)
{
    const Result<storage::MatchRecord> record = matches.match(matchId);
    if (!record)
        return Unexpected(record.error());
    const Result<rules::MatchSetup> setup = rules::setupFromJson(record->setup, record->players);
    if (!setup)
        return Unexpected(Tr::tr("its setup cannot be read: %1").arg(setup.error()));
    const Result<std::vector<storage::MatchStepRecord>> steps = matches.steps(matchId);
    if (!steps)
        return Unexpected(steps.error());
    const Result<internal::Replay> replay = internal::replaySteps(*setup, record->players, *steps);
    if (!replay)
        return Unexpected(replay.error());
    return replay->match.statistics().player(seat);
}

} // namespace

Result<PlayerFigureSheet> playerFigures(storage::Database &database, qint64 venueId,
                                        qint64 playerId)
{
    const Result<QTimeZone> zone = venueTimeZone(database, venueId);
    if (!zone)
        return Unexpected(zone.error());
    const Result<PlayerIdentity> identity = readPlayerIdentity(database, venueId);
    if (!identity)
        return Unexpected(identity.error());
    const qint64 kept = identity->keptPlayer(playerId);
    const Result<std::vector<storage::PlayedMatchRecord>> played
        = storage::ResultRepository(database).playedMatches(venueId);
    if (!played)
        return Unexpected(played.error());

    storage::MatchRepository matches(database);
    std::map<std::tuple<QDate, QString>, PlayerFigures> byMonthAndGame;
    PlayerFigureSheet sheet;
    for (const storage::PlayedMatchRecord &match : *played) {
        const bool isA = identity->playerOfName(match.players[0]) == kept;
        const bool isB = identity->playerOfName(match.players[1]) == kept;
        if (isA == isB) // not theirs, or both seats theirs
            continue;
        const Result<rules::PlayerStatistics> statistics
            = replayedStatistics(matches, match.matchId, isA ? 0 : 1);
        if (!statistics) {
            sheet.unreadable << Tr::tr("The match %1 at %2 cannot be replayed: %3")
                                    .arg(QString::number(match.matchId), match.tableName,
                                         statistics.error());
            continue;
        }
        const QDate day = match.startedAt.toTimeZone(*zone).date();
        const QDate month(day.year(), day.month(), 1);
        PlayerFigures &row = byMonthAndGame[{month, match.game}];
        row.game = match.game;
        row.month = month;
        add(row, PlayerFigures{match.game, month, 1, statistics->innings, statistics->ballsPocketed,
                               statistics->breaks, statistics->breaksMade});
    }
    for (const auto &[key, row] : byMonthAndGame)
        sheet.rows.push_back(row);
    return sheet;
}

std::vector<PlayerFigures> figuresByMonth(const std::vector<PlayerFigures> &rows)
{
    std::map<QDate, PlayerFigures> byMonth;
    for (const PlayerFigures &row : rows) {
        PlayerFigures &sum = byMonth[row.month];
        sum.month = row.month;
        add(sum, row);
    }
    std::vector<PlayerFigures> months;
    for (const auto &[month, sum] : byMonth)
        months.push_back(sum);
    return months;
}

std::vector<PlayerFigures> figuresByGame(const std::vector<PlayerFigures> &rows)
{
    std::map<QString, PlayerFigures> byGame;
    for (const PlayerFigures &row : rows) {
        PlayerFigures &sum = byGame[row.game];
        sum.game = row.game;
        add(sum, row);
    }
    std::vector<PlayerFigures> games;
    for (const auto &[game, sum] : byGame)
        games.push_back(sum);
    return games;
}

PlayerFigures figuresInAll(const std::vector<PlayerFigures> &rows)
{
    PlayerFigures sum;
    for (const PlayerFigures &row : rows)
        add(sum, row);
    return sum;
}

} // namespace dojo::venue
