// Venue events at the window: a league night created by keyboard with a cap of 2, three players
// signed up by typing their names (the third waits), a sign-off that moves the first waiting in
// (said in the status line), Undo signing the player up again at the back, Undo of the creation
// cancelling the event, a cancel that asks first; the window (screenshot events.png).
#include "dialogdriver.h"
#include "venuefixture.h"

#include <club/clubdesk.h>
#include <club/eventdialog.h>
#include <club/eventswindow.h>
#include <club/playerpicker.h>
#include <mainwindow/mainwindow.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/venueevents.h>
#include <venue/venuemodel.h>

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::pressKey;
using dojo::testsupport::typeText;
using dojo::testsupport::whenShown;
using venue::SignUpState;

class tst_VenueEvents : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void anEventIsCreatedByKeyboard();
    void pastTheCapPlayersWaitAndASignOffMovesThemIn();
    void cancellingAnEventAsksFirst();
    void screenshot();

private:
    qint64 playerId(const QString &name) const;
    QStringList signUps(qint64 eventId) const; // "Name in" / "Name waiting 1"
    qint64 createEvent(const QString &name, venue::EventKind kind, int cap, int dayOffset = 0);
    void signUpByTyping(const QString &typed);

    std::unique_ptr<venue::VenueEvents> m_events;
    ui::EventsWindow *m_screen = nullptr;
    QDateTime m_now;
};

void tst_VenueEvents::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    openWindow();
    QVERIFY(m_model->currentVenue());
    m_now = QDateTime(QDate(2030, 12, 3), QTime(12, 0), Qt::UTC);
    m_events = std::make_unique<venue::VenueEvents>(*m_database);
    m_events->setClock([this] { return m_now; });
    QVERIFY(m_events->load(m_model->currentVenue()->id));
    m_window->setVenueEvents(*m_events);
    QVERIFY(showWindow(1400, 860));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // settled before its window opens
    m_screen = m_window->clubDesk()->openEvents();
    QVERIFY(m_screen);
    // Offscreen, a window that belongs to another is not made active by asking.
    QApplication::setActiveWindow(m_screen);
    QVERIFY(QTest::qWaitForWindowActive(m_screen));
    QCOMPARE(QApplication::activeWindow(), m_screen);
}

void tst_VenueEvents::cleanup()
{
    m_window.reset();
    m_events.reset();
    closeDemoVenue();
}

qint64 tst_VenueEvents::playerId(const QString &name) const
{
    for (const venue::Player &player : m_model->players()) {
        if (player.name == name)
            return player.id;
    }
    return 0;
}

QStringList tst_VenueEvents::signUps(qint64 eventId) const
{
    QStringList shown;
    const Result<std::vector<venue::SignUp>> all = m_events->signUps(eventId);
    for (const venue::SignUp &signUp : all.value_or(std::vector<venue::SignUp>())) {
        if (signUp.state == SignUpState::In)
            shown << signUp.name + QStringLiteral(" in");
        else
            shown << signUp.name + QStringLiteral(" waiting ") + QString::number(signUp.place);
    }
    return shown;
}

qint64 tst_VenueEvents::createEvent(const QString &name, venue::EventKind kind, int cap,
                                    int dayOffset)
{
    venue::NewEvent event;
    event.name = name;
    event.kind = kind;
    event.from = QDateTime(m_now.date().addDays(dayOffset), QTime(18, 0), Qt::UTC);
    event.to = event.from.addSecs(5 * 3600);
    event.cap = cap;
    return m_events->create(event, m_window->actor()).value_or(0);
}

void tst_VenueEvents::signUpByTyping(const QString &typed)
{
    QLineEdit *line = m_screen->picker()->line();
    line->setFocus();
    QTest::keyClicks(line, typed);
    QTest::keyClick(line, Qt::Key_Return);
}

void tst_VenueEvents::anEventIsCreatedByKeyboard()
{
    whenShown<ui::EventDialog>([](ui::EventDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(dialog->problem().has_value()); // no name yet
        typeText(QStringLiteral("Tuesday League"));
        pressKey(Qt::Key_P, Qt::AltModifier); // Ca&p
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("2"));
        QVERIFY2(!dialog->problem(), qPrintable(dialog->problem().value_or(QString())));
        pressKey(Qt::Key_Return);
    });
    QTest::keyClick(m_screen, Qt::Key_N, Qt::ControlModifier);

    QCOMPARE(m_events->events().size(), size_t(1));
    const venue::VenueEvent event = m_events->events().front();
    QCOMPARE(event.name, QStringLiteral("Tuesday League"));
    QCOMPARE(event.kind, venue::EventKind::LeagueNight);
    QCOMPARE(event.cap, 2);
    QVERIFY(event.to > event.from);
    QCOMPARE(m_screen->selected()->id, event.id);
    QCOMPARE(m_screen->eventList()->topLevelItem(0)->text(3), QStringLiteral("0 of 2"));

    // Undo cancels it; the audit names the member signed in.
    m_window->undoStack()->undo();
    QVERIFY(m_events->event(event.id)->cancelled);
    QCOMPARE(audit().back().action, QStringLiteral("event.cancelled"));
    QCOMPARE(audit().back().actor, m_window->actor().auditName());
}

