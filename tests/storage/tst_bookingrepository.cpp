// No double booking, in the database: overlaps by time and state, bookings released after the
// grace minutes, moves and resizes into an overlap refused, every write audited with its actor,
// and writers on their own connections racing for one slot.
#include <storage/auditlog.h>
#include <storage/bookingrepository.h>
#include <storage/database.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <thread>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

QDateTime at(const QString &hhmm)
{
    return QDateTime(QDate(2026, 12, 5), QTime::fromString(hhmm, QStringLiteral("hh:mm")),
                     QTimeZone::utc());
}

qint64 countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

const QString kDesk = QStringLiteral("staff:Ana");

} // namespace

class tst_BookingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findsTheOverlap_data();
    void findsTheOverlap();
    void refusesABadBooking_data();
    void refusesABadBooking();
    void moveOrResizeIntoAnOverlapIsRefused_data();
    void moveOrResizeIntoAnOverlapIsRefused();
    void aBookingThatHoldsNothingCannotMove();
    void rebookingNeedsTheSlotFree();
    void checkInAfterTheGraceIsRefused();
    void everyWriteIsAuditedWithItsActor_data();
    void everyWriteIsAuditedWithItsActor();
    void releaseOverdueMarksNoShows();
    void bookingsBetweenIsADaysTimeline();
    void venueSettings();
    void writersRacingForOneSlot();

private:
    // "1 19:00-21:00 Ada" (table by number), booked at m_now by kDesk.
    Result<BookingOutcome> book(const QString &text);
    qint64 holdingCount();

    ScratchDatabases m_databases;
    std::optional<DatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BookingRepository> m_bookings;
    QDateTime m_now;
    qint64 m_venueId = 0;
    std::vector<qint64> m_tables; // Table 1, Table 2, and Table 3 out of order
};

void tst_BookingRepository::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_BookingRepository::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    m_location = *location;
    Result<std::unique_ptr<Database>> opened = Database::open(*m_location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    m_now = at(QStringLiteral("12:00"));
    m_bookings = std::make_unique<BookingRepository>(*m_database, [this] { return m_now; });

    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    m_tables.clear();
    for (int number = 1; number <= 3; ++number) {
        TableRecord table;
        table.venueId = m_venueId;
        table.name = QStringLiteral("Table %1").arg(number);
        table.status = number == 3 ? QStringLiteral("out-of-order") : QStringLiteral("free");
        table.position = number;
        const Result<qint64> id = venues.addTable(table);
        QVERIFY2(id, qPrintable(errorOf(id)));
        m_tables.push_back(*id);
    }
}

void tst_BookingRepository::cleanup()
{
    m_bookings.reset();
    m_database.reset();
}

Result<BookingOutcome> tst_BookingRepository::book(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const QStringList times = words.at(1).split(u'-');
    BookingRecord candidate;
    const int number = words.at(0).toInt();
    candidate.tableId = number >= 1 && number <= 3 ? m_tables.at(number - 1) : 9999;
    candidate.startsAt = at(times.at(0));
    candidate.endsAt = at(times.at(1));
    candidate.name = words.size() > 2 ? words.at(2) : QString();
    return m_bookings->add(candidate, kDesk);
}

qint64 tst_BookingRepository::holdingCount()
{
    return countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM bookings WHERE state IN "
                                                 "('booked', 'checked-in')"));
}

