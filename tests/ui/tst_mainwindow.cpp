// The front desk window on the demo venue: four tables on the floor, the players beside
// them, status changes that can be undone, translations, and removing the demo venue.

#include <mainwindow/mainwindow.h>
#include <mainwindow/playerlist.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/demovenue.h>
#include <storage/venuerepository.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <memory>
#include <set>

using namespace dojo;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDemoVenueFloor();
    void statusChangeIsSavedAndUndoable();
    void arrowKeysMoveBetweenTables();
    void speaksGerman();
    void removesTheDemoVenue();

private:
    ui::TableCard *card(int index) const
    {
        return m_window->venueFloor()->cards().at(static_cast<size_t>(index));
    }

    QTemporaryDir m_data;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::VenueRepository> m_venues;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    storage::DatabaseOpen opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data.path()));
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_database = std::move(opened.database);
    const storage::DemoVenueOutcome demo = storage::ensureDemoVenue(*m_database);
    QVERIFY2(demo.ok && demo.created, qPrintable(demo.error));
    m_venues = std::make_unique<storage::VenueRepository>(*m_database);
    m_settings = std::make_unique<QSettings>(m_data.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
}

void tst_MainWindow::init()
{
    m_window = std::make_unique<ui::MainWindow>(*m_database, *m_venues, *m_settings);
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
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
    QCOMPARE(statuses.size(), size_t(3));
    // The four cards sit side by side in one row at this width, without overlapping.
    for (size_t i = 1; i < cards.size(); ++i) {
        QCOMPARE(cards[i]->y(), cards[0]->y());
        QVERIFY(cards[i]->x() >= cards[i - 1]->x() + cards[i - 1]->width());
    }
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Dojo Demo")));
    QCOMPARE(m_window->playerList()->visibleCount(), 8);
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("floorSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("Tables: 4")), qPrintable(summary->text()));

    // The felt green of the table drawings is on the screenshot.
    const QImage cardShot = card(0)->grab().toImage();
    bool hasFelt = false;
    for (int y = 0; y < cardShot.height() && !hasFelt; y += 2) {
        for (int x = 0; x < cardShot.width() && !hasFelt; x += 2)
            hasFelt = cardShot.pixelColor(x, y) == QColor(0x1d, 0x6b, 0x4a);
    }
    QVERIFY(hasFelt);
}

void tst_MainWindow::statusChangeIsSavedAndUndoable()
{
    ui::VenueFloorView *floor = m_window->venueFloor();
    const qint64 tableId = card(1)->table().id;
    const TableStatus before = card(1)->table().status;
    QVERIFY(before != TableStatus::InPlay);
    QTest::mouseClick(card(1), Qt::LeftButton);
    QCOMPARE(floor->selectedTableId(), tableId);

    auto *startPlay = m_window->findChild<QAction *>(QStringLiteral("status-in-play"));
    QVERIFY(startPlay && startPlay->isEnabled());
    startPlay->trigger();

    auto statusInDatabase = [&] {
        for (const storage::TableRecord &table : m_venues->tables(*m_window->currentVenueId())) {
            if (table.id == tableId)
                return table.status;
        }
        return TableStatus::Free;
    };
    QCOMPARE(statusInDatabase(), TableStatus::InPlay);
    QCOMPARE(card(1)->table().status, TableStatus::InPlay);
    QVERIFY(!startPlay->isEnabled());

    m_window->undoStack()->undo();
    QCOMPARE(statusInDatabase(), before);
    QCOMPARE(card(1)->table().status, before);
    m_window->undoStack()->redo();
    QCOMPARE(statusInDatabase(), TableStatus::InPlay);
    m_window->undoStack()->undo();

    storage::AuditLog audit(*m_database);
    const std::vector<storage::AuditEntry> entries = audit.recent(10);
    QVERIFY(entries.size() >= 3);
    QCOMPARE(entries.front().actor, QStringLiteral("front-desk"));
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
    ui::MainWindow window(*m_database, *m_venues, *m_settings);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY2(menus.contains(QStringLiteral("&Tisch")), qPrintable(menus.join(QLatin1Char(' '))));
}

void tst_MainWindow::removesTheDemoVenue()
{
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answered = true;
        box->button(QMessageBox::Yes)->click();
    });
    m_window->removeDemoVenue();
    QVERIFY(answered);
    QVERIFY(m_window->venueFloor()->cards().empty());
    QVERIFY(!storage::demoVenueId(*m_database));
    QCOMPARE(m_window->playerList()->visibleCount(), 0);
    m_window->grab().save(QStringLiteral(DOJO_BUILD_DIR "/venue-floor-empty.png"));

    // A later start does not bring the demo back.
    const storage::DemoVenueOutcome again = storage::ensureDemoVenue(*m_database);
    QVERIFY(again.ok);
    QVERIFY(!again.created);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
