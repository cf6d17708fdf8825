// Challenges at the window: one issued by keyboard (the players found by typing), refused with
// the desk's sentence when the two have one open, taken back by Undo (withdrawn) and issued
// again by Redo; one accepted, given a table through the bookings and played, its race entered
// as a result by hand that the ratings count at their next refresh; the Club menu's keys; the
// window with challenges in every state (screenshot challenges.png).
#include "dialogdriver.h"
#include "venuefixture.h"

#include <club/challengedialog.h>
#include <club/challengeswindow.h>
#include <club/clubdesk.h>
#include <club/raceresultdialog.h>
#include <club/tablebookingdialog.h>
#include <mainwindow/mainwindow.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/resultrepository.h>
#include <support/resulterror.h>
#include <venue/bookingbook.h>
#include <venue/challengedesk.h>
#include <venue/ratingsbook.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::pressKey;
using dojo::testsupport::typeText;
using dojo::testsupport::whenShown;
using venue::ChallengeState;

namespace {

// Answers the question the window asks next with its yes (the accept role).
void answerYes()
{
    whenShown<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
}

} // namespace

class tst_Challenges : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theClubMenuHasItsKeys();
    void aChallengeIsIssuedByKeyboardAndUndone();
    void aRefusedChallengeIsSaidAndNotKept();
    void aChallengeIsAcceptedBookedAndPlayed();
    void screenshot();

private:
    qint64 playerId(const QString &name) const;
    qint64 issue(const QString &challenger, const QString &challenged, int raceTo = 5,
                 const QString &note = {});

    std::unique_ptr<venue::BookingBook> m_bookings;
    std::unique_ptr<venue::ChallengeDesk> m_desk;
    ui::ChallengesWindow *m_challenges = nullptr;
    qint64 m_venueId = 0;
    QDateTime m_now;
};

void tst_Challenges::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    openWindow();
    QVERIFY(m_model->currentVenue());
    m_venueId = m_model->currentVenue()->id;
    // An evening in the future, so the tables can be booked whatever the day the test runs.
    m_now = QDateTime(QDate(2030, 12, 5), QTime(18, 50), Qt::UTC);
    m_bookings = std::make_unique<venue::BookingBook>(*m_database);
    QVERIFY(m_bookings->showVenue(m_venueId));
    QVERIFY(m_bookings->load(m_now.date()));
    m_desk = std::make_unique<venue::ChallengeDesk>(*m_database, *m_bookings);
    m_desk->setClock([this] { return m_now; });
    QVERIFY(m_desk->load(m_venueId));
    m_window->setBookingBook(m_bookings.get());
    m_window->setChallengeDesk(*m_desk);
    QVERIFY(showWindow(1400, 860));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // settled before its window opens
    m_challenges = m_window->clubDesk()->openChallenges();
    QVERIFY(m_challenges);
    // Offscreen, a window that belongs to another is not made active by asking.
    QApplication::setActiveWindow(m_challenges);
    QVERIFY(QTest::qWaitForWindowActive(m_challenges));
    QCOMPARE(QApplication::activeWindow(), m_challenges);
}

void tst_Challenges::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_bookings.reset();
    closeDemoVenue();
}

qint64 tst_Challenges::playerId(const QString &name) const
{
    for (const venue::Player &player : m_model->players()) {
        if (player.name == name)
            return player.id;
    }
    return 0;
}

qint64 tst_Challenges::issue(const QString &challenger, const QString &challenged, int raceTo,
                             const QString &note)
{
    venue::NewChallenge challenge;
    challenge.challengerId = playerId(challenger);
    challenge.challengedId = playerId(challenged);
    challenge.game = QStringLiteral("nine-ball");
    challenge.raceTo = raceTo;
    challenge.note = note;
    return m_desk->issue(challenge, m_window->actor()).value_or(0);
}

