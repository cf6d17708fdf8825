// One day of the venue's bookings for the front desk: the day named in the venue's time zone,
// every write signalled for the booking it changed, and the undoable edits (book, move or
// resize, cancel) taken back, or refused with the booking in the way.

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/bookingbook.h>
#include <venue/bookingedit.h>
#include <venue/venuemodel.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::Booking;
using venue::BookingState;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

// A day far enough ahead that no booking is released by the clock while the test runs.
QDateTime berlin(const QString &hhmm, int dayOffset = 0)
{
    return QDateTime(QDate(2030, 12, 5).addDays(dayOffset),
                     QTime::fromString(hhmm, QStringLiteral("hh:mm")), kBerlin);
}

} // namespace

class tst_BookingBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theDayIsTheVenues();
    void everyWriteIsSignalledForItsBooking();
    void anOverlapIsAnOutcomeNamingTheBooking();
    void bookingIsUndoneAndRedone();
    void aMoveIsUndone();
    void aCancelIsUndoneWhileTheTimeIsFree();
    void anUnknownStoredZoneIsRefused();

private:
    QStringList names() const;

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::VenueModel> m_model;
    std::unique_ptr<venue::BookingBook> m_book;
    qint64 m_venueId = 0;
    qint64 m_table1 = 0;
    qint64 m_table2 = 0;
    const venue::Actor m_ana{QStringLiteral("Ana"), venue::Role::Desk, false};
};

void tst_BookingBook::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data->path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    QVERIFY(QSqlQuery(m_database->connection())
                .exec(QStringLiteral("UPDATE venues SET time_zone = 'Europe/Berlin'")));
    for (qint64 *id : {&m_table1, &m_table2}) {
        storage::TableRecord table;
        table.venueId = m_venueId;
        table.name = id == &m_table1 ? QStringLiteral("Table 1") : QStringLiteral("Table 2");
        table.status = QStringLiteral("free");
        table.position = id == &m_table1 ? 1 : 2;
        const Result<qint64> added = venues.addTable(table);
        QVERIFY2(added, qPrintable(errorOf(added)));
        *id = *added;
    }
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    m_book = std::make_unique<venue::BookingBook>(*m_database);
    const Result<void> shown = m_book->showVenue(m_venueId);
    QVERIFY2(shown, qPrintable(errorOf(shown)));
    QCOMPARE(m_book->timeZone(), kBerlin);
    const Result<void> loaded = m_book->load(QDate(2030, 12, 5));
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
}

void tst_BookingBook::cleanup()
{
    m_book.reset();
    m_model.reset();
    m_database.reset();
    m_data.reset();
}

QStringList tst_BookingBook::names() const
{
    QStringList names;
    for (const Booking &booking : m_book->bookings())
        names << booking.name;
    return names;
}

void tst_BookingBook::theDayIsTheVenues()
{
    // 23:30 in Berlin is still the 5th; 00:30 is the 6th, though both are the 5th in UTC.
    for (const auto &[from, to, name] :
         {std::tuple{berlin(QStringLiteral("23:30")), berlin(QStringLiteral("23:59")), "Late"},
          std::tuple{berlin(QStringLiteral("00:30"), 1), berlin(QStringLiteral("01:30"), 1),
                     "Tomorrow"},
          std::tuple{berlin(QStringLiteral("22:00"), -1), berlin(QStringLiteral("00:30")),
                     "Across midnight"}}) {
        const Result<venue::BookingAttempt> made
            = m_book->create(m_table1, from, to, QString::fromUtf8(name), m_ana);
        QVERIFY2(made && made->booked, qPrintable(errorOf(made)));
    }
    QSignalSpy reset(m_book.get(), &venue::BookingBook::bookingsChanged);
    QVERIFY(m_book->load(QDate(2030, 12, 5)));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(names(), QStringList({QStringLiteral("Across midnight"), QStringLiteral("Late")}));
    QVERIFY(m_book->load(QDate(2030, 12, 6)));
    QCOMPARE(names(), QStringList{QStringLiteral("Tomorrow")});
    QCOMPARE(m_book->bookings().front().tableName, QStringLiteral("Table 1"));
}

