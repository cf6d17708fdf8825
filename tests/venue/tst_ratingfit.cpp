// The maximum-likelihood Fargo fit: known gaps recovered from racks drawn at random from known
// ratings, within what the number of racks allows; the fit is a maximum (its gradient is zero);
// the starter rating alone; a player who won every rack; the refusals; the racks counted.
#include <venue/fargo.h>
#include <venue/ratingfit.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using namespace dojo::venue;

namespace {

constexpr double kStrengthPerPoint = std::numbers::ln2 / 100.0;

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// The gradient of the fit's log-likelihood for each player, in strength units (a rating's
// ln 2 / 100), written out the plain way from every result and prior.
std::vector<double> gradientAt(const std::vector<double> &ratings,
                               const std::vector<double> &starters,
                               const std::vector<RacksPlayed> &results, double starterRacks)
{
    std::vector<double> gradient(ratings.size());
    for (size_t i = 0; i < ratings.size(); ++i) {
        const double chance = sigmoid((ratings[i] - starters[i]) * kStrengthPerPoint);
        gradient[i] = starterRacks / 2 - starterRacks * chance;
    }
    for (const RacksPlayed &result : results) {
        const auto a = static_cast<size_t>(result.a);
        const auto b = static_cast<size_t>(result.b);
        const double chance = sigmoid((ratings[a] - ratings[b]) * kStrengthPerPoint);
        const double surplus = result.racksA - (result.racksA + result.racksB) * chance;
        gradient[a] += surplus;
        gradient[b] -= surplus;
    }
    return gradient;
}

std::vector<double> ratingsOf(const std::vector<FittedRating> &fitted)
{
    std::vector<double> ratings;
    for (const FittedRating &rating : fitted)
        ratings.push_back(rating.rating);
    return ratings;
}

} // namespace

class tst_RatingFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoversKnownGaps_data();
    void recoversKnownGaps();
    void theStarterAlone();
    void aPlayerWhoWonEveryRack();
    void aPairAgainstItsOneDimensionalMaximum();
    void racksCounted();
    void resultsOfOnePairAddUp();
    void refusals_data();
    void refusals();
};

void tst_RatingFit::recoversKnownGaps_data()
{
    QTest::addColumn<int>("players");
    QTest::addColumn<int>("racksPerPair");
    QTest::addColumn<unsigned>("seed");

    QTest::newRow("20 players, 100 racks a pair") << 20 << 100 << 1u;
    QTest::newRow("20 players, 100 racks a pair, another draw") << 20 << 100 << 2u;
    QTest::newRow("20 players, 400 racks a pair") << 20 << 400 << 3u;
    QTest::newRow("8 players, 1000 racks a pair") << 8 << 1000 << 4u;
}

void tst_RatingFit::recoversKnownGaps()
{
    QFETCH(int, players);
    QFETCH(int, racksPerPair);
    QFETCH(unsigned, seed);

    // True ratings spread evenly over 300..800; every pair plays its racks as nights of 10.
    std::vector<double> truth;
    for (int i = 0; i < players; ++i)
        truth.push_back(300.0 + 500.0 * i / (players - 1));
    std::mt19937 random(seed);
    std::vector<RacksPlayed> results;
    for (int a = 0; a < players; ++a) {
        for (int b = a + 1; b < players; ++b) {
            std::bernoulli_distribution rack(
                rackChance(truth[static_cast<size_t>(a)], truth[static_cast<size_t>(b)]));
            for (int played = 0; played < racksPerPair; played += 10) {
                RacksPlayed night{a, b, 0, 0};
                for (int r = 0; r < 10; ++r)
                    ++(rack(random) ? night.racksA : night.racksB);
                results.push_back(night);
            }
        }
    }
    const RatingFitOptions options;
    const std::vector<double> starters(static_cast<size_t>(players), 500.0);
    const auto fitted = fitRatings(starters, results, options);
    QVERIFY2(fitted, qPrintable(fitted ? QString() : fitted.error()));
    const std::vector<double> ratings = ratingsOf(*fitted);

    // How far each fitted gap may be from the true one. The fit's standard error for player i
    // is 1/sqrt(I_i) in strength units, where I_i = sum of racks * p(1-p) over its opponents
    // at the true ratings (the Fisher information); a gap's is sqrt(1/I_i + 1/I_j). Allow 4.5
    // of those (about 1 chance in 150000 for one gap, so some 1 in 800 that any of the 190 of
    // 20 players strays), plus the starter's pull: its 20 racks push each player by at most
    // (starterRacks / 2) / I_i toward 500.
    std::vector<double> information(truth.size(), 0.0);
    for (size_t a = 0; a < truth.size(); ++a) {
        for (size_t b = 0; b < truth.size(); ++b) {
            if (a == b)
                continue;
            const double p = rackChance(truth[a], truth[b]);
            information[a] += racksPerPair * p * (1 - p);
        }
    }
    double widest = 0;
    for (size_t a = 0; a < truth.size(); ++a) {
        for (size_t b = a + 1; b < truth.size(); ++b) {
            const double spread = 1 / information[a] + 1 / information[b];
            const double pull = options.starterRacks / 2 * spread;
            const double allowed = (4.5 * std::sqrt(spread) + pull) / kStrengthPerPoint;
            widest = std::max(widest, allowed);
            const double error = (ratings[b] - ratings[a]) - (truth[b] - truth[a]);
            QVERIFY2(std::abs(error) <= allowed,
                     qPrintable(QStringLiteral("players %1 and %2: gap %3, true %4, allowed %5")
                                    .arg(a)
                                    .arg(b)
                                    .arg(ratings[b] - ratings[a])
                                    .arg(truth[b] - truth[a])
                                    .arg(allowed)));
        }
    }
    // The bound is meaningful: far narrower than the 500 points the ratings span.
    QVERIFY2(widest < 100, qPrintable(QString::number(widest)));

    // The fit is the maximum: no player's likelihood gains from moving (the fit stops when no
    // rating moves 0.01 points, so the gradient is within a few thousandths of the curvature).
    const std::vector<double> gradient
        = gradientAt(ratings, starters, results, options.starterRacks);
    for (size_t i = 0; i < gradient.size(); ++i)
        QVERIFY2(std::abs(gradient[i]) < 1e-3 * information[i],
                 qPrintable(QStringLiteral("player %1: gradient %2").arg(i).arg(gradient[i])));
}

