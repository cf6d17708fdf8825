// The bookings' day timeline: the drags and keys ask for new, moved and resized bookings in
// 15-minute steps and never for one that would overlap; times and pixels map both ways.
// Screenshot: bookings-timeline.png, a Friday evening at 1280x720.

#include "bookingevening.h"

#include <bookings/bookingsscreen.h>
#include <bookings/bookingtimeline.h>
#include <bookings/timelinescale.h>

#include <QAccessible>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using dojo::ui::BookingsScreen;
using dojo::ui::BookingTimeline;
using dojo::ui::TimelineScale;
using namespace bookingevening;

Q_DECLARE_METATYPE(Qt::KeyboardModifiers)

class tst_BookingTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pixelsAndTimes_data();
    void pixelsAndTimes();
    void snapping_data();
    void snapping();
    void theWidgetMapsBothWays();
    void drags_data();
    void drags();
    void arrowsMoveTheCell_data();
    void arrowsMoveTheCell();
    void enterAsksForAnHour_data();
    void enterAsksForAnHour();
    void keysChangeTheSelectedBooking_data();
    void keysChangeTheSelectedBooking();
    void theSelectionFollowsAMovedBooking();
    void blocksHaveNames();
    void screenshot();

private:
    std::unique_ptr<BookingTimeline> m_timeline;
};

void tst_BookingTimeline::initTestCase()
{
    // The times read as a European hall reads them: 19:00, not 7:00 PM.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_BookingTimeline::init()
{
    m_timeline = std::make_unique<BookingTimeline>();
    m_timeline->resize(1280, 420);
    m_timeline->setClock([] { return now(); });
    m_timeline->setDay(kDay, kZone);
    m_timeline->setTables(tables());
    m_timeline->setBookings(bookings());
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
    m_timeline->setFocus();
}

void tst_BookingTimeline::cleanup()
{
    m_timeline.reset();
}

void tst_BookingTimeline::pixelsAndTimes_data()
{
    QTest::addColumn<double>("pixelsPerHour");
    QTest::addColumn<int>("scrollX");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<double>("x");
    // The names take 150 pixels; the day starts at 10:00.
    QTest::newRow("opening") << 60.0 << 0 << at(10) << 150.0;
    QTest::newRow("an hour and a half in") << 60.0 << 0 << at(11, 30) << 240.0;
    QTest::newRow("past midnight") << 60.0 << 0 << at(0, 15) << 150.0 + 14.25 * 60;
    QTest::newRow("zoomed in") << 240.0 << 0 << at(10, 15) << 210.0;
    QTest::newRow("scrolled") << 240.0 << 2400 << at(20) << 150.0 + 10 * 240 - 2400;
}

void tst_BookingTimeline::pixelsAndTimes()
{
    QFETCH(double, pixelsPerHour);
    QFETCH(int, scrollX);
    QFETCH(QDateTime, moment);
    QFETCH(double, x);
    TimelineScale scale;
    scale.start = at(10);
    scale.end = at(2);
    scale.pixelsPerMinute = pixelsPerHour / 60;
    scale.scrollX = scrollX;
    QCOMPARE(scale.xOf(moment), x);
    QCOMPARE(scale.timeAt(x), moment);
    QCOMPARE(scale.minutes(), 16 * 60);
    QCOMPARE(scale.slotCount(), 64);
}

void tst_BookingTimeline::snapping_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QDateTime>("snapped");
    QTest::addColumn<int>("slot");
    QTest::newRow("on a slot") << at(19) << at(19) << 36;
    QTest::newRow("7 minutes past: back") << at(19, 7) << at(19) << 36;
    QTest::newRow("8 minutes past: on") << at(19, 8) << at(19, 15) << 36;
    QTest::newRow("half way: on") << at(19, 7, 30) << at(19, 15) << 36;
    QTest::newRow("past midnight") << at(0, 52) << at(0, 45) << 59;
}