void tst_BookingRepository::findsTheOverlap_data()
{
    QTest::addColumn<QString>("existing"); // booked at 12:00, then " checked-in" or " cancelled"
    QTest::addColumn<QString>("now");      // when the candidate is booked
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("overlapped");    // who holds the table then, or empty: booked
    QTest::addColumn<QString>("existingState"); // the existing booking's state afterwards

    const QString ada = QStringLiteral("1 19:00-21:00 Ada");
    QTest::newRow("same slot") << ada << "12:00"
                               << "1 19:00-21:00 Bo"
                               << "Ada"
                               << "booked";
    QTest::newRow("ends as it begins") << ada << "12:00"
                                       << "1 18:00-19:00 Bo"
                                       << ""
                                       << "booked";
    QTest::newRow("begins as it ends") << ada << "12:00"
                                       << "1 21:00-22:00 Bo"
                                       << ""
                                       << "booked";
    QTest::newRow("inside") << ada << "12:00"
                            << "1 19:30-20:00 Bo"
                            << "Ada"
                            << "booked";
    QTest::newRow("around") << ada << "12:00"
                            << "1 18:00-22:00 Bo"
                            << "Ada"
                            << "booked";
    QTest::newRow("across its end") << ada << "12:00"
                                    << "1 20:59-23:00 Bo"
                                    << "Ada"
                                    << "booked";
    QTest::newRow("another table") << ada << "12:00"
                                   << "2 19:00-21:00 Bo"
                                   << ""
                                   << "booked";
    QTest::newRow("cancelled") << ada + QStringLiteral(" cancelled") << "12:00"
                               << "1 19:00-21:00 Bo"
                               << ""
                               << "cancelled";
    QTest::newRow("within the grace") << ada << "19:14"
                                      << "1 19:30-21:00 Bo"
                                      << "Ada"
                                      << "booked";
    QTest::newRow("released after the grace") << ada << "19:15"
                                              << "1 19:30-21:00 Bo"
                                              << ""
                                              << "released";
    QTest::newRow("checked in still holds") << ada + QStringLiteral(" checked-in") << "19:40"
                                            << "1 19:30-21:00 Bo"
                                            << "Ada"
                                            << "checked-in";
}

void tst_BookingRepository::findsTheOverlap()
{
    QFETCH(QString, existing);
    QFETCH(QString, now);
    QFETCH(QString, candidate);
    QFETCH(QString, overlapped);
    QFETCH(QString, existingState);

    const Result<BookingOutcome> first = book(existing);
    QVERIFY2(first, qPrintable(errorOf(first)));
    QVERIFY(first->isWritten());
    const qint64 firstId = first->written->id;
    if (existing.endsWith(QLatin1String("cancelled"))) {
        const Result<BookingRecord> cancelled = m_bookings->cancel(firstId, kDesk);
        QVERIFY2(cancelled, qPrintable(errorOf(cancelled)));
    }
    if (existing.endsWith(QLatin1String("checked-in"))) {
        m_now = at(QStringLiteral("19:05"));
        const Result<BookingRecord> checkedIn = m_bookings->checkIn(firstId, kDesk);
        QVERIFY2(checkedIn, qPrintable(errorOf(checkedIn)));
    }

    m_now = at(now);
    const Result<BookingOutcome> outcome = book(candidate);
    QVERIFY2(outcome, qPrintable(errorOf(outcome)));
    QCOMPARE(outcome->isWritten(), overlapped.isEmpty());
    if (overlapped.isEmpty()) {
        QVERIFY(!outcome->overlapped);
        QVERIFY(outcome->written->id > firstId);
        QCOMPARE(outcome->written->state, QStringLiteral("booked"));
        QCOMPARE(outcome->written->createdBy, kDesk);
        const Result<BookingRecord> stored = m_bookings->byId(outcome->written->id);
        QVERIFY2(stored, qPrintable(errorOf(stored)));
        QCOMPARE(stored->name, outcome->written->name);
        QCOMPARE(stored->startsAt, outcome->written->startsAt);
        QCOMPARE(stored->endsAt, outcome->written->endsAt);
        QCOMPARE(stored->tableName, outcome->written->tableName);
    } else {
        QCOMPARE(outcome->overlapped->id, firstId);
        QCOMPARE(outcome->overlapped->name, overlapped);
        QCOMPARE(outcome->overlapped->tableName, QStringLiteral("Table 1"));
        QCOMPARE(outcome->overlapped->startsAt, at(QStringLiteral("19:00")));
        QCOMPARE(outcome->overlapped->endsAt, at(QStringLiteral("21:00")));
        QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM bookings")), 1);
    }
    const Result<BookingRecord> first_ = m_bookings->byId(firstId);
    QVERIFY2(first_, qPrintable(errorOf(first_)));
    QCOMPARE(first_->state, existingState);
}

void tst_BookingRepository::refusesABadBooking_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("reason"); // a part of the sentence

    QTest::newRow("ends before it starts") << "1 21:00-19:00 Ada"
                                           << "must end after it starts";
    QTest::newRow("ends as it starts") << "1 19:00-19:00 Ada"
                                       << "must end after it starts";
    QTest::newRow("unknown table") << "7 19:00-21:00 Ada"
                                   << "there is no table 9999";
    QTest::newRow("no name") << "1 19:00-21:00"
                             << "needs the name";
    QTest::newRow("out of order") << "3 19:00-21:00 Ada"
                                  << "Table 3 is out of order";
}

