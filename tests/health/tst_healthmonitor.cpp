// The monitor over days: alerts logged once when they start and end, the report files written
// when the day ends, a restart going on from today's file, /metrics of the newest sample.

#include <health/healthmonitor.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo::health;

namespace {

HealthSample sampleAt(const QDateTime &time, double fps)
{
    HealthSample sample;
    sample.time = time.toUTC();
    TableFigures table;
    table.tableId = 3;
    table.name = QStringLiteral("Table 3");
    table.processedFramesPerSecond = fps;
    table.cameraFramesPerSecond = 60;
    table.millisecondsPerFrame = 9;
    table.secondsSinceFrame = 0.02;
    table.secondsRunning = 600;
    sample.tables = {table};
    sample.residentBytes = 500LL << 20;
    sample.memoryBudgetBytes = 4000LL << 20;
    sample.diskFreeBytes = 100LL << 30;
    sample.diskTotalBytes = 500LL << 30;
    return sample;
}

} // namespace

class tst_HealthMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertsAreLoggedOnceWhenTheyStartAndEnd()
    {
        HealthMonitor monitor;
        QSignalSpy changed(&monitor, &HealthMonitor::alertsChanged);
        const QDateTime start = QDateTime::currentDateTime();
        const QString critical = QStringLiteral("Table 3 is falling behind: 28 frames a second "
                                                "processed (critical under 30).");
        // Judged from the fifth sample (a full window); the five seconds' mean climbs back
        // through the warning (34.4, 40.8), then is fine, and the alert ends once it has not
        // been raised at its level for AlertBook::kHoldSamples samples.
        const int ends = 10 + AlertBook::kHoldSamples - 1;
        QTest::ignoreMessage(QtCriticalMsg, qPrintable(critical));
        QTest::ignoreMessage(
            QtInfoMsg, qPrintable(QStringLiteral("Over after %1 s: ").arg(ends - 4) + critical));
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); // a second line would fail
        for (int second = 0; second < 10; ++second)
            monitor.add(sampleAt(start.addSecs(second), 28));
        QCOMPARE(int(monitor.alerts().size()), 1);
        QCOMPARE(monitor.alerts().front().start, start.addSecs(4).toUTC());
        QCOMPARE(monitor.alerts().front().sentence, critical);
        for (int second = 10; second < ends; ++second)
            monitor.add(sampleAt(start.addSecs(second), 60));
        QCOMPARE(int(monitor.alerts().size()), 1); // still held
        monitor.add(sampleAt(start.addSecs(ends), 60));
        QVERIFY(monitor.alerts().empty());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(monitor.today().alerts.size(), std::size_t(1));
        QVERIFY(!monitor.today().alerts.front().isOngoing());
    }

    void metricsOfTheNewestSample()
    {
        HealthMonitor monitor;
        monitor.setVersion(QStringLiteral("0.1.0"));
        QVERIFY(monitor.metricsText().contains("dojopool_build_info{version=\"0.1.0\"} 1\n"));
        const QDateTime start = QDateTime::currentDateTime();
        for (int second = 0; second < 5; ++second)
            monitor.add(sampleAt(start.addSecs(second), 57 + second));
        QVERIFY(monitor.metricsText().contains(
            "dojopool_tracking_frames_per_second{table=\"Table 3\"} 61\n"));
        QCOMPARE(monitor.history().size(), 5);
    }

    void writesTheDayWhenItEnds()
    {
        QTemporaryDir folder;
        HealthMonitor monitor;
        QVERIFY(monitor.setReportFolder(folder.path()).has_value());
        QSignalSpy written(&monitor, &HealthMonitor::reportWritten);
        const QDate day(2024, 5, 13);
        const QDateTime evening(day, QTime(23, 59, 50));
        for (int second = 0; second < 20; ++second) // across midnight, local time
            monitor.add(sampleAt(evening.addSecs(second), 60));
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.front().front().toDate(), day);
        const QString base = QDir(folder.path()).filePath(reportBaseName(day));
        QVERIFY(QFile::exists(base + QStringLiteral(".txt")));
        QFile json(base + QStringLiteral(".json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const dojo::Result<DailyReport> read
            = readReportJson(QJsonDocument::fromJson(json.readAll()).object());
        QVERIFY(read.has_value());
        QCOMPARE(read->samples, 10);
        QCOMPARE(monitor.today().day, day.addDays(1));
        QCOMPARE(monitor.today().samples, 10);
        QCOMPARE(monitor.reportedDays(), std::vector<QDate>({day.addDays(1), day}));
        // The new day compares itself with the one written.
        QVERIFY(monitor.reportTextOf(day.addDays(1))
                    .contains(QStringLiteral("Compared with %1.")
                                  .arg(QLocale().toString(day, QLocale::LongFormat))));
    }

    void aRestartGoesOnFromTodaysFile()
    {
        QTemporaryDir folder;
        const QDateTime start = QDateTime::currentDateTime();
        long long samples = 0;
        {
            HealthMonitor first;
            QVERIFY(first.setReportFolder(folder.path()).has_value());
            for (int second = 0; second < 30; ++second)
                first.add(sampleAt(start.addSecs(second), 59));
            samples = first.today().samples;
            if (samples != 30) // the test ran over midnight
                QSKIP("the day changed while the samples were made");
        } // writes the day so far as it goes
        HealthMonitor second;
        QVERIFY(second.setReportFolder(folder.path()).has_value());
        QCOMPARE(second.today().samples, samples);
        second.add(sampleAt(start.addSecs(30), 59));
        QCOMPARE(second.today().samples, samples + 1);
        QCOMPARE(second.today().tables.front().processedFramesPerSecond.mean, 59.0);
    }
};

QTEST_GUILESS_MAIN(tst_HealthMonitor)
#include "tst_healthmonitor.moc"
