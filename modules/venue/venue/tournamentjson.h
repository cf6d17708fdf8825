#pragma once

#include "venue/tournament.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <map>

namespace dojo::venue {

// A tournament as phones read it from the live server (docs/protocol.md, /api/tournaments/ID):
// its players by seed, every match of the draw with its players, result, race and table, and
// the standings. `tableNames` names the venue's tables by id; a table not in it is left out.
QJsonObject tournamentJson(const TournamentView &view, const std::map<qint64, QString> &tableNames);

// One line of the list of tournaments (/api/tournaments): id, name, game, format, state and the
// number of players (those in the draw, or entered before it is made).
QJsonObject tournamentSummaryJson(const TournamentView &view);

// When the tournament's last standing result was recorded (invalid: none yet): a finished
// tournament finished then.
QDateTime lastResultAt(const TournamentView &view);

// Whether phones list a tournament at `now`: while it runs, and for a day after it finished
// (`lastResult`: lastResultAt()).
bool listedOnPhones(TournamentState state, const QDateTime &lastResult, const QDateTime &now);

// The word of a part of the draw: "winners", "losers", "grand-final", "grand-final-reset",
// "third-place", "round-robin", "swiss".
QString bracketSectionKey(BracketSection section);

} // namespace dojo::venue
