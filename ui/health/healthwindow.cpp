#include "health/healthwindow.h"

#include "common/uitr.h"
#include "health/healthchart.h"
#include "health/healthseries.h"

#include <health/healthmonitor.h>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace dojo::ui {

namespace {

constexpr double kMegabytesInGigabyte = 1024.0;

const QColor kWarning(0xef, 0x6c, 0x00);
const QColor kCritical(0xc6, 0x28, 0x28);
const QColor kVenueLine(0x15, 0x65, 0xc0);
const QColor kBudgetLine(0x75, 0x75, 0x75);

// One colour per table, the same in every chart.
QColor tableColour(int index)
{
    static const std::array<QColor, 8> colours{QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                                               QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                                               QColor(0x8d, 0x6e, 0x63), QColor(0xad, 0x14, 0x57),
                                               QColor(0x55, 0x8b, 0x2f), QColor(0x28, 0x35, 0x93)};
    return colours[std::size_t(index) % colours.size()];
}

QIcon levelIcon(bool critical)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(critical ? kCritical : kWarning);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

HealthWindow::HealthWindow(health::HealthMonitor &monitor, QWidget *parent)
    : QDialog(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("healthWindow"));
    setWindowTitle(Tr::tr("Health"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    auto *alertsLabel = new QLabel(Tr::tr("&Alerts now:"), this);
    m_alerts = new QListWidget(this);
    m_alerts->setObjectName(QStringLiteral("healthAlerts"));
    m_alerts->setMaximumHeight(110);
    m_alerts->setAccessibleName(Tr::tr("Alerts now"));
    alertsLabel->setBuddy(m_alerts);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("healthTabs"));

    auto *chartsPage = new QWidget;
    auto *grid = new QGridLayout(chartsPage);
    grid->setContentsMargins(0, 0, 0, 0);
    const std::array<std::pair<QString, QString>, kChartCount> titles{{
        {Tr::tr("Camera frames a second"), Tr::tr("frames a second")},
        {Tr::tr("Frames processed a second"), Tr::tr("frames a second")},
        {Tr::tr("Dropped frames a second"), Tr::tr("frames a second")},
        {Tr::tr("Time to process a frame"), Tr::tr("milliseconds")},
        {Tr::tr("Live connections"), Tr::tr("connections")},
        {Tr::tr("Live messages a second"), Tr::tr("messages a second")},
        {Tr::tr("CPU of this process"), Tr::tr("% of one core")},
        {Tr::tr("Memory of this process"), Tr::tr("MB")},
        {Tr::tr("Database write latency (longest each second)"), Tr::tr("milliseconds")},
        {Tr::tr("Free space on the data's disk"), Tr::tr("GB")},
    }};
    constexpr int kColumns = 3;
    for (int index = 0; index < kChartCount; ++index) {
        auto *chart = new HealthChart(titles[std::size_t(index)].first,
                                      titles[std::size_t(index)].second, chartsPage);
        chart->setObjectName(QStringLiteral("healthChart%1").arg(index));
        m_charts[std::size_t(index)] = chart;
        grid->addWidget(chart, index / kColumns, index % kColumns);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(chartsPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, Tr::tr("Last &hour"));

    auto *reportPage = new QWidget;
    auto *reportLayout = new QVBoxLayout(reportPage);
    auto *dayRow = new QHBoxLayout;
    auto *dayLabel = new QLabel(Tr::tr("Da&y:"), reportPage);
    m_days = new QComboBox(reportPage);
    m_days->setObjectName(QStringLiteral("healthReportDay"));
    m_days->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    dayLabel->setBuddy(m_days);
    dayRow->addWidget(dayLabel);
    dayRow->addWidget(m_days);
    dayRow->addStretch(1);
    m_report = new QPlainTextEdit(reportPage);
    m_report->setObjectName(QStringLiteral("healthReport"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setAccessibleName(Tr::tr("Daily report"));
    reportLayout->addLayout(dayRow);
    reportLayout->addWidget(m_report, 1);
    m_tabs->addTab(reportPage, Tr::tr("&Daily report"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(alertsLabel);
    layout->addWidget(m_alerts);
    layout->addWidget(m_tabs, 1);

    const auto addShortcut = [this](const QKeySequence &keys, const std::function<void()> &slot) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_tabs->setCurrentIndex(0); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_2), [this] {
        m_tabs->setCurrentIndex(1);
        m_days->setFocus();
    });
    addShortcut(QKeySequence::Refresh, [this] { refresh(); });
    addShortcut(QKeySequence::Close, [this] { close(); });

    connect(m_days, &QComboBox::currentIndexChanged, this, &HealthWindow::showChosenReport);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            fillDays();
    });
    connect(&m_monitor, &health::HealthMonitor::alertsChanged, this, [this] {
        if (isVisible())
            showAlerts();
    });
    connect(&m_monitor, &health::HealthMonitor::sampled, this, [this] {
        if (!isVisible())
            return;   // nobody looks: no work
        showAlerts(); // their figures follow every sample
        if (!m_drawn.isValid() || m_drawn.elapsed() >= kRedrawEveryMs)
            showCharts();
    });
    resize(1500, 980);
    m_alerts->setFocus();
}

void HealthWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    refresh();
}

void HealthWindow::refresh()
{
    showAlerts();
    showCharts();
    fillDays();
}

void HealthWindow::showAlerts()
{
    m_alerts->clear();
    const std::vector<health::Alert> &alerts = m_monitor.alerts();
    if (alerts.empty()) {
        m_alerts->addItem(Tr::tr("No alerts: every figure is within its thresholds."));
        return;
    }
    std::vector<health::Alert> sorted = alerts; // critical first, then the oldest
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const health::Alert &a, const health::Alert &b) {
                         if (a.level != b.level)
                             return a.level == health::AlertLevel::Critical;
                         return a.start < b.start;
                     });
    for (const health::Alert &alert : sorted) {
        const bool critical = alert.level == health::AlertLevel::Critical;
        const QString since = alert.start.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        auto *item = new QListWidgetItem(
            levelIcon(critical), critical
                                     ? Tr::tr("Critical since %1: %2").arg(since, alert.sentence)
                                     : Tr::tr("Warning since %1: %2").arg(since, alert.sentence));
        m_alerts->addItem(item);
    }
}

