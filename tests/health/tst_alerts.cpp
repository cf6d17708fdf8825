// The alerts' thresholds at each boundary (issue 13) and the samples they judge: a window, not
// one frame, so one slow frame does not raise an alert.

#include <health/alerts.h>

#include <QTest>

#include <optional>

using namespace dojo::health;

Q_DECLARE_METATYPE(std::optional<AlertLevel>)
Q_DECLARE_METATYPE(std::deque<HealthSample>)

namespace {

constexpr long long kGB = 1LL << 30;
constexpr long long kMB = 1LL << 20;

const std::optional<AlertLevel> kFine;
const std::optional<AlertLevel> kWarning = AlertLevel::Warning;
const std::optional<AlertLevel> kCritical = AlertLevel::Critical;

TableFigures runningTable(qint64 id, double fps, double milliseconds)
{
    TableFigures table;
    table.tableId = id;
    table.name = QStringLiteral("Table %1").arg(id);
    table.cameraFramesPerSecond = 60.0;
    table.processedFramesPerSecond = fps;
    table.millisecondsPerFrame = milliseconds;
    table.secondsSinceFrame = 0.02;
    table.secondsRunning = 60.0;
    return table;
}

HealthSample sampleWith(std::vector<TableFigures> tables)
{
    HealthSample sample;
    sample.time = QDateTime(QDate(2024, 5, 14), QTime(20, 0), Qt::UTC);
    sample.tables = std::move(tables);
    return sample;
}

// Five samples of one table, the newest last.
std::deque<HealthSample> samplesOf(const std::vector<std::pair<double, double>> &fpsAndMs)
{
    std::deque<HealthSample> recent;
    for (const auto &[fps, ms] : fpsAndMs)
        recent.push_back(sampleWith({runningTable(3, fps, ms)}));
    return recent;
}

} // namespace