void tst_BookingTimeline::snapping()
{
    QFETCH(QDateTime, moment);
    QFETCH(QDateTime, snapped);
    QFETCH(int, slot);
    const TimelineScale &scale = m_timeline->scale();
    QCOMPARE(scale.snapped(moment), snapped);
    QCOMPARE(scale.slotAt(moment), slot);
    QCOMPARE(scale.slotStart(slot).secsTo(moment) / 60, moment.time().minute() % 15);
}

void tst_BookingTimeline::theWidgetMapsBothWays()
{
    // At 1280 pixels the evening shows at 120 pixels an hour, from an hour before the present
    // or, as here, up to closing time; the keyboard's cell is on the present moment's slot.
    const TimelineScale &scale = m_timeline->scale();
    QCOMPARE(scale.start, at(10));
    QCOMPARE(scale.end, at(2));
    QCOMPARE(m_timeline->pixelsPerHour(), 120.0);
    QVERIFY(scale.timeAt(scale.namesWidth) <= at(18, 40));
    QVERIFY(scale.xOf(scale.end) <= m_timeline->viewport()->width());
    QVERIFY(scale.xOf(scale.end) > m_timeline->viewport()->width() - 2);
    QCOMPARE(m_timeline->cursorTime(), at(19, 30));
    QCOMPARE(m_timeline->selectedBooking(), std::optional<qint64>(Kim));
    const QPoint point = m_timeline->pointAt(T3, at(20, 30));
    QCOMPARE(scale.rowAt(point.y()), 2);
    QVERIFY(qAbs(scale.timeAt(point.x()).secsTo(at(20, 30))) <= 30);
    QVERIFY(m_timeline->blockRect(Sophie).contains(point));

    // Ctrl+0: the whole day in the width.
    QTest::keyClick(m_timeline.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(scale.xOf(scale.start), double(scale.namesWidth));
    QVERIFY(scale.xOf(scale.end) <= m_timeline->viewport()->width());
    QVERIFY(scale.xOf(scale.end) > m_timeline->viewport()->width() - 20);

    // Zoomed in, the day scrolls and the moment in the middle stays in the middle.
    const double middle
        = scale.namesWidth + (m_timeline->viewport()->width() - scale.namesWidth) / 2.0;
    const QDateTime centre = scale.timeAt(middle);
    m_timeline->setPixelsPerHour(240);
    QCOMPARE(m_timeline->pixelsPerHour(), 240.0);
    QVERIFY(qAbs(m_timeline->scale().timeAt(middle).secsTo(centre)) <= 60);
    QVERIFY(m_timeline->scale().scrollX > 0);
}

void tst_BookingTimeline::drags_data()
{
    QTest::addColumn<qint64>("pressTable");
    QTest::addColumn<QDateTime>("pressAt");
    QTest::addColumn<int>("pressNudge"); // pixels from pressAt: inside a block's edge
    QTest::addColumn<qint64>("releaseTable");
    QTest::addColumn<QDateTime>("releaseAt");
    QTest::addColumn<QString>("asked"); // "create", "move" or "" (refused)
    QTest::addColumn<qint64>("booking");
    QTest::addColumn<qint64>("table");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");

    QTest::newRow("create, snapped to 15 minutes")
        << qint64(T2) << at(23, 8) << 0 << qint64(T2) << at(0, 52) << QStringLiteral("create")
        << qint64(0) << qint64(T2) << at(23, 15) << at(0, 45);
    QTest::newRow("create leftwards")
        << qint64(T1) << at(1, 20) << 0 << qint64(T1) << at(0, 10) << QStringLiteral("create")
        << qint64(0) << qint64(T1) << at(0, 15) << at(1, 15);
    QTest::newRow("create over a no-show")
        << qint64(T2) << at(19, 52) << 0 << qint64(T2) << at(20, 28) << QStringLiteral("create")
        << qint64(0) << qint64(T2) << at(19, 45) << at(20, 30);
    QTest::newRow("move to another table")
        << qint64(T4) << at(21, 45) << 0 << qint64(T2) << at(23, 52) << QStringLiteral("move")
        << qint64(Priya) << qint64(T2) << at(23, 15) << at(0, 15);
    QTest::newRow("resize the end")
        << qint64(T1) << at(21, 30) << -3 << qint64(T1) << at(21, 52) << QStringLiteral("move")
        << qint64(Kim) << qint64(T1) << at(19, 30) << at(21, 45);
    QTest::newRow("resize the start")
        << qint64(T3) << at(20) << 3 << qint64(T3) << at(19, 38) << QStringLiteral("move")
        << qint64(Sophie) << qint64(T3) << at(19, 45) << at(21, 30);
    QTest::newRow("refused: onto another booking")
        << qint64(T4) << at(21, 45) << 0 << qint64(T3) << at(21, 45) << QString() << qint64(Priya)
        << qint64(T3) << at(21, 15) << at(22, 15);
    QTest::newRow("refused: resized into the next booking")
        << qint64(T1) << at(21, 30) << -3 << qint64(T1) << at(22, 30) << QString() << qint64(Kim)
        << qint64(T1) << at(19, 30) << at(22, 30);
    QTest::newRow("refused: created over a booking")
        << qint64(T5) << at(19, 8) << 0 << qint64(T5) << at(20, 52) << QString() << qint64(0)
        << qint64(T5) << at(19, 15) << at(20, 45);
    QTest::newRow("refused: onto a table out of order")
        << qint64(T4) << at(21, 45) << 0 << qint64(T6) << at(21, 45) << QString() << qint64(Priya)
        << qint64(T6) << at(21, 15) << at(22, 15);
}

void tst_BookingTimeline::drags()
{
    QFETCH(qint64, pressTable);
    QFETCH(QDateTime, pressAt);
    QFETCH(int, pressNudge);
    QFETCH(qint64, releaseTable);
    QFETCH(QDateTime, releaseAt);
    QFETCH(QString, asked);
    QFETCH(qint64, booking);
    QFETCH(qint64, table);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);

    QSignalSpy created(m_timeline.get(), &BookingTimeline::createRequested);
    QSignalSpy moved(m_timeline.get(), &BookingTimeline::moveRequested);
    QSignalSpy refused(m_timeline.get(), &BookingTimeline::refused);
    QWidget *viewport = m_timeline->viewport();
    const QPoint press = m_timeline->pointAt(pressTable, pressAt) + QPoint(pressNudge, 0);
    const QPoint release = m_timeline->pointAt(releaseTable, releaseAt);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, press);
    QTest::mouseMove(viewport, (press + release) / 2);
    QTest::mouseMove(viewport, release);

    // While the pointer is held the block shows where it would land, refused or not.
    const std::optional<dojo::ui::TimelineGhost> ghost = m_timeline->view().ghost;
    QVERIFY(ghost);
    QCOMPARE(ghost->booking.id, booking);
    QCOMPARE(ghost->booking.tableId, table);
    QCOMPARE(ghost->booking.from, from);
    QCOMPARE(ghost->booking.to, to);
    QCOMPARE(ghost->refused, asked.isEmpty());

    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, release);
    QVERIFY(!m_timeline->view().ghost);
    QCOMPARE(created.count(), asked == QStringLiteral("create") ? 1 : 0);
    QCOMPARE(moved.count(), asked == QStringLiteral("move") ? 1 : 0);
    QCOMPARE(refused.count(), asked.isEmpty() ? 1 : 0);
    if (asked == QStringLiteral("create")) {
        QCOMPARE(created[0][0].toLongLong(), table);
        QCOMPARE(created[0][1].toDateTime(), from);
        QCOMPARE(created[0][2].toDateTime(), to);
    } else if (asked == QStringLiteral("move")) {
        QCOMPARE(moved[0][0].toLongLong(), booking);
        QCOMPARE(moved[0][1].toLongLong(), table);
        QCOMPARE(moved[0][2].toDateTime(), from);
        QCOMPARE(moved[0][3].toDateTime(), to);
    } else {
        QVERIFY(!refused[0][0].toString().isEmpty());
    }
}