void tst_BookingRepository::refusesABadBooking()
{
    QFETCH(QString, candidate);
    QFETCH(QString, reason);

    const Result<BookingOutcome> outcome = book(candidate);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(reason), qPrintable(outcome.error()));
    QVERIFY(!outcome.error().contains(u'\n'));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM bookings")), 0);
    QCOMPARE(
        countRows(*m_database,
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'booking.%'")),
        0);
}

void tst_BookingRepository::moveOrResizeIntoAnOverlapIsRefused_data()
{
    QTest::addColumn<QString>("which"); // "Ada" (Table 1 19:00-21:00) or "Bo" (21:00-22:00)
    QTest::addColumn<QString>("to");    // "TABLE HH:MM-HH:MM"
    QTest::addColumn<QString>("overlapped");

    QTest::newRow("Bo moved earlier into Ada") << "Bo"
                                               << "1 20:00-21:00"
                                               << "Ada";
    QTest::newRow("Ada made longer into Bo") << "Ada"
                                             << "1 19:00-21:30"
                                             << "Bo";
    QTest::newRow("Ada moved onto Chen's table") << "Ada"
                                                 << "2 20:00-22:00"
                                                 << "Chen";
    QTest::newRow("Ada made shorter") << "Ada"
                                      << "1 19:00-20:00"
                                      << "";
    QTest::newRow("Ada moved earlier over her own time") << "Ada"
                                                         << "1 18:00-20:00"
                                                         << "";
    QTest::newRow("Bo moved to a free table") << "Bo"
                                              << "2 19:00-20:00"
                                              << "";
    QTest::newRow("Bo moved into Ada's end") << "Bo"
                                             << "1 20:59-22:00"
                                             << "Ada";
}

void tst_BookingRepository::moveOrResizeIntoAnOverlapIsRefused()
{
    QFETCH(QString, which);
    QFETCH(QString, to);
    QFETCH(QString, overlapped);

    std::map<QString, BookingRecord> made;
    for (const QString &text :
         {QStringLiteral("1 19:00-21:00 Ada"), QStringLiteral("1 21:00-22:00 Bo"),
          QStringLiteral("2 21:00-23:00 Chen")}) {
        const Result<BookingOutcome> outcome = book(text);
        QVERIFY2(outcome && outcome->isWritten(), qPrintable(errorOf(outcome)));
        made[outcome->written->name] = *outcome->written;
    }
    const BookingRecord before = made.at(which);
    const QStringList words = to.split(u' ');
    const QStringList times = words.at(1).split(u'-');
    const qint64 tableId = m_tables.at(words.at(0).toInt() - 1);
    const Result<BookingOutcome> moved
        = m_bookings->move(before.id, tableId, at(times.at(0)), at(times.at(1)), kDesk);
    QVERIFY2(moved, qPrintable(errorOf(moved)));
    QCOMPARE(moved->isWritten(), overlapped.isEmpty());
    const Result<BookingRecord> after = m_bookings->byId(before.id);
    QVERIFY2(after, qPrintable(errorOf(after)));
    if (overlapped.isEmpty()) {
        QCOMPARE(after->tableId, tableId);
        QCOMPARE(after->startsAt, at(times.at(0)));
        QCOMPARE(after->endsAt, at(times.at(1)));
        QCOMPARE(moved->written->tableName, QStringLiteral("Table %1").arg(words.at(0)));
    } else {
        QCOMPARE(moved->overlapped->name, overlapped);
        QCOMPARE(after->tableId, before.tableId);
        QCOMPARE(after->startsAt, before.startsAt);
        QCOMPARE(after->endsAt, before.endsAt);
    }
    QCOMPARE(holdingCount(), 3);
}

