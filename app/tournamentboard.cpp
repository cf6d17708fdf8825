#include "tournamentboard.h"

#include <venue/tournamentdesk.h>
#include <venue/tournamentjson.h>

#include <algorithm>

namespace dojo::app {

namespace {

// Phones poll every 10 s: two seconds old is new enough, and serves a crowd from one read.
constexpr qint64 kFreshMs = 2000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

TournamentBoard::TournamentBoard(venue::TournamentDesk &desk)
    : m_desk(desk)
{
}

void TournamentBoard::setTableNames(std::map<qint64, QString> names)
{
    m_tableNames = std::move(names);
    forget();
}

void TournamentBoard::forget()
{
    m_list.reset();
    m_tournaments.clear();
    m_finished.clear();
}

bool TournamentBoard::fresh(const Kept &kept) const
{
    const qint64 age = nowMs() - kept.readAt;
    return age >= 0 && age < kFreshMs;
}

Result<QJsonArray> TournamentBoard::list()
{
    if (m_list && fresh(*m_list))
        return m_list->json.toArray();
    const Result<std::vector<venue::Tournament>> tournaments = m_desk.tournaments();
    if (!tournaments)
        return Unexpected(tournaments.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray lines;
    for (const venue::Tournament &tournament : *tournaments) {
        const bool finished = tournament.state == venue::TournamentState::Finished;
        // A finished tournament no longer changes: read once.
        if (const auto known = m_finished.find(tournament.id);
            finished && known != m_finished.end()) {
            if (venue::listedOnPhones(tournament.state, known->second.lastResult, now))
                lines.append(known->second.line);
            continue;
        }
        if (!finished && tournament.state != venue::TournamentState::Running)
            continue;
        const Result<venue::TournamentView> view = m_desk.view(tournament.id);
        if (!view)
            return Unexpected(view.error());
        const Shown read{venue::lastResultAt(*view), venue::tournamentSummaryJson(*view)};
        if (finished)
            m_finished.emplace(tournament.id, read);
        if (venue::listedOnPhones(tournament.state, read.lastResult, now))
            lines.append(read.line);
    }
    m_list = Kept{nowMs(), lines};
    return lines;
}

Result<std::optional<QJsonObject>> TournamentBoard::one(qint64 tournamentId)
{
    if (const auto kept = m_tournaments.find(tournamentId);
        kept != m_tournaments.end() && fresh(kept->second))
        return std::optional<QJsonObject>(kept->second.json.toObject());
    // Unknown here (or another venue's) is a 404; a failed read of a known one is not.
    const Result<std::vector<venue::Tournament>> tournaments = m_desk.tournaments();
    if (!tournaments)
        return Unexpected(tournaments.error());
    if (std::none_of(tournaments->begin(), tournaments->end(),
                     [tournamentId](const venue::Tournament &t) { return t.id == tournamentId; }))
        return std::optional<QJsonObject>();
    const Result<venue::TournamentView> view = m_desk.view(tournamentId);
    if (!view)
        return Unexpected(view.error());
    const QJsonObject json = venue::tournamentJson(*view, m_tableNames);
    std::erase_if(m_tournaments, [this](const auto &kept) { return !fresh(kept.second); });
    m_tournaments[tournamentId] = Kept{nowMs(), json};
    return std::optional<QJsonObject>(json);
}

live::LiveTournaments TournamentBoard::feeds()
{
    return {.list = [this] { return list(); },
            .one = [this](qint64 tournamentId) { return one(tournamentId); }};
}

} // namespace dojo::app