void tst_BookingTimeline::arrowsMoveTheCell_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<qint64>("table");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<qint64>("selected"); // 0: none
    QTest::newRow("right four slots")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Right} << qint64(T1)
        << at(20) << qint64(Kim);
    QTest::newRow("down two tables")
        << QList<int>{Qt::Key_Down, Qt::Key_Down} << qint64(T3) << at(19) << qint64(0);
    QTest::newRow("up from the first table stays")
        << QList<int>{Qt::Key_Up} << qint64(T1) << at(19) << qint64(0);
    QTest::newRow("left and right") << QList<int>{Qt::Key_Left, Qt::Key_Right, Qt::Key_Right}
                                    << qint64(T1) << at(19, 15) << qint64(0);
    QTest::newRow("onto a no-show: the table is free")
        << QList<int>{Qt::Key_Down, Qt::Key_Right} << qint64(T2) << at(19, 15) << qint64(0);
    QTest::newRow("home") << QList<int>{Qt::Key_Home} << qint64(T1) << at(10) << qint64(0);
    QTest::newRow("end") << QList<int>{Qt::Key_Down, Qt::Key_End} << qint64(T2) << at(1, 45)
                         << qint64(0);
}

void tst_BookingTimeline::arrowsMoveTheCell()
{
    QFETCH(QList<int>, keys);
    QFETCH(qint64, table);
    QFETCH(QDateTime, time);
    QFETCH(qint64, selected);
    m_timeline->placeCursor(T1, at(19));
    for (const int key : keys)
        QTest::keyClick(m_timeline.get(), Qt::Key(key));
    QCOMPARE(m_timeline->cursorTable(), std::optional<qint64>(table));
    QCOMPARE(m_timeline->cursorTime(), time);
    QCOMPARE(m_timeline->selectedBooking().value_or(0), selected);
}

