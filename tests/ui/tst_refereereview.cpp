// A referee reviews a table's shot from the window: a shot the camera could not decide waits
// for a referee, the window says so, Table → Review Shots… replays it beside its record, and
// the referee's confirmation, edit or overrule reaches the table's referee, which stores it
// with who and why; what the referee refuses is shown on the review screen.

#include "venuefixture.h"

#include <mainwindow/mainwindow.h>
#include <review/reviewscreen.h>
#include <tablescreen/tablescreen.h>
#include <venuefloor/venuefloorview.h>

#include <capture/replaybuffer.h>
#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/staffrepository.h>
#include <support/resulterror.h>
#include <venue/pinhash.h>
#include <venue/scoreboard.h>
#include <venue/staffdesk.h>
#include <venue/tablematch.h>
#include <venue/tablereferee.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

const std::array<QString, 2> kPlayers{QStringLiteral("Efren"), QStringLiteral("Shane")};

// A shot of a few plain frames: enough to replay, beside its record.
std::shared_ptr<capture::ReplayShot> replayOf(qint64 tableId, int number, const ShotRecord &shot)
{
    auto replay = std::make_shared<capture::ReplayShot>();
    replay->tableId = tableId;
    replay->number = number;
    replay->pictureSize = QSize(320, 180);
    replay->corners = {QPointF(20, 20), QPointF(300, 20), QPointF(20, 160), QPointF(300, 160)};
    replay->shot = shot;
    replay->needsReview = true;
    replay->reason = QStringLiteral("Ball 3 was hidden when the balls came to rest.");
    replay->pathVerdict = QStringLiteral("The tracked paths are physically possible.");
    for (int i = 0; i < 3; ++i) {
        QImage picture(replay->pictureSize, QImage::Format_RGB32);
        picture.fill(QColor(20, 90 + 20 * i, 40));
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        picture.save(&bytes, "JPEG");
        capture::ReplayFrame frame;
        frame.frame = i;
        frame.time = i / 60.0;
        frame.jpeg = bytes.data();
        frame.balls = {{0, Vec2{500, 600}, QPointF(60, 90), false}};
        replay->frames.push_back(std::move(frame));
    }
    return replay;
}

// 9-ball: a legal break that pockets the 2; the breaker stays at the table.
ShotRecord breakPocketingTwo()
{
    ShotRecord shot;
    shot.firstContact = 1;
    shot.pocketed = {{2, PocketId::FootLeft}};
    shot.rails = {5};
    return shot;
}

} // namespace

class tst_RefereeReview : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aWaitingShotIsConfirmedFromTheReview();
    void aRefusedActionIsShownOnTheReview();
    void theTableScreenOpensTheReview();
    void onlyARefereeOrAManagerOverrules();

private:
    QLabel *reviewLabel(const char *name) const;

    std::unique_ptr<venue::TableScoreboard> m_scoreboard;
    std::unique_ptr<venue::TableReferee> m_referee;
    std::unique_ptr<capture::ReplayBuffer> m_replays;
    qint64 m_tableId = 0;
};

void tst_RefereeReview::init()
{
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    openWindow();
    QVERIFY(!m_model->tables().empty());
    m_tableId = m_model->tables().front().id;

    m_scoreboard = std::make_unique<venue::TableScoreboard>();
    m_referee = std::make_unique<venue::TableReferee>(*m_scoreboard);
    m_replays = std::make_unique<capture::ReplayBuffer>();
    rules::MatchSetup setup;
    setup.game = rules::Game::NineBall;
    Result<std::unique_ptr<venue::TableMatch>> match
        = venue::TableMatch::start(*m_database, m_tableId, setup, kPlayers);
    QVERIFY2(match, qPrintable(errorOf(match)));
    m_referee->follow(std::move(*match));
    m_window->setTableFeeds([this](qint64 tableId) {
        ui::TableFeed feed;
        if (tableId == m_tableId) {
            feed.scoreboard = m_scoreboard.get();
            feed.referee = m_referee.get();
            feed.replays = m_replays.get();
        }
        return feed;
    });
    QVERIFY(showWindow(1200, 800));
}

void tst_RefereeReview::cleanup()
{
    m_window.reset();
    m_referee.reset();
    m_scoreboard.reset();
    m_replays.reset();
    closeDemoVenue();
}

QLabel *tst_RefereeReview::reviewLabel(const char *name) const
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *review = qobject_cast<ui::ReviewScreen *>(widget)) {
            if (review->isVisible())
                return review->findChild<QLabel *>(QString::fromLatin1(name));
        }
    }
    return nullptr;
}

