// The hall laid out from the window: Lay Out Tables shows the hall plan, a card dragged with
// the mouse is one undoable, audited edit that stores where the table stands; arrow keys move
// and R turns the selected table; Arrange in Grid puts them all back, undoably; the View's
// Hall Plan toggle goes between the plan and the grid.

#include "venuefixture.h"

#include <mainwindow/mainwindow.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

class tst_HallPlan : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dragsATableToWhereItStands();
    void keysMoveAndTurnTheSelectedTable();
    void arrangeInGridIsUndoable();
    void theViewGoesBetweenPlanAndGrid();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    ui::TableCard *card(int index) const
    {
        return m_window->venueFloor()->cards().at(size_t(index));
    }
    // Drags the card by `by` pixels with the mouse, as a person would.
    void drag(ui::TableCard *card, QPoint by);
    int placedEntries() const;
};

void tst_HallPlan::init()
{
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    openWindow();
    QVERIFY(showWindow(1500, 900));
}

void tst_HallPlan::cleanup()
{
    closeDemoVenue();
}

void tst_HallPlan::drag(ui::TableCard *card, QPoint by)
{
    const QPoint grip = card->rect().center();
    QTest::mousePress(card, Qt::LeftButton, {}, grip);
    // A few steps, as a hand moves; each step is relative to where the card is then.
    const int steps = 4;
    QPoint done;
    for (int i = 1; i <= steps; ++i) {
        const QPoint next = by * i / steps;
        QTest::mouseMove(card, grip + next - done);
        done = next;
    }
    QTest::mouseRelease(card, Qt::LeftButton, {}, grip);
}

int tst_HallPlan::placedEntries() const
{
    int count = 0;
    const Result<std::vector<storage::AuditEntry>> entries
        = storage::AuditLog(*m_database).recent();
    for (const storage::AuditEntry &entry : entries.value_or(std::vector<storage::AuditEntry>()))
        count += entry.action == u"table.placed" ? 1 : 0;
    return count;
}

