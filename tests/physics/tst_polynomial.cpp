// The event-time solver: the first time a squared gap falls to zero, on quartics built from
// known roots, double roots (grazing), degenerate degrees and contacts at t = 0.

#include "physics/internal/polynomial.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <initializer_list>

using namespace dojo::physics::internal;

Q_DECLARE_METATYPE(dojo::physics::internal::Quartic)

namespace {

// scale * (t - r1)(t - r2)... expanded, up to four roots.
Quartic fromRoots(double scale, std::initializer_list<double> roots)
{
    Quartic c{scale, 0, 0, 0, 0};
    for (double r : roots) {
        Quartic next{0, 0, 0, 0, 0};
        for (int i = 0; i < 4; ++i) {
            next[static_cast<size_t>(i + 1)] += c[static_cast<size_t>(i)];
            next[static_cast<size_t>(i)] -= r * c[static_cast<size_t>(i)];
        }
        c = next;
    }
    return c;
}

} // namespace

class tst_Polynomial : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quadratic_data();
    void quadratic();
    void firstDescendingRoot_data();
    void firstDescendingRoot();
};

void tst_Polynomial::quadratic_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    QTest::newRow("two roots") << 1.0 << -3.0 << 2.0 << 2 << 1.0 << 2.0;
    QTest::newRow("no real root") << 1.0 << 0.0 << 1.0 << 0 << 0.0 << 0.0;
    QTest::newRow("linear") << 0.0 << 2.0 << -4.0 << 1 << 2.0 << 2.0;
    QTest::newRow("tiny leading term keeps the small root")
        << 1e-18 << 1.0 << -1e-3 << 2 << -1e18 << 1e-3;
    QTest::newRow("double root at zero") << 1.0 << 0.0 << 0.0 << 1 << 0.0 << 0.0;
}

void tst_Polynomial::quadratic()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(int, count);
    QFETCH(double, low);
    QFETCH(double, high);

    double roots[2] = {0, 0};
    QCOMPARE(solveQuadratic(a, b, c, roots), count);
    if (count >= 1)
        QVERIFY2(std::abs(roots[0] - low) <= 1e-12 * std::max(1.0, std::abs(low)),
                 qPrintable(QString::number(roots[0], 'g', 17)));
    if (count == 2)
        QVERIFY2(std::abs(roots[1] - high) <= 1e-12 * std::max(1.0, std::abs(high)),
                 qPrintable(QString::number(roots[1], 'g', 17)));
}

void tst_Polynomial::firstDescendingRoot_data()
{
    QTest::addColumn<Quartic>("f");
    QTest::addColumn<double>("limit");
    QTest::addColumn<double>("expected"); // -1: never

    QTest::newRow("approach then separate: first root")
        << fromRoots(1.0, {0.5, 1.5, 3.0, 4.0}) << 10.0 << 0.5;
    QTest::newRow("root beyond the limit") << fromRoots(1.0, {0.5, 1.5, 3.0, 4.0}) << 0.4 << -1.0;
    QTest::newRow("gap never closes") << Quartic{1.0, -0.5, 1.0, 0.0, 0.2} << 100.0 << -1.0;
    QTest::newRow("grazing miss: minimum just above zero")
        << Quartic{1.0 + 1e-9, -2.0, 1.0, 0.0, 0.0} << 5.0 << -1.0;
    QTest::newRow("grazing hit: minimum just below zero")
        << Quartic{1.0 - 1e-9, -2.0, 1.0, 0.0, 0.0} << 5.0 << 1.0 - std::sqrt(1e-9);
    QTest::newRow("touching and approaching at zero")
        << Quartic{0.0, -1.0, 0.5, 0, 0} << 5.0 << 0.0;
    QTest::newRow("touching and separating for good")
        << Quartic{0.0, 2.0, 1.0, 0, 0} << 5.0 << -1.0;
    QTest::newRow("overlap by rounding, separating, comes back")
        << Quartic{-1e-12, 1.0, -3.0, 0.0, 1.0} << 5.0 << 0.34729635533386066;
    QTest::newRow("cubic: one sliding ball") << Quartic{8.0, -14.0, 7.0, -1.0, 0.0} << 10.0 << 1.0;
    QTest::newRow("constant positive") << Quartic{3.0, 0, 0, 0, 0} << 10.0 << -1.0;
    QTest::newRow("far root of a wide quartic")
        << fromRoots(1e-6, {12.0, 13.0, -1.0, -2.0}) << 20.0 << 12.0;
}

void tst_Polynomial::firstDescendingRoot()
{
    QFETCH(Quartic, f);
    QFETCH(double, limit);
    QFETCH(double, expected);

    const double root = dojo::physics::internal::firstDescendingRoot(f, limit);
    if (expected < 0) {
        QCOMPARE(root, kNever);
    } else {
        QVERIFY2(std::abs(root - expected) <= 1e-9 * std::max(1.0, expected),
                 qPrintable(QString::number(root, 'g', 17)));
        QVERIFY(evaluate(f, root) <= 1e-9 || root == 0.0);
    }
}

QTEST_GUILESS_MAIN(tst_Polynomial)
#include "tst_polynomial.moc"
