// A table's status derived from what happens at it: out of order (the one stored choice), its
// open session, a match in play, and the bookings that hold it now or within 30 minutes.
#include <venue/tablestatus.h>

#include <QTest>

using namespace dojo;
using namespace dojo::venue;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-03T20:00:00Z"), Qt::ISODate);

// A booking from `fromMinutes` to `toMinutes` around now.
Booking booking(int fromMinutes, int toMinutes, bool checkedIn = false, bool cancelled = false)
{
    Booking made;
    made.id = 1;
    made.tableId = 1;
    made.from = kNow.addSecs(qint64(fromMinutes) * 60);
    made.to = kNow.addSecs(qint64(toMinutes) * 60);
    if (checkedIn)
        made.checkedIn = made.from;
    made.cancelled = cancelled;
    return made;
}

} // namespace

Q_DECLARE_METATYPE(dojo::venue::TableActivity)
Q_DECLARE_METATYPE(dojo::venue::TableStatus)

class tst_TableStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derives_data();
    void derives();
    void storedWords_data();
    void storedWords();
    void keysRoundTrip();
};

void tst_TableStatus::derives_data()
{
    QTest::addColumn<TableActivity>("activity");
    QTest::addColumn<TableStatus>("status");

    const auto with = [](auto change) {
        TableActivity activity;
        change(activity);
        return activity;
    };
    QTest::newRow("nothing") << TableActivity{} << TableStatus::Free;
    QTest::newRow("out of order") << with([](TableActivity &a) { a.outOfOrder = true; })
                                  << TableStatus::OutOfOrder;
    QTest::newRow("out of order wins over a session") << with([](TableActivity &a) {
        a.outOfOrder = true;
        a.session = SessionState::Running;
    }) << TableStatus::OutOfOrder;
    QTest::newRow("running session")
        << with([](TableActivity &a) { a.session = SessionState::Running; }) << TableStatus::InPlay;
    QTest::newRow("paused session")
        << with([](TableActivity &a) { a.session = SessionState::Paused; }) << TableStatus::Paused;
    QTest::newRow("paused session with a match") << with([](TableActivity &a) {
        a.session = SessionState::Paused;
        a.matchInPlay = true;
    }) << TableStatus::Paused;
    QTest::newRow("match without a session")
        << with([](TableActivity &a) { a.matchInPlay = true; }) << TableStatus::InPlay;
    QTest::newRow("session over a booking") << with([](TableActivity &a) {
        a.session = SessionState::Running;
        a.bookings.push_back(booking(-10, 50, true));
    }) << TableStatus::InPlay;
    QTest::newRow("booking holding it now")
        << with([](TableActivity &a) { a.bookings.push_back(booking(-10, 50)); })
        << TableStatus::Booked;
    QTest::newRow("booking in 30 minutes")
        << with([](TableActivity &a) { a.bookings.push_back(booking(30, 90)); })
        << TableStatus::Booked;
    QTest::newRow("booking in 31 minutes")
        << with([](TableActivity &a) { a.bookings.push_back(booking(31, 90)); })
        << TableStatus::Free;
    QTest::newRow("booking that ended")
        << with([](TableActivity &a) { a.bookings.push_back(booking(-90, 0, true)); })
        << TableStatus::Free;
    QTest::newRow("cancelled booking")
        << with([](TableActivity &a) { a.bookings.push_back(booking(0, 60, false, true)); })
        << TableStatus::Free;
    // Not checked in within the 15 minutes' grace: the table is released.
    QTest::newRow("no-show after the grace")
        << with([](TableActivity &a) { a.bookings.push_back(booking(-15, 45)); })
        << TableStatus::Free;
    QTest::newRow("no-show within the grace")
        << with([](TableActivity &a) { a.bookings.push_back(booking(-14, 45)); })
        << TableStatus::Booked;
}

void tst_TableStatus::derives()
{
    QFETCH(TableActivity, activity);
    QFETCH(TableStatus, status);
    QCOMPARE(deriveTableStatus(activity, kNow), status);
}

void tst_TableStatus::storedWords_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("outOfOrder");
    QTest::newRow("out of order") << QStringLiteral("out-of-order") << true;
    QTest::newRow("free") << QStringLiteral("free") << false;
    // Older versions stored the derived words; a newer one may store words of its own.
    QTest::newRow("in play of old") << QStringLiteral("in-play") << false;
    QTest::newRow("unknown word") << QStringLiteral("closed-for-cleaning") << false;
}

void tst_TableStatus::storedWords()
{
    QFETCH(QString, stored);
    QFETCH(bool, outOfOrder);
    QCOMPARE(isOutOfOrderWord(stored), outOfOrder);
    QCOMPARE(isOutOfOrderWord(storedStatusWord(outOfOrder)), outOfOrder);
}

void tst_TableStatus::keysRoundTrip()
{
    for (TableStatus status : kAllTableStatuses) {
        QCOMPARE(tableStatusFromKey(tableStatusKey(status)), std::optional(status));
        QVERIFY(!tableStatusName(status).isEmpty());
    }
    QCOMPARE(tableStatusFromKey(QStringLiteral("broken")), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_TableStatus)
#include "tst_tablestatus.moc"
