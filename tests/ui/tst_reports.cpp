// The owner's Reports window on a realistic week of a hall with four tables, read from an
// SQLite file through venue::VenueReports: the figures match the rows written, the charts show
// them, each tab exports its CSV, the period picker's presets, and Venue → Reports… in the main
// window. Screenshots: reports.png (revenue by day), reports-<tab>.png for the other tabs and
// reports-month.png.

#include <mainwindow/mainwindow.h>
#include <reports/periodpicker.h>
#include <reports/reportswindow.h>

#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/venuemodel.h>
#include <venue/venuereports.h>

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const venue::ReportPeriod kWeek{QDate(2026, 11, 30), QDate(2026, 12, 6)};
// Monday after the week, once the hall has closed: the whole week is over.
const QDateTime kAfterTheWeek(QDate(2026, 12, 7), QTime(3, 0), kBerlin);
constexpr qint64 kCentsPerHour = 1200; // billed in 15-minute blocks

QString stored(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// What the test wrote, to check the window against.
struct Written
{
    qint64 playedSeconds = 0; // inside the week
    venue::Cents revenue = 0; // receipts issued inside the week, not voided
    int receipts = 0;
    int bookingsDue = 0;
    int noShows = 0;
};

QList<qreal> valuesOf(const QChartView *view)
{
    QList<qreal> values;
    const QList<QAbstractSeries *> series = view->chart()->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    values.append(set->at(i));
            }
        }
    }
    return values;
}

qreal sumOf(const QList<qreal> &values)
{
    qreal sum = 0;
    for (qreal value : values)
        sum += value;
    return sum;
}

int linesIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count("\r\n"));
}

} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void figuresMatchTheWeekWritten();
    void chartsShowTheReport();
    void eachTabExportsItsCsv_data();
    void eachTabExportsItsCsv();
    void presetPeriods();
    void anEmptyPeriodShowsNothingPlayed();
    void screenshots();
    void openedFromTheVenueMenu();

private:
    qint64 exec(const QString &sql, const QVariantList &values);
    void writeWeek();

    QTemporaryDir m_data;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::VenueReports> m_reports;
    qint64 m_venue = 0;
    std::vector<qint64> m_tables;
    Written m_written;
    int m_receiptNumber = 0;
};

qint64 tst_Reports::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.next() ? query.value(0).toLongLong() : 0;
}