class tst_Alerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trackingRate_data()
    {
        QTest::addColumn<double>("fps");
        QTest::addColumn<std::optional<AlertLevel>>("level");
        QTest::newRow("60 is fine") << 60.0 << kFine;
        QTest::newRow("45 is fine: under 45 warns") << 45.0 << kFine;
        QTest::newRow("44.9 warns") << 44.9 << kWarning;
        QTest::newRow("30 warns: under 30 is critical") << 30.0 << kWarning;
        QTest::newRow("29.9 is critical") << 29.9 << kCritical;
        QTest::newRow("0 is critical") << 0.0 << kCritical;
    }
    void trackingRate()
    {
        QFETCH(double, fps);
        QFETCH(std::optional<AlertLevel>, level);
        QCOMPARE(trackingRateLevel(fps), level);
    }

    void frameTime_data()
    {
        QTest::addColumn<double>("milliseconds");
        QTest::addColumn<std::optional<AlertLevel>>("level");
        QTest::newRow("10 ms is fine") << 10.0 << kFine;
        QTest::newRow("22 ms is fine: over 22 warns") << 22.0 << kFine;
        QTest::newRow("22.1 ms warns") << 22.1 << kWarning;
        QTest::newRow("33 ms warns: over 33 is critical") << 33.0 << kWarning;
        QTest::newRow("33.1 ms is critical") << 33.1 << kCritical;
    }
    void frameTime()
    {
        QFETCH(double, milliseconds);
        QFETCH(std::optional<AlertLevel>, level);
        QCOMPARE(frameTimeLevel(milliseconds), level);
    }

    void memory_data()
    {
        QTest::addColumn<long long>("resident");
        QTest::addColumn<long long>("budget");
        QTest::addColumn<std::optional<AlertLevel>>("level");
        const long long budget = 4000 * kMB;
        QTest::newRow("half is fine") << budget / 2 << budget << kFine;
        QTest::newRow("75 % is fine: over 75 warns") << budget * 75 / 100 << budget << kFine;
        QTest::newRow("75.1 % warns") << budget * 751 / 1000 << budget << kWarning;
        QTest::newRow("90 % warns: over 90 is critical") << budget * 90 / 100 << budget << kWarning;
        QTest::newRow("90.1 % is critical") << budget * 901 / 1000 << budget << kCritical;
        QTest::newRow("over the budget is critical") << budget * 2 << budget << kCritical;
        QTest::newRow("no budget: no alert") << budget << 0LL << kFine;
    }
    void memory()
    {
        QFETCH(long long, resident);
        QFETCH(long long, budget);
        QFETCH(std::optional<AlertLevel>, level);
        QCOMPARE(memoryLevel(resident, budget), level);
    }

    void disk_data()
    {
        QTest::addColumn<long long>("free");
        QTest::addColumn<long long>("total");
        QTest::addColumn<std::optional<AlertLevel>>("level");
        // A 1000 GB disk: the shares decide (5 % is 50 GB, 1 % is 10 GB).
        const long long terabyte = 1000 * kGB;
        QTest::newRow("1000 GB, 6 % free is fine") << terabyte * 6 / 100 << terabyte << kFine;
        QTest::newRow("1000 GB, 5 % free is fine: under 5 warns")
            << terabyte * 5 / 100 << terabyte << kFine;
        QTest::newRow("1000 GB, 4.9 % free warns") << terabyte * 49 / 1000 << terabyte << kWarning;
        QTest::newRow("1000 GB, 1 % free warns: under 1 is critical")
            << terabyte / 100 << terabyte << kWarning;
        QTest::newRow("1000 GB, 0.9 % free is critical")
            << terabyte * 9 / 1000 << terabyte << kCritical;
        // A 10 GB disk: the sizes decide first (1 GB is 10 %, 200 MB is 2 %).
        const long long small = 10 * kGB;
        QTest::newRow("10 GB, 1.5 GB free is fine") << kGB * 3 / 2 << small << kFine;
        QTest::newRow("10 GB, 1 GB free is fine: under 1 GB warns") << kGB << small << kFine;
        QTest::newRow("10 GB, 1023 MB free warns") << 1023 * kMB << small << kWarning;
        QTest::newRow("10 GB, 200 MB free warns: under 200 MB is critical")
            << 200 * kMB << small << kWarning;
        QTest::newRow("10 GB, 199 MB free is critical") << 199 * kMB << small << kCritical;
        QTest::newRow("no size known: no alert") << 0LL << 0LL << kFine;
    }
    void disk()
    {
        QFETCH(long long, free);
        QFETCH(long long, total);
        QFETCH(std::optional<AlertLevel>, level);
        QCOMPARE(diskLevel(free, total), level);
    }

    void cameraStops_data()
    {
        QTest::addColumn<double>("secondsSinceFrame");
        QTest::addColumn<bool>("expecting");
        QTest::addColumn<bool>("stopped");
        QTest::newRow("a picture just now") << 0.02 << true << false;
        QTest::newRow("4.9 s without a picture") << 4.9 << true << false;
        QTest::newRow("5 s without a picture: stopped") << 5.0 << true << true;
        QTest::newRow("stopped on purpose is no alert") << 60.0 << false << false;
    }
    void cameraStops()
    {
        QFETCH(double, secondsSinceFrame);
        QFETCH(bool, expecting);
        QFETCH(bool, stopped);
        TableFigures table = runningTable(2, 60, 10);
        table.secondsSinceFrame = secondsSinceFrame;
        table.expectingFrames = expecting;
        QCOMPARE(cameraStopped(table), stopped);
    }

    // Judged over the last five samples' mean, so one slow frame does not flap.
    void judgedOverAWindow_data()
    {
        QTest::addColumn<std::deque<HealthSample>>("recent");
        QTest::addColumn<int>("alerts");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("steady and fast")
            << samplesOf({{60, 9}, {60, 9}, {60, 9}, {60, 9}, {60, 9}}) << 0 << QString();
        QTest::newRow("one slow frame in five: no alert")
            << samplesOf({{60, 9}, {60, 9}, {60, 60}, {60, 9}, {60, 9}}) << 0 << QString();
        QTest::newRow("one slow second's rate in five: no alert")
            << samplesOf({{60, 9}, {60, 9}, {20, 9}, {60, 9}, {60, 9}}) << 0 << QString();
        QTest::newRow("falling behind for five seconds: the issue's sentence")
            << samplesOf({{28, 9}, {28, 9}, {28, 9}, {28, 9}, {28, 9}}) << 1
            << QStringLiteral("Table 3 is falling behind: 28 frames a second processed "
                              "(critical under 30).");
        QTest::newRow("slow frames for five seconds")
            << samplesOf({{60, 25}, {60, 25}, {60, 25}, {60, 25}, {60, 25}}) << 1
            << QStringLiteral("Table 3 is falling behind: 25 ms to process a frame (warning "
                              "over 22 ms).");
        QTest::newRow("fewer than five samples: not judged yet")
            << samplesOf({{28, 40}, {28, 40}, {28, 40}, {28, 40}}) << 0 << QString();
    }
    void judgedOverAWindow()
    {
        QFETCH(std::deque<HealthSample>, recent);
        QFETCH(int, alerts);
        QFETCH(QString, sentence);
        const std::vector<Alert> raised = judgeSamples(recent);
        QCOMPARE(int(raised.size()), alerts);
        if (!sentence.isEmpty()) {
            QCOMPARE(raised.front().sentence, sentence);
            QCOMPARE(raised.front().tableId, 3);
        }
    }

    void stoppedCameraIsNotAlsoSlow()
    {
        std::deque<HealthSample> recent = samplesOf({{0, 9}, {0, 9}, {0, 9}, {0, 9}, {0, 9}});
        for (HealthSample &sample : recent)
            sample.tables.front().secondsSinceFrame = 12.4;
        const std::vector<Alert> raised = judgeSamples(recent);
        QCOMPARE(int(raised.size()), 1);
        QCOMPARE(raised.front().kind, AlertKind::CameraStopped);
        QCOMPARE(raised.front().level, AlertLevel::Critical);
        QCOMPARE(raised.front().sentence,
                 QStringLiteral("The camera of Table 3 has stopped: no picture for 12 s."));
    }

    void settlingCameraIsNotJudged()
    {
        std::deque<HealthSample> recent
            = samplesOf({{10, 40}, {10, 40}, {10, 40}, {10, 40}, {10, 40}});
        for (HealthSample &sample : recent)
            sample.tables.front().secondsRunning = 3.0; // its 2 s rates are still filling
        QVERIFY(judgeSamples(recent).empty());
    }

    void venueWideAlerts()
    {
        std::deque<HealthSample> recent{sampleWith({})};
        recent.back().residentBytes = 3700 * kMB;
        recent.back().memoryBudgetBytes = 4000 * kMB;
        recent.back().diskFreeBytes = 150 * kMB;
        recent.back().diskTotalBytes = 100 * kGB;
        const std::vector<Alert> raised = judgeSamples(recent);
        QCOMPARE(int(raised.size()), 2);
        QCOMPARE(raised[0].kind, AlertKind::Memory);
        QCOMPARE(raised[0].level, AlertLevel::Critical);
        QCOMPARE(raised[0].tableId, 0);
        QCOMPARE(raised[0].sentence,
                 QStringLiteral("DojoPool uses 3.6 GB of memory, 92.5 % of its budget of 3.9 GB "
                                "(critical over 90 %)."));
        QCOMPARE(raised[1].kind, AlertKind::Disk);
        QCOMPARE(raised[1].level, AlertLevel::Critical);
        QCOMPARE(raised[1].sentence,
                 QStringLiteral("The disk holding the data has 150 MB free, 0.1 % of it (critical "
                                "under 1 % or 200 MB)."));
    }

    void keys()
    {
        QCOMPARE(alertKindKey(AlertKind::CameraStopped), QStringLiteral("camera-stopped"));
        QCOMPARE(alertKindKey(AlertKind::TrackingRate), QStringLiteral("tracking-rate"));
        QCOMPARE(alertKindKey(AlertKind::FrameTime), QStringLiteral("frame-time"));
        QCOMPARE(alertKindKey(AlertKind::Memory), QStringLiteral("memory"));
        QCOMPARE(alertKindKey(AlertKind::Disk), QStringLiteral("disk"));
        QCOMPARE(alertLevelKey(AlertLevel::Warning), QStringLiteral("warning"));
        QCOMPARE(alertLevelKey(AlertLevel::Critical), QStringLiteral("critical"));
    }
};

QTEST_GUILESS_MAIN(tst_Alerts)
#include "tst_alerts.moc"
