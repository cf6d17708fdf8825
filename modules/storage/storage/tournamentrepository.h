#pragma once

#include "storage/tournamentrecords.h"

#include <core/result.h>

#include <QString>

#include <map>
#include <vector>

namespace dojo::storage {

class Database;

// Tournaments, their entries, where their matches are played and their results. Every write is
// audited naming `actor` in its transaction; every call answers with a Result whose error is
// one line. Writes that depend on what the draw holds (entries, seeds, results) take the
// tournament's write lock and check what they rely on, so two front desks cannot both decide
// the same match.
class TournamentRepository
{
public:
    explicit TournamentRepository(Database &database);

    Result<std::vector<TournamentRecord>> tournaments(qint64 venueId); // newest start first
    Result<TournamentRecord> tournament(qint64 tournamentId);
    // Audited "tournament.created"; its createdAt is now.
    Result<qint64> addTournament(const TournamentRecord &tournament, const QString &actor);
    // The name, game, format, options, fees, payouts, cap and seeding; refused once the draw is
    // made. Audited "tournament.edited".
    Result<void> updateTournament(const TournamentRecord &tournament, const QString &actor);
    // "running", "finished", "cancelled" (or back to "sign-up" while nothing is played);
    // audited "tournament.<state>".
    Result<void> setState(qint64 tournamentId, const QString &state, const QString &actor);

    Result<std::vector<TournamentEntryRecord>> entries(qint64 tournamentId); // by seed, then entry
    // A player's entry: refused once a match of the draw has started (a table's match or a
    // result), past the cap, or for a player already in. Audited "tournament.entered".
    Result<qint64> addEntry(qint64 tournamentId, qint64 playerId, const QString &actor);
    // "entered", "checked-in", "no-show", "withdrawn"; audited "tournament.entry".
    Result<void> setEntryState(qint64 entryId, const QString &state, const QString &actor);
    Result<void> setEntryPaid(qint64 entryId, bool paid, const QString &actor);
    // The draw made: entry id → seed and rating (those not named lose theirs) and the state
    // "running", in one transaction. Refused unless the tournament takes sign-ups. Audited
    // "tournament.started" with the seeds.
    Result<void> startWithSeeds(qint64 tournamentId, const std::map<qint64, DrawnSeed> &seeds,
                                const QString &actor);
    // Back to sign-up with the seeds kept, while no result is recorded and no match started;
    // audited "tournament.reopened".
    Result<void> reopen(qint64 tournamentId, const QString &actor);

    Result<std::vector<TournamentTableRecord>> tables(qint64 tournamentId);
    // The table a match of the draw is played at (none: taken off its table). Audited
    // "tournament.table".
    Result<void> assignTable(qint64 tournamentId, int drawMatch, std::optional<qint64> tableId,
                             const QString &actor);
    // The referee's match started at the table for a match of the draw.
    Result<void> setRefereeMatch(qint64 tournamentId, int drawMatch, qint64 matchId);

    // Every result in the order recorded, those taken back too.
    Result<std::vector<TournamentResultRecord>> results(qint64 tournamentId);
    // Records a result when the tournament runs and exactly `standingBefore` results stand (what
    // the caller replayed); another desk's result in between refuses it. Audited
    // "tournament.result". `finishesDraw`: the draw is decided with it, and the tournament is
    // finished in the same transaction (audited "tournament.finished").
    Result<qint64> addResult(const TournamentResultRecord &result, int standingBefore,
                             bool finishesDraw, const QString &actor);
    // Marks a standing result taken back; audited "tournament.result-taken-back".
    Result<void> takeBackResult(qint64 resultId, int standingBefore, const QString &actor);

private:
    Database &m_database;
};

} // namespace dojo::storage
