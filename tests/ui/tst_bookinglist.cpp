// The bookings' list (sorted, filtered, Enter edits, Delete cancels) and the booking dialog
// (a sentence for what cannot be booked, times past midnight, Enter accepts).

#include "bookingevening.h"

#include <bookings/bookingdialog.h>
#include <bookings/bookinglist.h>
#include <bookings/bookinglistmodel.h>
#include <bookings/bookingsscreen.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using dojo::ui::BookingDialog;
using dojo::ui::BookingList;
using dojo::ui::BookingListModel;
using dojo::ui::BookingsScreen;
using namespace bookingevening;

class tst_BookingList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sortsByStartFirst();
    void filters_data();
    void filters();
    void keysAskForEditsAndCancels();
    void dialogSaysWhatCannotBeBooked_data();
    void dialogSaysWhatCannotBeBooked();
    void dialogReadsTimesPastMidnight();
    void screenAsksForTheNameOfANewBooking();
    void checkInIsForABookingNotCheckedIn();
    void screenshot();

private:
    static std::unique_ptr<BookingList> filledList()
    {
        auto list = std::make_unique<BookingList>();
        list->setZone(kZone);
        list->setNow(now(), 15);
        list->setTables(tables());
        list->setBookings(bookings());
        return list;
    }
    static QString cell(const BookingList &list, int row, int column)
    {
        return list.sorted()->index(row, column).data().toString();
    }
};

void tst_BookingList::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_BookingList::sortsByStartFirst()
{
    const std::unique_ptr<BookingList> list = filledList();
    QCOMPARE(list->sorted()->rowCount(), 12);
    QCOMPARE(cell(*list, 0, BookingListModel::NameColumn), QStringLiteral("Johansson"));
    QCOMPARE(cell(*list, 0, BookingListModel::StateColumn), QStringLiteral("No-show"));
    QCOMPARE(cell(*list, 1, BookingListModel::FromColumn), QStringLiteral("19:30"));
    QCOMPARE(cell(*list, 1, BookingListModel::StateColumn), QStringLiteral("Checked in"));
    // After midnight sorts after the evening, not before it.
    QCOMPARE(cell(*list, 11, BookingListModel::NameColumn), QStringLiteral("Night owls"));

    list->view()->sortByColumn(BookingListModel::TableColumn, Qt::DescendingOrder);
    QCOMPARE(cell(*list, 0, BookingListModel::TableColumn), QStringLiteral("Table 5"));
    list->view()->sortByColumn(BookingListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(cell(*list, 0, BookingListModel::NameColumn), QStringLiteral("Alex Meyer"));
}

void tst_BookingList::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("a name, any case") << QStringLiteral("kim") << 1;
    QTest::newRow("a table") << QStringLiteral("Table 4") << 3;
    QTest::newRow("a state") << QStringLiteral("no-show") << 1;
    QTest::newRow("a time") << QStringLiteral("21:30") << 3;
    QTest::newRow("nothing") << QStringLiteral("snooker") << 0;
}

void tst_BookingList::filters()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    const std::unique_ptr<BookingList> list = filledList();
    QTest::keyClicks(list->filter(), text);
    QCOMPARE(list->sorted()->rowCount(), rows);
}

void tst_BookingList::keysAskForEditsAndCancels()
{
    const std::unique_ptr<BookingList> list = filledList();
    list->show();
    QVERIFY(QTest::qWaitForWindowExposed(list.get()));
    QSignalSpy edited(list.get(), &BookingList::editRequested);
    QSignalSpy cancelled(list.get(), &BookingList::cancelRequested);
    list->selectBooking(Priya);
    list->view()->setFocus();
    QCOMPARE(list->selectedBooking(), std::optional<qint64>(Priya));
    QTest::keyClick(list->view(), Qt::Key_Return);
    QTest::keyClick(list->view(), Qt::Key_Delete);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited[0][0].toLongLong(), qint64(Priya));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled[0][0].toLongLong(), qint64(Priya));
    // The selection stays on the booking when the day's bookings come again.
    list->setBookings(bookings());
    QCOMPARE(list->selectedBooking(), std::optional<qint64>(Priya));
}

void tst_BookingList::dialogSaysWhatCannotBeBooked_data()
{
    QTest::addColumn<qint64>("table");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem"); // empty: OK is on
    QTest::newRow("free") << qint64(T5) << at(18) << at(19) << QStringLiteral("Ana") << QString();
    QTest::newRow("no name") << qint64(T5) << at(18) << at(19) << QStringLiteral("  ")
                             << QStringLiteral("Write who the table is booked for.");
    QTest::newRow("overlap") << qint64(T4) << at(20) << at(21) << QStringLiteral("Ana")
                             << QStringLiteral("Table 4 is booked for Ben Okafor from 19:45 to "
                                               "21:00.");
    QTest::newRow("out of order") << qint64(T6) << at(20) << at(21) << QStringLiteral("Ana")
                                  << QStringLiteral("Table 6 is out of order.");
    QTest::newRow("over a no-show")
        << qint64(T2) << at(19, 45) << at(20, 30) << QStringLiteral("Ana") << QString();
    QTest::newRow("too long") << qint64(T5) << at(10) << at(10) << QStringLiteral("Ana")
                              << QStringLiteral("A booking lasts 12 hours at most.");
}

