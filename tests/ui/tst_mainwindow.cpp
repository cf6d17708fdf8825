// The front desk window on the demo venue: four tables on the floor, the players beside them,
// status changes that can be undone, translations, and removing the demo venue. Every test
// function starts from its own fresh database, so none depends on another or on their order.

#include "venuefixture.h"

#include <mainwindow/mainwindow.h>
#include <mainwindow/playerlist.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/venuemodel.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <set>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::TableStatus;

class tst_MainWindow : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheDemoVenueFloor();
    void drawsTheFelt();
    void statusChangeIsSavedAndUndoable();
    void aStatusChangeRedrawsOnlyItsCard();
    void aRefusedWriteLeavesNoUndoStep();
    void arrowKeysMoveBetweenTables();
    void speaksGerman();
    void removesTheDemoVenueForGood();

private:
    ui::TableCard *card(int index) const
    {
        return m_window->venueFloor()->cards().at(static_cast<size_t>(index));
    }
    // The table's status as the database has it; nothing when the table is not there.
    std::optional<QString> statusInDatabase(qint64 tableId) const;
    std::vector<storage::AuditEntry> statusEntries() const;
};

void tst_MainWindow::init()
{
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    openWindow();
    QVERIFY(showWindow(1600, 900));
}

void tst_MainWindow::cleanup()
{
    closeDemoVenue();
}

std::optional<QString> tst_MainWindow::statusInDatabase(qint64 tableId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT status FROM pool_tables WHERE id = ?"));
    query.addBindValue(tableId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

std::vector<storage::AuditEntry> tst_MainWindow::statusEntries() const
{
    storage::AuditLog audit(*m_database);
    const Result<std::vector<storage::AuditEntry>> recent = audit.recent(100);
    std::vector<storage::AuditEntry> entries;
    if (!recent)
        return entries;
    for (const storage::AuditEntry &entry : *recent) {
        if (entry.action == u"table.status")
            entries.push_back(entry);
    }
    return entries;
}

void tst_MainWindow::showsTheDemoVenueFloor()
{
    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/venue-floor.png");
    QVERIFY2(shot.save(path), qPrintable(path));

    const auto &cards = m_window->venueFloor()->cards();
    QCOMPARE(cards.size(), size_t(4));
    std::set<TableSize> sizes;
    std::set<TableStatus> statuses;
    for (size_t i = 0; i < cards.size(); ++i) {
        QCOMPARE(cards[i]->table().name, QStringLiteral("Table %1").arg(i + 1));
        QVERIFY(cards[i]->isVisible());
        QVERIFY(cards[i]->width() > 100 && cards[i]->height() > 100);
        sizes.insert(cards[i]->table().size);
        statuses.insert(cards[i]->table().status);
    }
    QVERIFY2(sizes.size() >= 3, "the demo venue has tables of mixed sizes");
    // No one plays and nothing is booked yet: every status is derived as free.
    QCOMPARE(statuses, std::set<TableStatus>{TableStatus::Free});
    // The four cards sit side by side in one row at this width, without overlapping.
    for (size_t i = 1; i < cards.size(); ++i) {
        QCOMPARE(cards[i]->y(), cards[0]->y());
        QVERIFY(cards[i]->x() >= cards[i - 1]->x() + cards[i - 1]->width());
    }
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Dojo Demo")));
    QCOMPARE(m_window->playerList()->visibleCount(), 8);
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("floorSummary"));
    QVERIFY(summary);
    QCOMPARE(
        summary->text(),
        QStringLiteral("Tables: 4 · 4 free · 0 booked · 0 in play · 0 paused · 0 out of order"));
}

void tst_MainWindow::drawsTheFelt()
{
    // The top of a card is the table drawing: most of it is cloth, a clear green.
    const QImage shot = card(0)->grab().toImage();
    const int top = 14;
    const int bottom = std::min(shot.height(), 14 + 112);
    int pixels = 0;
    int green = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const QColor colour = shot.pixelColor(x, y);
            ++pixels;
            const bool isGreen = colour.hsvHue() >= 90 && colour.hsvHue() <= 170
                                 && colour.hsvSaturationF() > 0.4 && colour.valueF() > 0.2;
            green += isGreen ? 1 : 0;
        }
    }
    QVERIFY(pixels > 0);
    QVERIFY2(green > pixels / 5,
             qPrintable(QStringLiteral("%1 of %2 pixels are felt green").arg(green).arg(pixels)));
}

