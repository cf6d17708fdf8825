// How long the maximum-likelihood Fargo fit takes and how much memory it needs: 10,000 players
// over 1,000,000 racks, beside 1,000 players over 100,000 racks in the same process (the
// ratio says how it scales). Racks are drawn with a seeded generator from known true ratings,
// so the fit's largest error against them is printed too. Not a test: it prints, it asserts
// nothing about time.
//
// Three ways of pairing players:
// - league: a night is one player against 3 opponents drawn from those rated within 100
//   points of them (as a league or a handicapped venue pairs them), a set of 5 to 11 racks
//   each; repeated until the racks are played. Fewer pairs, each with many racks.
// - random: every set of 5 to 11 racks is between two players drawn uniformly: almost every
//   pair is new, so there are nearly as many pairs as sets.
// - single: every rack is a result of its own between two players drawn uniformly: a million
//   results and nearly a million pairs, the most work for the aggregation and the products.
//
// The true ratings are normal around 500 (SD 120) and every starter is 500 with its 20
// pseudo-racks, so the fit's level is the starters' and its spread shrinks toward 500 where
// the racks say little about long gaps (a league plays near its own rating): the figures give
// the error after the mean offset and the fitted spread beside the true one, and the fit
// again with a starter worth 1 rack, whose spread is the truth's.

#include <venue/fargo.h>
#include <venue/internal/ratingsolver.h>
#include <venue/ratingfit.h>

#include <QFile>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <vector>

using namespace dojo;
using Clock = std::chrono::steady_clock;

namespace {

// A figure of /proc/self/status in kB (VmHWM: the peak resident memory so far).
long statusKilobytes(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Resets VmHWM to the memory in use now (Linux 4.0 on), so the next peak is the fit's own.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

enum class Pairing { League, Random, Single };

struct League
{
    std::vector<double> truth; // by player
    std::vector<venue::RacksPlayed> results;
    long long racks = 0;
};

League draw(int players, long long racks, Pairing pairing, unsigned seed)
{
    League league;
    std::mt19937_64 random(seed);
    std::normal_distribution<double> rating(500.0, 120.0);
    for (int i = 0; i < players; ++i)
        league.truth.push_back(std::clamp(rating(random), 50.0, 950.0));
    // The players in their true order, for opponents near a player's rating.
    std::vector<int> order(static_cast<size_t>(players));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return league.truth[size_t(a)] < league.truth[size_t(b)]; });
    std::uniform_int_distribution<int> anyPlace(0, players - 1);
    std::uniform_int_distribution<int> setLength(5, 11);

    const auto playSet = [&](int a, int b, int length) {
        std::bernoulli_distribution rack(
            venue::rackChance(league.truth[size_t(a)], league.truth[size_t(b)]));
        venue::RacksPlayed set{a, b, 0, 0};
        for (int r = length; r > 0; --r)
            ++(rack(random) ? set.racksA : set.racksB);
        league.racks += set.racksA + set.racksB;
        league.results.push_back(set);
    };
    std::vector<double> sorted;
    for (const int player : order)
        sorted.push_back(league.truth[size_t(player)]);
    while (league.racks < racks) {
        if (pairing != Pairing::League) {
            const int a = anyPlace(random);
            int b = anyPlace(random);
            while (b == a)
                b = anyPlace(random);
            playSet(a, b, pairing == Pairing::Single ? 1 : setLength(random));
            continue;
        }
        // The places of the players rated within 100 points of this one.
        const int place = anyPlace(random);
        const double rating = sorted[size_t(place)];
        const auto from = std::lower_bound(sorted.begin(), sorted.end(), rating - 100.0);
        const auto to = std::upper_bound(sorted.begin(), sorted.end(), rating + 100.0);
        std::uniform_int_distribution<int> near(int(from - sorted.begin()),
                                                int(to - sorted.begin()) - 1);
        if (to - from < 2)
            continue;
        for (int opponent = 0; opponent < 3 && league.racks < racks; ++opponent) {
            int other = place;
            while (other == place)
                other = near(random);
            playSet(order[size_t(place)], order[size_t(other)], setLength(random));
        }
    }
    return league;
}

// Fits one drawn league and prints its figures; returns the fit's seconds.
double fit(const char *pairingName, int players, long long racks, Pairing pairing,
           double starterRacks)
{
    const League league = draw(players, racks, pairing, 2026u + unsigned(players));
    resetPeak();
    const long peakBefore = statusKilobytes("VmHWM");
    const std::vector<double> starters(size_t(players), 500.0);
    const auto start = Clock::now();
    venue::RatingFitOptions options;
    options.starterRacks = starterRacks;
    const auto report = venue::internal::fitRatingsReported(starters, league.results, options);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const long peakAfter = statusKilobytes("VmHWM");
    if (!report) {
        std::printf("%s: refused: %s\n", pairingName, qPrintable(report.error()));
        return 0;
    }

    // The starters fix only the level: compare after moving the fit to the truth's mean.
    double offset = 0;
    for (size_t i = 0; i < league.truth.size(); ++i)
        offset += report->ratings[i].rating - league.truth[i];
    offset /= double(players);
    double largest = 0;
    double squares = 0;
    double largestOften = 0; // among players with at least 100 racks
    const double trueMean
        = std::accumulate(league.truth.begin(), league.truth.end(), 0.0) / double(players);
    double trueSquares = 0;
    double fittedSquares = 0;
    for (size_t i = 0; i < league.truth.size(); ++i) {
        const double error = std::abs(report->ratings[i].rating - offset - league.truth[i]);
        largest = std::max(largest, error);
        squares += error * error;
        trueSquares += (league.truth[i] - trueMean) * (league.truth[i] - trueMean);
        const double fitted = report->ratings[i].rating - offset - trueMean;
        fittedSquares += fitted * fitted;
        if (report->ratings[i].racks >= 100)
            largestOften = std::max(largestOften, error);
    }
    std::printf("%-6s %6d players %8lld racks %8zu results %8zu pairs, starter %g racks: "
                "%7.3f s wall, "
                "%2d Newton iterations (%4d CG), memory %6.1f MB before the fit, peak %6.1f MB "
                "during it (+%.1f MB); error against the truth: largest %.1f (%.1f among players "
                "with 100+ racks), RMS %.1f rating points; spread (SD) %.1f fitted, %.1f true\n",
                pairingName, players, league.racks, league.results.size(), report->pairs,
                starterRacks, seconds, report->newtonIterations,
                report->conjugateGradientIterations, peakBefore / 1024.0, peakAfter / 1024.0,
                (peakAfter - peakBefore) / 1024.0, largest, largestOften,
                std::sqrt(squares / double(players)), std::sqrt(fittedSquares / double(players)),
                std::sqrt(trueSquares / double(players)));
    std::fflush(stdout);
    return seconds;
}

} // namespace

int main()
{
    std::printf("VmHWM at start: %.1f MB\n", statusKilobytes("VmHWM") / 1024.0);
    for (const auto &[name, pairing] :
         {std::pair{"league", Pairing::League}, std::pair{"random", Pairing::Random},
          std::pair{"single", Pairing::Single}}) {
        const double baseline = fit(name, 1000, 100000, pairing, 20);
        const double full = fit(name, 10000, 1000000, pairing, 20);
        std::printf("%-6s 10,000 players / 1,000,000 racks took %.1f times as long as 1,000 / "
                    "100,000\n",
                    name, full / baseline);
        // The same racks with a starter worth 1 rack: the spread's shrinkage is the prior's.
        fit(name, 10000, 1000000, pairing, 1);
    }
    return 0;
}