void tst_RatingFit::theStarterAlone()
{
    const std::vector<double> starters{500.0, 650.0, 380.5};
    const auto fitted = fitRatings(starters, {});
    QVERIFY2(fitted, qPrintable(fitted ? QString() : fitted.error()));
    QCOMPARE(fitted->size(), starters.size());
    for (size_t i = 0; i < starters.size(); ++i) {
        QCOMPARE(fitted->at(i).rating, starters[i]);
        QCOMPARE(fitted->at(i).racks, 0);
    }
    const auto none = fitRatings({}, {});
    QVERIFY(none);
    QVERIFY(none->empty());
}

void tst_RatingFit::aPlayerWhoWonEveryRack()
{
    // Player 0 won all 200 racks against players 1 and 2; the others split theirs.
    const std::vector<double> starters(3, 500.0);
    const std::vector<RacksPlayed> results{{0, 1, 100, 0}, {2, 0, 0, 100}, {1, 2, 50, 50}};
    const auto fitted = fitRatings(starters, results);
    QVERIFY2(fitted, qPrintable(fitted ? QString() : fitted.error()));
    const double winner = fitted->at(0).rating;
    QVERIFY(std::isfinite(winner));
    QVERIFY(winner > fitted->at(1).rating + 100);
    QVERIFY(winner > fitted->at(2).rating + 100);
    QVERIFY(winner < 5000);
    // 1 and 2 played alike against the same players: the same rating.
    QVERIFY(std::abs(fitted->at(1).rating - fitted->at(2).rating) < 0.05);
    const std::vector<double> gradient = gradientAt(ratingsOf(*fitted), starters, results, 20);
    for (const double g : gradient)
        QVERIFY2(std::abs(g) < 1e-2, qPrintable(QString::number(g)));
}

void tst_RatingFit::aPairAgainstItsOneDimensionalMaximum()
{
    // Two players of starter 500; A won 30 racks of 40. By symmetry the fit is 500 + x and
    // 500 - x, x where 30 - 40 sigmoid(2x) = (starterRacks / 2) (2 sigmoid(x) - 1) (strength
    // units), found here by bisection.
    const double starterRacks = 20;
    const auto excess = [&](double x) {
        return 30 - 40 * sigmoid(2 * x) - starterRacks / 2 * (2 * sigmoid(x) - 1);
    };
    double low = 0;
    double high = 10;
    for (int i = 0; i < 200; ++i) {
        const double middle = (low + high) / 2;
        (excess(middle) > 0 ? low : high) = middle;
    }
    const double expected = low / kStrengthPerPoint;

    RatingFitOptions options;
    options.starterRacks = starterRacks;
    options.tolerance = 1e-6;
    const auto fitted = fitRatings({500.0, 500.0}, {{0, 1, 30, 10}}, options);
    QVERIFY2(fitted, qPrintable(fitted ? QString() : fitted.error()));
    QVERIFY2(std::abs(fitted->at(0).rating - (500 + expected)) < 1e-4,
             qPrintable(QString::number(fitted->at(0).rating, 'g', 12)));
    QVERIFY2(std::abs(fitted->at(1).rating - (500 - expected)) < 1e-4,
             qPrintable(QString::number(fitted->at(1).rating, 'g', 12)));
}