// A hall open from 14:00 to 02:00: quiet afternoons, full evenings, Friday and Saturday the
// fullest; receipts at checkout, one voided; bookings in the evening, some never claimed.
void tst_Reports::writeWeek()
{
    QRandomGenerator random(11);
    const QDateTime weekStart = kWeek.start(kBerlin);
    const QDateTime weekEnd = kWeek.end(kBerlin);
    const auto addSession = [&](int table, const QDateTime &from, const QDateTime &to,
                                bool voided) {
        const qint64 tableId = m_tables[std::size_t(table)];
        const QString name = QStringLiteral("Table %1").arg(table + 1);
        const qint64 session
            = exec(QStringLiteral("INSERT INTO table_sessions (venue_id, table_id, name, state, "
                                  "started_at, ended_at, started_by) VALUES (?, ?, 'Walk-in', "
                                  "'closed', ?, ?, 'staff:Dana') RETURNING id"),
                   {m_venue, tableId, stored(from), stored(to)});
        exec(QStringLiteral("INSERT INTO session_stretches (session_id, table_id, table_name, "
                            "rate_class, from_at, to_at) VALUES (?, ?, ?, '9ft', ?, ?)"),
             {session, tableId, name, stored(from), stored(to)});
        const qint64 minutes = from.secsTo(to) / 60;
        const venue::Cents cents = ((minutes + 14) / 15) * kCentsPerHour / 4;
        const QDateTime issued = to.addSecs(120);
        exec(QStringLiteral("INSERT INTO receipts (venue_id, session_id, number, total_cents, "
                            "currency, lines, issued_at, issued_by, voided_at, voided_by) "
                            "VALUES (?, ?, ?, ?, 'EUR', '', ?, 'staff:Dana', ?, ?)"),
             {m_venue, session, ++m_receiptNumber, cents, stored(issued),
              voided ? QVariant(stored(issued.addSecs(300)))
                     : QVariant(QMetaType::fromType<QString>()),
              voided ? QStringLiteral("staff:Mara") : QStringLiteral("")});
        const QDateTime first = std::max(from, weekStart);
        const QDateTime last = std::min(to, weekEnd);
        if (last > first)
            m_written.playedSeconds += first.secsTo(last);
        if (!voided && issued >= weekStart && issued < weekEnd) {
            m_written.revenue += cents;
            ++m_written.receipts;
        }
    };

    bool voidedOne = false;
    // How busy each weekday is, Monday first (the weekend fills the hall), and each hour: quiet
    // afternoons, full evenings.
    const std::array<double, 7> busyDay{0.55, 0.65, 0.7, 0.8, 0.95, 1.0, 0.75};
    const auto busyHour = [](int hour) {
        return hour >= 20 || hour < 1 ? 0.9 : hour >= 18 || hour < 2 ? 0.6 : 0.3;
    };
    for (QDate day = kWeek.first; day <= kWeek.last; day = day.addDays(1)) {
        const bool weekend = day.dayOfWeek() >= 5;
        const double dayFactor = busyDay[std::size_t(day.dayOfWeek() - 1)];
        const QDateTime close(day.addDays(1), QTime(2, 0), kBerlin);
        // Players come after a gap that shrinks as the hall gets busy.
        const auto gapAfter = [&](const QDateTime &at) {
            const double demand = busyHour(at.toTimeZone(kBerlin).time().hour()) * dayFactor;
            return 60 * (random.bounded(5, 20) + int((1.0 - demand) * random.bounded(60, 180)));
        };
        for (int table = 0; table < 4; ++table) {
            QDateTime at(day, QTime(14, 0), kBerlin);
            at = at.addSecs(gapAfter(at));
            while (at < close.addSecs(-1800)) {
                const int hour = at.toTimeZone(kBerlin).time().hour();
                const bool evening = hour >= 19 || hour < 1;
                const int length = evening ? random.bounded(60, 150) : random.bounded(30, 90);
                const QDateTime end = std::min(at.addSecs(60 * length), close);
                const bool voided = !voidedOne && weekend && table == 2 && evening;
                voidedOne = voidedOne || voided;
                addSession(table, at, end, voided);
                at = end.addSecs(gapAfter(end));
            }
        }
        // Evening bookings: about one in six is never claimed, one in ten cancelled.
        const int bookings = weekend ? 9 : 5;
        for (int i = 0; i < bookings; ++i) {
            const QDateTime starts(day, QTime(18 + i % 5, 0), kBerlin);
            const int roll = random.bounded(60);
            const QString state = roll < 10   ? QStringLiteral("released")
                                  : roll < 16 ? QStringLiteral("cancelled")
                                              : QStringLiteral("checked-in");
            exec(QStringLiteral("INSERT INTO bookings (table_id, starts_at, ends_at, name, state, "
                                "created_by, created_at) VALUES (?, ?, ?, 'Guest', ?, "
                                "'staff:Dana', ?)"),
                 {m_tables[std::size_t(i % 4)], stored(starts), stored(starts.addSecs(7200)), state,
                  stored(starts.addDays(-2))});
            if (state != QLatin1String("cancelled"))
                ++m_written.bookingsDue;
            if (state == QLatin1String("released"))
                ++m_written.noShows;
        }
    }
    QVERIFY(voidedOne);
}