void tst_HallPlan::dragsATableToWhereItStands()
{
    ui::VenueFloorView *floor = m_window->venueFloor();
    QVERIFY(!floor->isHallPlanShown());
    action("layOutTables")->trigger();
    QVERIFY(floor->isLayingOut());
    QVERIFY(floor->isHallPlanShown());
    QVERIFY(action("hallPlan")->isChecked());

    // The hall: Tables 1 and 4 in the back row, Table 2 turned between them, Table 3 left
    // where the grid puts it.
    drag(card(0), QPoint(65, 374));
    QCOMPARE(m_window->undoStack()->count(), 1); // one drag: one edit
    QCOMPARE(m_window->undoStack()->text(0), QStringLiteral("Move Table 1"));
    const std::optional<venue::FloorPlace> first = m_model->tables().at(0).place;
    QVERIFY(first);
    QCOMPARE(first->x, 2000.0);
    QCOMPARE(first->y, 4800.0);
    QCOMPARE(QRectF(card(0)->geometry()).center(),
             QPointF(first->x, first->y) / 1000 * ui::VenueFloorView::kPixelsPerMetre);
    QCOMPARE(placedEntries(), 1);

    drag(card(3), QPoint(0, 394));
    card(1)->setFocus();
    floor->selectTable(card(1)->table().id);
    QTest::keyClick(card(1), Qt::Key_R);
    QVERIFY(card(1)->isTurned());
    drag(card(1), QPoint(195, 455));
    QCOMPARE(m_window->undoStack()->count(), 4);
    QVERIFY(card(1)->isTurned());
    QCOMPARE(m_model->tables().at(1).place->angle, 90.0);
    QCOMPARE(card(1)->geometry().width(), card(0)->geometry().height());

    // Not the grid any more: the cards stand where they were put, behind the one never placed.
    QVERIFY(!card(2)->table().place);
    QVERIFY(card(0)->geometry().top() > card(2)->geometry().bottom());
    QVERIFY(card(3)->geometry().top() > card(2)->geometry().bottom());

    // Read back from the database: the places stay.
    venue::VenueModel reread(*m_database);
    QVERIFY(reread.load());
    QCOMPARE(reread.tables().at(0).place, first);
    QVERIFY(reread.tables().at(3).place);

    m_window->undoStack()->undo(); // the last drag only
    QCOMPARE(m_model->tables().at(1).place->angle, 90.0);
    QVERIFY(m_model->tables().at(0).place);
    m_window->undoStack()->redo();

    QTest::qWait(50);
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/hall-layout.png");
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_HallPlan::keysMoveAndTurnTheSelectedTable()
{
    action("layOutTables")->trigger();
    ui::TableCard *table = card(2);
    table->setFocus();
    m_window->venueFloor()->selectTable(table->table().id);
    const QPointF before = QRectF(table->geometry()).center();
    QTest::keyClick(table, Qt::Key_Right);
    const std::optional<venue::FloorPlace> moved = m_model->tables().at(2).place;
    QVERIFY(moved);
    // 10 cm to the right of where the grid had it (to the nearest 5 cm), drawn there.
    QVERIFY(qAbs(moved->x / 10 - before.x() - 10) <= 2.5);
    QCOMPARE(QRectF(table->geometry()).center().x(), moved->x / 10);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier); // further
    QCOMPARE(m_model->tables().at(2).place->y, moved->y + 500);
    QTest::keyClick(table, Qt::Key_R);
    QCOMPARE(m_model->tables().at(2).place->angle, 90.0);
    QVERIFY(table->isTurned());
    QCOMPARE(m_window->undoStack()->count(), 3);
    QCOMPARE(m_window->undoStack()->text(2), QStringLiteral("Turn Table 3"));
    m_window->undoStack()->undo();
    QVERIFY(!table->isTurned());
    // Out of Lay Out Tables, the arrow keys go from table to table again.
    action("layOutTables")->trigger();
    QVERIFY(!m_window->venueFloor()->isLayingOut());
    QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(m_window->venueFloor()->selectedTableId(), card(3)->table().id);
    QCOMPARE(m_window->undoStack()->index(), 2);
}

void tst_HallPlan::arrangeInGridIsUndoable()
{
    action("layOutTables")->trigger();
    drag(card(0), QPoint(700, 300));
    drag(card(1), QPoint(400, 420));
    QVERIFY(action("arrangeInGrid")->isEnabled());
    action("arrangeInGrid")->trigger();
    for (const venue::Table &table : m_model->tables())
        QVERIFY(!table.place);
    QCOMPARE(m_window->undoStack()->text(2), QStringLiteral("Arrange the tables in a grid"));
    QVERIFY(!action("arrangeInGrid")->isEnabled());
    m_window->undoStack()->undo();
    QVERIFY(m_model->tables().at(0).place);
    QVERIFY(m_model->tables().at(1).place);
    QCOMPARE(placedEntries(), 6); // two drags, two back to the grid, two undone
}

void tst_HallPlan::theViewGoesBetweenPlanAndGrid()
{
    action("layOutTables")->trigger();
    drag(card(0), QPoint(900, 380));
    const QRect onPlan = card(0)->geometry();
    action("hallPlan")->trigger(); // the grid again
    QVERIFY(!m_window->venueFloor()->isHallPlanShown());
    QVERIFY(!m_window->venueFloor()->isLayingOut());
    QVERIFY(!action("layOutTables")->isChecked());
    QVERIFY(card(0)->geometry() != onPlan);
    QCOMPARE(card(0)->geometry().top(), card(1)->geometry().top()); // one row
    QVERIFY(m_model->tables().at(0).place);                         // only the view changed
    action("hallPlan")->trigger();
    QCOMPARE(card(0)->geometry(), onPlan);
    QCOMPARE(m_settings->value(QStringLiteral("floor/hallPlan")).toBool(), true);
}

QTEST_MAIN(tst_HallPlan)
#include "tst_hallplan.moc"
