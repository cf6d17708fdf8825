#include "venue/ratingfit.h"

#include "venue/internal/ratingsolver.h"
#include "venue/internal/venuetr.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace dojo::venue {

using internal::Tr;

namespace {

// 100 rating points are 2:1 odds: a strength of rating * ln 2 / 100 makes it a logistic gap.
constexpr double kStrengthPerPoint = std::numbers::ln2 / 100.0;

Result<void> checkOptions(const std::vector<double> &starters, const RatingFitOptions &options)
{
    if (!std::isfinite(options.starterRacks) || options.starterRacks <= 0) {
        return Unexpected(Tr::tr("A starter rating must count as more than 0 racks, not %1.")
                              .arg(options.starterRacks));
    }
    if (!std::isfinite(options.tolerance) || options.tolerance <= 0) {
        return Unexpected(Tr::tr("The rating fit's tolerance must be more than 0 rating points, "
                                 "not %1.")
                              .arg(options.tolerance));
    }
    if (options.maxIterations < 1) {
        return Unexpected(Tr::tr("The rating fit needs at least 1 iteration, not %1.")
                              .arg(options.maxIterations));
    }
    for (size_t i = 0; i < starters.size(); ++i) {
        if (!std::isfinite(starters[i]))
            return Unexpected(
                Tr::tr("Player %1's starter rating is not a number.").arg(static_cast<qint64>(i)));
    }
    return {};
}

Result<void> checkResults(size_t players, const std::vector<RacksPlayed> &results)
{
    const auto known
        = [players](int player) { return player >= 0 && static_cast<size_t>(player) < players; };
    for (size_t i = 0; i < results.size(); ++i) {
        const RacksPlayed &result = results[i];
        const qint64 at = static_cast<qint64>(i);
        for (const int player : {result.a, result.b}) {
            if (!known(player)) {
                return Unexpected(Tr::tr("Result %1 names player %2, but the players are "
                                         "numbered from 0 to %3.")
                                      .arg(at)
                                      .arg(player)
                                      .arg(static_cast<qint64>(players) - 1));
            }
        }
        if (result.a == result.b) {
            return Unexpected(Tr::tr("Result %1 has player %2 playing against themselves.")
                                  .arg(at)
                                  .arg(result.a));
        }
        if (result.racksA < 0 || result.racksB < 0) {
            return Unexpected(Tr::tr("Result %1 has a negative number of racks: %2 to %3.")
                                  .arg(at)
                                  .arg(result.racksA)
                                  .arg(result.racksB));
        }
    }
    return {};
}

// Every result of a pair of players added up, the lower index first.
std::vector<internal::PairRacks> pairsOf(const std::vector<RacksPlayed> &results)
{
    struct Tally
    {
        std::uint64_t players; // the lower index in the high half
        std::int64_t racksLow;
        std::int64_t racksHigh;
    };
    std::vector<Tally> tallies;
    tallies.reserve(results.size());
    for (const RacksPlayed &result : results) {
        if (result.racksA == 0 && result.racksB == 0)
            continue;
        const bool aIsLow = result.a < result.b;
        const auto low = static_cast<std::uint64_t>(aIsLow ? result.a : result.b);
        const auto high = static_cast<std::uint64_t>(aIsLow ? result.b : result.a);
        tallies.push_back({low << 32 | high, aIsLow ? result.racksA : result.racksB,
                           aIsLow ? result.racksB : result.racksA});
    }
    std::sort(tallies.begin(), tallies.end(),
              [](const Tally &x, const Tally &y) { return x.players < y.players; });
    std::vector<internal::PairRacks> pairs;
    for (size_t i = 0; i < tallies.size();) {
        Tally sum = tallies[i];
        for (++i; i < tallies.size() && tallies[i].players == sum.players; ++i) {
            sum.racksLow += tallies[i].racksLow;
            sum.racksHigh += tallies[i].racksHigh;
        }
        pairs.push_back({static_cast<int>(sum.players >> 32),
                         static_cast<int>(sum.players & 0xffffffffu),
                         static_cast<double>(sum.racksLow), static_cast<double>(sum.racksHigh)});
    }
    return pairs;
}

} // namespace

namespace internal {

Result<RatingFitReport> fitRatingsReported(const std::vector<double> &starters,
                                           const std::vector<RacksPlayed> &results,
                                           const RatingFitOptions &options)
{
    if (Result<void> checked = checkOptions(starters, options); !checked)
        return Unexpected(checked.error());
    if (Result<void> checked = checkResults(starters.size(), results); !checked)
        return Unexpected(checked.error());

    StrengthProblem problem;
    problem.priors.reserve(starters.size());
    for (const double starter : starters)
        problem.priors.push_back(starter * kStrengthPerPoint);
    problem.pairs = pairsOf(results);
    problem.priorRacks = options.starterRacks;
    problem.tolerance = options.tolerance * kStrengthPerPoint;
    problem.maxIterations = options.maxIterations;
    const SolvedStrengths solved = solveStrengths(problem);
    if (!solved.settled) {
        return Unexpected(
            Tr::tr("The ratings did not settle within %1 iterations.").arg(options.maxIterations));
    }

    std::vector<std::int64_t> racks(starters.size(), 0);
    for (const RacksPlayed &result : results) {
        const std::int64_t played = std::int64_t{result.racksA} + result.racksB;
        racks[static_cast<size_t>(result.a)] += played;
        racks[static_cast<size_t>(result.b)] += played;
    }
    RatingFitReport report;
    report.pairs = problem.pairs.size();
    report.newtonIterations = solved.newtonIterations;
    report.conjugateGradientIterations = solved.conjugateGradientIterations;
    report.ratings.reserve(starters.size());
    for (size_t i = 0; i < starters.size(); ++i) {
        report.ratings.push_back({solved.strengths[i] / kStrengthPerPoint,
                                  static_cast<int>(std::min<std::int64_t>(racks[i], INT_MAX))});
    }
    return report;
}

} // namespace internal

Result<std::vector<FittedRating>> fitRatings(const std::vector<double> &starters,
                                             const std::vector<RacksPlayed> &results,
                                             const RatingFitOptions &options)
{
    Result<internal::RatingFitReport> report
        = internal::fitRatingsReported(starters, results, options);
    if (!report)
        return Unexpected(report.error());
    return std::move(report->ratings);
}

} // namespace dojo::venue
