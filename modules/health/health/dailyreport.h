#pragma once

#include "health/alerts.h"

#include <core/result.h>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace dojo::health {

class Distribution;

// A figure over a day: how many samples, their mean, lowest, highest and percentiles.
struct Spread
{
    long long count = 0;
    double mean = 0.0;
    double min = 0.0;
    double max = 0.0;
    double p5 = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;

    static Spread of(const Distribution &distribution);
};

// One table's day: only the seconds its camera ran count for its rates and times (a stopped
// camera is an alert of its own, not a slow table).
struct TableDay
{
    qint64 tableId = 0;
    QString name;
    Spread processedFramesPerSecond;
    Spread millisecondsPerFrame;
    Spread cameraFramesPerSecond;
    long long droppedFrames = 0;
};

// The venue's PC over one day (local time): the health view's figures summed up.
struct DailyReport
{
    QDate day;
    QDateTime from; // the first sample counted (UTC)
    QDateTime to;   // the last
    long long samples = 0;
    std::vector<TableDay> tables;
    int connectionsPeak = 0;
    long long messages = 0;
    Spread cpuPercent;
    Spread residentBytes;
    long long memoryBudgetBytes = 0;
    long long writes = 0;
    Spread writeMilliseconds;
    long long diskFreeLowestBytes = 0;
    std::vector<Alert> alerts; // that started this day (or went on into it), oldest first
};

// One figure of a day against the day before.
struct FigureTrend
{
    QString figure; // the JSON's key: "processed_fps_mean", "write_ms_p95" ...
    QString table;  // the table's name, for a table's figure
    double before = 0.0;
    double now = 0.0;
};

// The figures compared with the day before (a table by its id): each table's mean rate, mean
// and 95th percentile time per frame and dropped frames; the connections' peak, the messages,
// the mean CPU, the peak memory, the writes' median and 95th percentile and the alerts.
std::vector<FigureTrend> compareDays(const DailyReport &now, const DailyReport &before);

// The report for people, with its trend when the day before is known.
QString reportText(const DailyReport &report, const std::optional<DailyReport> &before);
// The report as JSON (docs/health.md), with its trend when the day before is known.
QJsonObject reportJson(const DailyReport &report, const std::optional<DailyReport> &before);
// A report read back from reportJson()'s object (its trend is made again from the files).
Result<DailyReport> readReportJson(const QJsonObject &json);

// reports/health-YYYY-MM-DD.txt and .json in the data folder.
QString reportBaseName(QDate day);

} // namespace dojo::health
