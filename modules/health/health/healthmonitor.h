#pragma once

#include "health/alertbook.h"
#include "health/alerts.h"
#include "health/dailyreport.h"
#include "health/dayfigures.h"
#include "health/healthhistory.h"
#include "health/healthsample.h"

#include <core/result.h>

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace dojo::health {

// The venue's health as the samples come (one a second, from app/'s collector): the last hour
// for the charts, the alerts going on (logged when each starts and ends), the day's figures
// for the daily report (written to the reports folder every 10 minutes, when the day ends and
// when this goes) and the newest sample for /metrics. Lives on the GUI (or main) thread.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    explicit HealthMonitor(Thresholds limits = {}, QObject *parent = nullptr);
    ~HealthMonitor() override;

    // The data folder's reports/ (made when missing): the day's counts go on from today's file,
    // and the reports are written there. Empty: no files (tests). The error is one sentence.
    Result<void> setReportFolder(const QString &folder);
    QString reportFolder() const { return m_folder; }
    // The program's version, for /metrics' dojopool_build_info.
    void setVersion(const QString &version) { m_version = version; }

    void add(HealthSample sample);

    const Thresholds &thresholds() const { return m_limits; }
    const HealthHistory &history() const { return m_history; }
    const HealthSample *latest() const { return m_recent.empty() ? nullptr : &m_recent.back(); }
    const std::vector<Alert> &alerts() const { return m_book.current(); }
    // The newest sample in the Prometheus text format; only the build's line before the first.
    QByteArray metricsText() const;

    // The day so far.
    DailyReport today() const { return m_day.report(); }
    // A day's report: today's so far, or one written before (none: no file, or unreadable).
    std::optional<DailyReport> reportOf(QDate day) const;
    // The days with a report, newest first; today's (so far) always first.
    std::vector<QDate> reportedDays() const;
    // A day's report for people, compared with the day before when it has a report too.
    QString reportTextOf(QDate day) const;
    // Today's report so far, written now.
    Result<void> writeReport();

    static constexpr int kWriteEverySeconds = 600;

Q_SIGNALS:
    void sampled();
    void alertsChanged(); // one started or ended
    void reportWritten(QDate day);

private:
    void startDay(QDate day);
    Result<void> write(const DayFigures &figures);
    QString reportPath(QDate day, const QString &suffix) const;

    Thresholds m_limits;
    HealthHistory m_history;
    std::deque<HealthSample> m_recent; // the alerts' window, the newest last
    AlertBook m_book;
    DayFigures m_day;
    QString m_folder;
    QString m_version;
    QDateTime m_lastWritten;
};

} // namespace dojo::health