void tst_BookingRepository::aBookingThatHoldsNothingCannotMove()
{
    const Result<BookingOutcome> ada = book(QStringLiteral("1 19:00-21:00 Ada"));
    QVERIFY2(ada && ada->isWritten(), qPrintable(errorOf(ada)));
    QVERIFY(m_bookings->cancel(ada->written->id, kDesk));
    const Result<BookingOutcome> moved
        = m_bookings->move(ada->written->id, m_tables.at(1), at(QStringLiteral("19:00")),
                           at(QStringLiteral("20:00")), kDesk);
    QVERIFY(!moved);
    QVERIFY2(moved.error().contains(QLatin1String("cancelled")), qPrintable(moved.error()));
    const Result<BookingOutcome> outOfOrder = book(QStringLiteral("2 19:00-21:00 Bo"));
    QVERIFY2(outOfOrder && outOfOrder->isWritten(), qPrintable(errorOf(outOfOrder)));
    const Result<BookingOutcome> ontoBroken
        = m_bookings->move(outOfOrder->written->id, m_tables.at(2), at(QStringLiteral("19:00")),
                           at(QStringLiteral("20:00")), kDesk);
    QVERIFY(!ontoBroken);
    QVERIFY2(ontoBroken.error().contains(QLatin1String("out of order")),
             qPrintable(ontoBroken.error()));
}

void tst_BookingRepository::rebookingNeedsTheSlotFree()
{
    const Result<BookingOutcome> ada = book(QStringLiteral("1 19:00-21:00 Ada"));
    QVERIFY2(ada && ada->isWritten(), qPrintable(errorOf(ada)));
    const qint64 adaId = ada->written->id;
    QVERIFY(m_bookings->cancel(adaId, kDesk));
    const Result<BookingOutcome> again = m_bookings->rebook(adaId, kDesk);
    QVERIFY2(again && again->isWritten(), qPrintable(errorOf(again)));
    QCOMPARE(again->written->state, QStringLiteral("booked"));

    QVERIFY(m_bookings->cancel(adaId, kDesk));
    const Result<BookingOutcome> bo = book(QStringLiteral("1 20:00-22:00 Bo"));
    QVERIFY2(bo && bo->isWritten(), qPrintable(errorOf(bo)));
    const Result<BookingOutcome> taken = m_bookings->rebook(adaId, kDesk);
    QVERIFY2(taken, qPrintable(errorOf(taken)));
    QVERIFY(!taken->isWritten());
    QCOMPARE(taken->overlapped->id, bo->written->id);
    const Result<BookingRecord> stillCancelled = m_bookings->byId(adaId);
    QVERIFY2(stillCancelled, qPrintable(errorOf(stillCancelled)));
    QCOMPARE(stillCancelled->state, QStringLiteral("cancelled"));
}

void tst_BookingRepository::checkInAfterTheGraceIsRefused()
{
    const Result<BookingOutcome> ada = book(QStringLiteral("1 19:00-21:00 Ada"));
    QVERIFY2(ada && ada->isWritten(), qPrintable(errorOf(ada)));
    m_now = at(QStringLiteral("19:16"));
    const Result<BookingRecord> late = m_bookings->checkIn(ada->written->id, kDesk);
    QVERIFY(!late);
    QVERIFY2(late.error().contains(QLatin1String("released")), qPrintable(late.error()));
    const Result<BookingRecord> stored = m_bookings->byId(ada->written->id);
    QVERIFY2(stored, qPrintable(errorOf(stored)));
    QCOMPARE(stored->state, QStringLiteral("released"));
}

void tst_BookingRepository::everyWriteIsAuditedWithItsActor_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action");

    QTest::newRow("created") << "add"
                             << "staff:Ana"
                             << "booking.created";
    QTest::newRow("moved") << "move"
                           << "system:root"
                           << "booking.moved";
    QTest::newRow("cancelled") << "cancel"
                               << "staff:Bo"
                               << "booking.cancelled";
    QTest::newRow("checked in") << "checkIn"
                                << "staff:Chen"
                                << "booking.checked-in";
    QTest::newRow("booked again") << "rebook"
                                  << "staff:Dana"
                                  << "booking.rebooked";
    QTest::newRow("released") << "release"
                              << "system"
                              << "booking.released";
}