void tst_Reports::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY(kBerlin.isValid());
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data.path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const Result<qint64> venue = venues.addVenue(QStringLiteral("Dojo Billiards"), false);
    QVERIFY2(venue, qPrintable(errorOf(venue)));
    m_venue = *venue;
    exec(QStringLiteral("UPDATE venues SET currency = 'EUR', time_zone = 'Europe/Berlin' "
                        "WHERE id = ?"),
         {m_venue});
    for (int i = 1; i <= 4; ++i) {
        storage::TableRecord table;
        table.venueId = m_venue;
        table.name = QStringLiteral("Table %1").arg(i);
        table.status = QStringLiteral("free");
        table.position = i;
        const Result<qint64> id = venues.addTable(table);
        QVERIFY2(id, qPrintable(errorOf(id)));
        m_tables.push_back(*id);
    }
    writeWeek();
    m_reports = std::make_unique<venue::VenueReports>(*m_database);
}

void tst_Reports::cleanupTestCase()
{
    m_reports.reset();
    m_database.reset();
}

void tst_Reports::figuresMatchTheWeekWritten()
{
    ui::ReportsWindow window(*m_reports, m_venue);
    window.setClock([] { return kAfterTheWeek; });
    window.showPeriod(kWeek);
    QVERIFY2(window.report(), qPrintable(window.problem()));
    const venue::VenueReport &report = *window.report();
    QCOMPARE(report.period, kWeek);
    QCOMPARE(report.tableCount, 4);
    QCOMPARE(report.total.playedSeconds, m_written.playedSeconds);
    QCOMPARE(report.total.revenueCents, m_written.revenue);
    QCOMPARE(report.total.receipts, m_written.receipts);
    QCOMPARE(report.bookings, m_written.bookingsDue);
    QCOMPARE(report.noShowCount, m_written.noShows);
    QCOMPARE(report.byDay.size(), std::size_t(7));
    QCOMPARE(report.byTable.size(), std::size_t(4));
    QCOMPARE(report.peaks.size(), std::size_t(venue::kPeakHourCount));
    // The evening is busier than the afternoon.
    QVERIFY(report.byHour[21].use.playedSeconds > report.byHour[15].use.playedSeconds);
    QVERIFY(report.peaks.front().hour >= 18 || report.peaks.front().hour < 2);
    QVERIFY(window.problem().isEmpty());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("revenueFigure"))->text().isEmpty());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("peakNote"))->text().contains(u'%'));
}

void tst_Reports::chartsShowTheReport()
{
    ui::ReportsWindow window(*m_reports, m_venue);
    window.setClock([] { return kAfterTheWeek; });
    window.showPeriod(kWeek);
    QVERIFY(window.report());
    const venue::VenueReport &report = *window.report();

    const QList<qreal> revenue
        = valuesOf(window.findChild<QChartView *>(QStringLiteral("revenueByDayChart")));
    QCOMPARE(revenue.size(), 7);
    QVERIFY(qAbs(sumOf(revenue) - double(m_written.revenue) / 100.0) < 0.005);

    // The hours' bars: one set for the usual hours, one for the peaks, never both.
    const auto *hours = window.findChild<QChartView *>(QStringLiteral("useByHourChart"));
    const auto *stacked = qobject_cast<QStackedBarSeries *>(hours->chart()->series().value(0));
    QVERIFY(stacked);
    QCOMPARE(stacked->barSets().size(), 2);
    const QBarSet *usual = stacked->barSets()[0];
    const QBarSet *peak = stacked->barSets()[1];
    int peakBars = 0;
    for (int hour = 0; hour < 24; ++hour) {
        const bool isPeak = report.byHour[std::size_t(hour)].peak;
        QCOMPARE(peak->at(hour) > 0,
                 isPeak && report.byHour[std::size_t(hour)].use.playedSeconds > 0);
        if (isPeak) {
            QCOMPARE(usual->at(hour), 0.0);
            ++peakBars;
        }
    }
    QVERIFY(peakBars >= 1 && peakBars <= venue::kPeakHourCount);

    const auto *tables = window.findChild<QChartView *>(QStringLiteral("revenueByTableChart"));
    const auto *horizontal
        = qobject_cast<QHorizontalBarSeries *>(tables->chart()->series().value(0));
    QVERIFY(horizontal);
    QCOMPARE(horizontal->barSets().value(0)->count(), 4);
    QVERIFY(qAbs(sumOf(valuesOf(tables)) - double(m_written.revenue) / 100.0) < 0.005);

    const auto *noShows = window.findChild<QChartView *>(QStringLiteral("noShowsByDayChart"));
    const QList<QAbstractSeries *> lines = noShows->chart()->series();
    QCOMPARE(lines.size(), 2);
    const auto *noShowLine = qobject_cast<QLineSeries *>(lines[1]);
    QVERIFY(noShowLine);
    QCOMPARE(noShowLine->count(), 7);
    qreal noShowSum = 0;
    for (const QPointF &point : noShowLine->points())
        noShowSum += point.y();
    QCOMPARE(int(noShowSum), m_written.noShows);
}

