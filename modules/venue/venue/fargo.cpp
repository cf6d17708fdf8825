#include "venue/fargo.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace dojo::venue {

namespace {

// Two chances this close are the same for the handicap: the longer race wins the tie.
constexpr double kSameChance = 1e-12;

} // namespace

double rackChance(double rating, double opponent)
{
    return 1.0 / (1.0 + std::exp2(-(rating - opponent) / 100.0));
}

double raceChance(double rackChance, int racksNeeded, int opponentNeeded)
{
    // A race already won or already lost (a need of 0 or less) is certain either way.
    if (racksNeeded <= 0)
        return 1.0;
    if (opponentNeeded <= 0)
        return 0.0;
    if (std::isnan(rackChance))
        return rackChance;
    if (rackChance <= 0.0)
        return 0.0;
    if (rackChance >= 1.0)
        return 1.0;

    // Won with the opponent at k racks: C(n-1+k, k) p^n q^k. Summed in log space, since p^n
    // alone underflows long before a race to 1000 does.
    const double n = racksNeeded;
    const double logP = std::log(rackChance);
    const double logQ = std::log1p(-rackChance);
    const double logFirst = n * logP;
    std::vector<double> logTerms;
    logTerms.reserve(static_cast<size_t>(opponentNeeded));
    double largest = -std::numeric_limits<double>::infinity();
    for (int k = 0; k < opponentNeeded; ++k) {
        const double logTerm
            = std::lgamma(n + k) - std::lgamma(k + 1.0) - std::lgamma(n) + logFirst + k * logQ;
        logTerms.push_back(logTerm);
        largest = std::max(largest, logTerm);
    }
    double sum = 0;
    for (const double logTerm : logTerms)
        sum += std::exp(logTerm - largest);
    return std::clamp(std::exp(largest + std::log(sum)), 0.0, 1.0);
}

HandicappedRace handicappedRace(double ratingA, double ratingB, int longerRace)
{
    const int longer = std::max(1, longerRace);
    const bool aIsBetter = ratingA >= ratingB;
    const double betterChance
        = aIsBetter ? rackChance(ratingA, ratingB) : rackChance(ratingB, ratingA);

    // From the longest race down, so that a tie keeps the longer one.
    HandicappedRace best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int shorter = longer; shorter >= 1; --shorter) {
        const double better = raceChance(betterChance, longer, shorter);
        const double distance = std::abs(better - 0.5);
        if (distance < bestDistance - kSameChance) {
            bestDistance = distance;
            best = aIsBetter ? HandicappedRace{longer, shorter, better}
                             : HandicappedRace{shorter, longer, 1.0 - better};
        }
    }
    return best;
}

} // namespace dojo::venue
