// Happy hours as rate_rules stores them ("WEEKDAYS HH:MM HH:MM CENTS;..."), read and written
// back the same, and text that cannot be read refused with a sentence naming the part.
#include <venue/ratetext.h>

#include <QTest>

using namespace dojo;
using namespace dojo::venue;

class tst_RateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void namesWeekdays_data();
    void namesWeekdays();
};

void tst_RateText::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("firstDays");
    QTest::addColumn<QTime>("firstStart");
    QTest::addColumn<QTime>("firstEnd");
    QTest::addColumn<qint64>("firstCents");

    const int monToThu = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4);
    QTest::newRow("none") << QString() << 0 << 0 << QTime() << QTime() << qint64(0);
    QTest::newRow("one") << QStringLiteral("1234 16:00 19:00 600") << 1 << monToThu << QTime(16, 0)
                         << QTime(19, 0) << qint64(600);
    QTest::newRow("past midnight")
        << QStringLiteral("56 22:00 02:00 600") << 1 << ((1 << 5) | (1 << 6)) << QTime(22, 0)
        << QTime(2, 0) << qint64(600);
    QTest::newRow("two") << QStringLiteral("1234 16:00 19:00 600;56 22:00 02:00 550") << 2
                         << monToThu << QTime(16, 0) << QTime(19, 0) << qint64(600);
    QTest::newRow("every day") << QStringLiteral("1234567 12:00 14:30 0") << 1 << 0xFE
                               << QTime(12, 0) << QTime(14, 30) << qint64(0);
}

void tst_RateText::reads()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, firstDays);
    QFETCH(QTime, firstStart);
    QFETCH(QTime, firstEnd);
    QFETCH(qint64, firstCents);

    const Result<std::vector<HappyHour>> read = happyHoursFromText(text);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(int(read->size()), count);
    if (count > 0) {
        QCOMPARE(read->front().weekdays, firstDays);
        QCOMPARE(read->front().start, firstStart);
        QCOMPARE(read->front().end, firstEnd);
        QCOMPARE(read->front().centsPerHour, firstCents);
    }
    QCOMPARE(happyHoursText(*read), text);
}

void tst_RateText::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("three fields") << QStringLiteral("1234 16:00 600")
                                  << QStringLiteral("1234 16:00 600");
    QTest::newRow("day 8") << QStringLiteral("18 16:00 19:00 600") << QStringLiteral("18 16:00");
    QTest::newRow("bad time") << QStringLiteral("1 25:00 19:00 600") << QStringLiteral("25:00");
    QTest::newRow("same times") << QStringLiteral("1 19:00 19:00 600") << QStringLiteral("19:00");
    QTest::newRow("euros, not cents")
        << QStringLiteral("1 16:00 19:00 6.00") << QStringLiteral("6.00");
    QTest::newRow("second part") << QStringLiteral("1 16:00 19:00 600;x") << QStringLiteral("“x”");
}

void tst_RateText::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    const Result<std::vector<HappyHour>> read = happyHoursFromText(text);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(named), qPrintable(read.error()));
}

void tst_RateText::namesWeekdays_data()
{
    QTest::addColumn<int>("weekdays");
    QTest::addColumn<QString>("name");
    QTest::newRow("every day") << 0xFE << QStringLiteral("Every day");
    QTest::newRow("Mon to Thu") << ((1 << 1) | (1 << 2) | (1 << 3) | (1 << 4))
                                << QStringLiteral("Mon–Thu");
    QTest::newRow("Fri and Sat") << ((1 << 5) | (1 << 6)) << QStringLiteral("Fri, Sat");
    QTest::newRow("Mon and Wed to Fri")
        << ((1 << 1) | (1 << 3) | (1 << 4) | (1 << 5)) << QStringLiteral("Mon, Wed–Fri");
}

void tst_RateText::namesWeekdays()
{
    QFETCH(int, weekdays);
    QFETCH(QString, name);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(weekdaysName(weekdays), name);
}

QTEST_GUILESS_MAIN(tst_RateText)
#include "tst_ratetext.moc"