void tst_Reports::eachTabExportsItsCsv_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("lines");

    QTest::newRow("revenue by day")
        << int(ui::ReportsWindow::Tab::RevenueByDay)
        << QStringLiteral("date,played_minutes,occupancy_percent,receipts,revenue,currency") << 8;
    QTest::newRow("use by hour")
        << int(ui::ReportsWindow::Tab::UseByHour)
        << QStringLiteral("hour,played_minutes,occupancy_percent,receipts,revenue,currency,peak")
        << 25;
    QTest::newRow("tables")
        << int(ui::ReportsWindow::Tab::Tables)
        << QStringLiteral("table,played_minutes,occupancy_percent,receipts,revenue,currency") << 5;
    QTest::newRow("no-shows") << int(ui::ReportsWindow::Tab::NoShows)
                              << QStringLiteral("date,bookings,no_shows,no_show_percent") << 8;
    QTest::newRow("weeks") << int(ui::ReportsWindow::Tab::Weeks)
                           << QStringLiteral(
                                  "week,played_minutes,occupancy_percent,receipts,revenue,currency")
                           << 2;
}

void tst_Reports::eachTabExportsItsCsv()
{
    QFETCH(int, tab);
    QFETCH(QString, header);
    QFETCH(int, lines);

    ui::ReportsWindow window(*m_reports, m_venue);
    window.setClock([] { return kAfterTheWeek; });
    window.showPeriod(kWeek);
    const auto which = ui::ReportsWindow::Tab(tab);
    QVERIFY(window.suggestedFileName(which).endsWith(QStringLiteral("2026-11-30-2026-12-06.csv")));
    const QString path = m_data.filePath(window.suggestedFileName(which));
    const Result<void> written = window.exportCsv(which, path);
    QVERIFY2(written, qPrintable(errorOf(written)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readLine()).trimmed(), header);
    QCOMPARE(linesIn(path), lines);
}

void tst_Reports::presetPeriods()
{
    ui::ReportsWindow window(*m_reports, m_venue);
    ui::PeriodPicker *picker = window.periodPicker();
    // Thursday evening: this week is counted up to now.
    const QDateTime thursday(QDate(2026, 12, 3), QTime(20, 0), kBerlin);
    window.setClock([thursday] { return thursday; });
    picker->choose(ui::PeriodPicker::Choice::ThisWeek);
    QCOMPARE(window.report()->period, kWeek);
    QCOMPARE(window.report()->total.openSeconds, kWeek.start(kBerlin).secsTo(thursday) * 4);
    QVERIFY(window.report()->total.playedSeconds < m_written.playedSeconds);
    QCOMPARE(window.report()->byDay[4].use.playedSeconds, qint64(0));
    QVERIFY(!picker->firstEdit()->isEnabled());
    picker->choose(ui::PeriodPicker::Choice::LastWeek);
    QCOMPARE(window.report()->period,
             (venue::ReportPeriod{QDate(2026, 11, 23), QDate(2026, 11, 29)}));
    QCOMPARE(window.report()->total.playedSeconds, qint64(0));
    picker->choose(ui::PeriodPicker::Choice::ThisMonth);
    QCOMPARE(window.report()->period,
             (venue::ReportPeriod{QDate(2026, 12, 1), QDate(2026, 12, 31)}));
    QCOMPARE(window.report()->byDay.size(), std::size_t(31));

    // Custom dates: the last day follows a first day moved past it.
    picker->choose(ui::PeriodPicker::Choice::Custom);
    QVERIFY(picker->firstEdit()->isEnabled());
    picker->lastEdit()->setDate(QDate(2026, 12, 2));
    picker->firstEdit()->setDate(QDate(2026, 12, 5));
    QCOMPARE(window.report()->period,
             (venue::ReportPeriod{QDate(2026, 12, 5), QDate(2026, 12, 5)}));
}

