// The table screen on a table camera fed by a fake source (the simulated camera's picture of
// the balls, with their truth): the picture, the table from above, the scoreboard and the camera's
// health; zoom and full screen from the keyboard; a failed camera; the window opening one screen
// per table from the venue floor, and the cards' live thumbnails.

#include <mainwindow/mainwindow.h>
#include <tablescreen/cameraview.h>
#include <tablescreen/healthpanel.h>
#include <tablescreen/scoreboardpanel.h>
#include <tablescreen/tablediagram.h>
#include <tablescreen/tablescreen.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <capture/framesource.h>
#include <capture/replaybuffer.h>
#include <capture/tablecamera.h>
#include <capture/tabletracking.h>
#include <core/ball.h>
#include <core/tablespec.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/scoreboard.h>
#include <venue/venuemodel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>

#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <simulation/tablerenderer.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace dojo;
using capture::BallPosition;
using capture::SourceState;
using dojo::testsupport::errorOf;

namespace {

using Balls = std::vector<BallPosition>;

// A 9-ball rack in play: the cue ball in the kitchen after a foul, six balls left.
std::shared_ptr<const Balls> rackInPlay()
{
    return std::make_shared<const Balls>(Balls{{kCueBall, {520, 610}},
                                               {2, {1310, 240}},
                                               {3, {1905, 1120}},
                                               {5, {1580, 690}},
                                               {6, {2330, 170}},
                                               {7, {1620, 745}},
                                               {9, {2150, 560}}});
}

// What the simulated table's overhead camera sees of the balls where the truth puts them.
QImage overheadPicture(const Balls &balls)
{
    simulation::RenderSettings settings;
    const simulation::TableRenderer renderer(settings);
    std::vector<simulation::BallPose> poses;
    for (const BallPosition &ball : balls)
        poses.push_back(
            {ball.ball, ball.position, kBallRadius, simulation::scattered(7, ball.ball)});
    return renderer.render(poses, poses, 0);
}

// A camera stand-in: the same picture and truth every interval, or a failure at start.
class FakeSource : public capture::FrameSource
{
public:
    FakeSource(capture::FrameQueue &queue, const QElapsedTimer &clock, QImage picture,
               std::shared_ptr<const Balls> truth, QString failure)
        : FrameSource(queue, clock)
        , m_picture(std::move(picture))
        , m_truth(std::move(truth))
        , m_failure(std::move(failure))
    {
        m_timer.setInterval(1000 / 30);
        connect(&m_timer, &QTimer::timeout, this, [this] { deliver(m_picture, m_truth); });
    }