void tst_BookingList::dialogSaysWhatCannotBeBooked()
{
    QFETCH(qint64, table);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QString, name);
    QFETCH(QString, problem);
    dojo::ui::BookingTimeline timeline;
    timeline.setClock([] { return now(); });
    timeline.setDay(kDay, kZone);
    timeline.setTables(tables());
    timeline.setBookings(bookings());
    BookingDialog dialog(timeline.view(),
                         Booking{0, table, from, to, name, std::nullopt, false, {}, {}, 0});
    QCOMPARE(dialog.problem().value_or(QString()), problem);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), problem.isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("bookingProblem"))->text(), problem);
}

void tst_BookingList::dialogReadsTimesPastMidnight()
{
    dojo::ui::BookingTimeline timeline;
    timeline.setClock([] { return now(); });
    timeline.setDay(kDay, kZone);
    timeline.setTables(tables());
    timeline.setBookings(bookings());
    // Editing the Ruiz brothers' booking, 22:30 to 01:00: the day is the evening's.
    const Booking ruiz = *timeline.view().booking(Ruiz);
    BookingDialog dialog(timeline.view(), ruiz);
    QCOMPARE(dialog.booking().from, ruiz.from);
    QCOMPARE(dialog.booking().to, ruiz.to);
    // Both times after midnight: the next calendar day, still this evening's booking.
    dialog.findChild<QTimeEdit *>(QStringLiteral("bookingFrom"))->setTime(QTime(0, 30));
    QCOMPARE(dialog.booking().from, at(0, 30));
    QCOMPARE(dialog.booking().to, at(1));
    QCOMPARE(dialog.booking().id, qint64(Ruiz));
    QCOMPARE(dialog.booking().name, QStringLiteral("Ruiz brothers"));
    QVERIFY(!dialog.problem());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("bookingName")), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_BookingList::screenAsksForTheNameOfANewBooking()
{
    BookingsScreen screen;
    screen.setClock([] { return now(); });
    screen.setDay(kDay, kZone);
    screen.setTables(tables());
    screen.setBookings(bookings());
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QSignalSpy booked(&screen, &BookingsScreen::bookRequested);
    QSignalSpy days(&screen, &BookingsScreen::dayChanged);

    // Alt+Right and Alt+Left: the day after and back.
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    QTest::keyClick(&screen, Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(days.count(), 1); // a button's shortcut clicks it after its animation
    QCOMPARE(days[0][0].toDate(), kDay.addDays(1));
    QCOMPARE(screen.timeline()->scale().start, QDateTime(kDay.addDays(1), QTime(10, 0), kZone));
    QTest::keyClick(&screen, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(days.count(), 2);
    QCOMPARE(screen.day(), kDay);

    screen.timeline()->setFocus();
    screen.timeline()->placeCursor(T5, at(18));
    QTest::keyClick(screen.timeline(), Qt::Key_Return);
    BookingDialog *dialog = screen.dialog();
    QVERIFY(dialog);
    QCOMPARE(booked.count(), 0);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("bookingName")),
                     QStringLiteral("Ana Lima"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("bookingName")), Qt::Key_Return);
    QCOMPARE(booked.count(), 1);
    const auto booking = booked[0][0].value<Booking>();
    QCOMPARE(booking.id, qint64(0));
    QCOMPARE(booking.tableId, qint64(T5));
    QCOMPARE(booking.from, at(18));
    QCOMPARE(booking.to, at(19));
    QCOMPARE(booking.name, QStringLiteral("Ana Lima"));
    QVERIFY(!screen.dialog());
}

void tst_BookingList::checkInIsForABookingNotCheckedIn()
{
    BookingsScreen screen;
    screen.setClock([] { return now(); });
    screen.setDay(kDay, kZone);
    screen.setTables(tables());
    screen.setBookings(bookings());
    auto *checkIn = screen.findChild<QPushButton *>(QStringLiteral("checkIn"));
    QSignalSpy checkedIn(&screen, &BookingsScreen::checkInRequested);
    screen.timeline()->selectBooking(Kim); // in already
    QVERIFY(!checkIn->isEnabled());
    screen.timeline()->selectBooking(Ben);
    QVERIFY(checkIn->isEnabled());
    checkIn->click();
    QCOMPARE(checkedIn.count(), 1);
    QCOMPARE(checkedIn[0][0].toLongLong(), qint64(Ben));
    // Picked in the list, the booking is the timeline's selection too.
    screen.list()->selectBooking(Johansson);
    QCOMPARE(screen.timeline()->selectedBooking(), std::optional<qint64>(Johansson));
    QVERIFY(checkIn->isEnabled()); // a no-show who came late
}

void tst_BookingList::screenshot()
{
    BookingsScreen screen;
    screen.resize(1280, 720);
    screen.setClock([] { return now(); });
    screen.setDay(kDay, kZone);
    screen.setTables(tables());
    screen.setBookings(bookings());
    screen.tabs()->setCurrentIndex(1);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.list()->selectBooking(Priya);
    QVERIFY(screen.grab().save(QStringLiteral(DOJO_BUILD_DIR "/bookings-list.png")));
    QCOMPARE(screen.list()->sorted()->rowCount(), 12);
}

QTEST_MAIN(tst_BookingList)
#include "tst_bookinglist.moc"