void tst_BookingTimeline::enterAsksForAnHour_data()
{
    QTest::addColumn<qint64>("table");
    QTest::addColumn<QDateTime>("cell");
    QTest::addColumn<QDateTime>("to"); // 0: refused
    QTest::newRow("an hour") << qint64(T5) << at(19) << at(20);
    QTest::newRow("up to the next booking") << qint64(T5) << at(20) << at(20, 30);
    QTest::newRow("on a no-show's time") << qint64(T2) << at(20) << at(21);
    QTest::newRow("until closing") << qint64(T1) << at(1, 30) << at(2);
    QTest::newRow("out of order") << qint64(T6) << at(20) << QDateTime();
}

void tst_BookingTimeline::enterAsksForAnHour()
{
    QFETCH(qint64, table);
    QFETCH(QDateTime, cell);
    QFETCH(QDateTime, to);
    QSignalSpy created(m_timeline.get(), &BookingTimeline::createRequested);
    QSignalSpy refused(m_timeline.get(), &BookingTimeline::refused);
    m_timeline->placeCursor(table, cell);
    QVERIFY(!m_timeline->selectedBooking());
    QTest::keyClick(m_timeline.get(), Qt::Key_Return);
    if (!to.isValid()) {
        QCOMPARE(created.count(), 0);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused[0][0].toString(), QStringLiteral("Table 6 is out of order."));
        return;
    }
    QCOMPARE(created.count(), 1);
    QCOMPARE(created[0][0].toLongLong(), table);
    QCOMPARE(created[0][1].toDateTime(), cell);
    QCOMPARE(created[0][2].toDateTime(), to);
}

