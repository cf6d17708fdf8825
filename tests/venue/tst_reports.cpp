// The owner's reports as pure functions: local hours and days in the venue's time zone (across
// midnight, on the days the clocks change), revenue at the receipt's issue time with voided
// receipts left out, occupancy, peak hours, no-shows and ISO weeks.
#include <venue/reports.h>

#include <QStringList>
#include <QTest>

#include <map>

using namespace dojo;
using namespace dojo::venue;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

QDateTime local(QDate day, int hour, int minute, const QTimeZone &zone)
{
    return QDateTime(day, QTime(hour, minute), zone);
}

QTimeZone zoneNamed(const QString &id)
{
    return QTimeZone(id.toUtf8());
}

// "2026-01-15=90;2026-01-16=75": the minutes played on each day that had play.
QString dayMinutes(const std::vector<DayUse> &days)
{
    QStringList parts;
    for (const DayUse &day : days) {
        if (day.use.playedSeconds > 0)
            parts.append(QStringLiteral("%1=%2")
                             .arg(day.day.toString(Qt::ISODate))
                             .arg(day.use.playedSeconds / 60.0));
    }
    return parts.join(u';');
}

// "22=30;23=60": the minutes played in each hour of the day that had play.
QString hourMinutes(const std::vector<HourUse> &hours)
{
    QStringList parts;
    for (const HourUse &hour : hours) {
        if (hour.use.playedSeconds > 0)
            parts.append(QStringLiteral("%1=%2").arg(hour.hour).arg(hour.use.playedSeconds / 60.0));
    }
    return parts.join(u';');
}

const ReportTable kTableOne{1, QStringLiteral("Table 1")};
const ReportTable kTableTwo{2, QStringLiteral("Table 2")};

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playSplitIntoLocalHoursAndDays_data();
    void playSplitIntoLocalHoursAndDays();
    void openTimeFollowsTheClocks_data();
    void openTimeFollowsTheClocks();
    void revenueAtIssueTimeWithoutVoided();
    void tablesKeepTheirOrderAndRemovedOnesFollow();
    void occupancyIsPlayedOverOpenTime();
    void peakHoursAreTheBusiestHoursOfTheWeek_data();
    void peakHoursAreTheBusiestHoursOfTheWeek();
    void noShowsByLocalDay();
    void isoWeeks_data();
    void isoWeeks();
    void periods_data();
    void periods();
};

void TestReports::playSplitIntoLocalHoursAndDays_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("hours");

    // 22:30 to 01:15 in Berlin (UTC+1 in winter).
    QTest::newRow("across midnight in Berlin")
        << QStringLiteral("Europe/Berlin") << utc("2026-01-15T21:30:00Z")
        << utc("2026-01-16T00:15:00Z") << QStringLiteral("2026-01-15=90;2026-01-16=75")
        << QStringLiteral("0=60;1=15;22=30;23=60");
    // 23:40 to 00:20 in New York (UTC-5): the UTC day is the next one for both halves.
    QTest::newRow("across midnight in New York")
        << QStringLiteral("America/New_York") << utc("2026-01-16T04:40:00Z")
        << utc("2026-01-16T05:20:00Z") << QStringLiteral("2026-01-15=20;2026-01-16=20")
        << QStringLiteral("0=20;23=20");
    // Kolkata is UTC+5:30: local hours start at half past the UTC hour.
    QTest::newRow("half-hour zone")
        << QStringLiteral("Asia/Kolkata") << utc("2026-01-15T14:00:00Z")
        << utc("2026-01-15T15:00:00Z") << QStringLiteral("2026-01-15=60")
        << QStringLiteral("19=30;20=30");
    // 29 March 2026 in Berlin: 02:00 becomes 03:00; 01:30 to 03:30 local is one hour played.
    QTest::newRow("clocks forward in Berlin")
        << QStringLiteral("Europe/Berlin") << utc("2026-03-29T00:30:00Z")
        << utc("2026-03-29T01:30:00Z") << QStringLiteral("2026-03-29=60")
        << QStringLiteral("1=30;3=30");
    // 25 October 2026 in Berlin: 03:00 becomes 02:00 again; 01:30 to 03:30 local is 3 hours.
    QTest::newRow("clocks back in Berlin")
        << QStringLiteral("Europe/Berlin") << utc("2026-10-24T23:30:00Z")
        << utc("2026-10-25T02:30:00Z") << QStringLiteral("2026-10-25=180")
        << QStringLiteral("1=30;2=120;3=30");
    QTest::newRow("seconds kept") << QStringLiteral("UTC") << utc("2026-01-15T10:59:30Z")
                                  << utc("2026-01-15T11:00:15Z")
                                  << QStringLiteral("2026-01-15=0.75")
                                  << QStringLiteral("10=0.5;11=0.25");
    // Play before the period counts only from its first midnight.
    QTest::newRow("clipped to the period")
        << QStringLiteral("Europe/Berlin") << utc("2026-01-09T22:00:00Z")
        << utc("2026-01-10T00:30:00Z") << QStringLiteral("2026-01-10=90")
        << QStringLiteral("0=60;1=30");
}