    void start() override
    {
        if (!m_failure.isEmpty()) {
            setState(SourceState::Failed, m_failure);
            return;
        }
        setState(SourceState::Running);
        m_timer.start();
    }
    void stop() override
    {
        m_timer.stop();
        setState(SourceState::Stopped);
    }

private:
    QImage m_picture;
    std::shared_ptr<const Balls> m_truth;
    QString m_failure;
    QTimer m_timer;
};

// A table's camera on a fake source, with the one consumer that takes every frame.
std::unique_ptr<capture::TableCamera> fakeCamera(QImage picture, std::shared_ptr<const Balls> truth,
                                                 QString failure = {})
{
    capture::SourceFactory factory
        = [picture, truth, failure](const capture::SourceSpec &, capture::FrameQueue &queue,
                                    const QElapsedTimer &clock) {
              return std::make_unique<FakeSource>(queue, clock, picture, truth, failure);
          };
    auto camera = std::make_unique<capture::TableCamera>(capture::SourceSpec{}, factory);
    capture::TableCamera *raw = camera.get();
    QObject::connect(raw, &capture::TableCamera::frameArrived, raw, [raw] {
        QElapsedTimer took;
        took.start();
        if (raw->takeFrame())
            raw->frameProcessed(took.nsecsElapsed() / 1e6);
    });
    camera->start();
    return camera;
}

venue::Scoreboard matchInPlay()
{
    venue::Scoreboard board;
    board.hasMatch = true;
    board.game = rules::Game::NineBall;
    board.players = {QStringLiteral("Ada"), QStringLiteral("Bo")};
    board.score = {3, 2};
    board.raceTo = 7;
    board.turn = 1;
    board.ballInHand = rules::BallInHand::Anywhere;
    board.foulsInARow = {1, 0};
    board.shots = 64;
    board.lastRuling = QStringLiteral(
        "Ada fouled: the cue ball did not hit the lowest ball first. Bo has ball in hand.");
    return board;
}

venue::Table nineFootTable()
{
    venue::Table table;
    table.id = 3;
    table.name = QStringLiteral("Table 3");
    table.size = TableSize::NineFoot;
    table.cameraSource = QStringLiteral("sim:3");
    table.status = venue::TableStatus::InPlay;
    return table;
}

template<typename W> W *child(const QWidget *parent, const QString &name)
{
    return parent->findChild<W *>(name);
}

QString labelText(const QWidget *parent, const QString &name)
{
    const auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

bool labelShown(const QWidget *parent, const QString &name)
{
    const auto *label = child<QLabel>(parent, name);
    return label && label->isVisibleTo(parent);
}

// The leading number of a figure such as "29.8 per second", in the user's locale.
double leadingNumber(const QString &text)
{
    return QLocale().toDouble(text.section(QLatin1Char(' '), 0, 0));
}

} // namespace

class tst_TableScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheTableLive();
    void drawsTheTrackedBalls();
    void withoutCameraOrMatch();
    void aFailedCameraSaysWhy();
    void zoomsAndFitsFromTheKeyboard();
    void fullScreenAndBack();
    void scoreboardReadsAsSaid_data();
    void scoreboardReadsAsSaid();
    void venueFloorOpensOneScreenPerTable();
};