void tst_MainWindow::statusChangeIsSavedAndUndoable()
{
    ui::VenueFloorView *floor = m_window->venueFloor();
    const qint64 tableId = card(1)->table().id;
    const TableStatus before = card(1)->table().status;
    const QString beforeKey = QStringLiteral("free");
    QCOMPARE(before, TableStatus::Free);
    QCOMPARE(statusInDatabase(tableId), std::optional(beforeKey));
    QTest::mouseClick(card(1), Qt::LeftButton);
    QCOMPARE(floor->selectedTableId(), tableId);

    // Out of order is the one status the desk chooses; the others are derived.
    auto *outOfOrder = m_window->findChild<QAction *>(QStringLiteral("status-out-of-order"));
    QVERIFY(outOfOrder && outOfOrder->isEnabled() && !outOfOrder->isChecked());
    outOfOrder->trigger();
    const QString outOfOrderKey = QStringLiteral("out-of-order");
    QCOMPARE(statusInDatabase(tableId), std::optional(outOfOrderKey));
    QCOMPARE(card(1)->table().status, TableStatus::OutOfOrder);
    QVERIFY(outOfOrder->isChecked());
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Mark Table 2 out of order"));

    m_window->undoStack()->undo();
    QCOMPARE(statusInDatabase(tableId), std::optional(beforeKey));
    QCOMPARE(card(1)->table().status, before);
    m_window->undoStack()->redo();
    QCOMPARE(statusInDatabase(tableId), std::optional(outOfOrderKey));
    m_window->undoStack()->undo();
    QCOMPARE(statusInDatabase(tableId), std::optional(beforeKey));

    // Every write is audited, in order, by the front desk: out of order, back, again, back.
    std::vector<storage::AuditEntry> entries = statusEntries();
    QCOMPARE(entries.size(), size_t(4));
    std::reverse(entries.begin(), entries.end()); // oldest first
    const QStringList expected{beforeKey, outOfOrderKey, beforeKey, outOfOrderKey, beforeKey};
    for (size_t i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries[i].actor, QStringLiteral("front-desk"));
        QCOMPARE(entries[i].subject, QStringLiteral("table:%1").arg(tableId));
        const QJsonObject change = QJsonDocument::fromJson(entries[i].details.toUtf8()).object();
        QCOMPARE(change.value(QLatin1String("from")).toString(), expected.at(qsizetype(i)));
        QCOMPARE(change.value(QLatin1String("to")).toString(), expected.at(qsizetype(i + 1)));
    }
}

void tst_MainWindow::aStatusChangeRedrawsOnlyItsCard()
{
    const std::vector<ui::TableCard *> cardsBefore = m_window->venueFloor()->cards();
    QSignalSpy shown(m_model.get(), &venue::VenueModel::venueShown);
    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);
    QTest::mouseClick(card(3), Qt::LeftButton);
    m_window->setSelectedTableOutOfOrder(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.front().front().toLongLong(), card(3)->table().id);
    QCOMPARE(shown.count(), 0); // the floor was not read again
    QCOMPARE(m_window->venueFloor()->cards(), cardsBefore);
    QCOMPARE(card(3)->table().status, TableStatus::OutOfOrder);
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("floorSummary"));
    QCOMPARE(
        summary->text(),
        QStringLiteral("Tables: 4 · 3 free · 0 booked · 0 in play · 0 paused · 1 out of order"));
}

void tst_MainWindow::aRefusedWriteLeavesNoUndoStep()
{
    // Another PC removed the table: the write is refused, said so, and nothing is undoable.
    const qint64 tableId = card(1)->table().id;
    QSqlQuery remove(m_database->connection());
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM pool_tables WHERE id = %1").arg(tableId)));
    QTest::mouseClick(card(1), Qt::LeftButton);
    m_window->setSelectedTableOutOfOrder(true);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(card(1)->table().status != TableStatus::OutOfOrder);
    QVERIFY(statusEntries().empty());
    auto *box = m_window->findChild<QMessageBox *>();
    QVERIFY2(box, "the refusal was not shown");
    QVERIFY2(box->informativeText().contains(QStringLiteral("there is no such table")),
             qPrintable(box->informativeText()));
}

void tst_MainWindow::arrowKeysMoveBetweenTables()
{
    card(0)->setFocus();
    QTest::keyClick(card(0), Qt::Key_Right);
    QCOMPARE(m_window->venueFloor()->selectedTableId(), card(1)->table().id);
    QTest::keyClick(card(1), Qt::Key_End);
    QCOMPARE(m_window->venueFloor()->selectedTableId(), card(3)->table().id);
    QTest::keyClick(card(3), Qt::Key_Home);
    QCOMPARE(m_window->venueFloor()->selectedTableId(), card(0)->table().id);
}

void tst_MainWindow::speaksGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(DOJO_TRANSLATIONS_DIR "/dojopool_de.qm")));
    QCoreApplication::installTranslator(&german);
    ui::MainWindow window(*m_model, *m_settings);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    const QString status = venue::tableStatusName(TableStatus::InPlay);
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY2(menus.contains(QStringLiteral("&Tisch")), qPrintable(menus.join(QLatin1Char(' '))));
    QCOMPARE(status, QStringLiteral("Im Spiel"));
}

void tst_MainWindow::removesTheDemoVenueForGood()
{
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answered = box->text().contains(QStringLiteral("cannot be undone"));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(card(0), Qt::LeftButton);
    m_window->setSelectedTableOutOfOrder(true);
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->removeDemoVenue();
    QVERIFY2(answered, "no question that says it cannot be undone");
    QVERIFY(m_window->venueFloor()->cards().empty());
    QCOMPARE(m_window->playerList()->visibleCount(), 0);
    QVERIFY(!m_model->hasDemoVenue());
    QVERIFY(m_model->venues().empty());
    // Not undoable, and the status step of its table is gone with it.
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!m_window->undoStack()->canUndo());
    m_window->grab().save(QStringLiteral(DOJO_BUILD_DIR "/venue-floor-empty.png"));

    // A later start does not bring the demo back.
    storage::VenueRepository venues(*m_database);
    const Result<bool> again = venue::ensureDemoVenue(venues);
    QVERIFY2(again, qPrintable(errorOf(again)));
    QVERIFY(!*again);
    QVERIFY(venues.venues()->empty());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
