// Placing a table's corners by hand: the handles start on the stored corners or a rectangle
// inside the picture, follow a drag with the mouse, are nudged a pixel at a time by the arrow
// keys, and Save gives their places as fractions of the picture; Reset to Automatic and Cancel
// say so. On the table screen the editor takes the picture's place and hands the choice out;
// the window makes it an undoable, stored edit. Screenshot: corner-editor.png.

#include <mainwindow/mainwindow.h>
#include <tablescreen/cameraview.h>
#include <tablescreen/cornercanvas.h>
#include <tablescreen/cornereditor.h>
#include <tablescreen/tablescreen.h>

#include <core/tablespec.h>
#include <simulation/tablerenderer.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/tablecorners.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::TableCorners;

Q_DECLARE_METATYPE(std::optional<dojo::venue::TableCorners>)

namespace {

// What the simulated overhead camera sees of an empty 9 ft table.
QImage overheadPicture()
{
    static const QImage picture = [] {
        const simulation::TableRenderer renderer{simulation::RenderSettings{}};
        return renderer.render({}, {}, 0);
    }();
    return picture;
}

const TableCorners kStored{QPointF(0.08, 0.125), QPointF(0.91, 0.134), QPointF(0.078, 0.875),
                           QPointF(0.912, 0.866)};

bool near(QPointF a, QPointF b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

// The picture's pixels of a canvas' widget point, at the canvas' fitted scale.
double canvasScale(const ui::CornerCanvas &canvas)
{
    return std::min(canvas.width() / double(canvas.picture().width()),
                    canvas.height() / double(canvas.picture().height()));
}

venue::Table nineFootTable()
{
    venue::Table table;
    table.id = 7;
    table.name = QStringLiteral("Table 7");
    table.size = TableSize::NineFoot;
    return table;
}

} // namespace

class tst_CornerEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnTheStoredCornersOrInside_data();
    void startsOnTheStoredCornersOrInside();
    void aHandleFollowsTheMouse();
    void theArrowsNudgeThePickedHandle();
    void saveGivesFractions();
    void automaticAndCancelSaySo();
    void theTableScreenHandsTheChoiceOut();
    void theWindowStoresItAsAnUndoableEdit();
};

void tst_CornerEditor::startsOnTheStoredCornersOrInside_data()
{
    QTest::addColumn<std::optional<TableCorners>>("stored");
    QTest::addColumn<std::optional<TableCorners>>("expected");
    QTest::newRow("automatic: a rectangle 10 % inside")
        << std::optional<TableCorners>()
        << std::optional(TableCorners{QPointF(0.1, 0.1), QPointF(0.9, 0.1), QPointF(0.1, 0.9),
                                      QPointF(0.9, 0.9)});
    QTest::newRow("placed by hand before") << std::optional(kStored) << std::optional(kStored);
}

void tst_CornerEditor::startsOnTheStoredCornersOrInside()
{
    QFETCH(std::optional<TableCorners>, stored);
    QFETCH(std::optional<TableCorners>, expected);
    ui::CornerEditor editor;
    editor.resize(1200, 740);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.start(overheadPicture(), stored);
    const TableCorners corners = editor.corners();
    for (size_t i = 0; i < 4; ++i)
        QVERIFY(near(corners[i], (*expected)[i], 1e-9));
    // Back to automatic only makes sense when there is something to forget.
    QCOMPARE(editor.automaticButton()->isEnabled(), stored.has_value());
    QVERIFY(editor.saveButton()->isEnabled());
}