void tst_TableScreen::showsTheTableLive()
{
    const auto truth = rackInPlay();
    auto camera = fakeCamera(overheadPicture(*truth), truth);
    venue::TableScoreboard scoreboard;
    scoreboard.show(matchInPlay());

    ui::TableScreen screen(nineFootTable(), {camera.get(), &scoreboard});
    screen.resize(1600, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QVERIFY(screen.windowTitle().contains(QStringLiteral("Table 3")));
    QVERIFY(screen.windowTitle().contains(QStringLiteral("DojoPool")));

    // Frames flow: the picture is the camera's, and the health counts them.
    QTRY_VERIFY_WITH_TIMEOUT(camera->health().framesInPerSecond > 0, 5000);
    QTRY_VERIFY(leadingNumber(labelText(&screen, QStringLiteral("framesInLabel"))) > 0);
    QTRY_VERIFY(leadingNumber(labelText(&screen, QStringLiteral("framesProcessedLabel"))) > 0);
    QCOMPARE(labelText(&screen, QStringLiteral("stateLabel")), QStringLiteral("Live"));
    QCOMPARE(labelText(&screen, QStringLiteral("sourceLabel")), QStringLiteral("sim:3"));
    QVERIFY(!labelShown(&screen, QStringLiteral("problemLabel")));
    QCOMPARE(screen.cameraView()->image().size(), QSize(1920, 1080));
    QCOMPARE(screen.cameraView()->image().cacheKey(), camera->latest().image.cacheKey());
    QVERIFY(screen.cameraView()->noteText().isEmpty());

    // The table from above has every ball of the truth, each drawn in its colour.
    ui::TableDiagram *diagram = screen.diagram();
    QCOMPARE(diagram->balls().size(), truth->size());
    const QImage drawn = diagram->grab().toImage();
    for (const BallPosition &position : *truth) {
        // Off the centre (where the number is) but inside the ball: its colour or its white.
        const QPointF inside = diagram->toWidget(position.position + Vec2{-kBallRadius * 0.7, 0});
        const QColor seen = drawn.pixelColor((inside * drawn.devicePixelRatio()).toPoint());
        const Ball &kind = ball(position.ball);
        // A stripe's band runs through the middle, left to right.
        const QColor expected
            = kind.kind == BallKind::Cue ? QColor(0xf7, 0xf4, 0xea) : QColor::fromRgb(kind.rgb);
        const int off = std::abs(seen.red() - expected.red())
                        + std::abs(seen.green() - expected.green())
                        + std::abs(seen.blue() - expected.blue());
        QVERIFY2(off < 60, qPrintable(QStringLiteral("ball %1 drawn as %2, not %3")
                                          .arg(position.ball)
                                          .arg(seen.name(), expected.name())));
    }

    // The scoreboard: Ada 3, Bo 2 in a race to 7; Bo at the table with ball in hand.
    QCOMPARE(labelText(&screen, QStringLiteral("matchLabel")), QStringLiteral("9-ball, race to 7"));
    QCOMPARE(labelText(&screen, QStringLiteral("playerName0")), QStringLiteral("Ada"));
    QCOMPARE(labelText(&screen, QStringLiteral("playerScore0")), QStringLiteral("3"));
    QCOMPARE(labelText(&screen, QStringLiteral("playerName1")), QStringLiteral("Bo"));
    QCOMPARE(labelText(&screen, QStringLiteral("playerScore1")), QStringLiteral("2"));
    QVERIFY(labelShown(&screen, QStringLiteral("playerTurn1")));
    QVERIFY(!labelShown(&screen, QStringLiteral("playerTurn0")));
    QCOMPARE(labelText(&screen, QStringLiteral("ballInHandLabel")),
             QStringLiteral("Bo has ball in hand."));
    QVERIFY(labelShown(&screen, QStringLiteral("playerFouls0")));
    QCOMPARE(labelText(&screen, QStringLiteral("playerFouls0")),
             QStringLiteral("Fouls in a row: 1"));
    QVERIFY(!labelShown(&screen, QStringLiteral("playerFouls1")));
    QCOMPARE(labelText(&screen, QStringLiteral("lastRulingLabel")), matchInPlay().lastRuling);
    QVERIFY(!labelShown(&screen, QStringLiteral("noMatchLabel")));

    QTest::qWait(1200); // a second more of frames, so the figures read as they do in a venue
    const QImage shot = screen.grab().toImage();
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/table-screen.png");
    QVERIFY2(shot.save(path), qPrintable(path));
}

// With tracking, the table from above shows the balls where the tracker sees them, and the
// screen says how tracking goes.
void tst_TableScreen::drawsTheTrackedBalls()
{
    const auto truth = rackInPlay();
    auto camera = fakeCamera(overheadPicture(*truth), truth);
    capture::ReplayBuffer replays;
    capture::TableTracking tracking(1, TableSize::NineFoot, std::nullopt, &replays);
    tracking.follow(*camera);
    ui::TableScreen screen(nineFootTable(), {camera.get(), nullptr, &tracking, nullptr, &replays});
    screen.resize(1600, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QTRY_VERIFY_WITH_TIMEOUT(tracking.latest().calibrated, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(screen.diagram()->balls().size() + 1 >= truth->size(), 15000);
    // Each drawn ball lies where a ball lies (who is who is the tracking benchmark's to
    // measure: identity over all ball-frames).
    for (const capture::BallPosition &tracked : screen.diagram()->balls()) {
        const auto found = std::find_if(truth->begin(), truth->end(), [&](const auto &ball) {
            return distance(ball.position, tracked.position) < 5.0;
        });
        QVERIFY2(found != truth->end(), qPrintable(QStringLiteral("ball %1 at %2, %3")
                                                       .arg(tracked.ball)
                                                       .arg(tracked.position.x)
                                                       .arg(tracked.position.y)));
    }
    QTRY_VERIFY(labelText(&screen, QStringLiteral("trackingText"))
                    .startsWith(QStringLiteral("Tracking: ")));
    QVERIFY(!screen.reviewAction()->isEnabled()); // no referee: nothing to review
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/table-screen-tracked.png");
    QVERIFY2(screen.grab().toImage().save(path), qPrintable(path));
}

void tst_TableScreen::withoutCameraOrMatch()
{
    ui::TableScreen screen(nineFootTable(), {});
    screen.resize(1600, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QVERIFY(labelShown(&screen, QStringLiteral("noMatchLabel")));
    QCOMPARE(labelText(&screen, QStringLiteral("noMatchLabel")),
             QStringLiteral("No match at this table."));
    QVERIFY(!labelShown(&screen, QStringLiteral("playerName0")));
    QCOMPARE(screen.cameraView()->noteText(),
             QStringLiteral("No camera is set up for this table."));
    QVERIFY(!screen.diagram()->knowsBalls());
}

void tst_TableScreen::aFailedCameraSaysWhy()
{
    const QString problem = QStringLiteral("The camera “Overhead 3” was unplugged.");
    auto camera = fakeCamera({}, nullptr, problem);
    ui::TableScreen screen(nineFootTable(), {camera.get(), nullptr});
    screen.resize(1600, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QTRY_COMPARE(camera->health().state, SourceState::Failed);
    const QString note = screen.cameraView()->noteText();
    QVERIFY2(note.contains(problem), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("Trying again")), qPrintable(note));
    QTRY_COMPARE(labelText(&screen, QStringLiteral("stateLabel")), QStringLiteral("Not working"));
    QVERIFY(labelShown(&screen, QStringLiteral("problemLabel")));
    QCOMPARE(labelText(&screen, QStringLiteral("problemLabel")), problem);
    // The camera is retried: the retries are counted on the screen.
    QTRY_VERIFY_WITH_TIMEOUT(camera->health().retries > 0, 5000);
    QTRY_VERIFY(leadingNumber(labelText(&screen, QStringLiteral("retriesLabel"))) > 0);
    screen.grab().save(QStringLiteral(DOJO_BUILD_DIR "/table-screen-failed.png"));
}

void tst_TableScreen::zoomsAndFitsFromTheKeyboard()
{
    ui::TableScreen screen(nineFootTable(), {});
    screen.cameraView()->setImage(overheadPicture(*rackInPlay()));
    screen.resize(1600, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    ui::CameraView *view = screen.cameraView();
    QVERIFY(view->isFit());
    const double fitted = view->scale();
    QVERIFY(fitted > 0.3 && fitted < 1.0); // 1920 wide in a view of about 1180

    QTest::keyClick(&screen, Qt::Key_Plus);
    QVERIFY(!view->isFit());
    QVERIFY(view->scale() > fitted);
    const double once = view->scale();
    QTest::keyClick(&screen, Qt::Key_Plus);
    QVERIFY(view->scale() > once);
    QTest::keyClick(&screen, Qt::Key_Minus);
    QCOMPARE(view->scale(), once);

    // Dragging moves the picture with the mouse: what was right of the middle comes to it.
    const QPointF before = view->pictureCentre();
    const QPoint from = view->rect().center();
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(view, from - QPoint(100, 0));
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, from - QPoint(100, 0));
    QVERIFY2(view->pictureCentre().x() > before.x() + 50 / once,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.x()).arg(view->pictureCentre().x())));
    QCOMPARE(view->pictureCentre().y(), before.y());
    QTest::keyClick(view, Qt::Key_Left); // and the arrows move it back
    QVERIFY(view->pictureCentre().x() < before.x() + 100 / once);
    QTest::keyClick(&screen, Qt::Key_0);
    QVERIFY(view->isFit());
    QCOMPARE(view->scale(), fitted);
    QTest::keyClick(&screen, Qt::Key_Minus); // never smaller than the whole picture
    QVERIFY(view->isFit());

    // The wheel zooms where it points.
    const QPointF at(view->width() * 0.25, view->height() * 0.5);
    QWheelEvent wheel(at, view->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(view->scale() > fitted);
    QVERIFY(labelText(&screen, QStringLiteral("zoomLabel")).startsWith(QStringLiteral("Zoom")));
}

void tst_TableScreen::fullScreenAndBack()
{
    ui::TableScreen screen(nineFootTable(), {});
    screen.resize(1600, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QWidget *side = child<QWidget>(&screen, QStringLiteral("tableSidePanel"));
    QVERIFY(side && side->isVisible());

    QTest::keyClick(&screen, Qt::Key_F11);
    QVERIFY(screen.isPictureFullScreen());
    QVERIFY(screen.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(!side->isVisible());
    QTest::keyClick(&screen, Qt::Key_Escape);
    QVERIFY(!screen.isPictureFullScreen());
    QVERIFY(!screen.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(side->isVisible());

    QTest::mouseDClick(screen.cameraView(), Qt::LeftButton);
    QVERIFY(screen.isPictureFullScreen());
    QTest::keyClick(&screen, Qt::Key_F11);
    QVERIFY(!screen.isPictureFullScreen());
}

void tst_TableScreen::scoreboardReadsAsSaid_data()
{
    QTest::addColumn<venue::Scoreboard>("board");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("text");

    venue::Scoreboard kitchen = matchInPlay();
    kitchen.ballInHand = rules::BallInHand::BehindHeadString;
    QTest::newRow("behind the head string")
        << kitchen << QStringLiteral("ballInHandLabel")
        << QStringLiteral("Bo has ball in hand behind the head string.");

    venue::Scoreboard groups = matchInPlay();
    groups.game = rules::Game::EightBall;
    groups.groupOfFirstSeat = rules::Group::Stripes;
    QTest::newRow("8-ball groups, first seat")
        << groups << QStringLiteral("playerGroup0") << QStringLiteral("Stripes");
    QTest::newRow("8-ball groups, second seat")
        << groups << QStringLiteral("playerGroup1") << QStringLiteral("Solids");

    venue::Scoreboard open = groups;
    open.groupOfFirstSeat.reset();
    QTest::newRow("8-ball open table") << open << QStringLiteral("openTableLabel")
                                       << QStringLiteral("Open table: no groups are chosen yet.");

    venue::Scoreboard twoFouls = matchInPlay();
    twoFouls.foulsInARow = {2, 0};
    QTest::newRow("two fouls") << twoFouls << QStringLiteral("playerFouls0")
                               << QStringLiteral("Fouls in a row: 2");

    venue::Scoreboard fresh = matchInPlay();
    fresh.score = {0, 0};
    fresh.raceTo = 0;
    fresh.lastRuling.clear();
    fresh.shots = 0;
    QTest::newRow("no race") << fresh << QStringLiteral("matchLabel") << QStringLiteral("9-ball");
    QTest::newRow("before the first shot") << fresh << QStringLiteral("lastRulingLabel")
                                           << QStringLiteral("No shot has been played yet.");

    venue::Scoreboard straight = matchInPlay();
    straight.game = rules::Game::StraightPool;
    straight.raceTo = 100;
    QTest::newRow("14.1 to points") << straight << QStringLiteral("matchLabel")
                                    << QStringLiteral("14.1 continuous, to 100 points");
}

void tst_TableScreen::scoreboardReadsAsSaid()
{
    QFETCH(venue::Scoreboard, board);
    QFETCH(QString, label);
    QFETCH(QString, text);
    venue::TableScoreboard scoreboard;
    ui::ScoreboardPanel panel;
    panel.setScoreboard(&scoreboard);
    QVERIFY(!labelShown(&panel, QStringLiteral("playerName0")));
    scoreboard.show(board); // the panel follows the table's scoreboard as it changes
    QVERIFY(labelShown(&panel, label));
    QCOMPARE(labelText(&panel, label), text);
}

void tst_TableScreen::venueFloorOpensOneScreenPerTable()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(data.path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    std::unique_ptr<storage::Database> database = std::move(*opened);
    storage::VenueRepository venues(*database);
    const Result<bool> demo = venue::ensureDemoVenue(venues);
    QVERIFY2(demo && *demo, qPrintable(errorOf(demo)));
    QSettings settings(data.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    venue::VenueModel model(*database);
    ui::MainWindow window(model, settings);
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Every table has a camera; the last one's is unplugged.
    const std::vector<ui::TableCard *> cards = window.venueFloor()->cards();
    QCOMPARE(cards.size(), size_t(4));
    std::map<qint64, std::unique_ptr<capture::TableCamera>> cameras;
    std::map<qint64, std::unique_ptr<venue::TableScoreboard>> scoreboards;
    const auto truth = rackInPlay();
    const QImage picture = overheadPicture(*truth);
    for (ui::TableCard *card : cards) {
        const qint64 id = card->table().id;
        cameras[id] = card == cards.back()
                          ? fakeCamera({}, nullptr, QStringLiteral("The camera was unplugged."))
                          : fakeCamera(picture, truth);
        scoreboards[id] = std::make_unique<venue::TableScoreboard>();
    }
    scoreboards[cards[0]->table().id]->show(matchInPlay());
    window.setTableFeeds([&](qint64 tableId) {
        return ui::TableFeed{cameras.at(tableId).get(), scoreboards.at(tableId).get()};
    });

    // The cards show what their cameras see, and which camera is not working.
    for (size_t i = 0; i + 1 < cards.size(); ++i)
        QTRY_VERIFY_WITH_TIMEOUT(!cards[i]->thumbnail().isNull(), 5000);
    QTRY_VERIFY(cards.back()->isCameraFailed());
    QVERIFY(cards.back()->thumbnail().isNull());
    QVERIFY(!cards.front()->isCameraFailed());
    const QSize thumbnail = cards.front()->thumbnail().deviceIndependentSize().toSize();
    QVERIFY(thumbnail.width() <= cards.front()->width() && thumbnail.height() <= 112);
    window.grab().save(QStringLiteral(DOJO_BUILD_DIR "/venue-floor-live.png"));

    // A double-click opens the table's screen; Enter on it again raises the same one.
    QTest::mouseDClick(cards[0], Qt::LeftButton);
    QCOMPARE(window.tableScreens().size(), size_t(1));
    ui::TableScreen *first = window.tableScreens().front();
    QCOMPARE(first->table().id, cards[0]->table().id);
    QCOMPARE(first->feed().camera, cameras.at(cards[0]->table().id).get());
    QVERIFY(first->isVisible());
    QCOMPARE(labelText(first, QStringLiteral("playerName1")), QStringLiteral("Bo"));
    cards[0]->setFocus();
    QTest::keyClick(cards[0], Qt::Key_Return);
    QCOMPARE(window.tableScreens().size(), size_t(1));
    QCOMPARE(window.tableScreens().front(), first);

    // A second table opens a second screen beside the first.
    cards[1]->setFocus();
    QTest::keyClick(cards[1], Qt::Key_Return);
    QCOMPARE(window.tableScreens().size(), size_t(2));
    std::set<qint64> shown;
    for (ui::TableScreen *screen : window.tableScreens())
        shown.insert(screen->table().id);
    QCOMPARE(shown, (std::set<qint64>{cards[0]->table().id, cards[1]->table().id}));
    QVERIFY(labelShown(window.tableScreens().back(), QStringLiteral("noMatchLabel")));

    // Closing one screen forgets it; closing the window closes the rest.
    first->close();
    QCOMPARE(window.tableScreens().size(), size_t(1));
    window.close();
    QVERIFY(window.tableScreens().empty());
}

QTEST_MAIN(tst_TableScreen)
#include "tst_tablescreen.moc"