void tst_BookingRepository::everyWriteIsAuditedWithItsActor()
{
    QFETCH(QString, write);
    QFETCH(QString, actor);
    QFETCH(QString, action);

    BookingRecord candidate;
    candidate.tableId = m_tables.at(0);
    candidate.startsAt = at(QStringLiteral("19:00"));
    candidate.endsAt = at(QStringLiteral("21:00"));
    candidate.name = QStringLiteral("Ada");
    const QString creator = write == QLatin1String("add") ? actor : kDesk;
    const Result<BookingOutcome> made = m_bookings->add(candidate, creator);
    QVERIFY2(made && made->isWritten(), qPrintable(errorOf(made)));
    const qint64 id = made->written->id;
    if (write == QLatin1String("move")) {
        QVERIFY(m_bookings->move(id, m_tables.at(1), at(QStringLiteral("20:00")),
                                 at(QStringLiteral("22:00")), actor));
    } else if (write == QLatin1String("cancel")) {
        QVERIFY(m_bookings->cancel(id, actor));
    } else if (write == QLatin1String("checkIn")) {
        QVERIFY(m_bookings->checkIn(id, actor));
    } else if (write == QLatin1String("rebook")) {
        QVERIFY(m_bookings->cancel(id, kDesk));
        QVERIFY(m_bookings->rebook(id, actor));
    } else if (write == QLatin1String("release")) {
        const Result<int> released
            = m_bookings->releaseOverdue(m_venueId, at(QStringLiteral("19:30")), 15);
        QVERIFY2(released, qPrintable(errorOf(released)));
        QCOMPARE(*released, 1);
    }

    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> entries = audit.recent(1);
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(1));
    const AuditEntry &entry = entries->front();
    QCOMPARE(entry.actor, actor);
    QCOMPARE(entry.action, action);
    QCOMPARE(entry.subject, QStringLiteral("booking:%1").arg(id));
    QVERIFY2(entry.details.contains(QLatin1String("\"name\":\"Ada\"")), qPrintable(entry.details));
}

void tst_BookingRepository::releaseOverdueMarksNoShows()
{
    for (const QString &text :
         {QStringLiteral("1 19:00-21:00 Ada"), QStringLiteral("2 19:10-21:00 Bo"),
          QStringLiteral("1 21:00-22:00 Chen")}) {
        const Result<BookingOutcome> outcome = book(text);
        QVERIFY2(outcome && outcome->isWritten(), qPrintable(errorOf(outcome)));
    }
    const Result<int> none = m_bookings->releaseOverdue(m_venueId, at(QStringLiteral("19:14")), 15);
    QVERIFY2(none, qPrintable(errorOf(none)));
    QCOMPARE(*none, 0);
    const Result<int> ada = m_bookings->releaseOverdue(m_venueId, at(QStringLiteral("19:15")), 15);
    QVERIFY2(ada, qPrintable(errorOf(ada)));
    QCOMPARE(*ada, 1);
    const Result<int> bo = m_bookings->releaseOverdue(m_venueId, at(QStringLiteral("19:40")), 15);
    QVERIFY2(bo, qPrintable(errorOf(bo)));
    QCOMPARE(*bo, 1);
    QCOMPARE(holdingCount(), 1);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                   "'booking.released' AND actor = 'system'")),
             2);
}

