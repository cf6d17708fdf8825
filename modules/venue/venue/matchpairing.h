#pragma once

#include "venue/floor.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <vector>

namespace dojo::venue {

// A player waiting in the match queue.
struct WaitingPlayer
{
    qint64 entryId = 0;
    qint64 playerId = 0;
    QString name;
    QString game; // "nine-ball", as rules/game.h names it
    QDateTime joinedAt;
    double starterRating = kDefaultStarterRating; // when the ratings have none for the player
};

// How far apart two waiting players' ratings may be: `baseGap` points at once, widened by
// `gapPerStep` points for every whole `stepMinutes` the longer waiting of the two has waited,
// so nobody waits for ever for their equal. The defaults: 50 points, plus 25 every 5 minutes
// (after 20 minutes, 150 points: about 2.8 to 1 odds a rack).
struct PairingRules
{
    double baseGap = 50;
    double gapPerStep = 25;
    int stepMinutes = 5;
};

// The rating gap a player who joined at `joinedAt` accepts at `now`.
double allowedGap(const QDateTime &joinedAt, const QDateTime &now, const PairingRules &rules = {});

struct ProposedPair
{
    WaitingPlayer first; // the one who waited longer
    WaitingPlayer second;
    double gap = 0; // rating points between them
};

// Pairs of waiting players to call to a table, as the desk would make them: the longest waiting
// player first, with the player of the same game whose rating is nearest theirs, if within the
// gap they accept (allowedGap of their join); then the longest waiting of the rest, and so on.
// A tie in nearness goes to the one who waited longer. `ratings`: player id → rating (the
// ratings service's); a player without one counts at their starter rating. Pure: the same
// queue, ratings and time give the same pairs.
std::vector<ProposedPair> proposePairs(const std::vector<WaitingPlayer> &waiting,
                                       const std::map<qint64, double> &ratings,
                                       const QDateTime &now, const PairingRules &rules = {});

} // namespace dojo::venue