void tst_BookingTimeline::keysChangeTheSelectedBooking_data()
{
    QTest::addColumn<qint64>("booking");
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<QString>("asked"); // move, edit, cancel or "" (refused)
    QTest::addColumn<qint64>("table");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    const Qt::KeyboardModifiers shift = Qt::ShiftModifier;
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    const QString move = QStringLiteral("move");
    QTest::newRow("Shift+Right: 15 minutes later")
        << qint64(Ben) << int(Qt::Key_Right) << shift << move << qint64(T4) << at(20) << at(21, 15);
    QTest::newRow("Shift+Left: 15 minutes earlier")
        << qint64(Ben) << int(Qt::Key_Left) << shift << move << qint64(T4) << at(19, 30)
        << at(20, 45);
    QTest::newRow("Shift+Up: the table above, over a no-show")
        << qint64(Sophie) << int(Qt::Key_Up) << shift << move << qint64(T2) << at(20) << at(21, 30);
    QTest::newRow("Shift+Down: refused, the table below is taken")
        << qint64(Sophie) << int(Qt::Key_Down) << shift << QString() << qint64(0) << QDateTime()
        << QDateTime();
    QTest::newRow("Shift+Down: refused, out of order")
        << qint64(Li) << int(Qt::Key_Down) << shift << QString() << qint64(0) << QDateTime()
        << QDateTime();
    QTest::newRow("Ctrl+Shift+Right: 15 minutes longer")
        << qint64(Kim) << int(Qt::Key_Right) << ctrlShift << move << qint64(T1) << at(19, 30)
        << at(21, 45);
    QTest::newRow("Ctrl+Shift+Left: 15 minutes shorter")
        << qint64(Kim) << int(Qt::Key_Left) << ctrlShift << move << qint64(T1) << at(19, 30)
        << at(21, 15);
    QTest::newRow("Ctrl+Shift+Right: refused, into the next booking")
        << qint64(Li) << int(Qt::Key_Right) << ctrlShift << QString() << qint64(0) << QDateTime()
        << QDateTime();
    QTest::newRow("Delete cancels")
        << qint64(Ben) << int(Qt::Key_Delete) << Qt::KeyboardModifiers() << QStringLiteral("cancel")
        << qint64(0) << QDateTime() << QDateTime();
    QTest::newRow("Enter edits") << qint64(Ben) << int(Qt::Key_Return) << Qt::KeyboardModifiers()
                                 << QStringLiteral("edit") << qint64(0) << QDateTime()
                                 << QDateTime();
}

void tst_BookingTimeline::keysChangeTheSelectedBooking()
{
    QFETCH(qint64, booking);
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(QString, asked);
    QFETCH(qint64, table);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QSignalSpy moved(m_timeline.get(), &BookingTimeline::moveRequested);
    QSignalSpy edited(m_timeline.get(), &BookingTimeline::editRequested);
    QSignalSpy cancelled(m_timeline.get(), &BookingTimeline::cancelRequested);
    QSignalSpy refused(m_timeline.get(), &BookingTimeline::refused);
    m_timeline->selectBooking(booking);
    QCOMPARE(m_timeline->selectedBooking(), std::optional<qint64>(booking));
    QTest::keyClick(m_timeline.get(), Qt::Key(key), modifiers);

    QCOMPARE(moved.count(), asked == QStringLiteral("move") ? 1 : 0);
    QCOMPARE(edited.count(), asked == QStringLiteral("edit") ? 1 : 0);
    QCOMPARE(cancelled.count(), asked == QStringLiteral("cancel") ? 1 : 0);
    QCOMPARE(refused.count(), asked.isEmpty() ? 1 : 0);
    if (asked == QStringLiteral("move")) {
        QCOMPARE(moved[0][0].toLongLong(), booking);
        QCOMPARE(moved[0][1].toLongLong(), table);
        QCOMPARE(moved[0][2].toDateTime(), from);
        QCOMPARE(moved[0][3].toDateTime(), to);
    } else if (asked == QStringLiteral("edit")) {
        QCOMPARE(edited[0][0].toLongLong(), booking);
    } else if (asked == QStringLiteral("cancel")) {
        QCOMPARE(cancelled[0][0].toLongLong(), booking);
    }
}