void tst_BookingBook::everyWriteIsSignalledForItsBooking()
{
    QSignalSpy changed(m_book.get(), &venue::BookingBook::bookingChanged);
    const Result<venue::BookingAttempt> made
        = m_book->create(m_table1, berlin(QStringLiteral("19:00")), berlin(QStringLiteral("21:00")),
                         QStringLiteral("Bo"), m_ana);
    QVERIFY2(made && made->booked, qPrintable(errorOf(made)));
    const qint64 id = made->booked->id;
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).toLongLong(), id);
    QCOMPARE(m_book->booking(id)->state, BookingState::Booked);

    const Result<venue::BookingAttempt> moved = m_book->move(
        id, m_table2, berlin(QStringLiteral("20:00")), berlin(QStringLiteral("22:00")), m_ana);
    QVERIFY2(moved && moved->booked, qPrintable(errorOf(moved)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).toLongLong(), id);
    QCOMPARE(m_book->booking(id)->tableName, QStringLiteral("Table 2"));
    QCOMPARE(m_book->booking(id)->from, berlin(QStringLiteral("20:00")));

    const Result<Booking> checkedIn = m_book->checkIn(id, m_ana);
    QVERIFY2(checkedIn, qPrintable(errorOf(checkedIn)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_book->booking(id)->state, BookingState::CheckedIn);
    QVERIFY(m_book->booking(id)->checkedIn);

    changed.clear();
    const Result<Booking> cancelled = m_book->cancel(id, m_ana);
    QVERIFY2(cancelled, qPrintable(errorOf(cancelled)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_book->booking(id)->state, BookingState::Cancelled);
    QVERIFY(m_book->booking(id)->cancelled);

    // Moved to another day, it leaves the one shown.
    QVERIFY(m_book->rebook(id, m_ana));
    changed.clear();
    QVERIFY(m_book->move(id, m_table2, berlin(QStringLiteral("20:00"), 2),
                         berlin(QStringLiteral("21:00"), 2), m_ana));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_book->booking(id));

    storage::AuditLog audit(*m_database);
    const Result<std::vector<storage::AuditEntry>> entries = audit.recent(6);
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    for (const storage::AuditEntry &entry : *entries)
        QCOMPARE(entry.actor, QStringLiteral("staff:Ana"));
}

void tst_BookingBook::anOverlapIsAnOutcomeNamingTheBooking()
{
    const Result<venue::BookingAttempt> bo
        = m_book->create(m_table1, berlin(QStringLiteral("19:30")), berlin(QStringLiteral("21:00")),
                         QStringLiteral("Bo"), m_ana);
    QVERIFY2(bo && bo->booked, qPrintable(errorOf(bo)));
    QSignalSpy changed(m_book.get(), &venue::BookingBook::bookingChanged);
    const Result<venue::BookingAttempt> ana
        = m_book->create(m_table1, berlin(QStringLiteral("19:00")), berlin(QStringLiteral("20:00")),
                         QStringLiteral("Ana"), m_ana);
    QVERIFY2(ana, qPrintable(errorOf(ana)));
    QVERIFY(!ana->booked);
    QCOMPARE(ana->overlapped->id, bo->booked->id);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_book->overlapSentence(*ana->overlapped),
             QStringLiteral("Table 1 is already booked from 19:30 to 21:00 for Bo (booking %1).")
                 .arg(bo->booked->id));
    QCOMPARE(names(), QStringList{QStringLiteral("Bo")});
}

void tst_BookingBook::bookingIsUndoneAndRedone()
{
    venue::BookTableEdit edit(*m_book, m_table1, QStringLiteral("Table 1"),
                              berlin(QStringLiteral("19:00")), berlin(QStringLiteral("21:00")),
                              QStringLiteral("Chen"), m_ana);
    QCOMPARE(edit.text(), QStringLiteral("Book Table 1 for Chen"));
    QVERIFY(edit.apply(*m_model));
    const qint64 id = edit.bookingId();
    QCOMPARE(m_book->booking(id)->state, BookingState::Booked);
    QVERIFY(edit.revert(*m_model));
    QCOMPARE(m_book->booking(id)->state, BookingState::Cancelled);
    QVERIFY(edit.apply(*m_model));
    QCOMPARE(edit.bookingId(), id); // the same booking, booked again
    QCOMPARE(m_book->booking(id)->state, BookingState::Booked);
    QCOMPARE(m_book->bookings().size(), size_t(1));

    venue::BookTableEdit clash(*m_book, m_table1, QStringLiteral("Table 1"),
                               berlin(QStringLiteral("20:00")), berlin(QStringLiteral("22:00")),
                               QStringLiteral("Dana"), m_ana);
    const Result<void> refused = clash.apply(*m_model);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("Table 1 is already booked from 19:00 to 21:00 for Chen (booking %1).")
                 .arg(id));
}

