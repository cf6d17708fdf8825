#pragma once

#include "storage/tournamentrecords.h"

#include <QSqlQuery>

namespace dojo::storage::internal {

inline constexpr auto kTournamentColumns
    = "id, venue_id, event_id, name, game, format, options, state, starts_at, entry_fee_cents, "
      "added_money_cents, payouts, max_players, seeding, created_by, created_at";
inline constexpr auto kEntryColumns
    = "id, tournament_id, player_id, seed, state, paid, entered_at, drawn_rating";
inline constexpr auto kTournamentTableColumns
    = "tournament_id, draw_match, table_id, match_id, assigned_at, assigned_by";
inline constexpr auto kTournamentResultColumns
    = "id, tournament_id, draw_match, winner_seed, racks_a, racks_b, source, match_id, "
      "recorded_by, recorded_at, taken_back_at, taken_back_by";

TournamentRecord tournamentFromRow(const QSqlQuery &query);
TournamentEntryRecord entryFromRow(const QSqlQuery &query);
TournamentTableRecord tournamentTableFromRow(const QSqlQuery &query);
TournamentResultRecord tournamentResultFromRow(const QSqlQuery &query);

} // namespace dojo::storage::internal
