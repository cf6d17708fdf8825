// This process's CPU and memory read from Linux's /proc, and the default memory budget.

#include <health/diskgauge.h>
#include <health/processgauge.h>

#include <QDir>
#include <QTest>

#include <optional>

using namespace dojo::health;

Q_DECLARE_METATYPE(std::optional<long long>)

class tst_ProcessGauge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cpuFromStat_data()
    {
        QTest::addColumn<QByteArray>("stat");
        QTest::addColumn<bool>("read");
        QTest::addColumn<double>("seconds");
        // utime 250 and stime 50 ticks at 100 a second: 3 s.
        const QByteArray rest = " S 1 4242 4242 0 -1 4194304 1000 0 0 0 250 50 0 0 20 0 12 0 100 "
                                "1000000 2000 18446744073709551615";
        QTest::newRow("a plain name") << QByteArray("4242 (dojopool)") + rest << true << 3.0;
        QTest::newRow("a name with spaces and parentheses")
            << QByteArray("4242 (dojo (pool) x)") + rest << true << 3.0;
        QTest::newRow("no name") << QByteArray("4242 dojopool S 1") << false << 0.0;
        QTest::newRow("cut short") << QByteArray("4242 (dojopool) S 1 4242") << false << 0.0;
    }
    void cpuFromStat()
    {
        QFETCH(QByteArray, stat);
        QFETCH(bool, read);
        QFETCH(double, seconds);
        const dojo::Result<double> cpu = cpuSecondsFromStat(stat, 100);
        QCOMPARE(cpu.has_value(), read);
        if (read)
            QCOMPARE(*cpu, seconds);
    }

    void residentFromStatm_data()
    {
        QTest::addColumn<QByteArray>("statm");
        QTest::addColumn<bool>("read");
        QTest::addColumn<long long>("bytes");
        QTest::newRow("pages") << QByteArray("120000 25000 3000 100 0 50000 0\n") << true
                               << 25000LL * 4096;
        QTest::newRow("empty") << QByteArray() << false << 0LL;
    }
    void residentFromStatm()
    {
        QFETCH(QByteArray, statm);
        QFETCH(bool, read);
        QFETCH(long long, bytes);
        const dojo::Result<long long> resident = residentBytesFromStatm(statm, 4096);
        QCOMPARE(resident.has_value(), read);
        if (read)
            QCOMPARE(*resident, bytes);
    }

    void physicalMemory()
    {
        const QByteArray meminfo = "MemTotal:        8000000 kB\nMemFree:         1000000 kB\n";
        QCOMPARE(*physicalBytesFromMeminfo(meminfo), 8000000LL * 1024);
        QVERIFY(!physicalBytesFromMeminfo("MemFree: 1 kB\n"));
    }

    void budget_data()
    {
        QTest::addColumn<long long>("physical");
        QTest::addColumn<std::optional<long long>>("cgroup");
        QTest::addColumn<long long>("budget");
        const long long gb = 1LL << 30;
        QTest::newRow("half the PC") << 8 * gb << std::optional<long long>() << 4 * gb;
        QTest::newRow("the service's limit is lower")
            << 8 * gb << std::optional<long long>(2 * gb) << 2 * gb;
        QTest::newRow("the service's limit is higher")
            << 8 * gb << std::optional<long long>(6 * gb) << 4 * gb;
        QTest::newRow("PC unknown: the limit") << 0LL << std::optional<long long>(gb) << gb;
    }
    void budget()
    {
        QFETCH(long long, physical);
        QFETCH(std::optional<long long>, cgroup);
        QFETCH(long long, budget);
        QCOMPARE(defaultMemoryBudget(physical, cgroup), budget);
    }

    void cgroupLimits()
    {
        QCOMPARE(cgroupLimitFromMemoryMax("max\n"), std::optional<long long>());
        QCOMPARE(cgroupLimitFromMemoryMax("2147483648\n"), std::optional<long long>(2147483648LL));
    }

    void cpuShare_data()
    {
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("now");
        QTest::addColumn<double>("wall");
        QTest::addColumn<double>("percent");
        QTest::newRow("a quarter of a core") << 10.0 << 10.25 << 1.0 << 25.0;
        QTest::newRow("two cores") << 10.0 << 14.0 << 2.0 << 200.0;
        QTest::newRow("no time passed") << 10.0 << 10.0 << 0.0 << 0.0;
    }
    void cpuShare()
    {
        QFETCH(double, before);
        QFETCH(double, now);
        QFETCH(double, wall);
        QFETCH(double, percent);
        QCOMPARE(cpuPercent(before, now, wall), percent);
    }

    // The real files of this test's own process.
    void readsThisProcess()
    {
        const ProcessGauge gauge;
        const dojo::Result<ProcessFigures> figures = gauge.read();
        QVERIFY2(figures.has_value(), qPrintable(figures ? QString() : figures.error()));
        QVERIFY(figures->residentBytes > 1024 * 1024);
        QVERIFY(figures->cpuSeconds >= 0.0);
        QVERIFY(ProcessGauge::defaultBudget() > 0);
        const dojo::Result<DiskFigures> disk = readDisk(QDir::tempPath());
        QVERIFY2(disk.has_value(), qPrintable(disk ? QString() : disk.error()));
        QVERIFY(disk->totalBytes > 0);
        QVERIFY(disk->freeBytes <= disk->totalBytes);
        QVERIFY(!readDisk(QStringLiteral("/no/such/folder/here")));
    }
};

QTEST_GUILESS_MAIN(tst_ProcessGauge)
#include "tst_processgauge.moc"
