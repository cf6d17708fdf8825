#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace dojo::health {

// One table's camera and tracking at a moment, as capture::TableCamera::health() tells them
// (read by app/'s collector).
struct TableFigures
{
    qint64 tableId = 0;
    QString name;                       // as the venue calls it: "Table 3"
    bool expectingFrames = true;        // false: stopped on purpose, or a file that reached its end
    double cameraFramesPerSecond = 0.0; // pictures the camera gave, over the last 2 s
    long long droppedFrames = 0;        // pictures nobody took in time, since the camera started
    double processedFramesPerSecond = 0.0; // pictures tracked, over the last 2 s
    double millisecondsPerFrame = 0.0;     // tracking's time per picture, over about 30 of them
    double secondsSinceFrame = 0.0;        // since the camera last gave a picture
    double secondsRunning = 0.0;           // since its pictures began flowing without a stop
};

// The venue's figures at one moment: a point of the health view's charts, the figures of
// /metrics, one second of the daily report.
struct HealthSample
{
    QDateTime time; // UTC
    std::vector<TableFigures> tables;
    int liveConnections = 0;
    long long messagesSent = 0; // to the live clients, since the live server started
    double messagesPerSecond = 0.0;
    double cpuSeconds = 0.0; // this process's CPU time since it started (user and system)
    double cpuPercent
        = 0.0; // since the previous sample, of one core (top's way: 2 busy cores are 200 %)
    long long residentBytes = 0;
    long long memoryBudgetBytes = 0;
    long long databaseWrites = 0;      // write transactions and lone writes since the start
    double databaseWriteSeconds = 0.0; // their time together
    // Each write's time since the previous sample, in milliseconds (BEGIN to the end of COMMIT).
    std::vector<double> writeMilliseconds;
    long long diskFreeBytes = 0; // on the disk holding the data folder, free to this process
    long long diskTotalBytes = 0;

    double longestWriteMilliseconds() const;
};

} // namespace dojo::health
