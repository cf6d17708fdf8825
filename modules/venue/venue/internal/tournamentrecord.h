#pragma once

#include "venue/tournament.h"

#include <storage/tournamentrecords.h>

namespace dojo::venue::internal {

// A tournament's settings as its row holds them, and back.
storage::TournamentRecord recordOf(const TournamentSettings &settings);
Tournament tournamentOf(const storage::TournamentRecord &record);
QString entryStateKey(EntryState state);
EntryState entryStateFromKey(const QString &key);

} // namespace dojo::venue::internal
