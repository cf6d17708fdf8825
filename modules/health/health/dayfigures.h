#pragma once

#include "health/alerts.h"
#include "health/dailyreport.h"
#include "health/distribution.h"
#include "health/healthsample.h"

#include <core/result.h>

#include <QDate>
#include <QJsonObject>

#include <map>
#include <vector>

namespace dojo::health {

// One day's samples counted as they come, in fixed memory (Distribution), for the daily
// report. A table's rates and times count only while its camera runs and has settled, as the
// alerts judge them; its dropped frames and the messages count from the counters' steps.
class DayFigures
{
public:
    explicit DayFigures(QDate day = {});

    QDate day() const { return m_day; }
    void add(const HealthSample &sample, const Thresholds &limits = {});
    // An alert that started or ended: the day's list keeps it (at most kAlertsKept a day).
    void noteAlert(const Alert &alert);
    DailyReport report() const;

    // Everything counted so far, to go on after a restart on the same day.
    QJsonObject state() const;
    static Result<DayFigures> fromState(const QJsonObject &state);

    static constexpr int kAlertsKept = 1000;

private:
    struct TableCount
    {
        QString name;
        Distribution processed;
        Distribution milliseconds;
        Distribution camera;
        long long dropped = 0;
        long long lastDropped = -1;
    };

    QDate m_day;
    QDateTime m_from;
    QDateTime m_to;
    long long m_samples = 0;
    std::map<qint64, TableCount> m_tables;
    int m_connectionsPeak = 0;
    long long m_messages = 0;
    long long m_lastMessagesSent = -1;
    Distribution m_cpu;
    Distribution m_memory;
    long long m_memoryBudget = 0;
    long long m_writes = 0;
    Distribution m_writeMilliseconds;
    long long m_diskFreeLowest = -1;
    std::vector<Alert> m_alerts;
};

} // namespace dojo::health