void HealthWindow::showCharts()
{
    m_drawn.start();
    const health::HealthHistory &history = m_monitor.history();
    const health::Thresholds &limits = m_monitor.thresholds();
    const qint64 to = history.size() > 0 ? history.venue(history.size() - 1).msecs
                                         : QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - qint64(health::HealthHistory::kHour) * 1000;
    const auto points = [&history](const std::function<float(int)> &value, WorstSide worst) {
        return chartPoints(history, value, kChartPoints, worst);
    };
    using TableFigure = float health::TablePoint::*;
    const auto perTable = [&](TableFigure figure, WorstSide worst) {
        std::vector<ChartLine> lines;
        int index = 0;
        for (const qint64 tableId : history.tableIds()) {
            lines.push_back(
                {history.tableName(tableId), tableColour(index++),
                 points([&](int i) { return history.table(tableId, i).*figure; }, worst)});
        }
        return lines;
    };
    using VenueFigure = float health::VenuePoint::*;
    const auto venueLine = [&](const QString &name, VenueFigure figure, WorstSide worst,
                               double scale = 1.0, const QColor &colour = kVenueLine) {
        return ChartLine{
            name, colour,
            points([&](int i) { return float(history.venue(i).*figure / scale); }, worst)};
    };
    const auto show = [&](Chart which, const std::vector<ChartLine> &lines,
                          const std::vector<ChartThreshold> &thresholds) {
        chart(which)->show(lines, thresholds, from, to);
    };

    show(Chart::CameraRate, perTable(&health::TablePoint::cameraFramesPerSecond, WorstSide::Low),
         {});
    show(
        Chart::TrackingRate,
        perTable(&health::TablePoint::processedFramesPerSecond, WorstSide::Low),
        {{Tr::tr("Warning: %1").arg(number(limits.framesWarning)), limits.framesWarning, false},
         {Tr::tr("Critical: %1").arg(number(limits.framesCritical)), limits.framesCritical, true}});
    show(Chart::DroppedFrames, perTable(&health::TablePoint::droppedPerSecond, WorstSide::High),
         {});
    show(Chart::FrameTime, perTable(&health::TablePoint::millisecondsPerFrame, WorstSide::High),
         {{Tr::tr("Warning: %1 ms").arg(number(limits.millisecondsWarning)),
           limits.millisecondsWarning, false},
          {Tr::tr("Critical: %1 ms").arg(number(limits.millisecondsCritical)),
           limits.millisecondsCritical, true}});
    show(Chart::Connections,
         {venueLine(Tr::tr("Connections"), &health::VenuePoint::liveConnections, WorstSide::High)},
         {});
    show(Chart::Messages,
         {venueLine(Tr::tr("Messages a second"), &health::VenuePoint::messagesPerSecond,
                    WorstSide::High)},
         {});
    show(Chart::Cpu, {venueLine(Tr::tr("CPU"), &health::VenuePoint::cpuPercent, WorstSide::High)},
         {});

    const health::HealthSample *latest = m_monitor.latest();
    const double budget = latest ? double(latest->memoryBudgetBytes) / (1024.0 * 1024.0) : 0.0;
    std::vector<ChartThreshold> memoryLines;
    if (budget > 0) {
        memoryLines = {{Tr::tr("Warning: %1 %").arg(number(100 * limits.memoryWarning)),
                        budget * limits.memoryWarning, false},
                       {Tr::tr("Critical: %1 %").arg(number(100 * limits.memoryCritical)),
                        budget * limits.memoryCritical, true}};
    }
    std::vector<ChartLine> memory{venueLine(
        Tr::tr("Resident memory"), &health::VenuePoint::residentMegabytes, WorstSide::High)};
    if (budget > 0)
        memory.push_back({Tr::tr("Budget"),
                          kBudgetLine,
                          {QPointF(double(from), budget), QPointF(double(to), budget)}});
    show(Chart::Memory, memory, memoryLines);
    show(Chart::WriteLatency,
         {venueLine(Tr::tr("Longest write"), &health::VenuePoint::writeMilliseconds,
                    WorstSide::High)},
         {});
    std::vector<ChartThreshold> diskLines;
    if (latest && latest->diskTotalBytes > 0) {
        // Either condition raises the alert: the line is where the first of them is reached.
        const double total = double(latest->diskTotalBytes);
        const double warning
            = std::max(total * limits.diskWarningShare, double(limits.diskWarningBytes));
        const double critical
            = std::max(total * limits.diskCriticalShare, double(limits.diskCriticalBytes));
        const double gigabyte = 1024.0 * 1024.0 * 1024.0;
        diskLines = {
            {Tr::tr("Warning: %1 GB").arg(number(warning / gigabyte)), warning / gigabyte, false},
            {Tr::tr("Critical: %1 GB").arg(number(critical / gigabyte)), critical / gigabyte,
             true}};
    }
    show(Chart::Disk,
         {venueLine(Tr::tr("Free space"), &health::VenuePoint::diskFreeMegabytes, WorstSide::Low,
                    kMegabytesInGigabyte)},
         diskLines);
}