void tst_Challenges::theClubMenuHasItsKeys()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("clubMenu"));
    QVERIFY(menu && m_window->menuBar()->actions().contains(menu->menuAction()));
    QStringList keys;
    for (QAction *action : menu->actions()) {
        if (!action->shortcut().isEmpty())
            keys.append(action->shortcut().toString());
    }
    QVERIFY2(keys.contains(QStringLiteral("Ctrl+Shift+C")), qPrintable(keys.join(u' ')));
    // No other action of the window may take the same key.
    int taken = 0;
    for (QAction *action : m_window->findChildren<QAction *>())
        taken += action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+C")) ? 1 : 0;
    QCOMPARE(taken, 1);
    QVERIFY(m_window->clubDesk()->challengesAction()->isEnabled());
    QVERIFY(!m_window->clubDesk()->eventsAction()->isEnabled()); // the app gave no events
}

void tst_Challenges::aChallengeIsIssuedByKeyboardAndUndone()
{
    whenShown<ui::ChallengeDialog>([](ui::ChallengeDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        typeText(QStringLiteral("alex")); // found by the start of a name
        pressKey(Qt::Key_Tab);
        typeText(QStringLiteral("schmidt")); // found by the start of a word
        QVERIFY2(!dialog->problem(), qPrintable(dialog->problem().value_or(QString())));
        pressKey(Qt::Key_Tab); // the game: 9-ball
        pressKey(Qt::Key_Tab);
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("3"));
        pressKey(Qt::Key_Tab);
        typeText(QStringLiteral("Loser buys the drinks"));
        pressKey(Qt::Key_Return);
    });
    QTest::keyClick(m_challenges, Qt::Key_N, Qt::ControlModifier);

    QCOMPARE(m_desk->challenges().size(), size_t(1));
    const venue::Challenge issued = m_desk->challenges().front();
    QCOMPARE(issued.state, ChallengeState::Issued);
    QCOMPARE(issued.challengerId, playerId(QStringLiteral("Alex Moreno")));
    QCOMPARE(issued.challengedId, playerId(QStringLiteral("Bea Schmidt")));
    QCOMPARE(issued.game, QStringLiteral("nine-ball"));
    QCOMPARE(issued.raceTo, 3);
    QCOMPARE(issued.note, QStringLiteral("Loser buys the drinks"));
    QCOMPARE(m_challenges->selected()->id, issued.id);
    QVERIFY2(m_challenges->statusText().contains(QStringLiteral("challenged Bea Schmidt")),
             qPrintable(m_challenges->statusText()));
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Undo takes the issue back: the challenger withdraws it, audited as the member signed in.
    m_window->undoStack()->undo();
    QCOMPARE(m_desk->challenge(issued.id)->state, ChallengeState::Withdrawn);
    const std::vector<storage::AuditEntry> entries = audit();
    QVERIFY(!entries.empty());
    QCOMPARE(entries.back().action, QStringLiteral("challenge.withdrawn"));
    QCOMPARE(entries.back().actor, m_window->actor().auditName());

    // Redo issues it again, as a new challenge.
    m_window->undoStack()->redo();
    QCOMPARE(m_desk->challenges().size(), size_t(2));
    const venue::Challenge again = m_desk->challenges().front(); // newest first
    QVERIFY(again.id != issued.id);
    QCOMPARE(again.state, ChallengeState::Issued);
    QCOMPARE(again.raceTo, 3);
}