void TestReports::playSplitIntoLocalHoursAndDays()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QString, days);
    QFETCH(QString, hours);

    const QTimeZone venueZone = zoneNamed(zone);
    QVERIFY(venueZone.isValid());
    const ReportPeriod period{QDate(2026, 1, 10), QDate(2026, 12, 31)};
    const std::vector<TableTime> played{{1, QStringLiteral("Table 1"), from, to}};

    QCOMPARE(dayMinutes(useByDay(1, played, {}, period, venueZone)), days);
    QCOMPARE(hourMinutes(useByHourOfDay(1, played, {}, period, venueZone)), hours);
}

void TestReports::openTimeFollowsTheClocks_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("skippedHour");  // -1: none
    QTest::addColumn<int>("repeatedHour"); // -1: none

    QTest::newRow("ordinary day") << QStringLiteral("Europe/Berlin") << QDate(2026, 1, 15) << 24
                                  << -1 << -1;
    QTest::newRow("clocks forward")
        << QStringLiteral("Europe/Berlin") << QDate(2026, 3, 29) << 23 << 2 << -1;
    QTest::newRow("clocks back") << QStringLiteral("Europe/Berlin") << QDate(2026, 10, 25) << 25
                                 << -1 << 2;
    QTest::newRow("clocks forward in New York")
        << QStringLiteral("America/New_York") << QDate(2026, 3, 8) << 23 << 2 << -1;
}

void TestReports::openTimeFollowsTheClocks()
{
    QFETCH(QString, zone);
    QFETCH(QDate, day);
    QFETCH(int, hours);
    QFETCH(int, skippedHour);
    QFETCH(int, repeatedHour);

    const QTimeZone venueZone = zoneNamed(zone);
    const ReportPeriod period{day, day};
    const int tables = 3;
    const std::vector<DayUse> days = useByDay(tables, {}, {}, period, venueZone);
    QCOMPARE(days.size(), std::size_t(1));
    QCOMPARE(days.front().use.openSeconds, qint64(hours) * 3600 * tables);

    // The whole day played on one table fills a third of the open time.
    const std::vector<TableTime> played{
        {1, QStringLiteral("Table 1"), period.start(venueZone), period.end(venueZone)}};
    const std::vector<HourUse> byHour = useByHourOfDay(tables, played, {}, period, venueZone);
    for (const HourUse &hour : byHour) {
        const int times = hour.hour == skippedHour ? 0 : hour.hour == repeatedHour ? 2 : 1;
        QCOMPARE(hour.use.playedSeconds, qint64(times) * 3600);
        QCOMPARE(hour.use.openSeconds, qint64(times) * 3600 * tables);
    }
    QCOMPARE(useInPeriod(tables, played, {}, period, venueZone).playedSeconds,
             qint64(hours) * 3600);
}

