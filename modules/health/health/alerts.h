#pragma once

#include "health/healthsample.h"

#include <QDateTime>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace dojo::health {

enum class AlertLevel { Warning, Critical };

enum class AlertKind {
    CameraStopped, // no picture for a while
    TrackingRate,  // a table falling behind: too few frames processed a second
    FrameTime,     // a table falling behind: too long to process a frame
    Memory,        // the process near its memory budget
    Disk           // the disk holding the data nearly full
};

// The word for an alert's kind and level in /metrics and the report's JSON ("camera-stopped",
// "critical"): a contract for monitoring tools (docs/health.md), never translated.
QString alertKindKey(AlertKind kind);
QString alertLevelKey(AlertLevel level);

// Something wrong with the venue's PC, as the health view, the floor and the log tell it.
struct Alert
{
    AlertKind kind = AlertKind::CameraStopped;
    AlertLevel level = AlertLevel::Warning;
    qint64 tableId = 0; // 0: the whole venue (memory, disk)
    QString table;      // the table's name; empty for the whole venue
    QString sentence;   // one whole sentence with the figure and the threshold
    QDateTime start;
    QDateTime end; // invalid while it lasts

    bool isOngoing() const { return !end.isValid(); }
    bool sameSubject(const Alert &other) const
    {
        return kind == other.kind && tableId == other.tableId;
    }
};

// The thresholds (docs/health.md). A table's figures are judged over the last
// `windowSamples` samples (their mean), so one slow frame or one late second does not raise
// an alert, and only once its camera has run `settleSeconds` (the rates need 2 s to fill).
struct Thresholds
{
    double stoppedSeconds = 5.0;        // no picture this long: the camera has stopped
    double framesWarning = 45.0;        // processed frames a second under this: a warning
    double framesCritical = 30.0;       // under this: critical
    double millisecondsWarning = 22.0;  // time per frame over this: a warning
    double millisecondsCritical = 33.0; // over this: critical
    double memoryWarning = 0.75;        // resident memory over this share of the budget
    double memoryCritical = 0.90;
    double diskWarningShare = 0.05;            // free space under 5 % of the disk ...
    long long diskWarningBytes = 1LL << 30;    // ... or under 1 GB: a warning
    double diskCriticalShare = 0.01;           // under 1 % ...
    long long diskCriticalBytes = 200LL << 20; // ... or under 200 MB: critical
    int windowSamples = 5;
    double settleSeconds = 5.0;
};

// Each judge answers the level a figure has reached, none while it is fine. The boundaries
// belong to the good side: exactly 45 frames a second, 22 ms, 75 % are fine.
std::optional<AlertLevel> trackingRateLevel(double framesPerSecond, const Thresholds &limits = {});
std::optional<AlertLevel> frameTimeLevel(double milliseconds, const Thresholds &limits = {});
std::optional<AlertLevel> memoryLevel(long long residentBytes, long long budgetBytes,
                                      const Thresholds &limits = {});
std::optional<AlertLevel> diskLevel(long long freeBytes, long long totalBytes,
                                    const Thresholds &limits = {});
// A camera that should give pictures has given none for stoppedSeconds.
bool cameraStopped(const TableFigures &table, const Thresholds &limits = {});

// The alerts the last samples raise (oldest first, the newest last), each with its sentence
// and no start: AlertBook gives them their times.
std::vector<Alert> judgeSamples(const std::deque<HealthSample> &recent,
                                const Thresholds &limits = {});

// Sizes as people read them ("1.5 GB", "200 MB"), 1024-based as disks are shown on Linux.
QString bytesText(long long bytes);

} // namespace dojo::health
