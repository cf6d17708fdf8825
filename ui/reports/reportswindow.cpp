#include "reports/reportswindow.h"

#include "common/uitr.h"
#include "reports/periodpicker.h"
#include "reports/reportcharts.h"

#include <venue/reportcsv.h>
#include <venue/venuereports.h>

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dojo::ui {

namespace {

QString currencySymbol(const QString &code)
{
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    return code + u' ';
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1);
}

// "Fri 21:00–22:00": an hour of the week.
QString weekHour(const venue::PeakHour &peak)
{
    const QLocale locale;
    const QString hourFormat = QStringLiteral("HH:mm");
    return Tr::tr("%1 %2–%3")
        .arg(locale.dayName(peak.weekday, QLocale::ShortFormat),
             QTime(peak.hour, 0).toString(hourFormat),
             QTime((peak.hour + 1) % 24, 0).toString(hourFormat));
}

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

// Gives the view a new chart and lets the old one go.
void showChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ReportsWindow::ReportsWindow(venue::VenueReports &reports, qint64 venueId, QWidget *parent)
    : QDialog(parent)
    , m_reports(reports)
    , m_venueId(venueId)
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(Tr::tr("Reports"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    const Result<QTimeZone> zone = m_reports.timeZone(venueId);
    m_zone = zone ? *zone : QTimeZone::utc();
    m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_picker = new PeriodPicker(m_clock().toTimeZone(m_zone).date(), this);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("reportProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problemLabel->hide();

    auto *figures = new QHBoxLayout;
    QWidget *box = nullptr;
    m_revenue = makeFigure(Tr::tr("Revenue"), &box);
    m_revenueNote = box->findChild<QLabel *>(QStringLiteral("note"));
    figures->addWidget(box);
    m_played = makeFigure(Tr::tr("Table time played"), &box);
    m_playedNote = box->findChild<QLabel *>(QStringLiteral("note"));
    figures->addWidget(box);
    m_peaks = makeFigure(Tr::tr("Peak hour"), &box);
    m_peaksNote = box->findChild<QLabel *>(QStringLiteral("note"));
    figures->addWidget(box);
    m_noShows = makeFigure(Tr::tr("No-shows"), &box);
    m_noShowsNote = box->findChild<QLabel *>(QStringLiteral("note"));
    figures->addWidget(box);
    m_revenue->setObjectName(QStringLiteral("revenueFigure"));
    m_played->setObjectName(QStringLiteral("playedFigure"));
    m_peaks->setObjectName(QStringLiteral("peakFigure"));
    m_noShows->setObjectName(QStringLiteral("noShowFigure"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_revenueByDay = chartView(QStringLiteral("revenueByDayChart"), this);
    m_useByHour = chartView(QStringLiteral("useByHourChart"), this);
    m_hoursByTable = chartView(QStringLiteral("hoursByTableChart"), this);
    m_revenueByTable = chartView(QStringLiteral("revenueByTableChart"), this);
    m_noShowsByDay = chartView(QStringLiteral("noShowsByDayChart"), this);
    m_hoursByWeek = chartView(QStringLiteral("hoursByWeekChart"), this);
    m_revenueByWeek = chartView(QStringLiteral("revenueByWeekChart"), this);
    m_tabs->addTab(makeTab(Tab::RevenueByDay, {m_revenueByDay}), Tr::tr("Revenue by &Day"));
    m_tabs->addTab(makeTab(Tab::UseByHour, {m_useByHour}), Tr::tr("Use by &Hour"));
    m_tabs->addTab(makeTab(Tab::Tables, {m_hoursByTable, m_revenueByTable}), Tr::tr("Ta&bles"));
    m_tabs->addTab(makeTab(Tab::NoShows, {m_noShowsByDay}), Tr::tr("&No-Shows"));
    m_tabs->addTab(makeTab(Tab::Weeks, {m_hoursByWeek, m_revenueByWeek}), Tr::tr("&Weeks"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_problemLabel);
    layout->addLayout(figures);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // Keyboard: F5 reads again, Ctrl+E exports the tab shown, Ctrl+1..5 show a tab.
    auto *reloadAction = new QAction(Tr::tr("Read Again"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &ReportsWindow::reload);
    addAction(reloadAction);
    auto *exportAction = new QAction(Tr::tr("Export CSV…"), this);
    exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    exportAction->setShortcut(QKeySequence(Tr::tr("Ctrl+E")));
    connect(exportAction, &QAction::triggered, this, [this] { chooseCsvFile(currentTab()); });
    addAction(exportAction);
    for (int index = 0; index < kTabCount; ++index) {
        auto *showAction = new QAction(this);
        showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(showAction, &QAction::triggered, this,
                [this, index] { m_tabs->setCurrentIndex(index); });
        addAction(showAction);
    }

    connect(m_picker, &PeriodPicker::periodChanged, this, &ReportsWindow::reload);
    resize(1100, 760);
    reload();
    m_picker->choiceBox()->setFocus();
}

QLabel *ReportsWindow::makeFigure(const QString &caption, QWidget **box)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *captionLabel = new QLabel(caption, frame);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    captionLabel->setFont(small);
    captionLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto *value = new QLabel(frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(frame);
    note->setObjectName(QStringLiteral("note"));
    note->setWordWrap(true);
    note->setFont(small);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    layout->addWidget(note);
    layout->addStretch();
    *box = frame;
    return value;
}

QWidget *ReportsWindow::makeTab(Tab tab, std::vector<QChartView *> views)
{
    auto *page = new QWidget(this);
    auto *charts = new QHBoxLayout;
    for (QChartView *view : views)
        charts->addWidget(view);
    auto *exportButton = new QPushButton(Tr::tr("&Export CSV…"), page);
    exportButton->setObjectName(QStringLiteral("exportCsv%1").arg(int(tab)));
    exportButton->setToolTip(Tr::tr("Save this tab's figures as a CSV file (Ctrl+E)"));
    connect(exportButton, &QPushButton::clicked, this, [this, tab] { chooseCsvFile(tab); });
    auto *bottom = new QHBoxLayout;
    if (tab == Tab::UseByHour) {
        m_peakNote = new QLabel(page);
        m_peakNote->setObjectName(QStringLiteral("peakNote"));
        m_peakNote->setWordWrap(true);
        bottom->addWidget(m_peakNote, 1);
    } else {
        bottom->addStretch(1);
    }
    bottom->addWidget(exportButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(charts, 1);
    layout->addLayout(bottom);
    return page;
}

void ReportsWindow::showPeriod(const venue::ReportPeriod &period)
{
    m_picker->setPeriod(period);
}

void ReportsWindow::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_picker->setToday(m_clock().toTimeZone(m_zone).date());
    reload();
}

void ReportsWindow::reload()
{
    Result<venue::VenueReport> read = m_reports.report(m_venueId, m_picker->period(), m_clock());
    if (read) {
        m_report = std::move(*read);
        m_problem.clear();
    } else {
        m_report.reset();
        m_problem = Tr::tr("The reports cannot be read: %1").arg(read.error());
    }
    showReport();
}

QString ReportsWindow::problem() const
{
    return m_problem;
}

ReportsWindow::Tab ReportsWindow::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void ReportsWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ReportsWindow::showReport()
{
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    const venue::VenueReport empty;
    const venue::VenueReport &report = m_report ? *m_report : empty;
    if (m_report)
        setWindowTitle(Tr::tr("Reports — %1").arg(report.venueName));
    showChart(m_revenueByDay, revenueByDayChart(report));
    showChart(m_useByHour, useByHourChart(report));
    showChart(m_hoursByTable, hoursByTableChart(report));
    showChart(m_revenueByTable, revenueByTableChart(report));
    showChart(m_noShowsByDay, noShowsByDayChart(report));
    showChart(m_hoursByWeek, hoursByWeekChart(report));
    showChart(m_revenueByWeek, revenueByWeekChart(report));
    showFigures();
}

void ReportsWindow::showFigures()
{
    if (!m_report) {
        for (QLabel *label : {m_revenue, m_revenueNote, m_played, m_playedNote, m_peaks,
                              m_peaksNote, m_noShows, m_noShowsNote, m_peakNote})
            label->clear();
        return;
    }
    const venue::VenueReport &report = *m_report;
    const QLocale locale;
    m_revenue->setText(
        venue::formatMoney(report.total.revenueCents, currencySymbol(report.currency)));
    m_revenueNote->setText(
        Tr::tr("Receipts: %1, each counted when it was issued").arg(report.total.receipts));
    m_played->setText(
        Tr::tr("%1 h").arg(locale.toString(double(report.total.playedSeconds) / 3600.0, 'f', 1)));
    m_playedNote->setText(
        Tr::tr("%1% of the time the tables stood open").arg(percent(report.total.occupancy())));
    QStringList peaks;
    for (const venue::PeakHour &peak : report.peaks)
        peaks.append(Tr::tr("%1 (%2%)").arg(weekHour(peak), percent(peak.occupancy)));
    m_peaks->setText(peaks.isEmpty() ? Tr::tr("None") : weekHour(report.peaks.front()));
    m_peaksNote->setText(peaks.isEmpty()
                             ? QString()
                             : Tr::tr("%1% of the tables in use on average; the next busiest "
                                      "are under Use by Hour")
                                   .arg(percent(report.peaks.front().occupancy)));
    m_peakNote->setText(peaks.isEmpty()
                            ? Tr::tr("Nobody played in this period.")
                            : Tr::tr("The busiest hours of the week, by the share of the tables "
                                     "in use on average: %1.")
                                  .arg(peaks.join(QStringLiteral(", "))));
    const double rate
        = report.bookings > 0 ? double(report.noShowCount) / double(report.bookings) : 0.0;
    m_noShows->setText(Tr::tr("%1 of %2").arg(report.noShowCount).arg(report.bookings));
    m_noShowsNote->setText(Tr::tr("%1% of the bookings due were not claimed (cancelled ones "
                                  "left out)")
                               .arg(percent(rate)));
}

QString ReportsWindow::csvOf(Tab tab) const
{
    if (!m_report)
        return {};
    switch (tab) {
    case Tab::RevenueByDay: return venue::useByDayCsv(*m_report);
    case Tab::UseByHour: return venue::useByHourCsv(*m_report);
    case Tab::Tables: return venue::useByTableCsv(*m_report);
    case Tab::NoShows: return venue::noShowsByDayCsv(*m_report);
    case Tab::Weeks: return venue::useByWeekCsv(*m_report);
    }
    return {};
}

Result<void> ReportsWindow::exportCsv(Tab tab, const QString &path) const
{
    if (!m_report)
        return Unexpected(m_problem);
    return venue::writeCsvFile(path, csvOf(tab));
}

QString ReportsWindow::suggestedFileName(Tab tab) const
{
    static const std::array<QString, kTabCount> kinds{
        QStringLiteral("by-day"), QStringLiteral("by-hour"), QStringLiteral("by-table"),
        QStringLiteral("no-shows"), QStringLiteral("by-week")};
    const venue::ReportPeriod period = m_picker->period();
    QString venue = m_report ? m_report->venueName.toLower() : QString();
    venue.replace(u' ', u'-');
    return QStringLiteral("%1-%2-%3-%4.csv")
        .arg(venue.isEmpty() ? QStringLiteral("venue") : venue, kinds[std::size_t(tab)],
             period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
}

void ReportsWindow::chooseCsvFile(Tab tab)
{
    if (!m_report)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, Tr::tr("Export CSV"),
                                                      QDir(folder).filePath(suggestedFileName(tab)),
                                                      Tr::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Result<void> written = exportCsv(tab, path); !written)
        QMessageBox::warning(this, Tr::tr("Export CSV"), written.error());
}

} // namespace dojo::ui
