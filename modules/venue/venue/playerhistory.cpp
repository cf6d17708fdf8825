#include "venue/playerhistory.h"

#include "venue/bookingbook.h"
#include "venue/playeridentity.h"

#include <storage/playerhistoryrepository.h>
#include <storage/resultrepository.h>

#include <algorithm>
#include <tuple>

namespace dojo::venue {

namespace {

MatchOutcome outcomeOf(const storage::PlayedMatchRecord &match, int seat)
{
    if (!match.finishedAt.isValid())
        return MatchOutcome::Unfinished;
    if (match.winner.isEmpty())
        return MatchOutcome::Abandoned;
    return match.winner == match.players[size_t(seat)] ? MatchOutcome::Won : MatchOutcome::Lost;
}

MatchOutcome outcomeOf(int racksFor, int racksAgainst)
{
    if (racksFor == racksAgainst)
        return MatchOutcome::Drawn;
    return racksFor > racksAgainst ? MatchOutcome::Won : MatchOutcome::Lost;
}

// The kept name of a player the venue knows, else the name as recorded.
QString nameOf(const PlayerIdentity &identity, std::optional<qint64> id, const QString &recorded)
{
    if (id) {
        if (const std::optional<Player> player = identity.player(*id))
            return player->name;
    }
    return recorded;
}

} // namespace

Result<PlayerHistory> playerHistory(storage::Database &database, qint64 venueId, qint64 playerId,
                                    const QDateTime &now)
{
    const Result<QTimeZone> zone = venueTimeZone(database, venueId);
    if (!zone)
        return Unexpected(zone.error());
    const Result<PlayerIdentity> identity = readPlayerIdentity(database, venueId);
    if (!identity)
        return Unexpected(identity.error());
    const qint64 kept = identity->keptPlayer(playerId);
    PlayerHistory history;

    storage::ResultRepository results(database);
    const Result<std::vector<storage::PlayedMatchRecord>> matches = results.playedMatches(venueId);
    if (!matches)
        return Unexpected(matches.error());
    for (const storage::PlayedMatchRecord &match : *matches) {
        const std::optional<qint64> a = identity->playerOfName(match.players[0]);
        const std::optional<qint64> b = identity->playerOfName(match.players[1]);
        const bool isA = a == kept;
        const bool isB = b == kept;
        if (isA == isB) // not theirs, or both seats theirs
            continue;
        const int seat = isA ? 0 : 1;
        const std::optional<qint64> opponent = isA ? b : a;
        PlayerMatch played;
        played.playedOn = match.startedAt.toTimeZone(*zone).date();
        played.at = match.startedAt;
        played.game = match.game;
        played.opponent = nameOf(*identity, opponent, match.players[size_t(1 - seat)]);
        played.opponentId = opponent.value_or(0);
        played.racksFor = match.racksWon[size_t(seat)];
        played.racksAgainst = match.racksWon[size_t(1 - seat)];
        played.outcome = outcomeOf(match, seat);
        played.tableName = match.tableName;
        played.source = QStringLiteral("referee");
        played.matchId = match.matchId;
        history.matches.push_back(std::move(played));
    }

    const Result<std::vector<storage::ResultRecord>> entered = results.results(venueId);
    if (!entered)
        return Unexpected(entered.error());
    for (const storage::ResultRecord &result : *entered) {
        const qint64 a = identity->keptPlayer(result.playerA);
        const qint64 b = identity->keptPlayer(result.playerB);
        if ((a == kept) == (b == kept))
            continue;
        const bool isA = a == kept;
        PlayerMatch played;
        played.playedOn = result.playedOn;
        played.at = result.enteredAt;
        played.game = result.game;
        played.opponentId = isA ? b : a;
        played.opponent = nameOf(*identity, played.opponentId, isA ? result.nameB : result.nameA);
        played.racksFor = isA ? result.racksA : result.racksB;
        played.racksAgainst = isA ? result.racksB : result.racksA;
        played.outcome = outcomeOf(played.racksFor, played.racksAgainst);
        played.source = result.source;
        played.resultId = result.id;
        history.matches.push_back(std::move(played));
    }
    std::stable_sort(history.matches.begin(), history.matches.end(),
                     [](const PlayerMatch &x, const PlayerMatch &y) {
                         return std::tie(x.playedOn, x.at) > std::tie(y.playedOn, y.at);
                     });

    const std::vector<qint64> ids = identity->samePerson(kept);
    const Result<std::vector<storage::SessionRecord>> sessions
        = storage::PlayerHistoryRepository(database).sessionsOf(venueId, ids);
    if (!sessions)
        return Unexpected(sessions.error());
    for (const storage::SessionRecord &session : *sessions) {
        const bool theirs = session.playerId
                                ? std::find(ids.begin(), ids.end(), *session.playerId) != ids.end()
                                : identity->playerOfName(session.name) == kept;
        if (!theirs)
            continue;
        TableVisit visit;
        visit.sessionId = session.id;
        visit.from = session.startedAt;
        visit.to = session.endedAt;
        visit.day = session.startedAt.toTimeZone(*zone).date();
        qint64 seconds = 0;
        for (const storage::StretchRecord &stretch : session.stretches) {
            if (!visit.tables.contains(stretch.tableName))
                visit.tables << stretch.tableName;
            const QDateTime to = stretch.to.isValid()
                                     ? stretch.to
                                     : (session.endedAt.isValid() ? session.endedAt : now);
            seconds += std::max<qint64>(0, stretch.from.secsTo(to));
        }
        visit.minutes = int(seconds / 60);
        history.tableTime.push_back(std::move(visit));
    }
    return history;
}

} // namespace dojo::venue
