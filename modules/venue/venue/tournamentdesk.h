#pragma once

#include "venue/staff.h"
#include "venue/tournament.h"
#include "venue/tournamenttables.h"

#include <core/result.h>

#include <QObject>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// The tournament director's desk: tournaments of one venue, from sign-up to payouts. Every
// change is audited naming the actor and announced with changed(); the draw is never stored,
// only its results in order, and replayed (bracket.h), so every desk on the database agrees.
class TournamentDesk : public QObject
{
    Q_OBJECT

public:
    // Ratings by player id, for seeding and handicaps; a player not in it has their starter.
    using Ratings = std::map<qint64, double>;

    TournamentDesk(storage::Database &database, qint64 venueId, QObject *parent = nullptr);

    // Ratings given here are kept; else the draw reads the venue's ratings when it is made.
    void setRatings(Ratings ratings)
    {
        m_ratings = std::move(ratings);
        m_ratingsGiven = true;
    }

    Result<std::vector<Tournament>> tournaments() const; // newest first
    Result<TournamentView> view(qint64 tournamentId) const;

    Result<qint64> create(const TournamentSettings &settings, const Actor &actor);
    // Before the draw is made.
    Result<void> edit(qint64 tournamentId, const TournamentSettings &settings, const Actor &actor);
    Result<void> cancel(qint64 tournamentId, const Actor &actor);

    // Enters a player: while it takes sign-ups, or late, until its first match starts (the draw
    // is made again with them in it).
    Result<qint64> enter(qint64 tournamentId, qint64 playerId, const Actor &actor);
    Result<void> setEntryState(qint64 tournamentId, qint64 entryId, EntryState state,
                               const Actor &actor);
    Result<void> setPaid(qint64 entryId, bool paid, const Actor &actor);

    // Makes the draw: the checked-in players (all entered when no one checked in; the others
    // become no-shows), seeded by rating or in `handOrder` (entry ids, best first).
    Result<void> start(qint64 tournamentId, const std::vector<qint64> &handOrder,
                       const Actor &actor);
    // Back to sign-up while no match has started.
    Result<void> reopen(qint64 tournamentId, const Actor &actor);

    // The table a ready match is played at; none takes it off.
    Result<void> assignTable(qint64 tournamentId, int drawMatch, std::optional<qint64> tableId,
                             const Actor &actor);
    // The first of `freeTables` (in the floor's order) not already given to one of the
    // tournament's undecided matches; none when every one is.
    Result<std::optional<qint64>> assignNextFreeTable(qint64 tournamentId, int drawMatch,
                                                      const std::vector<qint64> &freeTables,
                                                      const Actor &actor);
    // The referee's match started at the table for a match of the draw: its result will be
    // the draw's when it finishes (settleRefereeResults).
    Result<void> linkRefereeMatch(qint64 tournamentId, int drawMatch, qint64 matchId);

    // A result entered by hand: the winner as a draw entrant (seed order) and the racks of the
    // match's first and second player.
    Result<void> recordResult(qint64 tournamentId, int drawMatch, int winner, int racksA,
                              int racksB, const Actor &actor);
    // Takes a match's result back (a referee or a manager), to record the right one.
    Result<void> takeBack(qint64 tournamentId, int drawMatch, const Actor &actor);

    // Records the results of the draw's matches whose referee's match has finished; the number
    // recorded. Safe to call from every desk and often: a result is recorded once.
    Result<int> settleRefereeResults(qint64 tournamentId);
    // The same for every running tournament of the venue; the first failure stops it.
    Result<int> settleRunning();

    // The undecided matches of every running tournament that have a table: the venue floor's.
    Result<std::vector<TableTournamentMatch>> matchesAtTables() const;

Q_SIGNALS:
    void changed(qint64 tournamentId);

private:
    double ratingOf(qint64 playerId, double starter) const;

    storage::Database &m_database;
    qint64 m_venueId = 0;
    Ratings m_ratings;
    bool m_ratingsGiven = false;
};

} // namespace dojo::venue