void tst_RatingFit::racksCounted()
{
    const std::vector<RacksPlayed> results{{0, 1, 3, 2}, {1, 2, 4, 0}, {0, 1, 1, 1}, {3, 0, 0, 0}};
    const auto fitted = fitRatings(std::vector<double>(5, 500.0), results);
    QVERIFY2(fitted, qPrintable(fitted ? QString() : fitted.error()));
    QCOMPARE(fitted->at(0).racks, 7);
    QCOMPARE(fitted->at(1).racks, 11);
    QCOMPARE(fitted->at(2).racks, 4);
    QCOMPARE(fitted->at(3).racks, 0); // a result of no racks counts none
    QCOMPARE(fitted->at(4).racks, 0);
    QCOMPARE(fitted->at(3).rating, 500.0);
    QCOMPARE(fitted->at(4).rating, 500.0);
}

void tst_RatingFit::resultsOfOnePairAddUp()
{
    // Nights entered one by one, either player first, fit as the same racks added up.
    const std::vector<double> starters{500.0, 520.0, 480.0};
    const auto apart = fitRatings(starters, {{0, 1, 3, 2}, {1, 0, 4, 1}, {2, 1, 5, 5}});
    const auto together = fitRatings(starters, {{1, 0, 6, 4}, {1, 2, 5, 5}});
    QVERIFY(apart && together);
    for (size_t i = 0; i < starters.size(); ++i) {
        QVERIFY(std::abs(apart->at(i).rating - together->at(i).rating) < 1e-6);
        QCOMPARE(apart->at(i).racks, together->at(i).racks);
    }
}

void tst_RatingFit::refusals_data()
{
    QTest::addColumn<std::vector<double>>("starters");
    QTest::addColumn<std::vector<RacksPlayed>>("results");
    QTest::addColumn<double>("starterRacks");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<QString>("sentence");

    const std::vector<double> two{500.0, 500.0};
    QTest::newRow("a player past the last")
        << two << std::vector<RacksPlayed>{{0, 2, 1, 1}} << 20.0 << 0.01
        << QStringLiteral("Result 0 names player 2, but the "
                          "players are numbered from 0 to 1.");
    QTest::newRow("a negative player")
        << two << std::vector<RacksPlayed>{{0, 1, 1, 1}, {-1, 1, 1, 1}} << 20.0 << 0.01
        << QStringLiteral("Result 1 names player -1, but the players are numbered from 0 to 1.");
    QTest::newRow("negative racks")
        << two << std::vector<RacksPlayed>{{0, 1, 3, -1}} << 20.0 << 0.01
        << QStringLiteral("Result 0 has a negative number of racks: 3 to -1.");
    QTest::newRow("against themselves")
        << two << std::vector<RacksPlayed>{{1, 1, 3, 2}} << 20.0 << 0.01
        << QStringLiteral("Result 0 has player 1 playing against themselves.");
    QTest::newRow("no pseudo-racks")
        << two << std::vector<RacksPlayed>{} << 0.0 << 0.01
        << QStringLiteral("A starter rating must count as more than 0 racks, "
                          "not 0.");
    QTest::newRow("no tolerance")
        << two << std::vector<RacksPlayed>{} << 20.0 << 0.0
        << QStringLiteral("The rating fit's tolerance must be more than 0 rating points, not 0.");
    QTest::newRow("a starter that is no number")
        << std::vector<double>{500.0, std::nan("")} << std::vector<RacksPlayed>{} << 20.0 << 0.01
        << QStringLiteral("Player 1's starter rating is not a number.");
}

void tst_RatingFit::refusals()
{
    QFETCH(std::vector<double>, starters);
    QFETCH(std::vector<RacksPlayed>, results);
    QFETCH(double, starterRacks);
    QFETCH(double, tolerance);
    QFETCH(QString, sentence);
    RatingFitOptions options;
    options.starterRacks = starterRacks;
    options.tolerance = tolerance;
    const auto fitted = fitRatings(starters, results, options);
    QVERIFY(!fitted);
    QCOMPARE(fitted.error(), sentence);
}

QTEST_GUILESS_MAIN(tst_RatingFit)
#include "tst_ratingfit.moc"