void tst_Challenges::aRefusedChallengeIsSaidAndNotKept()
{
    QVERIFY(issue(QStringLiteral("Chen Wei"), QStringLiteral("Dana Okafor")) > 0);
    // Dana challenges back while Chen's challenge is open: the desk refuses.
    whenShown<ui::ChallengeDialog>([](ui::ChallengeDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        typeText(QStringLiteral("dana"));
        pressKey(Qt::Key_Tab);
        typeText(QStringLiteral("chen"));
        pressKey(Qt::Key_Return);
    });
    m_challenges->issue();
    QCOMPARE(m_desk->challenges().size(), size_t(1));
    QCOMPARE(m_window->undoStack()->count(), 0); // nothing that did not happen is kept
    // The refusal is the desk's own sentence, naming the challenge in the way.
    QVERIFY2(m_challenges->statusText().contains(QStringLiteral("Chen Wei"))
                 && m_challenges->statusText().contains(QStringLiteral("Dana Okafor")),
             qPrintable(m_challenges->statusText()));

    // Nobody challenges themselves: the dialog says so and issues nothing.
    whenShown<ui::ChallengeDialog>([](ui::ChallengeDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        typeText(QStringLiteral("emil"));
        pressKey(Qt::Key_Tab);
        typeText(QStringLiteral("novak"));
        QVERIFY(dialog->problem().has_value());
        QVERIFY(
            !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->reject();
    });
    m_challenges->issue();
    QCOMPARE(m_desk->challenges().size(), size_t(1));
}

void tst_Challenges::aChallengeIsAcceptedBookedAndPlayed()
{
    const qint64 id = issue(QStringLiteral("Alex Moreno"), QStringLiteral("Bea Schmidt"), 3);
    QVERIFY(id > 0);
    const qint64 alex = playerId(QStringLiteral("Alex Moreno"));
    const qint64 bea = playerId(QStringLiteral("Bea Schmidt"));
    venue::RatingsBook ratings(*m_database, m_venueId);
    QVERIFY(ratings.refresh());
    const auto ratingOf = [&ratings](qint64 player) {
        const auto rated = ratings.ratings().find(player);
        return rated != ratings.ratings().end() ? rated->second : ratings.starters().at(player);
    };
    const double alexBefore = ratingOf(alex);
    const double beaBefore = ratingOf(bea);

    m_challenges->selectChallenge(id);
    m_challenges->list()->setFocus();
    // Before it is accepted it cannot be played: the button says why, in the desk's words.
    auto *result = m_challenges->findChild<QPushButton *>(QStringLiteral("enterChallengeResult"));
    QVERIFY(!result->isEnabled());
    QCOMPARE(result->toolTip(),
             venue::checkChallengeStep(*m_desk->challenge(id), venue::ChallengeStep::EnterResult, 0)
                 .error());

    // Enter takes the step the challenge waits for: Bea accepts, after a yes.
    answerYes();
    QTest::keyClick(m_challenges->list(), Qt::Key_Return);
    QCOMPARE(m_desk->challenge(id)->state, ChallengeState::Accepted);

    // Then a table: the first one free at the next quarter hour, as the booking dialog offers.
    std::optional<qint64> tableChosen;
    whenShown<ui::TableBookingDialog>([&tableChosen](ui::TableBookingDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY2(!dialog->problem(), qPrintable(dialog->problem().value_or(QString())));
        tableChosen = dialog->tableId();
        pressKey(Qt::Key_Return);
    });
    QTest::keyClick(m_challenges->list(), Qt::Key_Return);
    const std::optional<venue::Challenge> booked = m_desk->challenge(id);
    QCOMPARE(booked->state, ChallengeState::Booked);
    QVERIFY(booked->bookingId);
    const std::optional<venue::Booking> booking = m_bookings->booking(*booked->bookingId);
    QVERIFY(booking);
    QCOMPARE(booking->name, venue::challengeBookingName(*booked));
    QCOMPARE(booking->tableId, *tableChosen);
    QVERIFY(booking->from > m_now);
    // The list shows the table it got.
    QVERIFY(m_challenges->list()->currentItem()->text(3).contains(booking->tableName));

    // Then the race: Alex 3, Bea 1, typed; accepting the dialog is the confirmation.
    whenShown<ui::RaceResultDialog>([](ui::RaceResultDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(dialog->problem().has_value()); // 0 to 0 is no race won
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("3"));
        pressKey(Qt::Key_Tab);
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("1"));
        QVERIFY2(!dialog->problem(), qPrintable(dialog->problem().value_or(QString())));
        pressKey(Qt::Key_Return);
    });
    QTest::keyClick(m_challenges->list(), Qt::Key_Return);
    const std::optional<venue::Challenge> played = m_desk->challenge(id);
    QCOMPARE(played->state, ChallengeState::Played);
    QVERIFY(played->resultId);
    storage::ResultRepository results(*m_database);
    const Result<storage::ResultRecord> entered = results.result(*played->resultId);
    QVERIFY2(entered, qPrintable(errorOf(entered)));
    QCOMPARE(entered->source, QStringLiteral("challenge"));
    QCOMPARE(entered->playerA, alex);
    QCOMPARE(entered->racksA, 3);
    QCOMPARE(entered->racksB, 1);
    QCOMPARE(entered->enteredBy, m_window->actor().auditName());
    QVERIFY2(m_challenges->statusText().contains(QStringLiteral("next refresh")),
             qPrintable(m_challenges->statusText()));

    // The ratings move at their next refresh: the winner up, the loser down.
    QCOMPARE(ratingOf(alex), alexBefore);
    QVERIFY(ratings.refresh());
    QVERIFY2(ratingOf(alex) > alexBefore && ratingOf(bea) < beaBefore,
             qPrintable(QStringLiteral("%1 %2").arg(ratingOf(alex)).arg(ratingOf(bea))));

    // A played challenge cannot be withdrawn: Delete says so, in the desk's sentence.
    QApplication::setActiveWindow(m_challenges);
    m_challenges->list()->setFocus();
    QTest::keyClick(m_challenges->list(), Qt::Key_Delete);
    QCOMPARE(
        m_challenges->statusText(),
        venue::checkChallengeStep(*played, venue::ChallengeStep::Withdraw, played->challengerId)
            .error());
    QCOMPARE(m_desk->challenge(id)->state, ChallengeState::Played);
    QCOMPARE(m_window->undoStack()->count(), 0); // accept, booking and result are not undone
}