void TestReports::revenueAtIssueTimeWithoutVoided()
{
    const QTimeZone berlin = zoneNamed(QStringLiteral("Europe/Berlin"));
    const ReportPeriod period{QDate(2026, 1, 15), QDate(2026, 1, 16)};
    // A session from 23:00 to 00:30 is paid at 00:35 on the 16th: its money is the 16th's.
    const std::vector<TableTime> played{{1, QStringLiteral("Table 1"),
                                         local(QDate(2026, 1, 15), 23, 0, berlin),
                                         local(QDate(2026, 1, 16), 0, 30, berlin)}};
    const std::vector<Takings> takings{
        {1, QStringLiteral("Table 1"), 1250, local(QDate(2026, 1, 16), 0, 35, berlin), false},
        {2, QStringLiteral("Table 2"), 990, local(QDate(2026, 1, 15), 20, 5, berlin), false},
        // Voided: counts nothing anywhere.
        {2, QStringLiteral("Table 2"), 5000, local(QDate(2026, 1, 15), 21, 0, berlin), true},
        // Issued after the period.
        {1, QStringLiteral("Table 1"), 700, local(QDate(2026, 1, 17), 0, 0, berlin), false},
    };

    const std::vector<DayUse> days = useByDay(2, played, takings, period, berlin);
    QCOMPARE(days.size(), std::size_t(2));
    QCOMPARE(days[0].use.revenueCents, Cents(990));
    QCOMPARE(days[0].use.receipts, 1);
    QCOMPARE(days[0].use.playedSeconds, qint64(3600));
    QCOMPARE(days[1].use.revenueCents, Cents(1250));
    QCOMPARE(days[1].use.playedSeconds, qint64(1800));

    const std::vector<HourUse> hours = useByHourOfDay(2, played, takings, period, berlin);
    QCOMPARE(hours[0].use.revenueCents, Cents(1250));
    QCOMPARE(hours[20].use.revenueCents, Cents(990));
    QCOMPARE(hours[21].use.revenueCents, Cents(0));

    const std::vector<TableUse> tables
        = useByTable({kTableOne, kTableTwo}, played, takings, period, berlin);
    QCOMPARE(tables.size(), std::size_t(2));
    QCOMPARE(tables[0].use.revenueCents, Cents(1250));
    QCOMPARE(tables[1].use.revenueCents, Cents(990));
    QCOMPARE(tables[1].use.receipts, 1);

    const UseAndRevenue total = useInPeriod(2, played, takings, period, berlin);
    QCOMPARE(total.revenueCents, Cents(2240));
    QCOMPARE(total.receipts, 2);
    const std::vector<WeekUse> weeks = useByWeek(2, played, takings, period, berlin);
    QCOMPARE(weeks.size(), std::size_t(1));
    QCOMPARE(weeks.front().use.revenueCents, Cents(2240));
}

void TestReports::tablesKeepTheirOrderAndRemovedOnesFollow()
{
    const QTimeZone zone = QTimeZone::utc();
    const ReportPeriod period{QDate(2026, 2, 2), QDate(2026, 2, 2)};
    // A session moved from Table 2 to Table 1, and one on a table removed since.
    const std::vector<TableTime> played{
        {2, QStringLiteral("Table 2"), utc("2026-02-02T18:00:00Z"), utc("2026-02-02T18:45:00Z")},
        {1, QStringLiteral("Table 1"), utc("2026-02-02T18:45:00Z"), utc("2026-02-02T20:00:00Z")},
        {0, QStringLiteral("Old snooker"), utc("2026-02-02T12:00:00Z"),
         utc("2026-02-02T12:30:00Z")},
    };
    const std::vector<Takings> takings{
        {1, QStringLiteral("Table 1"), 2000, utc("2026-02-02T20:01:00Z"), false}};

    const std::vector<TableUse> rows
        = useByTable({kTableTwo, kTableOne}, played, takings, period, zone);
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].table.name, QStringLiteral("Table 2"));
    QCOMPARE(rows[0].use.playedMinutes(), qint64(45));
    QCOMPARE(rows[0].use.revenueCents, Cents(0));
    QCOMPARE(rows[1].table.name, QStringLiteral("Table 1"));
    QCOMPARE(rows[1].use.playedMinutes(), qint64(75));
    QCOMPARE(rows[1].use.revenueCents, Cents(2000));
    QCOMPARE(rows[2].table.id, qint64(0));
    QCOMPARE(rows[2].table.name, QStringLiteral("Old snooker"));
    QCOMPARE(rows[2].use.playedMinutes(), qint64(30));
    QCOMPARE(rows[1].use.openSeconds, qint64(24 * 3600));
}

