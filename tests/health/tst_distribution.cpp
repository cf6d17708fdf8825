// A day's figures in fixed memory: quantiles within 1 % of the true ones, exact means and ends.

#include <health/distribution.h>

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace dojo::health;

namespace {

// The nearest-rank quantile of the values themselves.
double trueQuantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const auto rank
        = std::max<long long>(1, static_cast<long long>(std::ceil(q * double(values.size()))));
    return values[std::size_t(rank - 1)];
}

std::vector<double> valuesOf(const QString &kind, int count)
{
    QRandomGenerator random(20240514);
    std::vector<double> values;
    for (int i = 0; i < count; ++i) {
        if (kind == QLatin1String("uniform"))
            values.push_back(random.bounded(60.0));
        else if (kind == QLatin1String("long tail"))
            values.push_back(2.0 * std::exp(random.bounded(6.0)));
        else if (kind == QLatin1String("constant"))
            values.push_back(59.94);
        else
            values.push_back(i % 10 == 0 ? 0.0 : 30.0 + random.bounded(30.0)); // with zeros
    }
    return values;
}

} // namespace

class tst_Distribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("uniform rates") << QStringLiteral("uniform") << 86400;
        QTest::newRow("write times with a long tail") << QStringLiteral("long tail") << 20000;
        QTest::newRow("one value") << QStringLiteral("constant") << 1000;
        QTest::newRow("a tenth of zeros") << QStringLiteral("zeros") << 5000;
        QTest::newRow("a single sample") << QStringLiteral("uniform") << 1;
    }
    void figures()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        const std::vector<double> values = valuesOf(kind, count);
        Distribution distribution;
        for (const double value : values)
            distribution.add(value);
        QCOMPARE(distribution.count(), count);
        double sum = 0;
        for (const double value : values)
            sum += value;
        QVERIFY(std::abs(distribution.mean() - sum / count) < 1e-9 * std::max(1.0, sum));
        QCOMPARE(distribution.min(), *std::min_element(values.begin(), values.end()));
        QCOMPARE(distribution.max(), *std::max_element(values.begin(), values.end()));
        for (const double q : {0.05, 0.5, 0.95, 0.99}) {
            const double expected = trueQuantile(values, q);
            const double got = distribution.quantile(q);
            QVERIFY2(
                std::abs(got - expected) <= 0.01 * expected + 1e-12,
                qPrintable(
                    QStringLiteral("q %1: %2, the values say %3").arg(q).arg(got).arg(expected)));
        }
        // Its state read back counts the same.
        const Distribution again = Distribution::fromJson(distribution.toJson());
        QCOMPARE(again.count(), distribution.count());
        QCOMPARE(again.quantile(0.95), distribution.quantile(0.95));
        QCOMPARE(again.mean(), distribution.mean());
    }

    void emptyIsZero()
    {
        const Distribution empty;
        QCOMPARE(empty.count(), 0);
        QCOMPARE(empty.mean(), 0.0);
        QCOMPARE(empty.quantile(0.95), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_Distribution)
#include "tst_distribution.moc"