void tst_Challenges::screenshot()
{
    const venue::Actor desk = m_window->actor();
    const auto answer = [&](qint64 id, ChallengeState state) {
        const venue::Challenge challenge = *m_desk->challenge(id);
        switch (state) {
        case ChallengeState::Accepted:
            QVERIFY(m_desk->accept(id, challenge.challengedId, desk));
            break;
        case ChallengeState::Declined:
            QVERIFY(m_desk->decline(id, challenge.challengedId, desk));
            break;
        case ChallengeState::Withdrawn:
            QVERIFY(m_desk->withdraw(id, challenge.challengerId, desk));
            break;
        default: break;
        }
    };
    issue(QStringLiteral("Alex Moreno"), QStringLiteral("Bea Schmidt"), 7,
          QStringLiteral("Loser buys the drinks"));
    issue(QStringLiteral("Gus Lindqvist"), QStringLiteral("Alex Moreno"));
    const qint64 accepted = issue(QStringLiteral("Chen Wei"), QStringLiteral("Dana Okafor"), 9,
                                  QStringLiteral("A rematch of the league final"));
    answer(accepted, ChallengeState::Accepted);
    const qint64 booked = issue(QStringLiteral("Emil Novak"), QStringLiteral("Farah Haddad"));
    answer(booked, ChallengeState::Accepted);
    const Result<venue::BookingAttempt> attempt = m_desk->bookTable(
        booked, m_model->tables().at(1).id, m_now.addSecs(25 * 60), m_now.addSecs(145 * 60), desk);
    QVERIFY2(attempt && attempt->booked, qPrintable(errorOf(attempt)));
    const qint64 played = issue(QStringLiteral("Hana Sato"), QStringLiteral("Gus Lindqvist"), 3);
    answer(played, ChallengeState::Accepted);
    QVERIFY(m_desk->enterResult(played, 1, 3, desk));
    const qint64 declined = issue(QStringLiteral("Dana Okafor"), QStringLiteral("Hana Sato"));
    answer(declined, ChallengeState::Declined);
    const qint64 withdrawn = issue(QStringLiteral("Farah Haddad"), QStringLiteral("Chen Wei"));
    answer(withdrawn, ChallengeState::Withdrawn);

    m_challenges->selectChallenge(accepted);
    m_challenges->resize(1100, 520);
    QTest::qWait(50);
    QTreeWidget *list = m_challenges->list();
    QCOMPARE(list->topLevelItemCount(), 6); // every state has its group
    const QString shot = QStringLiteral(DOJO_BUILD_DIR "/challenges.png");
    QVERIFY(m_challenges->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
}

QTEST_MAIN(tst_Challenges)
#include "tst_challenges.moc"