void tst_CornerEditor::aHandleFollowsTheMouse()
{
    ui::CornerEditor editor;
    editor.resize(1200, 740);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.start(overheadPicture(), kStored);
    ui::CornerCanvas *canvas = editor.canvas();
    const std::array<QPointF, 4> before = canvas->corners();
    QSignalSpy changed(canvas, &ui::CornerCanvas::cornersChanged);

    // Grabbed a little off its centre, the handle keeps that offset.
    const QPoint grab = (canvas->handlePosition(3) + QPointF(3, -2)).toPoint();
    const QPoint drop = grab + QPoint(-40, -25);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, grab);
    QTest::mouseMove(canvas, grab + QPoint(-20, -10));
    QTest::mouseMove(canvas, drop);
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, drop);
    QCOMPARE(canvas->selectedCorner(), std::optional(3));
    QVERIFY(changed.count() >= 2);
    const double scale = canvasScale(*canvas);
    const QPointF moved = canvas->corners()[3] - before[3];
    QVERIFY2(near(moved, QPointF(-40, -25) / scale, 1.0 / scale + 1e-9),
             qPrintable(QStringLiteral("%1, %2").arg(moved.x()).arg(moved.y())));
    for (size_t i = 0; i < 3; ++i)
        QCOMPARE(canvas->corners()[i], before[i]);

    // A press far from every handle picks none and moves nothing.
    const std::array<QPointF, 4> afterDrag = canvas->corners();
    const QPoint middle = canvas->rect().center();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, middle);
    QTest::mouseMove(canvas, middle + QPoint(30, 30));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, middle + QPoint(30, 30));
    QCOMPARE(canvas->corners(), afterDrag);
}

void tst_CornerEditor::theArrowsNudgeThePickedHandle()
{
    ui::CornerEditor editor;
    editor.resize(1200, 740);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.start(overheadPicture(), kStored);
    ui::CornerCanvas *canvas = editor.canvas();
    const std::array<QPointF, 4> before = canvas->corners();
    QCOMPARE(canvas->selectedCorner(), std::optional(0)); // the first is picked to begin with

    QTest::keyClick(canvas, Qt::Key_3);
    QCOMPARE(canvas->selectedCorner(), std::optional(2));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Up);
    QCOMPARE(canvas->corners()[2], before[2] + QPointF(3, -1));
    QTest::keyClick(canvas, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(canvas->corners()[2], before[2] + QPointF(-7, -1));
    for (const size_t i : {0, 1, 3})
        QCOMPARE(canvas->corners()[i], before[i]);

    // A handle stays on the picture.
    QTest::keyClick(canvas, Qt::Key_1);
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(canvas, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(canvas->corners()[0].y(), 0.0);
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("cornerPlaceLabel"))
                ->text()
                .startsWith(ui::CornerCanvas::cornerName(0)));
}

void tst_CornerEditor::saveGivesFractions()
{
    ui::CornerEditor editor;
    editor.resize(1200, 740);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.start(overheadPicture(), std::nullopt);
    ui::CornerCanvas *canvas = editor.canvas();
    QTest::keyClick(canvas, Qt::Key_2);
    QTest::keyClick(canvas, Qt::Key_Right, Qt::ShiftModifier); // 10 px of 1920
    QTest::keyClick(canvas, Qt::Key_Down, Qt::ShiftModifier);  // 10 px of 1080
    QTest::keyClick(canvas, Qt::Key_Down);

    QSignalSpy saved(&editor, &ui::CornerEditor::saved);
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const auto corners = saved.front().front().value<TableCorners>();
    QVERIFY(near(corners[0], QPointF(0.1, 0.1), 1e-9));
    QVERIFY(near(corners[1], QPointF(0.9 + 10.0 / 1920, 0.1 + 11.0 / 1080), 1e-9));
    QVERIFY(near(corners[3], QPointF(0.9, 0.9), 1e-9));
    // As the table stores them: read back, the same pixels on a picture of another size.
    const auto read = venue::tableCornersFromText(venue::tableCornersText(corners));
    QVERIFY2(read, qPrintable(errorOf(read)));
    const std::array<QPointF, 4> onHd = venue::cornersInPixels(**read, QSize(1280, 720));
    QVERIFY(near(onHd[1] * 1.5, canvas->corners()[1], 0.01));
    editor.grab().save(QStringLiteral(DOJO_BUILD_DIR "/corner-editor.png"));
}