void tst_RefereeReview::aWaitingShotIsConfirmedFromTheReview()
{
    const ShotRecord shot = breakPocketingTwo();
    m_replays->add(replayOf(m_tableId, 1, shot));
    venue::TrackedShotReport report{
        1, shot, true, QStringLiteral("Ball 3 was hidden when the balls came to rest."),
        QStringLiteral("The tracked paths are physically possible.")};
    m_referee->shotTracked(report);
    QCOMPARE(m_referee->waiting(), 1);
    QVERIFY2(
        m_window->statusBar()->currentMessage().contains(QStringLiteral("waits for a referee")),
        qPrintable(m_window->statusBar()->currentMessage()));

    m_window->venueFloor()->selectTable(m_tableId);
    QAction *review = m_window->findChild<QAction *>(QStringLiteral("reviewShots"));
    QVERIFY(review);
    review->trigger();
    ui::ReviewScreen *screen = m_window->openReviewScreen(m_tableId);
    QVERIFY(screen);
    QVERIFY(QTest::qWaitForWindowExposed(screen));
    QVERIFY(screen->shot());
    QCOMPARE(screen->shot()->number, 1);
    QVERIFY(reviewLabel("stateLabel"));
    QVERIFY2(reviewLabel("stateLabel")->text().contains(QStringLiteral("Waiting")),
             qPrintable(reviewLabel("stateLabel")->text()));

    Q_EMIT screen->confirmRequested(1, QStringLiteral("Sam"),
                                    QStringLiteral("The 3 was behind the 8 all along."));
    const venue::RefereedShot *ruled = m_referee->shot(1);
    QCOMPARE(ruled->state, venue::RefereedShot::State::Ruled);
    QCOMPARE(ruled->reviewedBy, QStringLiteral("referee:Sam"));
    QCOMPARE(m_scoreboard->current().shots, 1);
    QTRY_VERIFY(reviewLabel("stateLabel")->text().contains(QStringLiteral("Ruled")));
    QVERIFY(reviewLabel("reviewedByLabel")->text().contains(QStringLiteral("Sam")));

    const Result<std::vector<storage::AuditEntry>> audit
        = storage::AuditLog(*m_database).recent(10);
    QVERIFY(audit);
    QVERIFY(std::any_of(audit->begin(), audit->end(), [](const storage::AuditEntry &entry) {
        return entry.actor == QStringLiteral("referee:Sam")
               && entry.details.contains(QStringLiteral("behind the 8"));
    }));
}

void tst_RefereeReview::aRefusedActionIsShownOnTheReview()
{
    m_replays->add(replayOf(m_tableId, 1, breakPocketingTwo()));
    m_referee->shotTracked({1, breakPocketingTwo(), false, {}, {}});
    ui::ReviewScreen *screen = m_window->openReviewScreen(m_tableId, 1);
    QVERIFY(screen);
    // An edit without a reason is refused by the table's referee, and the screen says why.
    Q_EMIT screen->correctRequested(1, ShotRecord{}, QStringLiteral("Sam"), QString());
    QLabel *problem = screen->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("reason")), qPrintable(problem->text()));
    QCOMPARE(m_referee->shot(1)->reviewedBy, QString());
}

void tst_RefereeReview::theTableScreenOpensTheReview()
{
    m_replays->add(replayOf(m_tableId, 1, breakPocketingTwo()));
    m_referee->shotTracked({1, breakPocketingTwo(), false, {}, {}});
    ui::TableScreen *table = m_window->openTableScreen(m_tableId);
    QVERIFY(table);
    QVERIFY(table->reviewAction()->isEnabled());
    table->reviewAction()->trigger();
    QTRY_VERIFY(reviewLabel("shotHeading"));
    QVERIFY(reviewLabel("rulingLabel")->text().contains(QStringLiteral("Efren")));
}

void tst_RefereeReview::onlyARefereeOrAManagerOverrules()
{
    storage::StaffRepository staff(*m_database);
    const qint64 venueId = m_model->currentVenue()->id;
    for (const auto &[name, role] :
         {std::pair{QStringLiteral("Dev"), QStringLiteral("desk")},
          std::pair{QStringLiteral("Rita"), QStringLiteral("referee")}}) {
        const Result<qint64> added = staff.addStaff(
            {0, venueId, name, role,
             venue::hashPinWith(QStringLiteral("2580"), "sixteen byte salt", 1000), true},
            QStringLiteral("system:test"));
        QVERIFY2(added, qPrintable(errorOf(added)));
    }
    venue::StaffDesk desk(*m_database);
    m_window->setStaffDesk(&desk);
    QVERIFY(desk.signIn(QStringLiteral("Dev"), QStringLiteral("2580")));

    m_replays->add(replayOf(m_tableId, 1, breakPocketingTwo()));
    m_referee->shotTracked({1, breakPocketingTwo(), false, {}, {}});
    ui::ReviewScreen *screen = m_window->openReviewScreen(m_tableId, 1);
    QVERIFY(screen);
    const int steps = m_referee->match()->stepCount();
    const rules::Correction correction{m_referee->match()->match().rack(),
                                       m_referee->match()->match().score()};
    Q_EMIT screen->overruleRequested(correction, QStringLiteral("Dev"),
                                     QStringLiteral("The 2 went in the other pocket."));
    QLabel *problem = screen->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problem && problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("Only a referee or a manager may overrule a ruling."));
    QCOMPARE(m_referee->match()->stepCount(), steps);
    const Result<std::vector<storage::AuditEntry>> audit
        = storage::AuditLog(*m_database).recent(20);
    QVERIFY(audit);
    QVERIFY(std::any_of(audit->begin(), audit->end(), [this](const storage::AuditEntry &entry) {
        return entry.action == QStringLiteral("access.refused")
               && entry.actor == QStringLiteral("staff:Dev")
               && entry.subject == QStringLiteral("table:%1").arg(m_tableId);
    }));

    // A referee signed in overrules: the correction is stored.
    desk.lock();
    QVERIFY(desk.signIn(QStringLiteral("Rita"), QStringLiteral("2580")));
    Q_EMIT screen->overruleRequested(correction, QStringLiteral("Rita"),
                                     QStringLiteral("The 2 went in the other pocket."));
    QCOMPARE(m_referee->match()->stepCount(), steps + 1);
    m_window.reset(); // before the desk it was given
}

QTEST_MAIN(tst_RefereeReview)
#include "tst_refereereview.moc"
