#pragma once

#include <core/result.h>

#include <vector>

namespace dojo::venue {

// Racks two players played against each other: one match, or one night's results.
struct RacksPlayed
{
    int a = 0; // the players, as indexes into the fit's players
    int b = 0;
    int racksA = 0; // racks a won
    int racksB = 0; // racks b won
};

// A player's rating as the fit found it.
struct FittedRating
{
    double rating = 0;
    int racks = 0; // racks counted for it, the pseudo-racks of the starter rating left out
};

struct RatingFitOptions
{
    double starterRacks = 20; // a starter rating counts as this many racks against its equal
    double tolerance = 0.01;  // rating points: the fit stops when no rating moves further
    int maxIterations = 200;
};

// The Fargo-scale ratings by maximum likelihood over every rack: each rack a Bradley-Terry
// trial (100 points are 2:1 odds), each player's starter rating (`starters`, one per player)
// counting as `starterRacks` racks, half won and half lost, against an opponent of that rating.
// Refused when a result names a player out of range or a negative number of racks.
Result<std::vector<FittedRating>> fitRatings(const std::vector<double> &starters,
                                             const std::vector<RacksPlayed> &results,
                                             const RatingFitOptions &options = {});

} // namespace dojo::venue
