// A session's charge: blocks, the minimum, happy hours across midnight, member prices, pauses
// and moves to another table. Every row's figure is worked out by hand in its comment.
#include <venue/billing.h>

#include <QTest>

using namespace dojo;
using namespace dojo::venue;

namespace {

// 9 ft: 12.00 an hour, members 9.00, 15-minute blocks, at least 5.00, happy hour 6.00 on
// Friday and Saturday from 22:00 to 02:00. 7 ft: 8.00 an hour, 30-minute blocks, at least 4.00.
std::vector<RateRule> venueRates()
{
    RateRule nine;
    nine.rateClass = defaultRateClass(TableSize::NineFoot);
    nine.centsPerHour = 1200;
    nine.memberCentsPerHour = 900;
    nine.blockMinutes = 15;
    nine.minimumCents = 500;
    nine.happyHours.push_back(
        {(1 << Qt::Friday) | (1 << Qt::Saturday), QTime(22, 0), QTime(2, 0), 600});
    RateRule seven;
    seven.rateClass = defaultRateClass(TableSize::SevenFoot);
    seven.centsPerHour = 800;
    seven.blockMinutes = 30;
    seven.minimumCents = 400;
    return {nine, seven};
}

// "9 2026-12-04T21:30 2026-12-05T00:30; 7 ..." in UTC: a table's feet, from, to.
std::vector<PlayedStretch> stretches(const QString &text)
{
    std::vector<PlayedStretch> played;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList words = part.split(u' ', Qt::SkipEmptyParts);
        PlayedStretch stretch;
        stretch.rateClass = words.at(0) + QLatin1String("ft");
        stretch.from = QDateTime::fromString(words.at(1), Qt::ISODate);
        stretch.from.setTimeZone(QTimeZone::utc());
        stretch.to = QDateTime::fromString(words.at(2), Qt::ISODate);
        stretch.to.setTimeZone(QTimeZone::utc());
        played.push_back(stretch);
    }
    return played;
}

} // namespace

class tst_Billing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chargesASession_data();
    void chargesASession();
    void refuses_data();
    void refuses();
    void formatsMoney_data();
    void formatsMoney();
};

void tst_Billing::chargesASession_data()
{
    QTest::addColumn<QString>("played");
    QTest::addColumn<bool>("member");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("playedMinutes");
    QTest::addColumn<int>("billedMinutes");
    QTest::addColumn<qint64>("timeCents");
    QTest::addColumn<qint64>("totalCents");

    const QByteArray utc("UTC");
    // Tuesday 1 December 2026; 4 December is a Friday.
    QTest::newRow("an hour") << "9 2026-12-01T20:00:00 2026-12-01T21:00:00" << false << utc << 60
                             << 60 << qint64(1200) << qint64(1200);
    // 61 minutes start a fifth block: 75 x 12.00 / 60.
    QTest::newRow("a minute over starts a block")
        << "9 2026-12-01T20:00:00 2026-12-01T21:01:00" << false << utc << 61 << 75 << qint64(1500)
        << qint64(1500);
    // 30 seconds are a minute, one block of 15 is 3.00, under the minimum of 5.00.
    QTest::newRow("the minimum") << "9 2026-12-01T20:00:00 2026-12-01T20:00:30" << false << utc << 1
                                 << 15 << qint64(300) << qint64(500);
    // 30 minutes at 12.00 (6.00), then 150 in the happy hour at 6.00 (15.00).
    QTest::newRow("happy hour across midnight")
        << "9 2026-12-04T21:30:00 2026-12-05T00:30:00" << false << utc << 180 << 180 << qint64(2100)
        << qint64(2100);
    // Sunday 01:00 is still Saturday's happy hour.
    QTest::newRow("the small hours belong to the day before")
        << "9 2026-12-06T01:00:00 2026-12-06T02:00:00" << false << utc << 60 << 60 << qint64(600)
        << qint64(600);
    // Monday 01:00 follows Sunday, which has no happy hour.
    QTest::newRow("no happy hour the night after a Sunday")
        << "9 2026-12-07T01:00:00 2026-12-07T02:00:00" << false << utc << 60 << 60 << qint64(1200)
        << qint64(1200);
    QTest::newRow("a member's hour") << "9 2026-12-01T20:00:00 2026-12-01T21:00:00" << true << utc
                                     << 60 << 60 << qint64(900) << qint64(900);
    // Members pay the lower of their price (9.00) and the happy hour's (6.00).
    QTest::newRow("a member in the happy hour")
        << "9 2026-12-04T22:00:00 2026-12-04T23:00:00" << true << utc << 60 << 60 << qint64(600)
        << qint64(600);
    // 40 + 20 minutes played around a 20-minute pause.
    QTest::newRow("a pause is not charged")
        << "9 2026-12-01T20:00:00 2026-12-01T20:40:00; 9 2026-12-01T21:00:00 2026-12-01T21:20:00"
        << false << utc << 60 << 60 << qint64(1200) << qint64(1200);
    // 30 minutes on 9 ft (6.00), 40 on 7 ft, whose 30-minute blocks make 90: 60 minutes at 8.00.
    QTest::newRow("a move to another table")
        << "9 2026-12-01T20:00:00 2026-12-01T20:30:00; 7 2026-12-01T20:30:00 2026-12-01T21:10:00"
        << false << utc << 70 << 90 << qint64(1400) << qint64(1400);
    // 6 minutes played from 21:50, the block completed to 22:05: 10 minutes at 12.00 and 5 in
    // the happy hour at 6.00 is 2.50, under the minimum.
    QTest::newRow("the last block is priced after the end")
        << "9 2026-12-04T21:50:00 2026-12-04T21:56:00" << false << utc << 6 << 15 << qint64(250)
        << qint64(500);
    // 21:30 UTC is 22:30 in Berlin in December: the whole hour is happy.
    QTest::newRow("the venue's time zone")
        << "9 2026-12-04T21:30:00 2026-12-04T22:30:00" << false << QByteArray("Europe/Berlin") << 60
        << 60 << qint64(600) << qint64(600);
    // 7 minutes on 7 ft complete a 30-minute block: 30 x 8.00 / 60 (13 1/3 cents a minute,
    // rounded once for the whole session, not each minute).
    QTest::newRow("a 7-foot table's block of 30")
        << "7 2026-12-01T20:00:00 2026-12-01T20:07:00" << false << utc << 7 << 30 << qint64(400)
        << qint64(400);
}

