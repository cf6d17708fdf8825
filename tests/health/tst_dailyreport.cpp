// The day's figures counted from samples, read back from the report's JSON, and their trend
// against the day before, in JSON and in the text.

#include <health/dailyreport.h>
#include <health/dayfigures.h>

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace dojo::health;

namespace {

const QDate kDay(2024, 5, 14);

double nearestRank(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const auto rank
        = std::max<long long>(1, static_cast<long long>(std::ceil(q * double(values.size()))));
    return values[std::size_t(rank - 1)];
}

bool near(double got, double expected)
{
    return std::abs(got - expected) <= 0.01 * std::abs(expected) + 1e-9;
}

// A day of samples: Table 1's rate and time per frame follow the lists, its camera restarting
// once (its dropped count starting again), the live counter counting.
struct Day
{
    std::vector<double> fps;
    std::vector<double> milliseconds;
    std::vector<double> writes;
    std::vector<int> connections;
    long long dropped = 0;
    long long messages = 0;
    DayFigures figures{kDay};
};

Day makeDay(double fpsBase, double msBase, int connectionsBase)
{
    Day day;
    long long droppedCounter = 0;
    long long messagesCounter = 0;
    const QDateTime start(kDay, QTime(10, 0), Qt::UTC);
    for (int second = 0; second < 600; ++second) {
        HealthSample sample;
        sample.time = start.addSecs(second);
        TableFigures table;
        table.tableId = 1;
        table.name = QStringLiteral("Table 1");
        table.processedFramesPerSecond = fpsBase + (second % 13);
        table.millisecondsPerFrame = msBase + (second % 17) * 0.5;
        table.cameraFramesPerSecond = 60;
        table.secondsSinceFrame = 0.02;
        table.secondsRunning = 60 + second;
        if (second == 300) { // the camera started again: its count too
            day.dropped += 2;
            droppedCounter = 2;
        } else if (second > 0 && second % 50 == 0) {
            droppedCounter += 3;
            day.dropped += 3;
        }
        table.droppedFrames = droppedCounter;
        day.fps.push_back(table.processedFramesPerSecond);
        day.milliseconds.push_back(table.millisecondsPerFrame);
        sample.tables = {table};
        sample.liveConnections = connectionsBase + second % 40;
        day.connections.push_back(sample.liveConnections);
        if (second > 0) {
            messagesCounter += 25;
            day.messages += 25;
        }
        sample.messagesSent = messagesCounter;
        sample.cpuPercent = 100 + second % 7;
        sample.residentBytes = (1000LL + second) << 20;
        sample.memoryBudgetBytes = 4000LL << 20;
        if (second % 3 == 0) {
            sample.writeMilliseconds = {0.5 + second % 11, 2.0};
            day.writes.insert(day.writes.end(), sample.writeMilliseconds.begin(),
                              sample.writeMilliseconds.end());
        }
        sample.diskFreeBytes = (200LL << 30) - second * (1LL << 20);
        sample.diskTotalBytes = 500LL << 30;
        day.figures.add(sample);
    }
    return day;
}

} // namespace

