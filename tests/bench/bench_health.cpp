// What the health view costs a venue's PC: the time of one sample (this process's CPU and memory
// read from /proc, the data folder's disk, the monitor's judging, rings and day's figures, the
// /metrics text) for a 12-table hall, as a share of the one second between samples and of a
// 60 fps frame; and the memory of the hour's rings against keeping the hour's samples as they
// come. Not a test: it prints figures, it asserts nothing about time.

#include <health/diskgauge.h>
#include <health/healthmonitor.h>
#include <health/processgauge.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <deque>
#include <functional>
#include <random>

using namespace dojo::health;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kTables = 12;

HealthSample hallSample(const QDateTime &time, std::mt19937 &random, long long second)
{
    std::uniform_real_distribution<double> noise(-1.0, 1.0);
    HealthSample sample;
    sample.time = time;
    for (int id = 1; id <= kTables; ++id) {
        TableFigures table;
        table.tableId = id;
        table.name = QStringLiteral("Table %1").arg(id);
        table.cameraFramesPerSecond = 60 + noise(random) * 0.3;
        table.processedFramesPerSecond = 59.5 + noise(random);
        table.millisecondsPerFrame = 9 + noise(random) * 2;
        table.droppedFrames = second / 20;
        table.secondsSinceFrame = 0.02;
        table.secondsRunning = 600 + double(second);
        sample.tables.push_back(table);
    }
    sample.liveConnections = 40;
    sample.messagesSent = second * 1200;
    sample.messagesPerSecond = 1200;
    sample.cpuPercent = 180 + noise(random) * 10;
    sample.residentBytes = 1500LL << 20;
    sample.memoryBudgetBytes = 4096LL << 20;
    sample.writeMilliseconds = {1.2 + noise(random), 0.8};
    sample.diskFreeBytes = 100LL << 30;
    sample.diskTotalBytes = 500LL << 30;
    return sample;
}

// Microseconds per call of `work`, the median of five runs of `count` calls.
double microseconds(int count, const std::function<void()> &work)
{
    std::vector<double> runs;
    for (int run = 0; run < 5; ++run) {
        const auto start = Clock::now();
        for (int i = 0; i < count; ++i)
            work();
        runs.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count()
                       / count);
    }
    std::sort(runs.begin(), runs.end());
    return runs[2];
}

long long residentBytes()
{
    const dojo::Result<ProcessFigures> figures = ProcessGauge().read();
    return figures ? figures->residentBytes : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    std::mt19937 random(13);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2 * HealthHistory::kHour);

    // The hour's rings, full, and the hour's samples kept as they came (the baseline).
    const long long before = residentBytes();
    HealthMonitor monitor;
    long long second = 0;
    for (; second < HealthHistory::kHour; ++second)
        monitor.add(hallSample(start.addSecs(second), random, second));
    const long long afterMonitor = residentBytes();
    std::deque<HealthSample> kept;
    for (long long i = 0; i < HealthHistory::kHour; ++i)
        kept.push_back(hallSample(start.addSecs(i), random, i));
    const long long afterKept = residentBytes();

    const ProcessGauge gauge;
    const QString folder = QDir::tempPath();
    double cpuBefore = 0;
    const double readProcess = microseconds(2000, [&] {
        const dojo::Result<ProcessFigures> figures = gauge.read();
        cpuBefore += figures ? figures->cpuSeconds : 0;
    });
    const double readFolderDisk = microseconds(2000, [&] { (void)readDisk(folder); });
    const double add = microseconds(2000, [&] {
        monitor.add(hallSample(start.addSecs(second), random, second));
        ++second;
    });
    const double makeSample = microseconds(2000, [&] {
        const HealthSample sample = hallSample(start.addSecs(second), random, second);
        cpuBefore += sample.cpuPercent;
    });
    QByteArray text;
    const double metrics = microseconds(2000, [&] { text = monitor.metricsText(); });
    const double report = microseconds(
        20, [&] { cpuBefore += double(reportText(monitor.today(), std::nullopt).size()); });

    const double perSample = readProcess + readFolderDisk + (add - makeSample);
    std::printf("bench_health: a %d-table hall, one sample a second\n", kTables);
    std::printf("  /proc/self/stat and statm read:  %8.1f us\n", readProcess);
    std::printf("  statvfs of the data folder:      %8.1f us\n", readFolderDisk);
    std::printf("  monitor.add (judge, rings, day): %8.1f us (making the sample itself: %.1f us, "
                "left out)\n",
                add - makeSample, makeSample);
    std::printf(
        "  one sample in all:               %8.1f us = %.4f %% of the second between samples, "
        "%.4f of a 60 fps frame's 16.7 ms\n",
        perSample, perSample / 1e4, perSample / 16667.0);
    std::printf("  /metrics text (%lld bytes):      %8.1f us a scrape\n", (long long)text.size(),
                metrics);
    std::printf("  the day's report as text:        %8.1f us\n", report);

    const std::size_t ring = monitor.history().memoryBytes();
    std::printf("  the hour's rings (%d tables):     %8.1f KB (counted); the process grew %.1f MB "
                "with the monitor\n",
                kTables, double(ring) / 1024.0, double(afterMonitor - before) / (1024.0 * 1024.0));
    std::printf(
        "  the hour kept as samples:        %8.1f MB (the process grew by it): the rings are "
        "%.1fx smaller\n",
        double(afterKept - afterMonitor) / (1024.0 * 1024.0),
        double(afterKept - afterMonitor) / double(ring));

    // A whole day counted: its state in the report's JSON stays small.
    HealthMonitor day;
    const auto dayStart = Clock::now();
    for (long long s = 0; s < 86400; ++s)
        day.add(hallSample(start.addSecs(s % 3600), random, s));
    const double daySeconds = std::chrono::duration<double>(Clock::now() - dayStart).count();
    std::printf("  a day of samples added:          %8.2f s for 86400 (%.1f us each, sample made "
                "included)\n",
                daySeconds, daySeconds * 1e6 / 86400);
    return cpuBefore > 0 ? 0 : 1;
}
