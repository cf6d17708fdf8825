// The health window on a simulated hour of a four-table venue (Table 3 falls behind, Table 4's
// camera stops, memory passes 75 % of its budget): every chart drawn with its thresholds, the
// alerts at the top, the daily report by keyboard; screenshot health.png. And the same alerts
// on the venue floor: the cards' marks and the status bar.

#include "venuefixture.h"

#include <health/healthchart.h>
#include <health/healthwindow.h>
#include <mainwindow/mainwindow.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <health/healthmonitor.h>
#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using Chart = ui::HealthWindow::Chart;

namespace {

constexpr int kHour = 3600;
constexpr int kBehindFrom = 35 * 60; // Table 3 starts falling behind
constexpr int kStopsAt = 50 * 60;    // Table 4's camera stops

// An hour of a venue, one sample a second, ending now: the third table falls behind from minute
// 35 (its tracking down to about 28 frames a second, 36 ms a frame), the fourth's camera stops at
// minute 50, phones join through the evening and the process's memory grows past 75 % of its
// 2 GB budget. A slow frame now and then raises nothing.
void feedHour(health::HealthMonitor &monitor, const std::vector<venue::Table> &tables)
{
    QRandomGenerator random(1313);
    const auto noise
        = [&random](double size) { return (random.generateDouble() - 0.5) * 2 * size; };
    const QDateTime end = QDateTime::currentDateTimeUtc();
    std::vector<long long> dropped(tables.size(), 0);
    long long messages = 0;
    for (int second = 0; second < kHour; ++second) {
        health::HealthSample sample;
        sample.time = end.addSecs(second - kHour + 1);
        for (std::size_t index = 0; index < tables.size() && index < 4; ++index) {
            health::TableFigures table;
            table.tableId = tables[index].id;
            table.name = tables[index].name;
            table.cameraFramesPerSecond = 60 + noise(0.4);
            table.processedFramesPerSecond = 59.6 + noise(0.4);
            table.millisecondsPerFrame = 9.5 + noise(1.5) + (random.bounded(600) == 0 ? 30 : 0);
            table.secondsSinceFrame = 0.02;
            table.secondsRunning = 3600 + second;
            if (random.bounded(20) == 0)
                ++dropped[index];
            if (index == 2 && second >= kBehindFrom) {
                const double into = std::min(1.0, (second - kBehindFrom) / 300.0);
                table.processedFramesPerSecond = 59.6 - into * 31.6 + noise(1.2);
                table.millisecondsPerFrame = 9.5 + into * 26.5 + noise(1.5);
                dropped[index] += random.bounded(2, 5);
            }
            if (index == 3 && second >= kStopsAt) {
                const double since = second - kStopsAt;
                table.cameraFramesPerSecond = std::max(0.0, 60 - since * 30);
                table.processedFramesPerSecond = table.cameraFramesPerSecond;
                table.secondsSinceFrame = since;
                table.secondsRunning = 0;
            }
            table.droppedFrames = dropped[index];
            sample.tables.push_back(table);
        }
        sample.liveConnections = 12 + second / 110 + int(noise(1.5));
        sample.messagesPerSecond = sample.liveConnections * (30 + noise(3));
        messages += std::llround(sample.messagesPerSecond);
        sample.messagesSent = messages;
        sample.cpuSeconds = second * 1.8;
        sample.cpuPercent = 170 + noise(15) + (second >= kBehindFrom ? 45 : 0);
        sample.memoryBudgetBytes = 2048LL << 20;
        sample.residentBytes
            = (1300LL << 20) + (second * (270LL << 20)) / kHour + std::llround(noise(8 << 20));
        for (int write = random.bounded(1, 5); write > 0; --write)
            sample.writeMilliseconds.push_back(0.4 + random.generateDouble() * 2.5
                                               + (random.bounded(900) == 0 ? 35 : 0));
        sample.databaseWrites = second * 3;
        sample.diskTotalBytes = 250LL << 30;
        sample.diskFreeBytes = (120LL << 30) - second * (2LL << 20);
        monitor.add(std::move(sample));
    }
}

bool hasAlert(const health::HealthMonitor &monitor, health::AlertKind kind, qint64 tableId,
              health::AlertLevel level)
{
    return std::any_of(
        monitor.alerts().begin(), monitor.alerts().end(), [&](const health::Alert &alert) {
            return alert.kind == kind && alert.tableId == tableId && alert.level == level;
        });
}

} // namespace

class tst_HealthWindow : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anHourInCharts();
    void theFloorMarksTheAlerts();

private:
    std::unique_ptr<health::HealthMonitor> m_monitor;
};

void tst_HealthWindow::init()
{
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QVERIFY(m_model->load(std::nullopt).has_value());
    QVERIFY(m_model->tables().size() >= 4);
    m_monitor = std::make_unique<health::HealthMonitor>();
    QVERIFY(m_monitor->setReportFolder(m_data->filePath(QStringLiteral("reports"))).has_value());
    feedHour(*m_monitor, m_model->tables());
}

