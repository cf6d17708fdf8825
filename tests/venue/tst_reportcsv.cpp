// The reports as CSV (RFC 4180): quoting, CRLF line ends, a header row, money as plain
// decimal, and the file written or refused with a sentence.
#include <venue/reportcsv.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo;
using namespace dojo::venue;

namespace {

// A report of one day on two tables, one with a name that needs quoting.
VenueReport smallReport()
{
    const QTimeZone zone = QTimeZone::utc();
    const ReportPeriod period{QDate(2026, 12, 1), QDate(2026, 12, 1)};
    const std::vector<ReportTable> tables{{1, QStringLiteral("Table \"Long\", by the bar")},
                                          {2, QStringLiteral("Table 2")}};
    const auto at = [](int hour, int minute) {
        return QDateTime(QDate(2026, 12, 1), QTime(hour, minute), QTimeZone::utc());
    };
    const std::vector<TableTime> played{{1, tables[0].name, at(18, 0), at(19, 30)},
                                        {2, tables[1].name, at(19, 0), at(19, 20)}};
    const std::vector<Takings> takings{{1, tables[0].name, 1250, at(19, 31), false},
                                       {2, tables[1].name, 305, at(19, 21), false}};
    const std::vector<BookingOutcome> bookings{
        {at(18, 0), false, false}, {at(20, 0), true, false}, {at(21, 0), false, false}};
    return makeReport(QStringLiteral("Dojo"), QStringLiteral("EUR"), zone, period, tables, played,
                      takings, bookings);
}

QStringList linesOf(const QString &csv)
{
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestReportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void money_data();
    void money();
    void everyLineEndsInCrLf();
    void tables();
    void days();
    void hours();
    void noShows();
    void writesTheFile();
    void refusesAFolderThatIsNotThere();
};

void TestReportCsv::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << QStringLiteral("Table 1") << QStringLiteral("Table 1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Hall, left") << QStringLiteral("\"Hall, left\"");
    QTest::newRow("quote") << QStringLiteral("The \"TV\" table")
                           << QStringLiteral("\"The \"\"TV\"\" table\"");
    QTest::newRow("line feed") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("carriage return")
        << QStringLiteral("two\r\nlines") << QStringLiteral("\"two\r\nlines\"");
    QTest::newRow("semicolon is plain") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("non-ASCII") << QStringLiteral("Billard Café") << QStringLiteral("Billard Café");
}

void TestReportCsv::fields()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(csvField(text), field);
}

void TestReportCsv::money_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("cents") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("ten cents") << qint64(10) << QStringLiteral("0.10");
    QTest::newRow("euros") << qint64(1250) << QStringLiteral("12.50");
    QTest::newRow("negative") << qint64(-305) << QStringLiteral("-3.05");
    QTest::newRow("negative cents") << qint64(-7) << QStringLiteral("-0.07");
    QTest::newRow("no thousands separator") << qint64(123456789) << QStringLiteral("1234567.89");
}

void TestReportCsv::money()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(csvMoney(cents), text);
}

void TestReportCsv::everyLineEndsInCrLf()
{
    const VenueReport report = smallReport();
    for (const QString &csv :
         {useByDayCsv(report), useByHourCsv(report), useByTableCsv(report), useByWeekCsv(report),
          peakHoursCsv(report), noShowsByDayCsv(report)}) {
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
        // Every line feed is part of a CRLF (no field here has a line break).
        QCOMPARE(csv.count(u'\n'), csv.count(QStringLiteral("\r\n")));
        QCOMPARE(csvLine({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("a,b\r\n"));
    }
}

void TestReportCsv::tables()
{
    const QStringList lines = linesOf(useByTableCsv(smallReport()));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             QStringLiteral("table,played_minutes,occupancy_percent,receipts,revenue,currency"));
    QCOMPARE(lines[1], QStringLiteral("\"Table \"\"Long\"\", by the bar\",90,6.3,1,12.50,EUR"));
    QCOMPARE(lines[2], QStringLiteral("Table 2,20,1.4,1,3.05,EUR"));
}

void TestReportCsv::days()
{
    const QStringList lines = linesOf(useByDayCsv(smallReport()));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0],
             QStringLiteral("date,played_minutes,occupancy_percent,receipts,revenue,currency"));
    // 110 minutes of 2 x 1440 table-minutes.
    QCOMPARE(lines[1], QStringLiteral("2026-12-01,110,3.8,2,15.55,EUR"));
    QCOMPARE(linesOf(useByWeekCsv(smallReport())).value(1),
             QStringLiteral("2026-W49,110,3.8,2,15.55,EUR"));
}

void TestReportCsv::hours()
{
    const QStringList lines = linesOf(useByHourCsv(smallReport()));
    QCOMPARE(lines.size(), 25);
    QCOMPARE(lines[0], QStringLiteral(
                           "hour,played_minutes,occupancy_percent,receipts,revenue,currency,peak"));
    QCOMPARE(lines[1], QStringLiteral("0,0,0.0,0,0.00,EUR,no"));
    // 18:00-19:00 on one of two tables: half; 19:00-19:30 and 19:00-19:20 and both receipts.
    QCOMPARE(lines[19], QStringLiteral("18,60,50.0,0,0.00,EUR,yes"));
    QCOMPARE(lines[20], QStringLiteral("19,50,41.7,2,15.55,EUR,yes"));
    const QStringList peaks = linesOf(peakHoursCsv(smallReport()));
    QCOMPARE(peaks.value(0), QStringLiteral("weekday,hour,occupancy_percent"));
    QCOMPARE(peaks.value(1), QStringLiteral("2,18,50.0"));
    QCOMPARE(peaks.value(2), QStringLiteral("2,19,41.7"));
}

void TestReportCsv::noShows()
{
    const QStringList lines = linesOf(noShowsByDayCsv(smallReport()));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("date,bookings,no_shows,no_show_percent"));
    QCOMPARE(lines[1], QStringLiteral("2026-12-01,3,1,33.3"));
}

void TestReportCsv::writesTheFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("tables.csv"));
    const QString csv = useByTableCsv(smallReport());
    const Result<void> written = writeCsvFile(path, csv);
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), csv);
}

void TestReportCsv::refusesAFolderThatIsNotThere()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("no/such/folder/tables.csv"));
    const Result<void> written = writeCsvFile(path, useByTableCsv(smallReport()));
    QVERIFY(!written);
    QVERIFY(written.error().contains(path));
}

QTEST_GUILESS_MAIN(TestReportCsv)
#include "tst_reportcsv.moc"
