// The walk-in queue's estimated waits: each party in turn takes the table of its kind that is
// free first, a session lasting an hour from its start or to its booking's end, a table booked
// within the party's hour not free until the booking ends.
#include <venue/walkinwait.h>

#include <QTest>

using namespace dojo;
using namespace dojo::venue;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-03T20:00:00Z"), Qt::ISODate);

QDateTime minutes(int offset)
{
    return kNow.addSecs(qint64(offset) * 60);
}

// "1:9ft" a free table; "2:9ft:s-20" a session that started 20 minutes ago; "s-20u30" one
// whose booking ends in 30; "b10-70" a booking from 10 to 70 minutes from now; "x": out of
// order.
std::vector<TableOutlook> tables(const QString &text)
{
    std::vector<TableOutlook> outlook;
    for (const QString &spec : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = spec.split(u':');
        TableOutlook table;
        table.tableId = parts.at(0).toLongLong();
        table.rateClass = parts.at(1);
        for (const QString &part : parts.mid(2)) {
            if (part == u"x") {
                table.outOfOrder = true;
            } else if (part.startsWith(u's')) {
                const QStringList times = part.mid(1).split(u'u');
                table.sessionStart = minutes(times.at(0).toInt());
                if (times.size() > 1)
                    table.sessionBookedUntil = minutes(times.at(1).toInt());
            } else if (part.startsWith(u'b')) {
                const QStringList times = part.mid(1).split(u'-');
                Booking booking;
                booking.tableId = table.tableId;
                booking.from = minutes(times.at(0).toInt());
                booking.to = minutes(times.at(1).toInt());
                table.bookings.push_back(booking);
            }
        }
        outlook.push_back(table);
    }
    return outlook;
}

// "9ft 7ft -": each party's kind of table, "-" any.
std::vector<WaitingParty> queue(const QString &text)
{
    std::vector<WaitingParty> parties;
    qint64 id = 0;
    for (const QString &kind : text.split(u' ', Qt::SkipEmptyParts))
        parties.push_back({++id, kind == u"-" ? QString() : kind});
    return parties;
}

} // namespace

class tst_WalkInWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimates_data();
    void estimates();
};

void tst_WalkInWait::estimates_data()
{
    QTest::addColumn<QString>("tables");
    QTest::addColumn<QString>("queue");
    // Each party's "TABLE/MINUTES", "none" when no table fits.
    QTest::addColumn<QString>("waits");

    QTest::newRow("a free table") << "1:9ft"
                                  << "9ft"
                                  << "1/0";
    QTest::newRow("the second party waits for the first's hour") << "1:9ft"
                                                                 << "9ft 9ft"
                                                                 << "1/0 1/60";
    QTest::newRow("a session an hour from its start") << "1:9ft:s-20"
                                                      << "9ft"
                                                      << "1/40";
    QTest::newRow("a session past its hour ends any moment") << "1:9ft:s-75"
                                                             << "-"
                                                             << "1/0";
    QTest::newRow("a session to its booking's end") << "1:9ft:s-20u90"
                                                    << "9ft"
                                                    << "1/90";
    QTest::newRow("the earlier of two tables") << "1:9ft:s-10 2:9ft:s-50"
                                               << "9ft 9ft"
                                               << "2/10 1/50";
    QTest::newRow("only the kind asked for") << "1:9ft 2:7ft:s-30"
                                             << "7ft -"
                                             << "2/30 1/0";
    QTest::newRow("no table of that kind") << "1:9ft"
                                           << "snooker"
                                           << "none";
    QTest::newRow("out of order is never free") << "1:9ft:x 2:9ft:s-30"
                                                << "9ft"
                                                << "2/30";
    // Booked in 20 minutes until 80: an hour of play does not fit before it.
    QTest::newRow("booked within the hour") << "1:9ft:b20-80"
                                            << "9ft"
                                            << "1/80";
    QTest::newRow("booked after the hour") << "1:9ft:b60-120"
                                           << "9ft 9ft"
                                           << "1/0 1/120";
    QTest::newRow("bookings back to back") << "1:9ft:b10-40:b40-100"
                                           << "9ft"
                                           << "1/100";
    QTest::newRow("a booked table or a busy one") << "1:9ft:b20-80 2:9ft:s-15"
                                                  << "9ft 9ft"
                                                  << "2/45 1/80";
}

void tst_WalkInWait::estimates()
{
    QFETCH(QString, tables);
    QFETCH(QString, queue);
    QFETCH(QString, waits);

    const std::vector<PartyWait> estimated = estimateWaits(::tables(tables), ::queue(queue), kNow);
    QStringList got;
    for (const PartyWait &wait : estimated) {
        got.append(wait.tableId ? QStringLiteral("%1/%2").arg(*wait.tableId).arg(wait.minutes)
                                : QStringLiteral("none"));
        if (wait.tableId)
            QCOMPARE(wait.seatedAt, minutes(wait.minutes));
    }
    QCOMPARE(got.join(u' '), waits);
}

QTEST_GUILESS_MAIN(tst_WalkInWait)
#include "tst_walkinwait.moc"