void TestReports::occupancyIsPlayedOverOpenTime()
{
    const QTimeZone zone = zoneNamed(QStringLiteral("Europe/Berlin"));
    const ReportPeriod period{QDate(2026, 1, 12), QDate(2026, 1, 13)};
    // Four tables for two days: 192 table-hours; 24 hours played is an eighth.
    std::vector<TableTime> played;
    for (qint64 table = 1; table <= 4; ++table)
        played.push_back({table, QStringLiteral("T%1").arg(table),
                          local(QDate(2026, 1, 12), 18, 0, zone),
                          local(QDate(2026, 1, 13), 0, 0, zone)});
    const UseAndRevenue total = useInPeriod(4, played, {}, period, zone);
    QCOMPARE(total.playedSeconds, qint64(24 * 3600));
    QCOMPARE(total.openSeconds, qint64(192 * 3600));
    QCOMPARE(total.occupancy(), 0.125);
    const std::vector<DayUse> days = useByDay(4, played, {}, period, zone);
    QCOMPARE(days[0].use.occupancy(), 0.25);
    QCOMPARE(days[1].use.occupancy(), 0.0);
    QCOMPARE(useInPeriod(0, played, {}, period, zone).occupancy(), 0.0);

    // Seen on the first day at 21:00: 3 hours played on each table of 21 open so far.
    const QDateTime now = local(QDate(2026, 1, 12), 21, 0, zone);
    const UseAndRevenue sofar = useInPeriod(4, played, {}, period, zone, now);
    QCOMPARE(sofar.playedSeconds, qint64(12 * 3600));
    QCOMPARE(sofar.openSeconds, qint64(84 * 3600));
    const std::vector<DayUse> daysSoFar = useByDay(4, played, {}, period, zone, now);
    QCOMPARE(daysSoFar[1].use.openSeconds, qint64(0));
    QCOMPARE(daysSoFar[1].use.occupancy(), 0.0);
    QCOMPARE(useByHourOfDay(4, played, {}, period, zone, now)[21].use.openSeconds, qint64(0));
}

void TestReports::peakHoursAreTheBusiestHoursOfTheWeek_data()
{
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("peaks");
    QTest::addColumn<QString>("markedHours");

    // Friday 4 December 21:00-23:00 on both tables, Saturday 20:00-21:00 on one, Monday
    // 18:00-18:30 on one. Over one week: Friday 21 and 22 full, Saturday 20 half.
    QTest::newRow("one week") << QDate(2026, 12, 6) << QStringLiteral("5 21 100;5 22 100;6 20 50")
                              << QStringLiteral("20;21;22");
    // The same play over two weeks: every hour's average is halved, the order is the same.
    QTest::newRow("two weeks") << QDate(2026, 12, 13) << QStringLiteral("5 21 50;5 22 50;6 20 25")
                               << QStringLiteral("20;21;22");
}

void TestReports::peakHoursAreTheBusiestHoursOfTheWeek()
{
    QFETCH(QDate, last);
    QFETCH(QString, peaks);
    QFETCH(QString, markedHours);

    const QTimeZone zone = zoneNamed(QStringLiteral("Europe/Berlin"));
    const ReportPeriod period{QDate(2026, 11, 30), last};
    const QDate friday(2026, 12, 4);
    const std::vector<TableTime> played{
        {1, QStringLiteral("Table 1"), local(friday, 21, 0, zone), local(friday, 23, 0, zone)},
        {2, QStringLiteral("Table 2"), local(friday, 21, 0, zone), local(friday, 23, 0, zone)},
        {1, QStringLiteral("Table 1"), local(friday.addDays(1), 20, 0, zone),
         local(friday.addDays(1), 21, 0, zone)},
        {2, QStringLiteral("Table 2"), local(QDate(2026, 11, 30), 18, 0, zone),
         local(QDate(2026, 11, 30), 18, 30, zone)},
    };

    QStringList found;
    for (const PeakHour &peak : peakHours(2, played, period, zone))
        found.append(QStringLiteral("%1 %2 %3")
                         .arg(peak.weekday)
                         .arg(peak.hour)
                         .arg(qRound(peak.occupancy * 100)));
    QCOMPARE(found.join(u';'), peaks);

    const VenueReport report = makeReport(QStringLiteral("Dojo"), QStringLiteral("EUR"), zone,
                                          period, {kTableOne, kTableTwo}, played, {}, {});
    QStringList marked;
    for (const HourUse &hour : report.byHour) {
        if (hour.peak)
            marked.append(QString::number(hour.hour));
    }
    QCOMPARE(marked.join(u';'), markedHours);
    // Nobody played: no peak at all.
    QVERIFY(peakHours(2, {}, period, zone).empty());
}

