// The Fargo odds against closed forms: a rack's chance from the rating gap, a race's chance
// (negative binomial) against the binomial tail it must equal, and the handicapped race that
// comes closest to even.
#include <venue/fargo.h>

#include <QTest>

#include <cmath>

using namespace dojo::venue;

namespace {

// P(at least `needed` wins in `racks` racks), each won with chance p: the other way to reach
// a race's chance (a race to RA against RB is decided within RA + RB - 1 racks). Each term is
// C(racks, k) p^k q^(racks-k), made from logarithms so that long races do not underflow.
double binomialTail(double p, int needed, int racks)
{
    double sum = 0;
    for (int k = needed; k <= racks; ++k) {
        const double logTerm = std::lgamma(racks + 1.0) - std::lgamma(k + 1.0)
                               - std::lgamma(racks - k + 1.0) + k * std::log(p)
                               + (racks - k) * std::log1p(-p);
        sum += std::exp(logTerm);
    }
    return sum;
}

bool close(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

QByteArray both(double actual, double expected)
{
    return QByteArray::number(actual, 'g', 17) + " against "
           + QByteArray::number(expected, 'g', 17);
}

} // namespace

class tst_Fargo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rackChance_data();
    void rackChance();
    void rackChanceIsSymmetric_data();
    void rackChanceIsSymmetric();
    void raceClosedForms_data();
    void raceClosedForms();
    void raceAgainstTheBinomialTail_data();
    void raceAgainstTheBinomialTail();
    void raceOfBothChancesSumsToOne();
    void raceEdges_data();
    void raceEdges();
    void handicappedRace_data();
    void handicappedRace();
};

void tst_Fargo::rackChance_data()
{
    QTest::addColumn<double>("rating");
    QTest::addColumn<double>("opponent");
    QTest::addColumn<double>("expected");

    QTest::newRow("equal") << 500.0 << 500.0 << 0.5;
    QTest::newRow("equal, low") << 120.0 << 120.0 << 0.5;
    QTest::newRow("+100: 2 to 1") << 600.0 << 500.0 << 2.0 / 3.0;
    QTest::newRow("+200: 4 to 1") << 700.0 << 500.0 << 4.0 / 5.0;
    QTest::newRow("+300: 8 to 1") << 800.0 << 500.0 << 8.0 / 9.0;
    QTest::newRow("-100: 1 to 2") << 400.0 << 500.0 << 1.0 / 3.0;
    QTest::newRow("-200: 1 to 4") << 300.0 << 500.0 << 1.0 / 5.0;
    QTest::newRow("+50: sqrt 2 to 1") << 550.0 << 500.0 << std::sqrt(2.0) / (1.0 + std::sqrt(2.0));
    QTest::newRow("only the gap counts") << 1100.0 << 1000.0 << 2.0 / 3.0;
    QTest::newRow("+2000: 2^20 to 1") << 2500.0 << 500.0 << 1048576.0 / 1048577.0;
}

void tst_Fargo::rackChance()
{
    QFETCH(double, rating);
    QFETCH(double, opponent);
    QFETCH(double, expected);
    const double actual = dojo::venue::rackChance(rating, opponent);
    QVERIFY2(close(actual, expected, 1e-12), both(actual, expected).constData());
}

void tst_Fargo::rackChanceIsSymmetric_data()
{
    QTest::addColumn<double>("rating");
    QTest::addColumn<double>("opponent");

    QTest::newRow("600-500") << 600.0 << 500.0;
    QTest::newRow("512.5-487.25") << 512.5 << 487.25;
    QTest::newRow("800-200") << 800.0 << 200.0;
    QTest::newRow("equal") << 450.0 << 450.0;
}

void tst_Fargo::rackChanceIsSymmetric()
{
    QFETCH(double, rating);
    QFETCH(double, opponent);
    const double sum
        = dojo::venue::rackChance(rating, opponent) + dojo::venue::rackChance(opponent, rating);
    QVERIFY2(close(sum, 1.0, 1e-15), QByteArray::number(sum, 'g', 17).constData());
}

void tst_Fargo::raceClosedForms_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("racksNeeded");
    QTest::addColumn<int>("opponentNeeded");
    QTest::addColumn<double>("expected");

    for (const double p : {0.2, 0.5, 2.0 / 3.0, 0.9}) {
        const double q = 1 - p;
        const QByteArray at = " at p=" + QByteArray::number(p, 'g', 4);
        QTest::newRow(QByteArray("race to 1" + at).constData()) << p << 1 << 1 << p;
        QTest::newRow(QByteArray("2 against 2" + at).constData())
            << p << 2 << 2 << p * p * (3 - 2 * p);
        for (const int n : {2, 5, 13}) {
            const QByteArray size = QByteArray::number(n);
            QTest::newRow(QByteArray("1 against " + size + at).constData())
                << p << 1 << n << 1 - std::pow(q, n);
            QTest::newRow(QByteArray(size + " against 1" + at).constData())
                << p << n << 1 << std::pow(p, n);
        }
    }
    for (const int n : {1, 3, 7, 11, 100, 1000})
        QTest::newRow(QByteArray("even chances, both to " + QByteArray::number(n)).constData())
            << 0.5 << n << n << 0.5;
}

void tst_Fargo::raceClosedForms()
{
    QFETCH(double, p);
    QFETCH(int, racksNeeded);
    QFETCH(int, opponentNeeded);
    QFETCH(double, expected);
    const double actual = raceChance(p, racksNeeded, opponentNeeded);
    QVERIFY2(close(actual, expected, 1e-12), both(actual, expected).constData());
}

