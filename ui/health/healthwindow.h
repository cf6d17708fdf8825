#pragma once

#include <QDate>
#include <QDialog>
#include <QElapsedTimer>

#include <array>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace dojo::health {
class HealthMonitor;
}

namespace dojo::ui {

class HealthChart;

// View → Health…: the venue PC's last hour. The alerts going on are listed at the top; below,
// the charts (each table's camera and processed frames a second, dropped frames and time per
// frame; the live connections and messages; this process's CPU and memory; the database's write
// latency; the free space on the data's disk), each with its thresholds drawn as dashed lines,
// and the daily reports with their trend. Keys: Ctrl+1 the charts, Ctrl+2 the daily report,
// F5 draws again, Esc closes. It changes nothing.
class HealthWindow : public QDialog
{
    Q_OBJECT

public:
    enum class Chart {
        CameraRate,
        TrackingRate,
        DroppedFrames,
        FrameTime,
        Connections,
        Messages,
        Cpu,
        Memory,
        WriteLatency,
        Disk
    };
    static constexpr int kChartCount = 10;
    static constexpr int kChartPoints = 600;    // an hour's 3600 samples drawn as 600 points
    static constexpr int kRedrawEveryMs = 5000; // the charts; the alerts follow every sample

    explicit HealthWindow(health::HealthMonitor &monitor, QWidget *parent = nullptr);

    // The alerts, the charts and the report shown, from the monitor now.
    void refresh();
    HealthChart *chart(Chart which) const { return m_charts[std::size_t(which)]; }
    QListWidget *alertList() const { return m_alerts; }
    QTabWidget *tabs() const { return m_tabs; }
    // The daily report tab on that day's report.
    void showReportOf(QDate day);
    QString reportShown() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showAlerts();
    void showCharts();
    void fillDays();
    void showChosenReport();

    health::HealthMonitor &m_monitor;
    QListWidget *m_alerts = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<HealthChart *, kChartCount> m_charts{};
    QComboBox *m_days = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QElapsedTimer m_drawn; // since the charts were last drawn
};

} // namespace dojo::ui