void tst_HealthWindow::cleanup()
{
    m_monitor.reset();
    closeDemoVenue();
}

void tst_HealthWindow::anHourInCharts()
{
    const std::vector<venue::Table> tables = m_model->tables();
    QVERIFY(hasAlert(*m_monitor, health::AlertKind::TrackingRate, tables[2].id,
                     health::AlertLevel::Critical));
    QVERIFY(hasAlert(*m_monitor, health::AlertKind::FrameTime, tables[2].id,
                     health::AlertLevel::Critical));
    QVERIFY(hasAlert(*m_monitor, health::AlertKind::CameraStopped, tables[3].id,
                     health::AlertLevel::Critical));
    QVERIFY(hasAlert(*m_monitor, health::AlertKind::Memory, 0, health::AlertLevel::Warning));
    // The slow frames now and then on the other tables raised nothing.
    QCOMPARE(int(m_monitor->alerts().size()), 4);

    ui::HealthWindow window(*m_monitor);
    window.resize(1680, 1300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.refresh();
    QTest::qWait(200); // the charts lay their axes and legends out

    QCOMPARE(window.alertList()->count(), 4);
    QVERIFY(window.alertList()->item(0)->text().startsWith(QStringLiteral("Critical since")));
    QVERIFY(window.alertList()->item(3)->text().startsWith(QStringLiteral("Warning since")));
    QVERIFY(window.alertList()->hasFocus() || window.focusWidget() == window.alertList());

    for (int index = 0; index < ui::HealthWindow::kChartCount; ++index) {
        const ui::HealthChart *chart = window.chart(Chart(index));
        QVERIFY2(chart->lineCount() >= 1, qPrintable(chart->chart()->title()));
    }
    QCOMPARE(window.chart(Chart::CameraRate)->lineCount(), 4);
    QCOMPARE(window.chart(Chart::TrackingRate)->thresholdCount(), 2);
    QCOMPARE(window.chart(Chart::FrameTime)->thresholdCount(), 2);
    QCOMPARE(window.chart(Chart::Memory)->thresholdCount(), 2);
    QCOMPARE(window.chart(Chart::Disk)->thresholdCount(), 2);
    QVERIFY(window.chart(Chart::TrackingRate)->valueTop() >= 60);
    QVERIFY(window.chart(Chart::FrameTime)->valueTop() >= 33); // the critical line shows

    const QImage shot = window.grab().toImage();
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/health.png");
    QVERIFY2(shot.save(path), qPrintable(path));

    // The daily report by keyboard: today so far, with every table.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), 1);
    const QString report = window.reportShown();
    for (int index = 0; index < 4; ++index)
        QVERIFY2(report.contains(tables[std::size_t(index)].name), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Frames processed a second: mean")));
    QVERIFY(report.contains(QStringLiteral("critical: %1 is falling behind").arg(tables[2].name)));
    window.grab().save(QStringLiteral(DOJO_BUILD_DIR "/health-report.png"));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), 0);
}

void tst_HealthWindow::theFloorMarksTheAlerts()
{
    ui::MainWindow window(*m_model, *m_settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *open = window.findChild<QAction *>(QStringLiteral("openHealth"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled()); // no monitor yet
    window.setHealthMonitor(m_monitor.get());
    QVERIFY(open->isEnabled());

    const std::vector<venue::Table> tables = m_model->tables();
    const auto cardOf = [&window](qint64 tableId) -> ui::TableCard * {
        for (ui::TableCard *card : window.venueFloor()->cards())
            if (card->table().id == tableId)
                return card;
        return nullptr;
    };
    QVERIFY(!cardOf(tables[0].id)->healthMark());
    const std::optional<ui::TableHealthMark> behind = cardOf(tables[2].id)->healthMark();
    QVERIFY(behind);
    QCOMPARE(behind->mark, QStringLiteral("Falling behind"));
    QVERIFY(behind->critical);
    QVERIFY(cardOf(tables[2].id)->accessibleName().contains(QStringLiteral("is falling behind")));
    const std::optional<ui::TableHealthMark> stopped = cardOf(tables[3].id)->healthMark();
    QVERIFY(stopped);
    QCOMPARE(stopped->mark, QStringLiteral("Camera stopped"));

    auto *label = window.findChild<QLabel *>(QStringLiteral("healthLabel"));
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().startsWith(QStringLiteral("DojoPool uses")));
    window.grab().save(QStringLiteral(DOJO_BUILD_DIR "/floor-health.png"));

    // Ctrl+H opens the health window.
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    auto *health = window.findChild<ui::HealthWindow *>();
    QVERIFY(health && health->isVisible());

    // The alerts end: the marks go.
    health::HealthMonitor quiet;
    window.setHealthMonitor(&quiet);
    QVERIFY(!cardOf(tables[2].id)->healthMark());
    QVERIFY(!label->isVisible());
    window.setHealthMonitor(nullptr);
}

QTEST_MAIN(tst_HealthWindow)
#include "tst_healthwindow.moc"