class tst_DailyReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresOfTheDay()
    {
        Day day = makeDay(50, 10, 5);
        Alert alert;
        alert.kind = AlertKind::TrackingRate;
        alert.level = AlertLevel::Warning;
        alert.tableId = 1;
        alert.table = QStringLiteral("Table 1");
        alert.sentence = QStringLiteral("Table 1 is falling behind.");
        alert.start = QDateTime(kDay, QTime(10, 3), Qt::UTC);
        day.figures.noteAlert(alert);
        alert.end = alert.start.addSecs(40);
        day.figures.noteAlert(alert); // its end: the same alert

        const DailyReport report = day.figures.report();
        QCOMPARE(report.day, kDay);
        QCOMPARE(report.samples, 600);
        QCOMPARE(int(report.tables.size()), 1);
        const TableDay &table = report.tables.front();
        const double fpsMean
            = std::accumulate(day.fps.begin(), day.fps.end(), 0.0) / day.fps.size();
        QVERIFY(near(table.processedFramesPerSecond.mean, fpsMean));
        QCOMPARE(table.processedFramesPerSecond.min,
                 *std::min_element(day.fps.begin(), day.fps.end()));
        QVERIFY(near(table.processedFramesPerSecond.p95, nearestRank(day.fps, 0.95)));
        const double msMean = std::accumulate(day.milliseconds.begin(), day.milliseconds.end(), 0.0)
                              / day.milliseconds.size();
        QVERIFY(near(table.millisecondsPerFrame.mean, msMean));
        QCOMPARE(table.millisecondsPerFrame.min,
                 *std::min_element(day.milliseconds.begin(), day.milliseconds.end()));
        QVERIFY(near(table.millisecondsPerFrame.p95, nearestRank(day.milliseconds, 0.95)));
        QCOMPARE(table.droppedFrames, day.dropped);
        QCOMPARE(report.connectionsPeak,
                 *std::max_element(day.connections.begin(), day.connections.end()));
        QCOMPARE(report.messages, day.messages);
        QCOMPARE(report.writes, qint64(day.writes.size()));
        QVERIFY(near(report.writeMilliseconds.p50, nearestRank(day.writes, 0.5)));
        QVERIFY(near(report.writeMilliseconds.p95, nearestRank(day.writes, 0.95)));
        QCOMPARE(report.residentBytes.max, double((1000LL + 599) << 20));
        QCOMPARE(report.diskFreeLowestBytes, (200LL << 30) - 599 * (1LL << 20));
        QCOMPARE(int(report.alerts.size()), 1);
        QCOMPARE(report.alerts.front().end, alert.end);
    }

    void stoppedSecondsDoNotCount()
    {
        DayFigures figures(kDay);
        HealthSample sample;
        sample.time = QDateTime(kDay, QTime(9, 0), Qt::UTC);
        TableFigures table;
        table.tableId = 2;
        table.name = QStringLiteral("Table 2");
        table.secondsSinceFrame = 30; // stopped
        sample.tables = {table};
        figures.add(sample);
        QCOMPARE(figures.report().tables.front().processedFramesPerSecond.count, 0);
        QVERIFY(reportText(figures.report(), std::nullopt)
                    .contains(QStringLiteral("Its camera gave no pictures this day.")));
    }

    // The figures against the day before: up or down, by how much.
    void trend_data()
    {
        QTest::addColumn<double>("fpsBefore");
        QTest::addColumn<double>("fpsNow");
        QTest::addColumn<QString>("line");
        QTest::newRow("up") << 40.0 << 50.0 << QStringLiteral("up 10.0 on the day before (+21.");
        QTest::newRow("down") << 50.0 << 40.0
                              << QStringLiteral("down 10.0 on the day before (−17.");
        QTest::newRow("the same") << 50.0 << 50.0 << QStringLiteral("the same as the day before.");
    }
    void trend()
    {
        QFETCH(double, fpsBefore);
        QFETCH(double, fpsNow);
        QFETCH(QString, line);
        const DailyReport before = makeDay(fpsBefore, 12, 5).figures.report();
        DailyReport now = makeDay(fpsNow, 10, 9).figures.report();
        now.day = kDay.addDays(1);
        const std::vector<FigureTrend> trends = compareDays(now, before);
        const auto find = [&trends](const QString &figure) {
            return *std::find_if(trends.begin(), trends.end(),
                                 [&figure](const FigureTrend &t) { return t.figure == figure; });
        };
        const FigureTrend fps = find(QStringLiteral("processed_fps_mean"));
        QCOMPARE(fps.table, QStringLiteral("Table 1"));
        QCOMPARE(fps.before, before.tables.front().processedFramesPerSecond.mean);
        QCOMPARE(fps.now, now.tables.front().processedFramesPerSecond.mean);
        const FigureTrend peak = find(QStringLiteral("connections_peak"));
        QCOMPARE(peak.now - peak.before, double(now.connectionsPeak - before.connectionsPeak));
        const FigureTrend time = find(QStringLiteral("ms_per_frame_mean"));
        QVERIFY(time.now < time.before);

        const QString text = reportText(now, before);
        const QString fpsLine = QStringLiteral("Mean frames processed a second: ") + line;
        QVERIFY2(text.contains(fpsLine), qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("Connections at the peak: up 4 on the day before (+9.1 %).")),
                 qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("Mean time to process a frame, in ms: down 2.00 on the day before")));

        const QJsonObject json = reportJson(now, before);
        QCOMPARE(json.value(QStringLiteral("compared_with")).toString(),
                 QStringLiteral("2024-05-14"));
        const QJsonArray trend = json.value(QStringLiteral("trend")).toArray();
        const auto entry = std::find_if(trend.begin(), trend.end(), [](const QJsonValue &value) {
            return value.toObject().value(QStringLiteral("figure")).toString()
                   == QLatin1String("processed_fps_mean");
        });
        QVERIFY(entry != trend.end());
        QCOMPARE(entry->toObject().value(QStringLiteral("change")).toDouble(),
                 fps.now - fps.before);
    }

    void noDayBefore()
    {
        const DailyReport report = makeDay(55, 9, 3).figures.report();
        const QString text = reportText(report, std::nullopt);
        QVERIFY(
            text.contains(QStringLiteral("There is no report of the day before to compare with.")));
        QVERIFY(!text.contains(QStringLiteral("on the day before")));
        QVERIFY(!reportJson(report, std::nullopt).contains(QStringLiteral("trend")));
    }

    void readsBackItsJson()
    {
        Day day = makeDay(50, 10, 5);
        Alert alert;
        alert.kind = AlertKind::Disk;
        alert.level = AlertLevel::Critical;
        alert.sentence = QStringLiteral("The disk is nearly full.");
        alert.start = QDateTime(kDay, QTime(10, 5), Qt::UTC);
        day.figures.noteAlert(alert);
        const DailyReport report = day.figures.report();
        const dojo::Result<DailyReport> read = readReportJson(reportJson(report, std::nullopt));
        QVERIFY(read.has_value());
        QCOMPARE(read->day, report.day);
        QCOMPARE(read->samples, report.samples);
        QCOMPARE(read->tables.front().processedFramesPerSecond.p95,
                 report.tables.front().processedFramesPerSecond.p95);
        QCOMPARE(read->tables.front().droppedFrames, report.tables.front().droppedFrames);
        QCOMPARE(read->writeMilliseconds.p95, report.writeMilliseconds.p95);
        QCOMPARE(read->connectionsPeak, report.connectionsPeak);
        QCOMPARE(int(read->alerts.size()), 1);
        QCOMPARE(read->alerts.front().kind, AlertKind::Disk);
        QVERIFY(read->alerts.front().isOngoing());
        QVERIFY(!readReportJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}));
    }

    void goesOnFromItsState()
    {
        const Day day = makeDay(50, 10, 5);
        const dojo::Result<DayFigures> again = DayFigures::fromState(day.figures.state());
        QVERIFY(again.has_value());
        const DailyReport before = day.figures.report();
        const DailyReport after = again->report();
        QCOMPARE(after.samples, before.samples);
        QCOMPARE(after.tables.front().processedFramesPerSecond.p95,
                 before.tables.front().processedFramesPerSecond.p95);
        QCOMPARE(after.tables.front().droppedFrames, before.tables.front().droppedFrames);
        QCOMPARE(after.messages, before.messages);
        QCOMPARE(after.writeMilliseconds.p50, before.writeMilliseconds.p50);
        QCOMPARE(after.diskFreeLowestBytes, before.diskFreeLowestBytes);
    }

    void fileName() { QCOMPARE(reportBaseName(kDay), QStringLiteral("health-2024-05-14")); }
};

QTEST_GUILESS_MAIN(tst_DailyReport)
#include "tst_dailyreport.moc"
