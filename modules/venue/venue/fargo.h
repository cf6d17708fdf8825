#pragma once

namespace dojo::venue {

// The Fargo scale: a rack is a Bradley-Terry trial in which 100 rating points are 2:1 odds.
// Pure functions of numbers, so the odds command, the handicaps and the charts agree.

// The chance that a player rated `rating` wins one rack against one rated `opponent`.
double rackChance(double rating, double opponent);

// The chance that a player who wins each rack with `rackChance` reaches `racksNeeded` racks
// before the opponent reaches `opponentNeeded` (both at least 1).
double raceChance(double rackChance, int racksNeeded, int opponentNeeded);

// A race handicapped by the ratings: the better player (or the first, when equal) races to
// `longerRace`; the other's race is the one from 1 to `longerRace` that makes the match the
// closest to even for both.
struct HandicappedRace
{
    int racksA = 0;     // what the first player needs
    int racksB = 0;     // what the second player needs
    double chanceA = 0; // the first player's chance of winning that race
};
HandicappedRace handicappedRace(double ratingA, double ratingB, int longerRace);

} // namespace dojo::venue