void tst_VenueEvents::pastTheCapPlayersWaitAndASignOffMovesThemIn()
{
    const qint64 id
        = createEvent(QStringLiteral("Tuesday League"), venue::EventKind::LeagueNight, 2);
    QVERIFY(id > 0);
    m_screen->selectEvent(id);

    signUpByTyping(QStringLiteral("alex"));
    signUpByTyping(QStringLiteral("bea"));
    signUpByTyping(QStringLiteral("chen"));
    QCOMPARE(signUps(id),
             (QStringList{QStringLiteral("Alex Moreno in"), QStringLiteral("Bea Schmidt in"),
                          QStringLiteral("Chen Wei waiting 1")}));
    QVERIFY2(m_screen->statusText().contains(QStringLiteral("Chen Wei"))
                 && m_screen->statusText().contains(QStringLiteral("waiting list")),
             qPrintable(m_screen->statusText()));
    QCOMPARE(m_screen->eventList()->currentItem()->text(3), QStringLiteral("2 of 2, 1 waiting"));
    QCOMPARE(m_screen->eventList()->currentItem()->text(4), QStringLiteral("Full"));
    QCOMPARE(m_screen->signUpList()->topLevelItemCount(), 3);
    QCOMPARE(m_window->undoStack()->count(), 3);

    // Alex signs off (Delete on his sign-up): Chen, the first waiting, moves in.
    m_screen->signUpList()->setCurrentItem(m_screen->signUpList()->topLevelItem(0));
    QCOMPARE(m_screen->signUpList()->currentItem()->text(1), QStringLiteral("Alex Moreno"));
    m_screen->signUpList()->setFocus();
    QTest::keyClick(m_screen->signUpList(), Qt::Key_Delete);
    QCOMPARE(signUps(id),
             (QStringList{QStringLiteral("Bea Schmidt in"), QStringLiteral("Chen Wei in")}));
    QVERIFY2(m_screen->statusText().contains(QStringLiteral("Chen Wei moved in")),
             qPrintable(m_screen->statusText()));
    QCOMPARE(m_screen->eventList()->currentItem()->text(3), QStringLiteral("2 of 2"));
    const std::vector<storage::AuditEntry> entries = audit();
    QVERIFY(std::any_of(entries.begin(), entries.end(), [](const storage::AuditEntry &entry) {
        return entry.action == QStringLiteral("event.moved-in");
    }));

    // Undo signs Alex up again: the places are taken, so he waits.
    m_window->undoStack()->undo();
    QCOMPARE(signUps(id),
             (QStringList{QStringLiteral("Bea Schmidt in"), QStringLiteral("Chen Wei in"),
                          QStringLiteral("Alex Moreno waiting 1")}));
    // Undo of Chen's sign-up takes him off, and Alex, waiting first, moves in.
    m_window->undoStack()->undo();
    QCOMPARE(signUps(id),
             (QStringList{QStringLiteral("Bea Schmidt in"), QStringLiteral("Alex Moreno in")}));
    QVERIFY2(m_screen->statusText().contains(QStringLiteral("Alex Moreno moved in")),
             qPrintable(m_screen->statusText()));

    // A player signed up already is refused with the events' sentence; nothing is kept.
    const int steps = m_window->undoStack()->index();
    signUpByTyping(QStringLiteral("bea"));
    QCOMPARE(m_window->undoStack()->index(), steps);
    QCOMPARE(m_window->undoStack()->count(), steps); // a new step, though refused, ends the redos
    QVERIFY2(m_screen->statusText().contains(QStringLiteral("already")),
             qPrintable(m_screen->statusText()));
}

void tst_VenueEvents::cancellingAnEventAsksFirst()
{
    const qint64 id = createEvent(QStringLiteral("Open Table"), venue::EventKind::OpenPlay, 0);
    m_screen->selectEvent(id);
    signUpByTyping(QStringLiteral("dana"));
    whenShown<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click(); // kept
        }
    });
    m_screen->cancelSelected();
    QVERIFY(!m_events->event(id)->cancelled);
    whenShown<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    m_screen->cancelSelected();
    QVERIFY(m_events->event(id)->cancelled);
    QCOMPARE(m_screen->eventList()->currentItem()->text(4), QStringLiteral("Cancelled"));
    // Nobody signs up for a cancelled event.
    QVERIFY(!m_screen->findChild<QPushButton *>(QStringLiteral("signUp"))->isEnabled());
}

void tst_VenueEvents::screenshot()
{
    const qint64 league
        = createEvent(QStringLiteral("Tuesday League"), venue::EventKind::LeagueNight, 6);
    createEvent(QStringLiteral("Friday Open Play"), venue::EventKind::OpenPlay, 0, 3);
    const qint64 cup
        = createEvent(QStringLiteral("9-Ball Monthly"), venue::EventKind::Tournament, 16, 10);
    const qint64 cancelled
        = createEvent(QStringLiteral("Ladies' Night"), venue::EventKind::OpenPlay, 12, 5);
    QVERIFY(m_events->cancel(cancelled, m_window->actor()));
    for (const venue::Player &player : m_model->players()) {
        if (player.name != QStringLiteral("Hana Sato"))
            QVERIFY(m_events->signUp(league, player.id, m_window->actor()));
    }
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_events->signUp(cup, m_model->players().at(size_t(i)).id, m_window->actor()));
    m_screen->selectEvent(league);
    signUpByTyping(QStringLiteral("hana")); // the last, by keyboard: the status line says where
    QVERIFY2(m_screen->statusText().contains(QStringLiteral("number 2")),
             qPrintable(m_screen->statusText()));
    m_screen->signUpList()->setCurrentItem(m_screen->signUpList()->topLevelItem(6));
    m_screen->resize(1200, 520);
    QTest::qWait(50);
    QCOMPARE(m_screen->eventList()->currentItem()->text(3), QStringLiteral("6 of 6, 2 waiting"));
    const QString shot = QStringLiteral(DOJO_BUILD_DIR "/events.png");
    QVERIFY(m_screen->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
}

QTEST_MAIN(tst_VenueEvents)
#include "tst_venueevents.moc"
