#pragma once

#include <core/result.h>
#include <venue/reports.h>

#include <QDialog>

#include <array>
#include <functional>
#include <optional>

class QChartView;
class QLabel;
class QTabWidget;

namespace dojo::venue {
class VenueReports;
}

namespace dojo::ui {

class PeriodPicker;

// The owner's reports for the shown venue over a period (this week, last week, this month or
// custom dates): the period's figures at the top, and tabs of charts (revenue by day, use by
// hour of the day with the peak hours marked, use and revenue by table, no-shows by day, use
// and revenue by week), each exported as CSV. Read from the database when the period changes
// or on F5; it changes nothing.
class ReportsWindow : public QDialog
{
    Q_OBJECT

public:
    enum class Tab { RevenueByDay, UseByHour, Tables, NoShows, Weeks };
    static constexpr int kTabCount = 5;

    ReportsWindow(venue::VenueReports &reports, qint64 venueId, QWidget *parent = nullptr);

    // Custom dates, read at once.
    void showPeriod(const venue::ReportPeriod &period);
    // Where now comes from (the system's clock at first): the preset periods count from its
    // day in the venue, and nothing is counted after it. Reads again.
    void setClock(std::function<QDateTime()> clock);
    // Reads the chosen period again.
    void reload();

    // The report shown; none when it could not be read (problem() says why).
    const std::optional<venue::VenueReport> &report() const { return m_report; }
    QString problem() const;
    Tab currentTab() const;
    void showTab(Tab tab);

    // The tab's table as CSV (venue/reportcsv.h), and written to a file.
    QString csvOf(Tab tab) const;
    Result<void> exportCsv(Tab tab, const QString &path) const;
    // Export CSV…: asks where, then writes, telling why when it fails.
    void chooseCsvFile(Tab tab);
    // The file name offered for the tab's CSV: venue, what, period.
    QString suggestedFileName(Tab tab) const;

    PeriodPicker *periodPicker() const { return m_picker; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *makeTab(Tab tab, std::vector<QChartView *> views);
    QLabel *makeFigure(const QString &caption, QWidget **box);
    void showReport();
    void showFigures();

    venue::VenueReports &m_reports;
    qint64 m_venueId = 0;
    QTimeZone m_zone;
    std::function<QDateTime()> m_clock;
    std::optional<venue::VenueReport> m_report;
    QString m_problem;

    PeriodPicker *m_picker = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_revenue = nullptr;
    QLabel *m_revenueNote = nullptr;
    QLabel *m_played = nullptr;
    QLabel *m_playedNote = nullptr;
    QLabel *m_peaks = nullptr;
    QLabel *m_peaksNote = nullptr;
    QLabel *m_noShows = nullptr;
    QLabel *m_noShowsNote = nullptr;
    QLabel *m_peakNote = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_revenueByDay = nullptr;
    QChartView *m_useByHour = nullptr;
    QChartView *m_hoursByTable = nullptr;
    QChartView *m_revenueByTable = nullptr;
    QChartView *m_noShowsByDay = nullptr;
    QChartView *m_hoursByWeek = nullptr;
    QChartView *m_revenueByWeek = nullptr;
};

} // namespace dojo::ui
