#include "venue/tournamentjson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace dojo::venue {

namespace {

bool playsInDraw(EntryState state)
{
    return state == EntryState::Entered || state == EntryState::CheckedIn;
}

// Where a match stands, in one word: "waiting" for a player, "ready", "playing" (the referee's
// match at its table has begun), "played", a "bye", or "not-needed" (a reset that was not).
QString matchStateKey(const TournamentView &view, const BracketMatch &match)
{
    if (match.played())
        return QStringLiteral("played");
    if (match.decided) {
        return match.section == BracketSection::GrandFinalReset ? QStringLiteral("not-needed")
                                                                : QStringLiteral("bye");
    }
    if (!match.entrantA || !match.entrantB)
        return QStringLiteral("waiting");
    return view.refereeMatches.contains(match.id) ? QStringLiteral("playing")
                                                  : QStringLiteral("ready");
}

QJsonValue nameOrNull(const TournamentView &view, const std::optional<int> &entrant)
{
    if (!entrant)
        return QJsonValue::Null;
    return view.entrantName(*entrant);
}

QJsonObject matchJson(const TournamentView &view, const BracketMatch &match,
                      const std::map<qint64, QString> &tableNames)
{
    QJsonValue winner = QJsonValue::Null;
    QJsonValue racks = QJsonValue::Null;
    if (match.played()) {
        winner = match.winner == match.entrantA ? QStringLiteral("a") : QStringLiteral("b");
        racks = QJsonArray{match.racksA, match.racksB};
    }
    // Only where a match waits to be played: a decided match's table is someone else's now.
    QJsonValue table = QJsonValue::Null;
    if (const auto assigned = view.tables.find(match.id);
        assigned != view.tables.end() && !match.decided) {
        if (const auto named = tableNames.find(assigned->second); named != tableNames.end())
            table = named->second;
    }
    const MatchRace race = raceOf(view, match.id);
    return QJsonObject{{QStringLiteral("id"), match.id},
                       {QStringLiteral("section"), bracketSectionKey(match.section)},
                       {QStringLiteral("round"), match.round},
                       {QStringLiteral("section_round"), match.sectionRound},
                       {QStringLiteral("number"), match.number},
                       {QStringLiteral("group"), match.group + 1},
                       {QStringLiteral("state"), matchStateKey(view, match)},
                       {QStringLiteral("a"), nameOrNull(view, match.entrantA)},
                       {QStringLiteral("b"), nameOrNull(view, match.entrantB)},
                       {QStringLiteral("winner"), winner},
                       {QStringLiteral("racks"), racks},
                       {QStringLiteral("race"), QJsonArray{race.racksA, race.racksB}},
                       {QStringLiteral("table"), table}};
}

int playerCount(const TournamentView &view)
{
    if (!view.drawn.empty())
        return int(view.drawn.size());
    int count = 0;
    for (const TournamentEntry &entry : view.entries)
        count += playsInDraw(entry.state) ? 1 : 0;
    return count;
}

} // namespace

QString bracketSectionKey(BracketSection section)
{
    switch (section) {
    case BracketSection::Winners: return QStringLiteral("winners");
    case BracketSection::Losers: return QStringLiteral("losers");
    case BracketSection::GrandFinal: return QStringLiteral("grand-final");
    case BracketSection::GrandFinalReset: return QStringLiteral("grand-final-reset");
    case BracketSection::ThirdPlace: return QStringLiteral("third-place");
    case BracketSection::RoundRobin: return QStringLiteral("round-robin");
    case BracketSection::Swiss: return QStringLiteral("swiss");
    }
    return {};
}

QDateTime lastResultAt(const TournamentView &view)
{
    QDateTime last;
    for (const DrawResult &result : view.results) {
        if (!last.isValid() || result.recordedAt > last)
            last = result.recordedAt;
    }
    return last;
}

bool listedOnPhones(TournamentState state, const QDateTime &lastResult, const QDateTime &now)
{
    if (state == TournamentState::Running)
        return true;
    return state == TournamentState::Finished && lastResult.isValid()
           && lastResult.secsTo(now) < 24 * 60 * 60;
}

QJsonObject tournamentSummaryJson(const TournamentView &view)
{
    const Tournament &tournament = view.tournament;
    return QJsonObject{{QStringLiteral("id"), tournament.id},
                       {QStringLiteral("name"), tournament.settings.name},
                       {QStringLiteral("game"), tournament.settings.game},
                       {QStringLiteral("format"), formatKey(tournament.settings.draw.format)},
                       {QStringLiteral("state"), tournamentStateKey(tournament.state)},
                       {QStringLiteral("players"), playerCount(view)}};
}

QJsonObject tournamentJson(const TournamentView &view, const std::map<qint64, QString> &tableNames)
{
    QJsonArray players;
    if (!view.drawn.empty()) {
        for (size_t entrant = 0; entrant < view.drawn.size(); ++entrant)
            players.append(QJsonObject{{QStringLiteral("seed"), int(entrant) + 1},
                                       {QStringLiteral("name"), view.entrantName(int(entrant))}});
    } else {
        for (const TournamentEntry &entry : view.entries) {
            if (playsInDraw(entry.state))
                players.append(QJsonObject{{QStringLiteral("seed"), QJsonValue::Null},
                                           {QStringLiteral("name"), entry.name}});
        }
    }
    QJsonArray matches;
    for (const BracketMatch &match : view.draw.matches)
        matches.append(matchJson(view, match, tableNames));
    QJsonArray standings;
    if (!view.draw.matches.empty()) {
        for (const Standing &standing : bracketStandings(view.draw)) {
            QJsonArray names;
            for (const int entrant : standing.entrants)
                names.append(view.entrantName(entrant));
            standings.append(QJsonObject{{QStringLiteral("place"), standing.place},
                                         {QStringLiteral("group"), standing.group + 1},
                                         {QStringLiteral("players"), names}});
        }
    }
    QJsonObject json = tournamentSummaryJson(view);
    json.insert(QStringLiteral("players"), players);
    json.insert(QStringLiteral("matches"), matches);
    json.insert(QStringLiteral("standings"), standings);
    return json;
}

} // namespace dojo::venue