void tst_BookingRepository::bookingsBetweenIsADaysTimeline()
{
    VenueRepository venues(*m_database);
    const Result<qint64> otherVenue = venues.addVenue(QStringLiteral("Elsewhere"), false);
    QVERIFY2(otherVenue, qPrintable(errorOf(otherVenue)));
    TableRecord elsewhere;
    elsewhere.venueId = *otherVenue;
    elsewhere.name = QStringLiteral("Table 1");
    elsewhere.status = QStringLiteral("free");
    const Result<qint64> otherTable = venues.addTable(elsewhere);
    QVERIFY2(otherTable, qPrintable(errorOf(otherTable)));

    for (const QString &text :
         {QStringLiteral("2 10:00-11:00 Bo"), QStringLiteral("1 19:00-21:00 Ada"),
          QStringLiteral("1 09:00-10:00 Chen")}) {
        const Result<BookingOutcome> outcome = book(text);
        QVERIFY2(outcome && outcome->isWritten(), qPrintable(errorOf(outcome)));
    }
    BookingRecord other;
    other.tableId = *otherTable;
    other.startsAt = at(QStringLiteral("19:00"));
    other.endsAt = at(QStringLiteral("20:00"));
    other.name = QStringLiteral("Elsewhere");
    QVERIFY(m_bookings->add(other, kDesk));
    BookingRecord yesterday;
    yesterday.tableId = m_tables.at(0);
    yesterday.startsAt = at(QStringLiteral("19:00")).addDays(-1);
    yesterday.endsAt = at(QStringLiteral("21:00")).addDays(-1);
    yesterday.name = QStringLiteral("Yesterday");
    QVERIFY(m_bookings->add(yesterday, kDesk));
    BookingRecord overnight;
    overnight.tableId = m_tables.at(1);
    overnight.startsAt = at(QStringLiteral("23:00"));
    overnight.endsAt = at(QStringLiteral("23:00")).addSecs(3 * 3600);
    overnight.name = QStringLiteral("Overnight");
    QVERIFY(m_bookings->add(overnight, kDesk));

    const QDateTime day = at(QStringLiteral("00:00"));
    const Result<std::vector<BookingRecord>> timeline
        = m_bookings->bookingsBetween(m_venueId, day, day.addDays(1));
    QVERIFY2(timeline, qPrintable(errorOf(timeline)));
    QStringList names;
    for (const BookingRecord &booking : *timeline)
        names << booking.tableName + u' ' + booking.name;
    QCOMPARE(names,
             QStringList({QStringLiteral("Table 1 Chen"), QStringLiteral("Table 1 Ada"),
                          QStringLiteral("Table 2 Bo"), QStringLiteral("Table 2 Overnight")}));
}

void tst_BookingRepository::venueSettings()
{
    const Result<QString> zone = m_bookings->timeZoneOf(m_venueId);
    QVERIFY2(zone, qPrintable(errorOf(zone)));
    QCOMPARE(*zone, QStringLiteral("UTC"));
    const Result<int> grace = m_bookings->graceMinutesOf(m_venueId);
    QVERIFY2(grace, qPrintable(errorOf(grace)));
    QCOMPARE(*grace, 15);
    QVERIFY(!m_bookings->timeZoneOf(m_venueId + 100));
}

void tst_BookingRepository::writersRacingForOneSlot()
{
    // Front-desk PCs (threads with their own connections) book overlapping times on one table
    // at once: exactly one gets it, every other is told whose booking is in the way.
    constexpr int kWriters = 8;
    constexpr int kRounds = 3;
    for (int round = 0; round < kRounds; ++round) {
        std::vector<QString> errors(kWriters);
        std::vector<int> written(kWriters, 0);
        std::vector<qint64> overlappedIds(kWriters, 0);
        std::vector<std::thread> threads;
        const QDateTime start = at(QStringLiteral("19:00")).addDays(round + 1);
        for (int i = 0; i < kWriters; ++i) {
            threads.emplace_back([&, i] {
                const Result<std::unique_ptr<Database>> opened = Database::open(*m_location);
                if (!opened) {
                    errors[i] = opened.error();
                    return;
                }
                BookingRecord candidate;
                candidate.tableId = m_tables.at(0);
                candidate.startsAt = start.addSecs(i * 600);
                candidate.endsAt = start.addSecs(7200 + i * 600);
                candidate.name = QStringLiteral("Writer %1").arg(i);
                const Result<BookingOutcome> outcome
                    = BookingRepository(**opened).add(candidate, kDesk);
                if (!outcome) {
                    errors[i] = outcome.error();
                    return;
                }
                written[i] = outcome->isWritten() ? 1 : 0;
                overlappedIds[i] = outcome->overlapped ? outcome->overlapped->id : 0;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (const QString &threadError : errors)
            QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
        QCOMPARE(std::count(written.begin(), written.end(), 1), 1);
        QCOMPARE(holdingCount(), round + 1);
        const Result<std::vector<BookingRecord>> day
            = m_bookings->bookingsBetween(m_venueId, start, start.addDays(1));
        QVERIFY2(day, qPrintable(errorOf(day)));
        QCOMPARE(day->size(), size_t(1));
        for (int i = 0; i < kWriters; ++i) {
            if (!written[i])
                QCOMPARE(overlappedIds[i], day->front().id);
        }
    }
}

QTEST_GUILESS_MAIN(tst_BookingRepository)
#include "tst_bookingrepository.moc"