void HealthWindow::fillDays()
{
    const QDate chosen = m_days->currentData().toDate();
    const QSignalBlocker blocker(m_days);
    m_days->clear();
    const std::vector<QDate> days = m_monitor.reportedDays();
    for (std::size_t index = 0; index < days.size(); ++index) {
        const QString day = QLocale().toString(days[index], QLocale::LongFormat);
        m_days->addItem(index == 0 && days[index] == m_monitor.today().day
                            ? Tr::tr("%1 (today, so far)").arg(day)
                            : day,
                        days[index]);
    }
    const int again = m_days->findData(chosen);
    m_days->setCurrentIndex(again >= 0 ? again : 0);
    showChosenReport();
}

void HealthWindow::showChosenReport()
{
    const QDate day = m_days->currentData().toDate();
    m_report->setPlainText(day.isValid() ? m_monitor.reportTextOf(day)
                                         : Tr::tr("No report yet: the first is made with the first "
                                                  "sample."));
}

void HealthWindow::showReportOf(QDate day)
{
    m_tabs->setCurrentIndex(1);
    fillDays();
    const int index = m_days->findData(day);
    if (index >= 0)
        m_days->setCurrentIndex(index);
    showChosenReport();
}

QString HealthWindow::reportShown() const
{
    return m_report->toPlainText();
}

} // namespace dojo::ui
