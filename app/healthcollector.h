#pragma once

#include <health/healthmonitor.h>
#include <health/processgauge.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>

class QSettings;

namespace dojo::capture {
class TableCamera;
}

namespace dojo::live {
class LiveServer;
}

namespace dojo::storage {
class Database;
}

namespace dojo::app {

class VenueCameras;

// The venue's health sampled once a second, for the window and serve alike: each table's camera
// and tracking (VenueCameras), the live server's connections and messages, this process's CPU
// and memory, the database's writes and the disk holding the data folder, into a
// health::HealthMonitor (the charts, the alerts and their log lines, the daily report in the
// data folder's reports/). The live server answers /metrics with the newest sample.
class HealthCollector : public QObject
{
    Q_OBJECT

public:
    // `settings` may name the memory budget (health/memoryBudgetMB); `tableName` names a table
    // by its id for the figures' labels.
    HealthCollector(const QString &dataFolder, storage::Database &database, QSettings &settings,
                    VenueCameras &cameras, std::function<QString(qint64)> tableName,
                    QObject *parent = nullptr);
    ~HealthCollector() override;

    // The live server to count and to answer /metrics on, asked again at every sample (the
    // window's changes with the venue served); null: none.
    void setLiveServer(std::function<live::LiveServer *()> server);
    // A first sample now, then one a second.
    void start();
    // One sample now.
    void sample();

    health::HealthMonitor &monitor() { return m_monitor; }
    long long memoryBudget() const { return m_memoryBudget; }

    static constexpr int kSampleMilliseconds = 1000;

private:
    // What the collector remembers of a table's camera between samples.
    struct CameraWatch
    {
        QPointer<capture::TableCamera> camera;
        long long lastNumber = -1;
        double lastTime = -1.0;
        qint64 lastFrameAt = 0;   // ms on m_clock
        qint64 runningSince = -1; // ms on m_clock; -1: not running
    };

    void sampleTables(health::HealthSample &sample, qint64 now);
    void sampleLive(health::HealthSample &sample, double seconds);

    QString m_dataFolder;
    storage::Database &m_database;
    VenueCameras &m_cameras;
    std::function<QString(qint64)> m_tableName;
    std::function<live::LiveServer *()> m_server;
    QPointer<live::LiveServer> m_metricsServer; // the one told to answer /metrics
    health::HealthMonitor m_monitor;
    health::ProcessGauge m_process;
    long long m_memoryBudget = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastSampleAt = -1;
    double m_lastCpuSeconds = -1.0;
    long long m_lastMessagesSent = -1;
    long long m_writes = 0;
    double m_writeSeconds = 0.0;
    std::map<qint64, CameraWatch> m_watches;
    bool m_toldProcess = false; // a failure to read is logged once
    bool m_toldDisk = false;
};

} // namespace dojo::app