void tst_BookingTimeline::theSelectionFollowsAMovedBooking()
{
    // The model answers a move with the day's bookings: the selection and its cell go along.
    connect(m_timeline.get(), &BookingTimeline::moveRequested, m_timeline.get(),
            [this](qint64 id, qint64 table, const QDateTime &from, const QDateTime &to) {
                std::vector<Booking> changed = m_timeline->view().bookings;
                for (Booking &b : changed)
                    if (b.id == id) {
                        b.tableId = table;
                        b.from = from;
                        b.to = to;
                    }
                m_timeline->setBookings(changed);
            });
    m_timeline->selectBooking(Priya);
    QCOMPARE(m_timeline->cursorTime(), at(21, 15));
    QTest::keyClick(m_timeline.get(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_timeline.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_timeline->view().booking(Priya)->from, at(21, 45));
    QCOMPARE(m_timeline->selectedBooking(), std::optional<qint64>(Priya));
    QCOMPARE(m_timeline->cursorTime(), at(21, 45));
    m_timeline->selectBooking(Sophie);
    QTest::keyClick(m_timeline.get(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(m_timeline->selectedBooking(), std::optional<qint64>(Sophie));
    QCOMPARE(m_timeline->cursorTable(), std::optional<qint64>(T2));
    QCOMPARE(m_timeline->cursorTime(), at(20));

    // A cancelled booking leaves the timeline and the selection with it.
    std::vector<Booking> changed = m_timeline->view().bookings;
    for (Booking &b : changed)
        b.cancelled = b.cancelled || b.id == Sophie;
    m_timeline->setBookings(changed);
    QVERIFY(!m_timeline->selectedBooking());
    QVERIFY(m_timeline->blockRect(Sophie).isEmpty());
}

void tst_BookingTimeline::blocksHaveNames()
{
    QCOMPARE(m_timeline->blockName(Kim),
             QStringLiteral("Kim Nguyen checked in at 19:32 on Table 1, booked from 19:30 to "
                            "21:30."));
    QCOMPARE(m_timeline->blockName(Ben),
             QStringLiteral("Ben Okafor has booked Table 4 from 19:45 to 21:00."));
    QCOMPARE(m_timeline->blockName(Johansson),
             QStringLiteral("Johansson did not come for Table 2 from 19:00 to 20:30: the table is "
                            "free again."));
    // The keyboard's cell says what it is on.
    m_timeline->selectBooking(Ben);
    QCOMPARE(m_timeline->accessibleDescription(), m_timeline->blockName(Ben));
    m_timeline->placeCursor(T5, at(19));
    QCOMPARE(m_timeline->accessibleDescription(), QStringLiteral("Table 5 is free at 19:00."));

    // Screen readers see the blocks as a list's items, table by table and in time.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_timeline->viewport());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->childCount(), 12);
    QAccessibleInterface *first = list->child(0);
    QVERIFY(first);
    QCOMPARE(first->role(), QAccessible::ListItem);
    QCOMPARE(first->text(QAccessible::Name), m_timeline->blockName(Kim));
    QCOMPARE(list->indexOfChild(first), 0);
    const QRect ben = m_timeline->blockRect(Ben);
    QAccessibleInterface *under
        = list->childAt(m_timeline->viewport()->mapToGlobal(ben.center()).x(),
                        m_timeline->viewport()->mapToGlobal(ben.center()).y());
    QVERIFY(under);
    QCOMPARE(under->text(QAccessible::Name), m_timeline->blockName(Ben));
    QCOMPARE(under->rect().size(), ben.size());
}

void tst_BookingTimeline::screenshot()
{
    m_timeline.reset();
    BookingsScreen screen;
    screen.resize(1280, 720);
    screen.setClock([] { return now(); });
    screen.setDay(kDay, kZone);
    screen.setTables(tables());
    screen.setBookings(bookings());
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.timeline()->setFocus();
    screen.timeline()->selectBooking(Ben);
    QTest::keyClick(screen.timeline(), Qt::Key_Down, Qt::ShiftModifier); // refused: said above
    const QImage shot = screen.grab().toImage();
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/bookings-timeline.png");
    QVERIFY(shot.save(path));
    // Every table's name and the whole evening fit: the day ends inside the window.
    const TimelineScale &scale = screen.timeline()->scale();
    QVERIFY(scale.xOf(scale.end) <= screen.timeline()->viewport()->width());
    QVERIFY(scale.rowTop(6) <= screen.timeline()->viewport()->height());
}

QTEST_MAIN(tst_BookingTimeline)
#include "tst_bookingtimeline.moc"