void tst_Billing::chargesASession()
{
    QFETCH(QString, played);
    QFETCH(bool, member);
    QFETCH(QByteArray, zone);
    QFETCH(int, playedMinutes);
    QFETCH(int, billedMinutes);
    QFETCH(qint64, timeCents);
    QFETCH(qint64, totalCents);
    const QTimeZone venueZone(zone);
    QVERIFY2(venueZone.isValid(), zone.constData());

    const Result<SessionCharge> charge
        = chargeSession(stretches(played), venueRates(), member, venueZone);
    QVERIFY2(charge, qPrintable(charge ? QString() : charge.error()));
    QCOMPARE(charge->playedMinutes, playedMinutes);
    QCOMPARE(charge->billedMinutes, billedMinutes);
    QCOMPARE(charge->timeCents, timeCents);
    QCOMPARE(charge->totalCents, totalCents);
    QCOMPARE(charge->minimumApplied, totalCents > timeCents);
}

void tst_Billing::refuses_data()
{
    QTest::addColumn<QString>("played");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no rate for the class") << "8 2026-12-01T20:00:00 2026-12-01T21:00:00"
                                           << "There is no rate for “8ft” tables.";
    QTest::newRow("ends before it starts") << "9 2026-12-01T21:00:00 2026-12-01T20:00:00"
                                           << "A stretch of play ends before it starts.";
}

void tst_Billing::refuses()
{
    QFETCH(QString, played);
    QFETCH(QString, problem);
    const Result<SessionCharge> charge
        = chargeSession(stretches(played), venueRates(), false, QTimeZone::utc());
    QVERIFY(!charge);
    QCOMPARE(charge.error(), problem);
}

void tst_Billing::formatsMoney_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("text");
    QTest::newRow("euros") << qint64(1250) << QStringLiteral("€") << QStringLiteral("€12.50");
    QTest::newRow("a few cents") << qint64(705) << QStringLiteral("$") << QStringLiteral("$7.05");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("€") << QStringLiteral("€0.00");
    QTest::newRow("a refund") << qint64(-150) << QStringLiteral("€") << QStringLiteral("-€1.50");
}

void tst_Billing::formatsMoney()
{
    QFETCH(qint64, cents);
    QFETCH(QString, symbol);
    QFETCH(QString, text);
    QCOMPARE(formatMoney(cents, symbol), text);
}

QTEST_GUILESS_MAIN(tst_Billing)
#include "tst_billing.moc"
