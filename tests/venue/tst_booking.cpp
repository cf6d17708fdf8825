// No double booking: which bookings a new one would overlap, and when an unclaimed booking
// releases its table.
#include <venue/booking.h>

#include <QTest>
#include <QTimeZone>

using namespace dojo::venue;

namespace {

QDateTime at(const QString &hhmm)
{
    return QDateTime(QDate(2026, 12, 4), QTime::fromString(hhmm, QStringLiteral("hh:mm")),
                     QTimeZone::utc());
}

// "2 19:00-21:00 Ada" with optional " in 19:05" (checked in) or " cancelled".
Booking booking(const QString &text, qint64 id)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    Booking made;
    made.id = id;
    made.tableId = words.at(0).toLongLong();
    const QStringList times = words.at(1).split(u'-');
    made.from = at(times.at(0));
    made.to = at(times.at(1));
    made.name = words.at(2);
    if (words.size() > 4 && words.at(3) == QLatin1String("in"))
        made.checkedIn = at(words.at(4));
    made.cancelled = words.contains(QStringLiteral("cancelled"));
    return made;
}

} // namespace

class tst_Booking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheOverlap_data();
    void findsTheOverlap();
    void releasesAnUnclaimedTable_data();
    void releasesAnUnclaimedTable();
};

void tst_Booking::findsTheOverlap_data()
{
    QTest::addColumn<QStringList>("booked");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("overlapped"); // the name of the booking in the way, or empty

    const QStringList evening{QStringLiteral("1 19:00-21:00 Ada"),
                              QStringLiteral("1 21:00-22:00 Bo"),
                              QStringLiteral("2 19:30-20:30 Chen")};
    QTest::newRow("inside another") << evening << "1 19:30-20:00 Dana"
                                    << "18:00"
                                    << "Ada";
    QTest::newRow("across two: the first in the way") << evening << "1 20:30-21:30 Dana"
                                                      << "18:00"
                                                      << "Ada";
    QTest::newRow("ends as the next begins") << evening << "1 18:00-19:00 Dana"
                                             << "18:00"
                                             << "";
    QTest::newRow("begins as the last ends") << evening << "1 22:00-23:00 Dana"
                                             << "18:00"
                                             << "";
    QTest::newRow("another table") << evening << "3 19:00-22:00 Dana"
                                   << "18:00"
                                   << "";
    QTest::newRow("around another") << evening << "2 19:00-21:00 Dana"
                                    << "18:00"
                                    << "Chen";
    QTest::newRow("a cancelled booking holds nothing")
        << QStringList{QStringLiteral("1 19:00-21:00 Ada cancelled")} << "1 19:30-20:00 Dana"
        << "18:00"
        << "";
    // Ada did not come by 19:15: from then on the table is free for the rest of her time.
    QTest::newRow("released after the grace")
        << QStringList{QStringLiteral("1 19:00-21:00 Ada")} << "1 19:30-20:00 Dana"
        << "19:15"
        << "";
    QTest::newRow("still held within the grace")
        << QStringList{QStringLiteral("1 19:00-21:00 Ada")} << "1 19:30-20:00 Dana"
        << "19:14"
        << "Ada";
    QTest::newRow("checked in: held however late")
        << QStringList{QStringLiteral("1 19:00-21:00 Ada in 19:05")} << "1 19:30-20:00 Dana"
        << "20:45"
        << "Ada";
}

void tst_Booking::findsTheOverlap()
{
    QFETCH(QStringList, booked);
    QFETCH(QString, candidate);
    QFETCH(QString, now);
    QFETCH(QString, overlapped);
    std::vector<Booking> bookings;
    for (const QString &text : booked)
        bookings.push_back(booking(text, qint64(bookings.size()) + 1));
    const std::optional<Booking> found = firstOverlap(bookings, booking(candidate, 0), at(now));
    QCOMPARE(found ? found->name : QString(), overlapped);
}

void tst_Booking::releasesAnUnclaimedTable_data()
{
    QTest::addColumn<QString>("booked");
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("grace");
    QTest::addColumn<bool>("released");
    QTest::newRow("before it starts") << "1 19:00-21:00 Ada"
                                      << "18:59" << 15 << false;
    QTest::newRow("within the grace") << "1 19:00-21:00 Ada"
                                      << "19:14" << 15 << false;
    QTest::newRow("at the end of the grace") << "1 19:00-21:00 Ada"
                                             << "19:15" << 15 << true;
    QTest::newRow("a venue's longer grace") << "1 19:00-21:00 Ada"
                                            << "19:15" << 30 << false;
    QTest::newRow("checked in") << "1 19:00-21:00 Ada in 19:20"
                                << "20:00" << 15 << false;
}

void tst_Booking::releasesAnUnclaimedTable()
{
    QFETCH(QString, booked);
    QFETCH(QString, now);
    QFETCH(int, grace);
    QFETCH(bool, released);
    QCOMPARE(isReleased(booking(booked, 1), at(now), grace), released);
}

QTEST_GUILESS_MAIN(tst_Booking)
#include "tst_booking.moc"