void tst_BookingBook::aMoveIsUndone()
{
    const Result<venue::BookingAttempt> made
        = m_book->create(m_table1, berlin(QStringLiteral("19:00")), berlin(QStringLiteral("21:00")),
                         QStringLiteral("Eli"), m_ana);
    QVERIFY2(made && made->booked, qPrintable(errorOf(made)));
    const Booking before = *made->booked;
    venue::MoveBookingEdit move(*m_book, before, m_table2, berlin(QStringLiteral("19:30")),
                                berlin(QStringLiteral("22:00")), m_ana);
    QVERIFY(move.apply(*m_model));
    QCOMPARE(m_book->booking(before.id)->tableId, m_table2);
    QCOMPARE(m_book->booking(before.id)->to, berlin(QStringLiteral("22:00")));
    QVERIFY(move.revert(*m_model));
    QCOMPARE(m_book->booking(before.id)->tableId, m_table1);
    QCOMPARE(m_book->booking(before.id)->from, berlin(QStringLiteral("19:00")));
    QCOMPARE(m_book->booking(before.id)->to, berlin(QStringLiteral("21:00")));

    // Redo, someone takes the old time, and undo is refused with who has it.
    QVERIFY(move.apply(*m_model));
    const Result<venue::BookingAttempt> taken
        = m_book->create(m_table1, berlin(QStringLiteral("20:00")), berlin(QStringLiteral("20:30")),
                         QStringLiteral("Fay"), m_ana);
    QVERIFY2(taken && taken->booked, qPrintable(errorOf(taken)));
    const Result<void> undone = move.revert(*m_model);
    QVERIFY(!undone);
    QVERIFY2(undone.error().contains(QLatin1String("for Fay")), qPrintable(undone.error()));
    QCOMPARE(m_book->booking(before.id)->tableId, m_table2);
}

void tst_BookingBook::aCancelIsUndoneWhileTheTimeIsFree()
{
    const Result<venue::BookingAttempt> made
        = m_book->create(m_table1, berlin(QStringLiteral("19:00")), berlin(QStringLiteral("21:00")),
                         QStringLiteral("Gus"), m_ana);
    QVERIFY2(made && made->booked, qPrintable(errorOf(made)));
    venue::CancelBookingEdit cancel(*m_book, *made->booked, m_ana);
    QCOMPARE(cancel.text(), QStringLiteral("Cancel the booking of Gus"));
    QVERIFY(cancel.apply(*m_model));
    QCOMPARE(m_book->booking(made->booked->id)->state, BookingState::Cancelled);
    QVERIFY(cancel.revert(*m_model));
    QCOMPARE(m_book->booking(made->booked->id)->state, BookingState::Booked);

    QVERIFY(cancel.apply(*m_model));
    const Result<venue::BookingAttempt> taken
        = m_book->create(m_table1, berlin(QStringLiteral("18:00")), berlin(QStringLiteral("19:30")),
                         QStringLiteral("Hal"), m_ana);
    QVERIFY2(taken && taken->booked, qPrintable(errorOf(taken)));
    const Result<void> undone = cancel.revert(*m_model);
    QVERIFY(!undone);
    QCOMPARE(undone.error(),
             QStringLiteral("Table 1 is already booked from 18:00 to 19:30 for Hal (booking %1).")
                 .arg(taken->booked->id));
    QCOMPARE(m_book->booking(made->booked->id)->state, BookingState::Cancelled);
}

void tst_BookingBook::anUnknownStoredZoneIsRefused()
{
    QVERIFY(QSqlQuery(m_database->connection())
                .exec(QStringLiteral("UPDATE venues SET time_zone = 'Mars/Olympus_Mons'")));
    const Result<void> shown = m_book->showVenue(m_venueId);
    QVERIFY(!shown);
    QVERIFY2(shown.error().contains(QLatin1String("Mars/Olympus_Mons")), qPrintable(shown.error()));
}

QTEST_GUILESS_MAIN(tst_BookingBook)
#include "tst_bookingbook.moc"