void tst_Reports::anEmptyPeriodShowsNothingPlayed()
{
    ui::ReportsWindow window(*m_reports, m_venue);
    window.showPeriod({QDate(2025, 1, 6), QDate(2025, 1, 12)});
    QVERIFY(window.report());
    QCOMPARE(window.report()->total.playedSeconds, qint64(0));
    QVERIFY(window.report()->peaks.empty());
    QCOMPARE(sumOf(valuesOf(window.findChild<QChartView *>(QStringLiteral("revenueByDayChart")))),
             0.0);

    ui::ReportsWindow missing(*m_reports, m_venue + 100);
    QVERIFY(!missing.report());
    QVERIFY(!missing.problem().isEmpty());
    QVERIFY(!missing.exportCsv(ui::ReportsWindow::Tab::Tables,
                               m_data.filePath(QStringLiteral("x.csv"))));
}

void tst_Reports::screenshots()
{
    ui::ReportsWindow window(*m_reports, m_venue);
    window.setClock([] { return kAfterTheWeek; });
    window.periodPicker()->choose(ui::PeriodPicker::Choice::LastWeek);
    QCOMPARE(window.report()->period, kWeek);
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const std::vector<std::pair<ui::ReportsWindow::Tab, QString>> shots{
        {ui::ReportsWindow::Tab::RevenueByDay, QStringLiteral("reports.png")},
        {ui::ReportsWindow::Tab::UseByHour, QStringLiteral("reports-hours.png")},
        {ui::ReportsWindow::Tab::Tables, QStringLiteral("reports-tables.png")},
        {ui::ReportsWindow::Tab::NoShows, QStringLiteral("reports-noshows.png")},
        {ui::ReportsWindow::Tab::Weeks, QStringLiteral("reports-weeks.png")},
    };
    for (const auto &[tab, file] : shots) {
        window.showTab(tab);
        QCOMPARE(window.currentTab(), tab);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(DOJO_BUILD_DIR "/") + file));
    }
    // A month: 31 bars, labelled by the day of the month.
    window.setClock([] { return QDateTime(QDate(2026, 12, 31), QTime(23, 0), kBerlin); });
    window.periodPicker()->choose(ui::PeriodPicker::Choice::ThisMonth);
    window.showTab(ui::ReportsWindow::Tab::RevenueByDay);
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(QStringLiteral(DOJO_BUILD_DIR "/reports-month.png")));
    // Ctrl+1 brings the first tab back.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentTab(), ui::ReportsWindow::Tab::RevenueByDay);
}

void tst_Reports::openedFromTheVenueMenu()
{
    QSettings settings(m_data.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    venue::VenueModel model(*m_database);
    ui::MainWindow window(model, settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("openReports"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QVERIFY(!action->isEnabled());
    QVERIFY(!window.openReports());
    window.setReports(m_reports.get());
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *reports = window.findChild<ui::ReportsWindow *>(QStringLiteral("reportsWindow"));
    QVERIFY(reports);
    QVERIFY(reports->isVisible());
    QVERIFY(reports->report());
    QCOMPARE(reports->report()->venueName, QStringLiteral("Dojo Billiards"));
    // Asked again, the same window comes forward.
    QCOMPARE(window.openReports(), reports);
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