void TestReports::noShowsByLocalDay()
{
    const QTimeZone zone = zoneNamed(QStringLiteral("Europe/Berlin"));
    const ReportPeriod period{QDate(2026, 6, 1), QDate(2026, 6, 3)};
    const std::vector<BookingOutcome> bookings{
        {local(QDate(2026, 6, 1), 19, 0, zone), false, false},
        {local(QDate(2026, 6, 1), 20, 0, zone), true, false},
        {local(QDate(2026, 6, 1), 21, 0, zone), false, false},
        {local(QDate(2026, 6, 1), 21, 0, zone), false, true}, // cancelled: neither
        {local(QDate(2026, 6, 1), 22, 0, zone), false, false},
        // 23:30 UTC on 2 June is 01:30 on 3 June in Berlin (UTC+2 in summer).
        {utc("2026-06-02T23:30:00Z"), true, false},
        {local(QDate(2026, 6, 4), 19, 0, zone), true, false}, // after the period
    };
    const std::vector<NoShowDay> days = noShowsByDay(bookings, period, zone);
    QCOMPARE(days.size(), std::size_t(3));
    QCOMPARE(days[0].bookings, 4);
    QCOMPARE(days[0].noShows, 1);
    QCOMPARE(days[0].rate(), 0.25);
    QCOMPARE(days[1].bookings, 0);
    QCOMPARE(days[1].rate(), 0.0);
    QCOMPARE(days[2].day, QDate(2026, 6, 3));
    QCOMPARE(days[2].bookings, 1);
    QCOMPARE(days[2].rate(), 1.0);

    const VenueReport report = makeReport(QStringLiteral("Dojo"), QStringLiteral("EUR"), zone,
                                          period, {}, {}, {}, bookings);
    QCOMPARE(report.bookings, 5);
    QCOMPARE(report.noShowCount, 2);
}

void TestReports::isoWeeks_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("weeks");

    QTest::newRow("one week") << QDate(2026, 11, 30) << QDate(2026, 12, 6)
                              << QStringLiteral("2026-W49");
    QTest::newRow("Sunday to Monday")
        << QDate(2026, 12, 6) << QDate(2026, 12, 7) << QStringLiteral("2026-W49;2026-W50");
    // 2026 starts on a Thursday, so it has 53 weeks; 2027's week 1 starts on 4 January.
    QTest::newRow("week 53") << QDate(2026, 12, 28) << QDate(2027, 1, 4)
                             << QStringLiteral("2026-W53;2027-W01");
    // 30 December 2024 is a Monday in 2025's first week.
    QTest::newRow("week 1 in December")
        << QDate(2024, 12, 29) << QDate(2024, 12, 31) << QStringLiteral("2024-W52;2025-W01");
    // 1 January 2021 is a Friday in 2020's week 53.
    QTest::newRow("week 53 in January")
        << QDate(2021, 1, 1) << QDate(2021, 1, 4) << QStringLiteral("2020-W53;2021-W01");
}

void TestReports::isoWeeks()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, weeks);

    const QTimeZone zone = zoneNamed(QStringLiteral("Europe/Berlin"));
    const ReportPeriod period{first, last};
    // An hour played on the last day counts in the last week.
    const std::vector<TableTime> played{
        {1, QStringLiteral("Table 1"), local(last, 20, 0, zone), local(last, 21, 0, zone)}};
    const std::vector<WeekUse> rows = useByWeek(1, played, {}, period, zone);
    QStringList labels;
    for (const WeekUse &week : rows)
        labels.append(week.label());
    QCOMPARE(labels.join(u';'), weeks);
    QCOMPARE(rows.back().use.playedSeconds, qint64(3600));
    qint64 open = 0;
    for (const WeekUse &week : rows)
        open += week.use.openSeconds;
    QCOMPARE(open, period.start(zone).secsTo(period.end(zone)));
}

void TestReports::periods_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("weekFirst");
    QTest::addColumn<QDate>("lastWeekFirst");
    QTest::addColumn<QDate>("monthLast");

    QTest::newRow("Thursday") << QDate(2026, 12, 3) << QDate(2026, 11, 30) << QDate(2026, 11, 23)
                              << QDate(2026, 12, 31);
    QTest::newRow("Sunday") << QDate(2026, 12, 6) << QDate(2026, 11, 30) << QDate(2026, 11, 23)
                            << QDate(2026, 12, 31);
    QTest::newRow("Monday in February of a leap year")
        << QDate(2028, 2, 7) << QDate(2028, 2, 7) << QDate(2028, 1, 31) << QDate(2028, 2, 29);
}

void TestReports::periods()
{
    QFETCH(QDate, today);
    QFETCH(QDate, weekFirst);
    QFETCH(QDate, lastWeekFirst);
    QFETCH(QDate, monthLast);

    QCOMPARE(weekOf(today), (ReportPeriod{weekFirst, weekFirst.addDays(6)}));
    QCOMPARE(weekBefore(today), (ReportPeriod{lastWeekFirst, lastWeekFirst.addDays(6)}));
    QCOMPARE(monthOf(today), (ReportPeriod{QDate(today.year(), today.month(), 1), monthLast}));
    QCOMPARE(weekOf(today).days(), 7);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
