#include "venue/tournamentdesk.h"

#include "venue/internal/fromrecords.h"
#include "venue/internal/tournamentrecord.h"
#include "venue/internal/venuetr.h"
#include "venue/ratingsbook.h"

#include <storage/matchrepository.h>
#include <storage/tournamentrepository.h>
#include <storage/venuerepository.h>

#include <QStringList>

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

namespace {

// The actor a result from the automatic referee is recorded under.
const QString kRefereeActor = QStringLiteral("system:referee");

bool inDraw(EntryState state)
{
    return state == EntryState::Entered || state == EntryState::CheckedIn;
}

} // namespace

TournamentDesk::TournamentDesk(storage::Database &database, qint64 venueId, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_venueId(venueId)
{
}

double TournamentDesk::ratingOf(qint64 playerId, double starter) const
{
    const auto found = m_ratings.find(playerId);
    return found == m_ratings.end() ? starter : found->second;
}

Result<std::vector<Tournament>> TournamentDesk::tournaments() const
{
    return internal::fromRecords<Tournament>(
        storage::TournamentRepository(m_database).tournaments(m_venueId), internal::tournamentOf);
}

Result<TournamentView> TournamentDesk::view(qint64 tournamentId) const
{
    storage::TournamentRepository repository(m_database);
    const Result<storage::TournamentRecord> record = repository.tournament(tournamentId);
    if (!record)
        return Unexpected(record.error());
    if (record->venueId != m_venueId)
        return Unexpected(Tr::tr("That tournament is another venue's."));
    const Result<std::vector<storage::TournamentEntryRecord>> entries
        = repository.entries(tournamentId);
    if (!entries)
        return Unexpected(entries.error());
    const Result<std::vector<storage::PlayerRecord>> players
        = storage::VenueRepository(m_database).players(m_venueId);
    if (!players)
        return Unexpected(players.error());
    TournamentView view;
    view.tournament = internal::tournamentOf(*record);
    for (const storage::TournamentEntryRecord &entryRecord : *entries) {
        TournamentEntry entry;
        entry.id = entryRecord.id;
        entry.playerId = entryRecord.playerId;
        const auto player
            = std::find_if(players->begin(), players->end(),
                           [&entryRecord](const auto &p) { return p.id == entryRecord.playerId; });
        entry.name = player == players->end() ? Tr::tr("Player %1").arg(entryRecord.playerId)
                                              : player->name;
        // The draw stands on the ratings it was made with; before it, the ratings of now.
        const bool drawn = record->state != QLatin1String("sign-up")
                           && record->state != QLatin1String("cancelled");
        entry.rating = drawn && entryRecord.drawnRating
                           ? *entryRecord.drawnRating
                           : ratingOf(entry.playerId,
                                      player == players->end() ? 500 : player->starterRating);
        entry.seed = entryRecord.seed;
        entry.state = internal::entryStateFromKey(entryRecord.state);
        entry.paid = entryRecord.paid;
        view.entries.push_back(entry);
    }
    const TournamentState state = view.tournament.state;
    if (state == TournamentState::SignUp || state == TournamentState::Cancelled)
        return view;

    for (size_t index = 0; index < view.entries.size(); ++index) {
        if (view.entries[index].seed)
            view.drawn.push_back(int(index));
    }
    std::sort(view.drawn.begin(), view.drawn.end(), [&view](int a, int b) {
        return *view.entries[size_t(a)].seed < *view.entries[size_t(b)].seed;
    });
    Result<Bracket> draw = planBracket(view.tournament.settings.draw, int(view.drawn.size()));
    if (!draw)
        return Unexpected(draw.error());
    view.draw = std::move(*draw);

    const Result<std::vector<storage::TournamentTableRecord>> tables
        = repository.tables(tournamentId);
    if (!tables)
        return Unexpected(tables.error());
    for (const storage::TournamentTableRecord &table : *tables) {
        if (table.tableId) {
            view.tables[table.drawMatch] = *table.tableId;
            view.assignedAt[table.drawMatch] = table.assignedAt;
        }
        if (table.matchId)
            view.refereeMatches[table.drawMatch] = *table.matchId;
    }
    const Result<std::vector<storage::TournamentResultRecord>> results
        = repository.results(tournamentId);
    if (!results)
        return Unexpected(results.error());
    for (const storage::TournamentResultRecord &result : *results) {
        if (result.takenBackAt.isValid())
            continue;
        if (Result<void> replayed = venue::recordResult(
                view.draw, result.drawMatch, result.winnerSeed - 1, result.racksA, result.racksB);
            !replayed) {
            return Unexpected(Tr::tr("The results of %1 do not fit its draw: %2")
                                  .arg(view.tournament.settings.name, replayed.error()));
        }
        view.results.push_back(DrawResult{result.id, result.drawMatch, result.source == u"referee",
                                          result.recordedBy, result.recordedAt});
    }
    return view;
}

Result<qint64> TournamentDesk::create(const TournamentSettings &settings, const Actor &actor)
{
    if (settings.name.trimmed().isEmpty())
        return Unexpected(Tr::tr("A tournament needs a name."));
    storage::TournamentRecord record = internal::recordOf(settings);
    record.venueId = m_venueId;
    const Result<qint64> id
        = storage::TournamentRepository(m_database).addTournament(record, actor.auditName());
    if (id)
        Q_EMIT changed(*id);
    return id;
}

Result<void> TournamentDesk::edit(qint64 tournamentId, const TournamentSettings &settings,
                                  const Actor &actor)
{
    storage::TournamentRecord record = internal::recordOf(settings);
    record.id = tournamentId;
    record.venueId = m_venueId;
    const Result<void> edited
        = storage::TournamentRepository(m_database).updateTournament(record, actor.auditName());
    if (edited)
        Q_EMIT changed(tournamentId);
    return edited;
}

Result<void> TournamentDesk::cancel(qint64 tournamentId, const Actor &actor)
{
    const Result<void> cancelled
        = storage::TournamentRepository(m_database)
              .setState(tournamentId, QStringLiteral("cancelled"), actor.auditName());
    if (cancelled)
        Q_EMIT changed(tournamentId);
    return cancelled;
}

Result<qint64> TournamentDesk::enter(qint64 tournamentId, qint64 playerId, const Actor &actor)
{
    const Result<TournamentView> before = view(tournamentId);
    if (!before)
        return Unexpected(before.error());
    const TournamentState state = before->tournament.state;
    if (state == TournamentState::Finished || state == TournamentState::Cancelled)
        return Unexpected(Tr::tr("%1 is over.").arg(before->tournament.settings.name));
    if (state == TournamentState::Running && before->started())
        return Unexpected(Tr::tr("%1's first match has started: it is too late to enter.")
                              .arg(before->tournament.settings.name));
    storage::TournamentRepository repository(m_database);
    // A late entry: the draw is made again with the new player in it, seeded as before.
    std::vector<qint64> handOrder;
    if (state == TournamentState::Running) {
        for (const int entry : before->drawn)
            handOrder.push_back(before->entries.at(size_t(entry)).id);
        if (Result<void> reopened = repository.reopen(tournamentId, actor.auditName()); !reopened)
            return Unexpected(reopened.error());
    }
    const Result<qint64> entryId = repository.addEntry(tournamentId, playerId, actor.auditName());
    if (entryId && state == TournamentState::Running) {
        handOrder.push_back(*entryId);
        // Checked in like those already drawn, so the draw takes them too.
        const bool drawnCheckedIn
            = !before->drawn.empty()
              && before->entries.at(size_t(before->drawn.front())).state == EntryState::CheckedIn;
        if (drawnCheckedIn) {
            if (Result<void> checkedIn = repository.setEntryState(
                    *entryId, QStringLiteral("checked-in"), actor.auditName());
                !checkedIn)
                return Unexpected(checkedIn.error());
        }
    }
    if (state == TournamentState::Running) {
        // Made again even when the entry was refused, so the tournament is not left open.
        if (Result<void> restarted = start(tournamentId, handOrder, actor); !restarted)
            return Unexpected(restarted.error());
    }
    Q_EMIT changed(tournamentId);
    return entryId;
}

Result<void> TournamentDesk::setEntryState(qint64 tournamentId, qint64 entryId, EntryState state,
                                           const Actor &actor)
{
    const Result<TournamentView> current = view(tournamentId);
    if (!current)
        return Unexpected(current.error());
    const auto entry = std::find_if(
        current->entries.begin(), current->entries.end(),
        [entryId](const TournamentEntry &candidate) { return candidate.id == entryId; });
    if (entry == current->entries.end())
        return Unexpected(
            Tr::tr("That player is not entered in %1.").arg(current->tournament.settings.name));
    if (current->tournament.state != TournamentState::SignUp && entry->seed
        && inDraw(entry->state) != inDraw(state)) {
        return Unexpected(Tr::tr("%1 is in the draw already: reopen the sign-up to take them "
                                 "out, or record their matches as lost.")
                              .arg(entry->name));
    }
    const Result<void> set
        = storage::TournamentRepository(m_database)
              .setEntryState(entryId, internal::entryStateKey(state), actor.auditName());
    if (set)
        Q_EMIT changed(tournamentId);
    return set;
}

Result<void> TournamentDesk::setPaid(qint64 entryId, bool paid, const Actor &actor)
{
    return storage::TournamentRepository(m_database).setEntryPaid(entryId, paid, actor.auditName());
}

Result<void> TournamentDesk::start(qint64 tournamentId, const std::vector<qint64> &handOrder,
                                   const Actor &actor)
{
    // Seeding by rating takes the ratings the venue's racks give now, unless told others.
    if (!m_ratingsGiven) {
        RatingsBook book(m_database, m_venueId);
        if (book.refresh())
            m_ratings = book.ratings();
    }
    const Result<TournamentView> current = view(tournamentId);
    if (!current)
        return Unexpected(current.error());
    const TournamentView &before = *current;
    const bool anyCheckedIn
        = std::any_of(before.entries.begin(), before.entries.end(),
                      [](const TournamentEntry &e) { return e.state == EntryState::CheckedIn; });
    std::vector<TournamentEntry> playing;
    std::vector<qint64> noShows;
    for (const TournamentEntry &entry : before.entries) {
        if (!inDraw(entry.state))
            continue;
        if (anyCheckedIn && entry.state != EntryState::CheckedIn)
            noShows.push_back(entry.id);
        else
            playing.push_back(entry);
    }
    if (playing.size() < 2)
        return Unexpected(Tr::tr("%1 needs at least two players to make the draw.")
                              .arg(before.tournament.settings.name));
    storage::TournamentRepository repository(m_database);
    for (const qint64 entryId : noShows) {
        if (Result<void> noShow
            = repository.setEntryState(entryId, QStringLiteral("no-show"), actor.auditName());
            !noShow)
            return Unexpected(noShow.error());
    }
    if (before.tournament.settings.seedByRating && handOrder.empty()) {
        std::stable_sort(
            playing.begin(), playing.end(),
            [](const TournamentEntry &a, const TournamentEntry &b) { return a.rating > b.rating; });
    } else {
        // By hand: the order given; anyone it leaves out follows, in entry order.
        const auto rank = [&handOrder](const TournamentEntry &entry) {
            const auto found = std::find(handOrder.begin(), handOrder.end(), entry.id);
            return found == handOrder.end() ? handOrder.size() : size_t(found - handOrder.begin());
        };
        std::stable_sort(playing.begin(), playing.end(),
                         [&rank](const TournamentEntry &a, const TournamentEntry &b) {
                             return rank(a) < rank(b);
                         });
    }
    if (Result<Bracket> draw = planBracket(before.tournament.settings.draw, int(playing.size()));
        !draw)
        return Unexpected(draw.error());
    std::map<qint64, storage::DrawnSeed> seeds;
    for (size_t index = 0; index < playing.size(); ++index)
        seeds[playing[index].id] = {int(index) + 1, playing[index].rating};
    const Result<void> started = repository.startWithSeeds(tournamentId, seeds, actor.auditName());
    if (started)
        Q_EMIT changed(tournamentId);
    return started;
}

Result<void> TournamentDesk::reopen(qint64 tournamentId, const Actor &actor)
{
    const Result<void> reopened
        = storage::TournamentRepository(m_database).reopen(tournamentId, actor.auditName());
    if (reopened)
        Q_EMIT changed(tournamentId);
    return reopened;
}

Result<void> TournamentDesk::assignTable(qint64 tournamentId, int drawMatch,
                                         std::optional<qint64> tableId, const Actor &actor)
{
    const Result<TournamentView> current = view(tournamentId);
    if (!current)
        return Unexpected(current.error());
    if (drawMatch < 0 || size_t(drawMatch) >= current->draw.matches.size())
        return Unexpected(Tr::tr("%1 has no such match.").arg(current->tournament.settings.name));
    if (current->draw.matches[size_t(drawMatch)].decided)
        return Unexpected(Tr::tr("That match is decided already."));
    const Result<void> assigned
        = storage::TournamentRepository(m_database)
              .assignTable(tournamentId, drawMatch, tableId, actor.auditName());
    if (assigned)
        Q_EMIT changed(tournamentId);
    return assigned;
}

Result<std::optional<qint64>>
TournamentDesk::assignNextFreeTable(qint64 tournamentId, int drawMatch,
                                    const std::vector<qint64> &freeTables, const Actor &actor)
{
    const Result<TournamentView> current = view(tournamentId);
    if (!current)
        return Unexpected(current.error());
    for (const qint64 table : freeTables) {
        const bool taken
            = std::any_of(current->tables.begin(), current->tables.end(), [&](const auto &entry) {
                  return entry.second == table && entry.first != drawMatch
                         && size_t(entry.first) < current->draw.matches.size()
                         && !current->draw.matches[size_t(entry.first)].decided;
              });
        if (taken)
            continue;
        if (Result<void> assigned = assignTable(tournamentId, drawMatch, table, actor); !assigned)
            return Unexpected(assigned.error());
        return std::optional<qint64>(table);
    }
    return std::optional<qint64>();
}

Result<void> TournamentDesk::linkRefereeMatch(qint64 tournamentId, int drawMatch, qint64 matchId)
{
    const Result<void> linked = storage::TournamentRepository(m_database)
                                    .setRefereeMatch(tournamentId, drawMatch, matchId);
    if (linked)
        Q_EMIT changed(tournamentId);
    return linked;
}

Result<void> TournamentDesk::recordResult(qint64 tournamentId, int drawMatch, int winner,
                                          int racksA, int racksB, const Actor &actor)
{
    const Result<TournamentView> current = view(tournamentId);
    if (!current)
        return Unexpected(current.error());
    if (current->tournament.state != TournamentState::Running)
        return Unexpected(Tr::tr("%1 is not running.").arg(current->tournament.settings.name));
    Bracket trial = current->draw; // refused here, with the draw's reason, before it is stored
    if (Result<void> fits = venue::recordResult(trial, drawMatch, winner, racksA, racksB); !fits)
        return fits;
    storage::TournamentResultRecord result;
    result.tournamentId = tournamentId;
    result.drawMatch = drawMatch;
    result.winnerSeed = winner + 1;
    result.racksA = racksA;
    result.racksB = racksB;
    result.source = QStringLiteral("hand");
    if (const Result<qint64> added = storage::TournamentRepository(m_database)
                                         .addResult(result, int(current->results.size()),
                                                    bracketFinished(trial), actor.auditName());
        !added)
        return Unexpected(added.error());
    Q_EMIT changed(tournamentId);
    return {};
}

Result<void> TournamentDesk::takeBack(qint64 tournamentId, int drawMatch, const Actor &actor)
{
    if (Result<void> may = checkAllowed(m_database, actor, Permission::CorrectResult,
                                        QStringLiteral("tournament:%1").arg(tournamentId));
        !may)
        return may;
    const Result<TournamentView> current = view(tournamentId);
    if (!current)
        return Unexpected(current.error());
    const auto standing = std::find_if(
        current->results.rbegin(), current->results.rend(),
        [drawMatch](const DrawResult &result) { return result.drawMatch == drawMatch; });
    if (standing == current->results.rend())
        return Unexpected(Tr::tr("That match has no result to take back."));
    Bracket trial = current->draw;
    if (Result<void> fits = takeBackResult(trial, drawMatch); !fits)
        return fits;
    const Result<void> taken
        = storage::TournamentRepository(m_database)
              .takeBackResult(standing->id, int(current->results.size()), actor.auditName());
    if (taken)
        Q_EMIT changed(tournamentId);
    return taken;
}

Result<int> TournamentDesk::settleRefereeResults(qint64 tournamentId)
{
    const Result<TournamentView> current = view(tournamentId);
    if (!current)
        return Unexpected(current.error());
    if (current->tournament.state != TournamentState::Running)
        return 0;
    storage::MatchRepository matches(m_database);
    // A match started at a match's table after it was given the table, between its two
    // players (in either order), is that match: however it was started (the window, a phone).
    std::map<int, qint64> refereeMatches = current->refereeMatches;
    for (const auto &[drawMatch, tableId] : current->tables) {
        const BracketMatch &match = current->draw.matches.at(size_t(drawMatch));
        if (refereeMatches.contains(drawMatch) || match.decided || !match.entrantA
            || !match.entrantB)
            continue;
        const Result<std::vector<storage::MatchRecord>> atTable
            = matches.matchesAt(tableId, current->assignedAt.at(drawMatch));
        if (!atTable)
            return Unexpected(atTable.error());
        const QStringList players{current->entrantName(*match.entrantA),
                                  current->entrantName(*match.entrantB)};
        for (const storage::MatchRecord &candidate : *atTable) {
            if (QStringList{candidate.players[0], candidate.players[1]} != players
                && QStringList{candidate.players[1], candidate.players[0]} != players)
                continue;
            if (Result<void> linked = storage::TournamentRepository(m_database)
                                          .setRefereeMatch(tournamentId, drawMatch, candidate.id);
                !linked)
                return Unexpected(linked.error());
            refereeMatches[drawMatch] = candidate.id;
            break;
        }
    }
    int recorded = 0;
    Bracket settled = current->draw; // with the results recorded here so far
    for (const auto &[drawMatch, matchId] : refereeMatches) {
        const BracketMatch &match = current->draw.matches.at(size_t(drawMatch));
        if (match.decided || !match.entrantA || !match.entrantB)
            continue;
        const Result<storage::MatchRecord> played = matches.match(matchId);
        if (!played || !played->finishedAt.isValid() || played->winner.isEmpty())
            continue;
        const Result<std::vector<storage::RackRecord>> racks = matches.racks(matchId);
        if (!racks)
            return Unexpected(racks.error());
        const QString nameA = current->entrantName(*match.entrantA);
        const QString nameB = current->entrantName(*match.entrantB);
        const auto racksWonBy = [&racks](const QString &name) {
            return int(std::count_if(racks->begin(), racks->end(),
                                     [&name](const auto &rack) { return rack.winner == name; }));
        };
        int winner = -1;
        if (played->winner == nameA)
            winner = *match.entrantA;
        else if (played->winner == nameB)
            winner = *match.entrantB;
        if (winner < 0)
            continue; // the table's match was not between the draw's two players
        const int racksA = racksWonBy(nameA);
        const int racksB = racksWonBy(nameB);
        if (!venue::recordResult(settled, drawMatch, winner, racksA, racksB))
            continue;
        storage::TournamentResultRecord result;
        result.tournamentId = tournamentId;
        result.drawMatch = drawMatch;
        result.winnerSeed = winner + 1;
        result.racksA = racksA;
        result.racksB = racksB;
        result.source = QStringLiteral("referee");
        result.matchId = matchId;
        const Result<qint64> added = storage::TournamentRepository(m_database)
                                         .addResult(result, int(current->results.size()) + recorded,
                                                    bracketFinished(settled), kRefereeActor);
        if (!added)
            return Unexpected(added.error());
        ++recorded;
    }
    if (recorded > 0)
        Q_EMIT changed(tournamentId);
    return recorded;
}

Result<int> TournamentDesk::settleRunning()
{
    const Result<std::vector<Tournament>> all = tournaments();
    if (!all)
        return Unexpected(all.error());
    int recorded = 0;
    for (const Tournament &tournament : *all) {
        if (tournament.state != TournamentState::Running)
            continue;
        const Result<int> settled = settleRefereeResults(tournament.id);
        if (!settled)
            return settled;
        recorded += *settled;
    }
    return recorded;
}

Result<std::vector<TableTournamentMatch>> TournamentDesk::matchesAtTables() const
{
    const Result<std::vector<Tournament>> all = tournaments();
    if (!all)
        return Unexpected(all.error());
    std::vector<TableTournamentMatch> atTables;
    for (const Tournament &tournament : *all) {
        if (tournament.state != TournamentState::Running)
            continue;
        const Result<TournamentView> shown = view(tournament.id);
        if (!shown)
            return Unexpected(shown.error());
        for (TableTournamentMatch &match : venue::matchesAtTables(*shown))
            atTables.push_back(std::move(match));
    }
    return atTables;
}

} // namespace dojo::venue
