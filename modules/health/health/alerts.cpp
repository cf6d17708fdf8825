#include "health/alerts.h"

#include "health/internal/healthtr.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dojo::health {

using internal::Tr;

namespace {

// A figure as the sentences show it: whole when it is, else one decimal.
QString figure(double value)
{
    const QLocale locale;
    if (std::abs(value - std::round(value)) < 0.05)
        return locale.toString(static_cast<qlonglong>(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

// Rounded to a tenth toward the alert's side, so a figure just past its threshold never reads
// as the threshold itself ("29.96 under 30" shows 29.9, "75.04 % over 75 %" shows 75.1).
QString figureUnder(double value)
{
    return figure(std::floor(value * 10.0 + 1e-9) / 10.0);
}

QString figureOver(double value)
{
    return figure(std::ceil(value * 10.0 - 1e-9) / 10.0);
}

QString stoppedSentence(const TableFigures &table)
{
    return Tr::tr("The camera of %1 has stopped: no picture for %2 s.")
        .arg(table.name, figure(std::floor(table.secondsSinceFrame)));
}

QString rateSentence(const QString &name, double framesPerSecond, AlertLevel level,
                     const Thresholds &limits)
{
    if (level == AlertLevel::Critical)
        return Tr::tr("%1 is falling behind: %2 frames a second processed (critical under %3).")
            .arg(name, figureUnder(framesPerSecond), figure(limits.framesCritical));
    return Tr::tr("%1 is falling behind: %2 frames a second processed (warning under %3).")
        .arg(name, figureUnder(framesPerSecond), figure(limits.framesWarning));
}

QString timeSentence(const QString &name, double milliseconds, AlertLevel level,
                     const Thresholds &limits)
{
    if (level == AlertLevel::Critical)
        return Tr::tr("%1 is falling behind: %2 ms to process a frame (critical over %3 ms).")
            .arg(name, figureOver(milliseconds), figure(limits.millisecondsCritical));
    return Tr::tr("%1 is falling behind: %2 ms to process a frame (warning over %3 ms).")
        .arg(name, figureOver(milliseconds), figure(limits.millisecondsWarning));
}

QString memorySentence(long long resident, long long budget, AlertLevel level,
                       const Thresholds &limits)
{
    const QString share = figureOver(100.0 * double(resident) / double(budget));
    if (level == AlertLevel::Critical)
        return Tr::tr("DojoPool uses %1 of memory, %2 % of its budget of %3 (critical over %4 %).")
            .arg(bytesText(resident), share, bytesText(budget),
                 figure(100.0 * limits.memoryCritical));
    return Tr::tr("DojoPool uses %1 of memory, %2 % of its budget of %3 (warning over %4 %).")
        .arg(bytesText(resident), share, bytesText(budget), figure(100.0 * limits.memoryWarning));
}

QString diskSentence(long long freeBytes, long long total, AlertLevel level,
                     const Thresholds &limits)
{
    const QString share = figureUnder(100.0 * double(freeBytes) / double(total));
    if (level == AlertLevel::Critical)
        return Tr::tr("The disk holding the data has %1 free, %2 % of it (critical under %3 % or "
                      "%4).")
            .arg(bytesText(freeBytes), share, figure(100.0 * limits.diskCriticalShare),
                 bytesText(limits.diskCriticalBytes));
    return Tr::tr("The disk holding the data has %1 free, %2 % of it (warning under %3 % or %4).")
        .arg(bytesText(freeBytes), share, figure(100.0 * limits.diskWarningShare),
             bytesText(limits.diskWarningBytes));
}

const TableFigures *findTable(const HealthSample &sample, qint64 tableId)
{
    const auto found
        = std::find_if(sample.tables.begin(), sample.tables.end(),
                       [tableId](const TableFigures &t) { return t.tableId == tableId; });
    return found == sample.tables.end() ? nullptr : &*found;
}

// The table's mean rate and time per frame over the window, when every sample of the window
// saw its camera running and settled.
struct WindowMeans
{
    double framesPerSecond = 0.0;
    double milliseconds = 0.0;
};

std::optional<WindowMeans> windowMeans(const std::deque<HealthSample> &recent, qint64 tableId,
                                       const Thresholds &limits)
{
    const int window = std::max(1, limits.windowSamples);
    if (int(recent.size()) < window)
        return std::nullopt;
    WindowMeans means;
    for (auto sample = recent.end() - window; sample != recent.end(); ++sample) {
        const TableFigures *table = findTable(*sample, tableId);
        if (!table || !table->expectingFrames || cameraStopped(*table, limits)
            || table->secondsRunning < limits.settleSeconds)
            return std::nullopt;
        means.framesPerSecond += table->processedFramesPerSecond;
        means.milliseconds += table->millisecondsPerFrame;
    }
    means.framesPerSecond /= window;
    means.milliseconds /= window;
    return means;
}

Alert venueAlert(AlertKind kind, AlertLevel level, QString sentence)
{
    Alert alert;
    alert.kind = kind;
    alert.level = level;
    alert.sentence = std::move(sentence);
    return alert;
}

Alert tableAlert(AlertKind kind, AlertLevel level, const TableFigures &table, QString sentence)
{
    Alert alert = venueAlert(kind, level, std::move(sentence));
    alert.tableId = table.tableId;
    alert.table = table.name;
    return alert;
}

// The level of a figure that is bad when high; exactly on a threshold is still fine.
std::optional<AlertLevel> levelOver(double value, double critical, double warning)
{
    if (value > critical)
        return AlertLevel::Critical;
    if (value > warning)
        return AlertLevel::Warning;
    return std::nullopt;
}

// The level of a figure that is bad when low; exactly on a threshold is still fine.
std::optional<AlertLevel> levelUnder(double value, double critical, double warning)
{
    if (value < critical)
        return AlertLevel::Critical;
    if (value < warning)
        return AlertLevel::Warning;
    return std::nullopt;
}

} // namespace

QString alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::CameraStopped: return QStringLiteral("camera-stopped");
    case AlertKind::TrackingRate: return QStringLiteral("tracking-rate");
    case AlertKind::FrameTime: return QStringLiteral("frame-time");
    case AlertKind::Memory: return QStringLiteral("memory");
    case AlertKind::Disk: break;
    }
    return QStringLiteral("disk");
}

QString alertLevelKey(AlertLevel level)
{
    return level == AlertLevel::Critical ? QStringLiteral("critical") : QStringLiteral("warning");
}

// Processed frames a second: under 45 a warning, under 30 critical (issue 13).
std::optional<AlertLevel> trackingRateLevel(double framesPerSecond, const Thresholds &limits)
{
    return levelUnder(framesPerSecond, limits.framesCritical, limits.framesWarning);
}

// Time per frame: over 22 ms a warning, over 33 ms critical (issue 13).
std::optional<AlertLevel> frameTimeLevel(double milliseconds, const Thresholds &limits)
{
    return levelOver(milliseconds, limits.millisecondsCritical, limits.millisecondsWarning);
}

// Memory: over 75 % of the budget a warning, over 90 % critical (issue 13).
std::optional<AlertLevel> memoryLevel(long long residentBytes, long long budgetBytes,
                                      const Thresholds &limits)
{
    if (budgetBytes <= 0)
        return std::nullopt;
    return levelOver(double(residentBytes) / double(budgetBytes), limits.memoryCritical,
                     limits.memoryWarning);
}

// The data's disk: under 5 % or 1 GB free a warning, under 1 % or 200 MB critical.
std::optional<AlertLevel> diskLevel(long long freeBytes, long long totalBytes,
                                    const Thresholds &limits)
{
    if (totalBytes <= 0)
        return std::nullopt;
    const double share = double(freeBytes) / double(totalBytes);
    if (share < limits.diskCriticalShare || freeBytes < limits.diskCriticalBytes)
        return AlertLevel::Critical;
    if (share < limits.diskWarningShare || freeBytes < limits.diskWarningBytes)
        return AlertLevel::Warning;
    return std::nullopt;
}

// No picture for 5 s from a camera that should give them (issue 13: "a camera stops").
bool cameraStopped(const TableFigures &table, const Thresholds &limits)
{
    return table.expectingFrames && table.secondsSinceFrame >= limits.stoppedSeconds;
}

std::vector<Alert> judgeSamples(const std::deque<HealthSample> &recent, const Thresholds &limits)
{
    std::vector<Alert> alerts;
    if (recent.empty())
        return alerts;
    const HealthSample &now = recent.back();
    for (const TableFigures &table : now.tables) {
        if (cameraStopped(table, limits)) {
            alerts.push_back(tableAlert(AlertKind::CameraStopped, AlertLevel::Critical, table,
                                        stoppedSentence(table)));
            continue; // a stopped camera is not also a table falling behind
        }
        const std::optional<WindowMeans> means = windowMeans(recent, table.tableId, limits);
        if (!means)
            continue;
        if (const std::optional<AlertLevel> level
            = trackingRateLevel(means->framesPerSecond, limits))
            alerts.push_back(
                tableAlert(AlertKind::TrackingRate, *level, table,
                           rateSentence(table.name, means->framesPerSecond, *level, limits)));
        if (const std::optional<AlertLevel> level = frameTimeLevel(means->milliseconds, limits))
            alerts.push_back(
                tableAlert(AlertKind::FrameTime, *level, table,
                           timeSentence(table.name, means->milliseconds, *level, limits)));
    }
    // Memory over the window too: its figure moves a little with every picture and message.
    const int window = std::min(int(recent.size()), std::max(1, limits.windowSamples));
    long long resident = 0;
    for (auto sample = recent.end() - window; sample != recent.end(); ++sample)
        resident += sample->residentBytes / window;
    if (const std::optional<AlertLevel> level
        = memoryLevel(resident, now.memoryBudgetBytes, limits))
        alerts.push_back(
            venueAlert(AlertKind::Memory, *level,
                       memorySentence(resident, now.memoryBudgetBytes, *level, limits)));
    if (const std::optional<AlertLevel> level
        = diskLevel(now.diskFreeBytes, now.diskTotalBytes, limits))
        alerts.push_back(
            venueAlert(AlertKind::Disk, *level,
                       diskSentence(now.diskFreeBytes, now.diskTotalBytes, *level, limits)));
    return alerts;
}

QString bytesText(long long bytes)
{
    constexpr double kKilo = 1024.0;
    const double value = double(bytes);
    if (value >= kKilo * kKilo * kKilo * kKilo)
        return Tr::tr("%1 TB").arg(figure(value / (kKilo * kKilo * kKilo * kKilo)));
    if (value >= kKilo * kKilo * kKilo)
        return Tr::tr("%1 GB").arg(figure(value / (kKilo * kKilo * kKilo)));
    if (value >= kKilo * kKilo)
        return Tr::tr("%1 MB").arg(figure(value / (kKilo * kKilo)));
    return Tr::tr("%1 KB").arg(figure(value / kKilo));
}

double HealthSample::longestWriteMilliseconds() const
{
    return writeMilliseconds.empty()
               ? 0.0
               : *std::max_element(writeMilliseconds.begin(), writeMilliseconds.end());
}

} // namespace dojo::health
