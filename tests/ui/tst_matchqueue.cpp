// The match queue's dock: three players join by typing their names, the proposal pairs the
// longest waiting with the nearest rating, Undo of a join takes the player off, the gap allowed
// widens as they wait, and Pair Them… matches the pair after a yes and seats them at the first
// free table, starting their table time; the Club menu's key for the dock.
#include "dialogdriver.h"
#include "venuefixture.h"

#include <club/clubdesk.h>
#include <club/matchqueuepanel.h>
#include <club/pairdialog.h>
#include <club/playerpicker.h>
#include <mainwindow/mainwindow.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/matchqueue.h>
#include <venue/tabletime.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::pressKey;
using dojo::testsupport::whenShown;

class tst_MatchQueue : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theDockHasItsKey();
    void threeJoinAndTheNearestRatingsArePaired();

private:
    qint64 playerId(const QString &name) const;
    void joinByTyping(const QString &typed);
    QStringList waitingNames() const;

    std::unique_ptr<venue::MatchQueue> m_queue;
    std::unique_ptr<venue::TableTime> m_tableTime;
    ui::MatchQueuePanel *m_panel = nullptr;
    std::map<qint64, double> m_ratings;
    QDateTime m_now;
};

void tst_MatchQueue::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const Result<void> rated = addDemoRates();
    QVERIFY2(rated, qPrintable(errorOf(rated)));
    openWindow();
    QVERIFY(m_model->currentVenue());
    const qint64 venueId = m_model->currentVenue()->id;
    m_now = QDateTime(QDate(2030, 12, 6), QTime(19, 0), Qt::UTC);
    m_queue = std::make_unique<venue::MatchQueue>(*m_database);
    m_queue->setClock([this] { return m_now; });
    QVERIFY(m_queue->load(venueId));
    m_tableTime = std::make_unique<venue::TableTime>(*m_database);
    m_tableTime->setClock([this] { return m_now; });
    QVERIFY(m_tableTime->load(venueId));
    // The ratings the RatingsBook would give: Alex 520, Bea 610, Chen 540.
    m_ratings = {{playerId(QStringLiteral("Alex Moreno")), 520},
                 {playerId(QStringLiteral("Bea Schmidt")), 610},
                 {playerId(QStringLiteral("Chen Wei")), 540}};
    m_window->setTableTime(*m_tableTime);
    m_window->setMatchQueue(*m_queue, [this] { return m_ratings; });
    QVERIFY(showWindow(1400, 900));
    m_panel = m_window->clubDesk()->matchQueuePanel();
    QVERIFY(m_panel);
    m_window->clubDesk()->matchQueueDock()->show();
}

void tst_MatchQueue::cleanup()
{
    m_window.reset();
    m_tableTime.reset();
    m_queue.reset();
    closeDemoVenue();
}

qint64 tst_MatchQueue::playerId(const QString &name) const
{
    for (const venue::Player &player : m_model->players()) {
        if (player.name == name)
            return player.id;
    }
    return 0;
}

void tst_MatchQueue::joinByTyping(const QString &typed)
{
    QLineEdit *line = m_panel->picker()->line();
    line->setFocus();
    QTest::keyClicks(line, typed);
    QTest::keyClick(line, Qt::Key_Return);
}

QStringList tst_MatchQueue::waitingNames() const
{
    QStringList names;
    for (const venue::WaitingPlayer &player : m_queue->waiting())
        names << player.name;
    return names;
}

void tst_MatchQueue::theDockHasItsKey()
{
    QDockWidget *dock = m_window->clubDesk()->matchQueueDock();
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+Q")));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("clubMenu"));
    QVERIFY(menu && menu->actions().contains(dock->toggleViewAction()));
    QVERIFY(dock->isVisible());
}