void tst_CornerEditor::automaticAndCancelSaySo()
{
    ui::CornerEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.start(overheadPicture(), kStored);
    QSignalSpy saved(&editor, &ui::CornerEditor::saved);
    QSignalSpy automatic(&editor, &ui::CornerEditor::automaticChosen);
    QSignalSpy cancelled(&editor, &ui::CornerEditor::cancelled);
    QTest::mouseClick(editor.automaticButton(), Qt::LeftButton);
    QCOMPARE(automatic.count(), 1);
    QTest::mouseClick(editor.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QTest::keyClick(editor.canvas(), Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 2);
    QCOMPARE(saved.count(), 0);
}

void tst_CornerEditor::theTableScreenHandsTheChoiceOut()
{
    venue::Table table = nineFootTable();
    ui::TableScreen screen(table, {});
    screen.cameraView()->setImage(overheadPicture());
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QVERIFY(!screen.isEditingCorners());
    std::vector<std::pair<qint64, std::optional<TableCorners>>> chosen;
    connect(
        &screen, &ui::TableScreen::cornersChosen, &screen,
        [&chosen](qint64 id, const std::optional<TableCorners> &c) { chosen.emplace_back(id, c); });

    QAction *action = screen.cornersAction();
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(screen.isEditingCorners());
    QVERIFY(!action->isEnabled());
    ui::CornerCanvas *canvas = screen.cornerEditor()->canvas();
    QCOMPARE(canvas->picture().size(), overheadPicture().size());
    QTest::keyClick(canvas, Qt::Key_4);
    QTest::keyClick(canvas, Qt::Key_Left);
    screen.grab().save(QStringLiteral(DOJO_BUILD_DIR "/table-screen-corners.png"));
    QTest::mouseClick(screen.cornerEditor()->saveButton(), Qt::LeftButton);
    QVERIFY(!screen.isEditingCorners());
    QVERIFY(action->isEnabled());
    QCOMPARE(chosen.size(), size_t(1));
    QCOMPARE(chosen[0].first, table.id);
    QVERIFY(chosen[0].second);
    QVERIFY(near((*chosen[0].second)[3], QPointF(0.9 - 1.0 / 1920, 0.9), 1e-9));

    // Opened again, it starts from the table's stored corners, and may hand them back.
    table.corners = chosen[0].second;
    screen.setTable(table);
    action->trigger();
    QVERIFY(near(screen.cornerEditor()->corners()[3], (*table.corners)[3], 1e-9));
    QTest::mouseClick(screen.cornerEditor()->automaticButton(), Qt::LeftButton);
    QCOMPARE(chosen.size(), size_t(2));
    QVERIFY(!chosen[1].second);
    // Cancel leaves without a word.
    action->trigger();
    QTest::keyClick(screen.cornerEditor()->canvas(), Qt::Key_Escape);
    QVERIFY(!screen.isEditingCorners());
    QCOMPARE(chosen.size(), size_t(2));
}

void tst_CornerEditor::theWindowStoresItAsAnUndoableEdit()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(data.path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    storage::Database &database = **opened;
    storage::VenueRepository venues(database);
    QVERIFY(venue::ensureDemoVenue(venues));
    QSettings settings(data.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    venue::VenueModel model(database);
    ui::MainWindow window(model, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const venue::Table table = model.tables().at(1);
    QVERIFY(!table.corners);
    ui::TableScreen *screen = window.openTableScreen(table.id);
    QVERIFY(screen);
    screen->cameraView()->setImage(overheadPicture());

    screen->cornersAction()->trigger();
    QTest::keyClick(screen->cornerEditor()->canvas(), Qt::Key_Right);
    QTest::mouseClick(screen->cornerEditor()->saveButton(), Qt::LeftButton);
    QVERIFY(model.table(table.id)->corners);
    QVERIFY(near((*model.table(table.id)->corners)[0], QPointF(0.1 + 1.0 / 1920, 0.1), 1e-6));
    QVERIFY(screen->table().corners); // the screen shows the stored corners
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->undoText(),
             QStringLiteral("Place the corners of %1 by hand").arg(table.name));
    {
        venue::VenueModel reread(database);
        QVERIFY(reread.load());
        QVERIFY(reread.table(table.id)->corners);
    }
    window.undoStack()->undo();
    QVERIFY(!model.table(table.id)->corners);
    QVERIFY(!screen->table().corners);
    window.undoStack()->redo();
    QVERIFY(model.table(table.id)->corners);
    screen->close();
}

QTEST_MAIN(tst_CornerEditor)
#include "tst_cornereditor.moc"