void tst_Fargo::raceAgainstTheBinomialTail_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("racksNeeded");
    QTest::addColumn<int>("opponentNeeded");

    const int races[][2] = {{7, 5},    {5, 7},       {9, 9},      {3, 11},    {13, 4},
                            {100, 90}, {1000, 1000}, {1000, 700}, {400, 1000}};
    for (const double p : {0.1, 0.35, 0.5, 0.6, 0.8}) {
        for (const auto &race : races) {
            QTest::newRow(QByteArray(QByteArray::number(race[0]) + " against "
                                     + QByteArray::number(race[1])
                                     + " at p=" + QByteArray::number(p))
                              .constData())
                << p << race[0] << race[1];
        }
    }
}

void tst_Fargo::raceAgainstTheBinomialTail()
{
    QFETCH(double, p);
    QFETCH(int, racksNeeded);
    QFETCH(int, opponentNeeded);
    const double actual = raceChance(p, racksNeeded, opponentNeeded);
    const double expected = binomialTail(p, racksNeeded, racksNeeded + opponentNeeded - 1);
    // Each sum adds up to 2000 terms made from logarithms near 1e4, good to about 1e-12 of
    // each term: agreement to 1e-9 of the chance (both 0 where it underflows).
    QVERIFY2(close(actual, expected, 1e-9 * expected), both(actual, expected).constData());
    QVERIFY(actual >= 0 && actual <= 1);
}

void tst_Fargo::raceOfBothChancesSumsToOne()
{
    // One of the two players reaches their race first.
    for (const double p : {0.05, 0.3, 0.5, 0.71, 0.97}) {
        for (const auto &[a, b] : {std::pair{1, 1}, {7, 5}, {2, 19}, {250, 260}, {1000, 999}}) {
            const double sum = raceChance(p, a, b) + raceChance(1 - p, b, a);
            QVERIFY2(close(sum, 1.0, 1e-11), QByteArray::number(sum, 'g', 17).constData());
        }
    }
}

void tst_Fargo::raceEdges_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("racksNeeded");
    QTest::addColumn<int>("opponentNeeded");
    QTest::addColumn<double>("expected");

    QTest::newRow("never wins a rack") << 0.0 << 3 << 5 << 0.0;
    QTest::newRow("wins every rack") << 1.0 << 5 << 3 << 1.0;
    QTest::newRow("nothing left to win") << 0.3 << 0 << 3 << 1.0;
    QTest::newRow("the opponent already won") << 0.7 << 3 << 0 << 0.0;
}

void tst_Fargo::raceEdges()
{
    QFETCH(double, p);
    QFETCH(int, racksNeeded);
    QFETCH(int, opponentNeeded);
    QFETCH(double, expected);
    QCOMPARE(raceChance(p, racksNeeded, opponentNeeded), expected);
}

void tst_Fargo::handicappedRace_data()
{
    QTest::addColumn<double>("ratingA");
    QTest::addColumn<double>("ratingB");
    QTest::addColumn<int>("longerRace");
    QTest::addColumn<int>("shorterRace"); // worked out apart, from exact binomial sums

    QTest::newRow("equal: both to 7") << 500.0 << 500.0 << 7 << 7;
    QTest::newRow("A better by 100, to 7") << 600.0 << 500.0 << 7 << 4;
    QTest::newRow("B better by 100, to 7") << 500.0 << 600.0 << 7 << 4;
    QTest::newRow("A better by 250, to 9") << 700.0 << 450.0 << 9 << 2;
    QTest::newRow("B better by 40, to 5") << 480.0 << 520.0 << 5 << 4;
    QTest::newRow("A better by 600, to 11: 1 is as near as it gets") << 800.0 << 200.0 << 11 << 1;
    QTest::newRow("race to 1") << 650.0 << 500.0 << 1 << 1;
    QTest::newRow("long race, close ratings") << 510.0 << 505.0 << 25 << 24;
}

void tst_Fargo::handicappedRace()
{
    QFETCH(double, ratingA);
    QFETCH(double, ratingB);
    QFETCH(int, longerRace);
    QFETCH(int, shorterRace);
    const HandicappedRace race = dojo::venue::handicappedRace(ratingA, ratingB, longerRace);

    // The better player (A when equal) has the longer race.
    if (ratingA >= ratingB)
        QCOMPARE(race.racksA, longerRace);
    else
        QCOMPARE(race.racksB, longerRace);
    QCOMPARE(ratingA >= ratingB ? race.racksB : race.racksA, shorterRace);
    const double p = dojo::venue::rackChance(ratingA, ratingB);
    QVERIFY2(close(race.chanceA, raceChance(p, race.racksA, race.racksB), 1e-12),
             both(race.chanceA, raceChance(p, race.racksA, race.racksB)).constData());

    // No other race for the weaker player is nearer to even, by an exhaustive search.
    const double chosen = std::abs(race.chanceA - 0.5);
    for (int other = 1; other <= longerRace; ++other) {
        const double chanceA = ratingA >= ratingB ? raceChance(p, longerRace, other)
                                                  : raceChance(p, other, longerRace);
        QVERIFY2(
            std::abs(chanceA - 0.5) >= chosen - 1e-12,
            QByteArray("race to " + QByteArray::number(other) + " is nearer to even").constData());
    }
    if (ratingA == ratingB) {
        QCOMPARE(race.racksB, longerRace); // a tie of distances keeps the longer race
        QVERIFY(close(race.chanceA, 0.5, 1e-12));
    }
}

QTEST_GUILESS_MAIN(tst_Fargo)
#include "tst_fargo.moc"