void tst_MatchQueue::threeJoinAndTheNearestRatingsArePaired()
{
    // 9-ball is the game offered first.
    QCOMPARE(m_panel->gameChoice()->currentData().toString(), QStringLiteral("nine-ball"));
    joinByTyping(QStringLiteral("alex"));
    m_now = m_now.addSecs(60);
    joinByTyping(QStringLiteral("bea"));
    m_now = m_now.addSecs(60);
    joinByTyping(QStringLiteral("chen"));
    QCOMPARE(waitingNames(),
             (QStringList{QStringLiteral("Alex Moreno"), QStringLiteral("Bea Schmidt"),
                          QStringLiteral("Chen Wei")}));
    QCOMPARE(m_panel->waitingList()->topLevelItemCount(), 3);
    QCOMPARE(m_panel->waitingList()->topLevelItem(1)->text(2), QStringLiteral("610"));
    QCOMPARE(m_window->undoStack()->count(), 3);

    // Alex waited longest; Chen (20 points off) is nearer him than Bea (90).
    m_panel->showQueue();
    QCOMPARE(m_panel->proposals().size(), size_t(1));
    QCOMPARE(m_panel->proposals().front().first.name, QStringLiteral("Alex Moreno"));
    QCOMPARE(m_panel->proposals().front().second.name, QStringLiteral("Chen Wei"));
    QTreeWidgetItem *pair = m_panel->pairList()->topLevelItem(0);
    QVERIFY2(pair->text(0).contains(QStringLiteral("Alex Moreno (520)"))
                 && pair->text(0).contains(QStringLiteral("Chen Wei (540)")),
             qPrintable(pair->text(0)));
    QCOMPARE(pair->text(2), QStringLiteral("20"));
    QCOMPARE(pair->text(3), QStringLiteral("2 min"));

    // Undo of Chen's join takes him off: Bea is 90 points off Alex, too far for now ...
    m_window->undoStack()->undo();
    QCOMPARE(waitingNames(),
             (QStringList{QStringLiteral("Alex Moreno"), QStringLiteral("Bea Schmidt")}));
    QCOMPARE(m_panel->pairList()->topLevelItemCount(), 0);
    // ... until Alex has waited long enough for the gap to widen.
    m_now = m_now.addSecs(10 * 60);
    m_panel->showQueue();
    QCOMPARE(m_panel->pairList()->topLevelItemCount(), 1);
    QCOMPARE(m_panel->proposals().front().second.name, QStringLiteral("Bea Schmidt"));
    // Redo puts Chen back in the queue, and he is the nearer again.
    m_window->undoStack()->redo();
    QCOMPARE(m_panel->proposals().front().second.name, QStringLiteral("Chen Wei"));

    m_window->clubDesk()->matchQueueDock()->resize(520, 720);
    const QString shot = QStringLiteral(DOJO_BUILD_DIR "/matchqueue.png");
    QVERIFY(m_window->clubDesk()->matchQueueDock()->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    // Pair them: a yes, and the first free table; their time starts there.
    std::optional<qint64> table;
    whenShown<ui::PairDialog>([&table](ui::PairDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        table = dialog->tableId();
        QVERIFY(table);
        pressKey(Qt::Key_Return);
    });
    m_panel->pairList()->setCurrentItem(m_panel->pairList()->topLevelItem(0));
    m_panel->pairList()->setFocus();
    QTest::keyClick(m_panel->pairList(), Qt::Key_Return);
    QCOMPARE(waitingNames(), QStringList{QStringLiteral("Bea Schmidt")});
    QCOMPARE(*table, m_model->tables().front().id); // every table was free
    const std::optional<venue::OpenSession> session = m_tableTime->sessionAt(*table);
    QVERIFY(session);
    QVERIFY2(session->guest.contains(QStringLiteral("Alex Moreno"))
                 && session->guest.contains(QStringLiteral("Chen Wei")),
             qPrintable(session->guest));
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("paired")),
             qPrintable(m_panel->statusText()));
    storage::AuditLog log(*m_database);
    const std::vector<storage::AuditEntry> recent
        = log.recent(20).value_or(std::vector<storage::AuditEntry>());
    QVERIFY(std::any_of(recent.begin(), recent.end(), [this](const storage::AuditEntry &entry) {
        return entry.action == QStringLiteral("queue.matched")
               && entry.actor == m_window->actor().auditName();
    }));
    // A match is not undone: the stack holds only the joins.
    QCOMPARE(m_window->undoStack()->count(), 3);
}

QTEST_MAIN(tst_MatchQueue)
#include "tst_matchqueue.moc"
