#include "healthcollector.h"

#include "apptext.h"
#include "venuecameras.h"

#include <capture/tablecamera.h>
#include <health/diskgauge.h>
#include <live/liveserver.h>
#include <storage/database.h>

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace dojo::app {

namespace {

const QString kMemoryBudgetKey = QStringLiteral("health/memoryBudgetMB");

// A camera stopped on purpose, or a file that reached its end, is not expected to give more.
bool expectsFrames(capture::SourceState state)
{
    return state != capture::SourceState::Stopped && state != capture::SourceState::Finished;
}

} // namespace

HealthCollector::HealthCollector(const QString &dataFolder, storage::Database &database,
                                 QSettings &settings, VenueCameras &cameras,
                                 std::function<QString(qint64)> tableName, QObject *parent)
    : QObject(parent)
    , m_dataFolder(dataFolder)
    , m_database(database)
    , m_cameras(cameras)
    , m_tableName(std::move(tableName))
{
    m_clock.start();
    m_monitor.setVersion(QCoreApplication::applicationVersion());
    if (Result<void> folder
        = m_monitor.setReportFolder(QDir(dataFolder).filePath(QStringLiteral("reports")));
        !folder)
        qWarning("%s", qPrintable(AppText::tr("the daily health report cannot go on from today's "
                                              "file: %1")
                                      .arg(folder.error())));
    const long long configured = settings.value(kMemoryBudgetKey).toLongLong();
    m_memoryBudget
        = configured > 0 ? configured * 1024 * 1024 : health::ProcessGauge::defaultBudget();
    m_timer.setInterval(kSampleMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &HealthCollector::sample);
}

HealthCollector::~HealthCollector()
{
    if (m_metricsServer)
        m_metricsServer->setMetrics({});
}

void HealthCollector::setLiveServer(std::function<live::LiveServer *()> server)
{
    m_server = std::move(server);
}

void HealthCollector::start()
{
    sample();
    m_timer.start();
}

void HealthCollector::sample()
{
    const qint64 now = m_clock.elapsed();
    const double seconds = m_lastSampleAt < 0 ? 0.0 : double(now - m_lastSampleAt) / 1000.0;
    m_lastSampleAt = now;

    health::HealthSample sample;
    sample.time = QDateTime::currentDateTimeUtc();
    sampleTables(sample, now);
    sampleLive(sample, seconds);

    if (const Result<health::ProcessFigures> process = m_process.read()) {
        sample.cpuSeconds = process->cpuSeconds;
        sample.cpuPercent
            = m_lastCpuSeconds < 0.0
                  ? 0.0
                  : health::cpuPercent(m_lastCpuSeconds, process->cpuSeconds, seconds);
        m_lastCpuSeconds = process->cpuSeconds;
        sample.residentBytes = process->residentBytes;
    } else if (!std::exchange(m_toldProcess, true)) {
        qWarning("%s", qPrintable(process.error()));
    }
    sample.memoryBudgetBytes = m_memoryBudget;

    storage::WriteTimes writes = m_database.takeWriteTimes();
    m_writes += writes.writes;
    m_writeSeconds += writes.totalMilliseconds / 1000.0;
    sample.databaseWrites = m_writes;
    sample.databaseWriteSeconds = m_writeSeconds;
    sample.writeMilliseconds = std::move(writes.milliseconds);

    if (const Result<health::DiskFigures> disk = health::readDisk(m_dataFolder)) {
        sample.diskFreeBytes = disk->freeBytes;
        sample.diskTotalBytes = disk->totalBytes;
    } else if (!std::exchange(m_toldDisk, true)) {
        qWarning("%s", qPrintable(disk.error()));
    }
    m_monitor.add(std::move(sample));
}

void HealthCollector::sampleTables(health::HealthSample &sample, qint64 now)
{
    std::map<qint64, CameraWatch> watches;
    for (const qint64 tableId : m_cameras.tableIds()) {
        capture::TableCamera *camera = m_cameras.camera(tableId);
        if (!camera)
            continue; // a table without a camera has no figures
        CameraWatch watch = m_watches.count(tableId) ? m_watches[tableId] : CameraWatch();
        if (watch.camera != camera) { // a new camera: it has had no time to give a picture yet
            watch = CameraWatch();
            watch.camera = camera;
            watch.lastFrameAt = now;
        }
        const capture::SourceHealth health = camera->health();
        const capture::Frame &frame = camera->latest();
        if (!frame.image.isNull()
            && (frame.number != watch.lastNumber || frame.time != watch.lastTime)) {
            watch.lastNumber = frame.number;
            watch.lastTime = frame.time;
            watch.lastFrameAt = now;
            if (watch.runningSince < 0)
                watch.runningSince = now;
        }
        health::TableFigures figures;
        figures.tableId = tableId;
        figures.name = m_tableName(tableId);
        figures.expectingFrames = expectsFrames(health.state);
        figures.cameraFramesPerSecond = health.framesInPerSecond;
        figures.droppedFrames = health.framesDropped;
        figures.processedFramesPerSecond = health.framesProcessedPerSecond;
        figures.millisecondsPerFrame = health.millisecondsPerFrame;
        figures.secondsSinceFrame = double(now - watch.lastFrameAt) / 1000.0;
        if (figures.secondsSinceFrame >= m_monitor.thresholds().stoppedSeconds)
            watch.runningSince = -1;
        figures.secondsRunning
            = watch.runningSince < 0 ? 0.0 : double(now - watch.runningSince) / 1000.0;
        sample.tables.push_back(std::move(figures));
        watches[tableId] = watch;
    }
    m_watches = std::move(watches);
}

void HealthCollector::sampleLive(health::HealthSample &sample, double seconds)
{
    live::LiveServer *server = m_server ? m_server() : nullptr;
    if (server != m_metricsServer.data()) {
        if (m_metricsServer)
            m_metricsServer->setMetrics({});
        m_metricsServer = server;
        m_lastMessagesSent = -1;
        if (server)
            server->setMetrics([this] { return m_monitor.metricsText(); });
    }
    if (!server)
        return;
    sample.liveConnections = server->connections();
    sample.messagesSent = server->messagesSent();
    if (m_lastMessagesSent >= 0 && seconds > 0.0 && sample.messagesSent >= m_lastMessagesSent)
        sample.messagesPerSecond = double(sample.messagesSent - m_lastMessagesSent) / seconds;
    m_lastMessagesSent = sample.messagesSent;
}

} // namespace dojo::app
