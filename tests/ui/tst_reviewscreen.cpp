// The referee's review screen on a shot of the simulated table: the rendered frames stored as
// the replay buffer stores them (JPEG, 960x540) with the balls where the renderer put them;
// stepping and slow motion, the record as sentences, the referee's confirmation, edit and
// overrule as signals with what was entered, the ruling as the referee answers it.

#include <review/overruledialog.h>
#include <review/refereedialog.h>
#include <review/refereenote.h>
#include <review/replayview.h>
#include <review/reviewscreen.h>
#include <review/shotrecorddialog.h>

#include <capture/replayshot.h>
#include <core/ball.h>
#include <core/tablespec.h>
#include <physics/shotevent.h>
#include <rules/rackstate.h>
#include <simulation/tableplayback.h>
#include <simulation/tablerenderer.h>

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>

using namespace dojo;

namespace {

constexpr double kFramesPerSecond = 30.0;
const QSize kPictureSize(960, 540);

struct Filmed
{
    long long frame = 0;
    double time = 0.0;
    std::vector<simulation::BallPose> opens; // the balls as the shutter opens and closes
    std::vector<simulation::BallPose> closes;
};

QByteArray jpeg(const QImage &picture)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "JPG", 85);
    return bytes;
}

// A shot worth reviewing: not the break, an object ball pocketed after a first contact, and
// a ball at a rail after it, the balls rolling a while.
bool worthReviewing(const simulation::FinishedShot &finished)
{
    const ShotRecord &shot = finished.played.shot;
    if (finished.end - finished.start < 2.5) // long enough for paths to read
        return false;
    const bool objectPocketed = std::any_of(shot.pocketed.begin(), shot.pocketed.end(),
                                            [](const PocketedBall &p) { return p.ball != 0; });
    return !shot.isBreak && objectPocketed && shot.firstContact && !shot.rails.empty()
           && !shot.scratched();
}

// The replay of the first such shot of a simulated 9-ball match, as the tracker would hand it
// to the replay buffer: every frame's picture and balls, the table's outline and pockets.
struct FilmedShot
{
    std::shared_ptr<const capture::ReplayShot> replay;
    std::vector<physics::ShotEvent> events; // the physics' truth, seconds from the strike
};

FilmedShot filmedShot()
{
    simulation::GameSettings game;
    game.seed = 11;
    simulation::TablePlayback playback(game);
    simulation::RenderSettings render;
    render.camera.resolution = kPictureSize;
    render.seed = 11;
    const simulation::TableRenderer renderer(render);
    const simulation::CameraModel &camera = renderer.camera();
    const double half = std::min(render.exposure, 1.0 / kFramesPerSecond) / 2;

    std::deque<Filmed> filmed;
    for (long long frame = 0; frame < 20 * 60 * kFramesPerSecond; ++frame) {
        const double time = double(frame) / kFramesPerSecond;
        Filmed now{frame, time, playback.advanceTo(std::max(0.0, time - half)), {}};
        now.closes = playback.advanceTo(time + half);
        filmed.push_back(std::move(now));
        for (const simulation::FinishedShot &finished : playback.takeFinishedShots()) {
            if (!worthReviewing(finished)) {
                std::erase_if(filmed, [&](const Filmed &f) { return f.time < finished.end; });
                continue;
            }
            auto shot = std::make_shared<capture::ReplayShot>();
            shot->tableId = 3;
            shot->number = finished.played.number;
            shot->table = game.table;
            shot->pictureSize = kPictureSize;
            const TableSpec &spec = tableSpec(game.table);
            const std::array<Vec2, 4> corners{Vec2{0, 0}, Vec2{spec.length, 0}, Vec2{0, spec.width},
                                              Vec2{spec.length, spec.width}};
            for (size_t i = 0; i < corners.size(); ++i)
                shot->corners[i] = *camera.project({corners[i].x, corners[i].y, kBallRadius});
            for (PocketId id : kAllPockets) {
                const Vec2 centre = spec.pocket(id).centre;
                shot->pockets[size_t(id)] = *camera.project({centre.x, centre.y, kBallRadius});
            }
            shot->shot = finished.played.shot;
            shot->start = finished.start;
            shot->end = finished.end;
            shot->needsReview = true;
            shot->reason = QStringLiteral("The 8 ball was not identified before the strike.");
            shot->pathVerdict = QStringLiteral("The tracked paths agree with the physics.");
            for (const Filmed &f : filmed) {
                if (f.time < finished.start - 0.3 || f.time > finished.end + 0.2)
                    continue;
                capture::ReplayFrame replay;
                replay.frame = f.frame;
                replay.time = f.time;
                replay.jpeg = jpeg(renderer.render(f.opens, f.closes, f.frame));
                for (const simulation::BallPose &pose : f.closes) {
                    const std::optional<QPointF> pixel
                        = camera.project({pose.position.x, pose.position.y, pose.height});
                    if (!pixel)
                        continue;
                    // As a tracker reports them: the 8 not identified before the strike, the
                    // 7 hidden under the player's arm as the cue strikes.
                    const bool unknown = pose.number == kEightBall && f.time < finished.start;
                    const bool hidden = pose.number == 7 && f.time >= finished.start - 0.2
                                        && f.time < finished.start + 0.1;
                    replay.balls.push_back(
                        {unknown ? -1 : pose.number, pose.position, *pixel, hidden});
                }
                shot->frames.push_back(std::move(replay));
            }
            return {shot, finished.played.result.events};
        }
    }
    return {};
}

// The time of the first event of `kind` for `ball` at or after `from`, seconds from the strike.
std::optional<double> firstEvent(const std::vector<physics::ShotEvent> &events,
                                 physics::ShotEvent::Kind kind, int ball, double from = 0.0)
{
    for (const physics::ShotEvent &event : events)
        if (event.kind == kind && event.time >= from
            && (event.ball == ball || event.otherBall == ball))
            return event.time;
    return std::nullopt;
}

QString labelText(const QWidget *parent, const QString &name)
{
    const auto *label = parent->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

bool labelShown(const QWidget *parent, const QString &name)
{
    const auto *label = parent->findChild<QLabel *>(name);
    return label && label->isVisibleTo(parent);
}

QPushButton *button(const QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

// How the review names a pocket, from its FORMAT.md key.
QString pocketWords(PocketId pocket)
{
    const QString key = pocketKey(pocket);
    if (key.startsWith(QStringLiteral("side-")))
        return QStringLiteral("%1 side").arg(key.mid(5));
    return QStringLiteral("%1 corner").arg(key);
}

// A 9-ball rack in play: Bo to shoot with ball in hand after Ada's foul, 3 to 2 in racks.
rules::RackState rackInPlay()
{
    rules::RackState rack = rules::newRack(rules::Game::NineBall, 0);
    rack.breakDue = false;
    rack.onTable = rules::BallSet::range(4, 9);
    rack.turn = 1;
    rack.ballInHand = rules::BallInHand::Anywhere;
    rack.foulsInARow = {1, 0};
    return rack;
}

const std::array<QString, 2> kPlayers{QStringLiteral("Ada"), QStringLiteral("Bo")};

} // namespace

class tst_ReviewScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheShotAndItsRecord();
    void stepsFrameByFrame();
    void slowMotionSlowsThePlayback();
    void confirmEditAndOverruleAsk();
    void theShotEditorWorksFromTheKeyboard();
    void showsTheRuling();
    void screenshot();

private:
    // The time of a replay frame, seconds from the strike.
    double since(int frame) const { return m_shot->frames[size_t(frame)].time - m_shot->start; }

    std::shared_ptr<const capture::ReplayShot> m_shot;
    std::vector<physics::ShotEvent> m_events;
};

void tst_ReviewScreen::initTestCase()
{
    const FilmedShot filmed = filmedShot();
    m_shot = filmed.replay;
    m_events = filmed.events;
    QVERIFY2(m_shot, "the simulated match played no shot worth reviewing");
    QVERIFY(m_shot->frames.size() > 20);
}

void tst_ReviewScreen::showsTheShotAndItsRecord()
{
    ui::ReviewScreen screen(QStringLiteral("Table 3"));
    screen.showShot(m_shot);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QCOMPARE(screen.windowTitle(),
             QStringLiteral("Table 3 — review of shot %1").arg(m_shot->number));
    QCOMPARE(screen.frame(), 0);
    QCOMPARE(labelText(&screen, QStringLiteral("frameLabel")),
             QStringLiteral("Frame 1 of %1").arg(m_shot->frames.size()));
    QCOMPARE(screen.replayView()->picture().size(), kPictureSize);

    // The record reads as sentences: the first contact and every pocketed ball with its pocket.
    const QString record = labelText(&screen, QStringLiteral("shotRecordLabel"));
    QVERIFY2(
        record.contains(
            QStringLiteral("The cue ball hit the %1 ball first.").arg(*m_shot->shot.firstContact)),
        qPrintable(record));
    for (const PocketedBall &pocketed : m_shot->shot.pocketed) {
        const QString sentence = QStringLiteral("The %1 ball dropped into the %2 pocket.")
                                     .arg(pocketed.ball)
                                     .arg(pocketWords(pocketed.pocket));
        QVERIFY2(record.contains(sentence), qPrintable(record + QStringLiteral(" / ") + sentence));
    }
    QVERIFY(labelShown(&screen, QStringLiteral("reviewReasonLabel")));
    QCOMPARE(labelText(&screen, QStringLiteral("reviewReasonLabel")), m_shot->reason);
    QCOMPARE(labelText(&screen, QStringLiteral("pathVerdictLabel")), m_shot->pathVerdict);
    QCOMPARE(labelText(&screen, QStringLiteral("stateLabel")),
             QStringLiteral("Waiting for a referee."));

    // The marks over the replay, against the physics' events: the first contact in the frame
    // nearest to it; each pocketed ball gone once it dropped; each ball the record lists at a
    // rail marked within a frame of its first cushion after the contact.
    using Kind = physics::ShotEvent::Kind;
    const double frameTime = 1.0 / kFramesPerSecond;
    const ui::ReplayMarks &marks = screen.replayView()->marks();
    QVERIFY(marks.firstContact);
    QCOMPARE(marks.firstContact->ball, *m_shot->shot.firstContact);
    const std::optional<double> contact
        = firstEvent(m_events, Kind::BallBall, *m_shot->shot.firstContact);
    QVERIFY(contact);
    QVERIFY2(std::abs(since(marks.firstContact->frame) - *contact) <= frameTime,
             qPrintable(QStringLiteral("marked at %1 s, touched at %2 s")
                            .arg(since(marks.firstContact->frame))
                            .arg(*contact)));
    QCOMPARE(marks.drops.size(), m_shot->shot.pocketed.size());
    for (const ui::ReplayMarks::Drop &drop : marks.drops) {
        const std::optional<double> dropped = firstEvent(m_events, Kind::Pocket, drop.ball);
        QVERIFY(dropped);
        QVERIFY(since(drop.frame) >= *dropped);
        QVERIFY(since(drop.frame) <= *dropped + 0.5);
    }
    QCOMPARE(marks.rails.size(), m_shot->shot.rails.size());
    for (const ui::ReplayMarks::Contact &rail : marks.rails) {
        const std::optional<double> cushion
            = firstEvent(m_events, Kind::BallCushion, rail.ball, *contact);
        QVERIFY(cushion);
        QVERIFY2(std::abs(since(rail.frame) - *cushion) <= 1.5 * frameTime,
                 qPrintable(QStringLiteral("the %1 marked at %2 s, at the rail at %3 s")
                                .arg(rail.ball)
                                .arg(since(rail.frame))
                                .arg(*cushion)));
    }
    QVERIFY(marks.pixelsPerMillimetre > 0.2 && marks.pixelsPerMillimetre < 0.5);
}

void tst_ReviewScreen::stepsFrameByFrame()
{
    ui::ReviewScreen screen(QStringLiteral("Table 3"));
    screen.showShot(m_shot);
    screen.show();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    const int last = int(m_shot->frames.size()) - 1;

    const qint64 first = screen.replayView()->picture().cacheKey();
    QTest::keyClick(&screen, Qt::Key_Right);
    QCOMPARE(screen.frame(), 1);
    QCOMPARE(labelText(&screen, QStringLiteral("frameLabel")),
             QStringLiteral("Frame 2 of %1").arg(last + 1));
    QVERIFY(screen.replayView()->picture().cacheKey() != first); // the next picture, decoded
    QTest::keyClick(&screen, Qt::Key_Right);
    QCOMPARE(screen.frame(), 2);
    QTest::keyClick(&screen, Qt::Key_Left);
    QCOMPARE(screen.frame(), 1);
    QTest::keyClick(&screen, Qt::Key_End);
    QCOMPARE(screen.frame(), last);
    QCOMPARE(labelText(&screen, QStringLiteral("frameLabel")),
             QStringLiteral("Frame %1 of %1").arg(last + 1));
    QTest::keyClick(&screen, Qt::Key_Right); // never past the last frame
    QCOMPARE(screen.frame(), last);
    QTest::keyClick(&screen, Qt::Key_Home);
    QCOMPARE(screen.frame(), 0);
    QTest::keyClick(&screen, Qt::Key_Left);
    QCOMPARE(screen.frame(), 0);

    // The buttons do the same; the time is the frame's since the strike.
    QTest::mouseClick(screen.findChild<QWidget *>(QStringLiteral("stepForwardButton")),
                      Qt::LeftButton);
    QCOMPARE(screen.frame(), 1);
    const double since = m_shot->frames[1].time - m_shot->start;
    QCOMPARE(labelText(&screen, QStringLiteral("timeLabel")),
             since < 0 ? QStringLiteral("%1 s before the strike").arg(-since, 0, 'f', 2)
                       : QStringLiteral("%1 s after the strike").arg(since, 0, 'f', 2));

    // Space plays from here, and pauses.
    QTest::keyClick(&screen, Qt::Key_Space);
    QVERIFY(screen.isPlaying());
    QTRY_VERIFY(screen.frame() > 3);
    QTest::keyClick(&screen, Qt::Key_Space);
    QVERIFY(!screen.isPlaying());
    const int paused = screen.frame();
    QTest::qWait(3 * screen.playbackInterval());
    QCOMPARE(screen.frame(), paused);
}

void tst_ReviewScreen::slowMotionSlowsThePlayback()
{
    ui::ReviewScreen screen(QStringLiteral("Table 3"));
    screen.showShot(m_shot);
    const int full = screen.playbackInterval();
    // The camera's frame interval at full speed.
    const double interval = (m_shot->frames.back().time - m_shot->frames.front().time)
                            / double(m_shot->frames.size() - 1);
    QVERIFY2(std::abs(full - 1000 * interval) <= 1, qPrintable(QString::number(full)));

    auto *speed = screen.findChild<QComboBox *>(QStringLiteral("speedCombo"));
    QVERIFY(speed);
    QCOMPARE(speed->count(), 4);
    for (int index = 0; index < speed->count(); ++index) {
        speed->setCurrentIndex(index);
        Q_EMIT speed->activated(index);
        const double factor = ui::ReviewScreen::kSpeeds[size_t(index)];
        QCOMPARE(screen.speed(), factor);
        QVERIFY2(std::abs(screen.playbackInterval() - full / factor) <= 1.0 / factor,
                 qPrintable(QString::number(screen.playbackInterval())));
    }
    // While playing, the frames come at the chosen speed's interval.
    auto *timer = screen.findChild<QTimer *>(QStringLiteral("playbackTimer"));
    QVERIFY(timer);
    screen.play();
    QVERIFY(screen.isPlaying());
    QCOMPARE(timer->interval(), screen.playbackInterval());
    screen.setSpeed(1.0);
    QCOMPARE(timer->interval(), full);
    screen.setSpeed(0.25);
    QCOMPARE(timer->interval(), screen.playbackInterval());
    QVERIFY(timer->interval() >= 4 * full - 4);
}

void tst_ReviewScreen::confirmEditAndOverruleAsk()
{
    ui::ReviewScreen screen(QStringLiteral("Table 3"));
    screen.showShot(m_shot);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));

    struct Confirmed
    {
        int number;
        QString referee;
        QString reason;
    };
    std::optional<Confirmed> confirmed;
    connect(&screen, &ui::ReviewScreen::confirmRequested, this,
            [&](int number, const QString &referee, const QString &reason) {
                confirmed = Confirmed{number, referee, reason};
            });

    // Confirm: the name is required, the reason is not.
    QTest::mouseClick(button(&screen, QStringLiteral("confirmButton")), Qt::LeftButton);
    auto *confirm = screen.findChild<ui::RefereeDialog *>(QStringLiteral("confirmDialog"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY(!confirm->acceptButton()->isEnabled());
    QTest::keyClicks(confirm->note()->refereeEdit(), QStringLiteral("Ada Lovelace"));
    QVERIFY(confirm->acceptButton()->isEnabled());
    QTest::mouseClick(confirm->acceptButton(), Qt::LeftButton);
    QVERIFY(confirmed);
    QCOMPARE(confirmed->number, m_shot->number);
    QCOMPARE(confirmed->referee, QStringLiteral("Ada Lovelace"));
    QVERIFY(confirmed->reason.isEmpty());
    QCOMPARE(screen.referee(), QStringLiteral("Ada Lovelace"));

    // Edit: the record as the camera saw it, the referee remembered, a reason required.
    std::optional<std::tuple<int, ShotRecord, QString, QString>> corrected;
    connect(
        &screen, &ui::ReviewScreen::correctRequested, this,
        [&](int number, const ShotRecord &edited, const QString &referee, const QString &reason) {
            corrected = {number, edited, referee, reason};
        });
    QTest::mouseClick(button(&screen, QStringLiteral("editButton")), Qt::LeftButton);
    auto *edit = screen.findChild<ui::ShotRecordDialog *>();
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    QCOMPARE(edit->shot(), m_shot->shot);
    QCOMPARE(edit->referee(), QStringLiteral("Ada Lovelace"));
    QVERIFY(!edit->acceptButton()->isEnabled());
    // The referee saw the pocketed ball drop into the other corner at that end, and the cue
    // ball hit another ball first.
    ShotRecord expected = m_shot->shot;
    const PocketId was = expected.pocketed.front().pocket;
    const PocketId instead = was == PocketId::FootLeft ? PocketId::FootRight : PocketId::FootLeft;
    expected.pocketed.front().pocket = instead;
    edit->setPocketed(expected.pocketed.front().ball, instead);
    const int otherContact = *expected.firstContact == 1 ? 2 : 1;
    expected.firstContact = otherContact;
    edit->setFirstContact(otherContact);
    expected.offTable.push_back(otherContact);
    edit->setOffTable(otherContact, true);
    QTest::keyClicks(edit->note()->reasonEdit(), QStringLiteral("The replay shows the kiss."));
    QVERIFY(edit->acceptButton()->isEnabled());
    QTest::mouseClick(edit->acceptButton(), Qt::LeftButton);
    QVERIFY(corrected);
    QCOMPARE(std::get<0>(*corrected), m_shot->number);
    ShotRecord edited = std::get<1>(*corrected);
    std::sort(expected.rails.begin(), expected.rails.end());
    QCOMPARE(edited, expected);
    QCOMPARE(std::get<2>(*corrected), QStringLiteral("Ada Lovelace"));
    QCOMPARE(std::get<3>(*corrected), QStringLiteral("The replay shows the kiss."));

    // Overrule: nothing to overrule without a match; with one, prefilled with it.
    QVERIFY(!button(&screen, QStringLiteral("overruleButton"))->isEnabled());
    const rules::RackState rack = rackInPlay();
    screen.setMatch(rack, {3, 2}, kPlayers);
    QVERIFY(button(&screen, QStringLiteral("overruleButton"))->isEnabled());
    std::optional<std::tuple<rules::Correction, QString, QString>> overruled;
    connect(
        &screen, &ui::ReviewScreen::overruleRequested, this,
        [&](const rules::Correction &correction, const QString &referee, const QString &reason) {
            overruled = {correction, referee, reason};
        });
    QTest::mouseClick(button(&screen, QStringLiteral("overruleButton")), Qt::LeftButton);
    auto *overrule = screen.findChild<ui::OverruleDialog *>();
    QVERIFY(overrule);
    QTRY_VERIFY(overrule->isVisible());
    QCOMPARE(overrule->correction(), (rules::Correction{rack, {3, 2}}));
    // No foul after all: Ada shoots again without ball in hand, the 4 went down legally.
    rules::Correction fixed{rack, {3, 2}};
    fixed.rack.turn = 0;
    fixed.rack.ballInHand = rules::BallInHand::None;
    fixed.rack.onTable.erase(4);
    fixed.rack.foulsInARow = {0, 0};
    overrule->setTurn(0);
    overrule->setBallInHand(rules::BallInHand::None);
    overrule->setOnTable(4, false);
    overrule->setFoulsInARow(0, 0);
    QCOMPARE(overrule->referee(), QStringLiteral("Ada Lovelace"));
    overrule->note()->refereeEdit()->clear();
    QTest::keyClicks(overrule->note()->refereeEdit(), QStringLiteral("Grace"));
    QVERIFY(!overrule->acceptButton()->isEnabled());
    QTest::keyClicks(overrule->note()->reasonEdit(),
                     QStringLiteral("The cue ball was not hit twice."));
    QTest::mouseClick(overrule->acceptButton(), Qt::LeftButton);
    QVERIFY(overruled);
    QCOMPARE(std::get<0>(*overruled), fixed);
    QCOMPARE(std::get<1>(*overruled), QStringLiteral("Grace"));
    QCOMPARE(std::get<2>(*overruled), QStringLiteral("The cue ball was not hit twice."));
    QCOMPARE(screen.referee(), QStringLiteral("Grace"));

    // A cancelled dialog asks nothing.
    overruled.reset();
    QTest::mouseClick(button(&screen, QStringLiteral("overruleButton")), Qt::LeftButton);
    overrule = screen.findChild<ui::OverruleDialog *>();
    QVERIFY(overrule);
    QTest::keyClicks(overrule->note()->reasonEdit(), QStringLiteral("Changed my mind."));
    overrule->reject();
    QVERIFY(!overruled);
}

void tst_ReviewScreen::theShotEditorWorksFromTheKeyboard()
{
    ShotRecord tracked;
    tracked.firstContact = 3;
    ui::ShotRecordDialog dialog(7, tracked);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QCOMPARE(focus->objectName(), QStringLiteral("firstContactCombo"));

    // Down picks the next ball; Tab walks to the cue ball's pocket, Down picks the first
    // pocket; Tab to its rail tick, Space ticks it.
    QTest::keyClick(focus, Qt::Key_Down);
    QTest::keyClick(focus, Qt::Key_Tab);
    focus = QApplication::focusWidget();
    QCOMPARE(focus->objectName(), QStringLiteral("pocketCombo0"));
    QTest::keyClick(focus, Qt::Key_Down);
    QTest::keyClick(focus, Qt::Key_Tab);
    focus = QApplication::focusWidget();
    QCOMPARE(focus->objectName(), QStringLiteral("railCheck0"));
    QTest::keyClick(focus, Qt::Key_Space);

    ShotRecord expected = tracked;
    expected.firstContact = 4;
    expected.pocketed = {{kCueBall, kAllPockets.front()}};
    expected.rails = {kCueBall};
    QCOMPARE(dialog.shot(), expected);

    // Enter does nothing before the referee and the reason are given, then rules the shot.
    QTest::keyClick(focus, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(dialog.note()->refereeEdit(), QStringLiteral("Grace"));
    QTest::keyClicks(dialog.note()->reasonEdit(), QStringLiteral("The cue ball dropped."));
    QTest::keyClick(dialog.note()->reasonEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.shot(), expected);
}

void tst_ReviewScreen::showsTheRuling()
{
    ui::ReviewScreen screen(QStringLiteral("Table 3"));
    screen.showShot(m_shot);
    QCOMPARE(labelText(&screen, QStringLiteral("rulingLabel")), QStringLiteral("No ruling yet."));

    venue::RefereedShot outcome;
    outcome.tracked.number = m_shot->number;
    outcome.tracked.shot = m_shot->shot;
    outcome.state = venue::RefereedShot::State::Ruled;
    outcome.ruledShot = m_shot->shot;
    outcome.sentence = QStringLiteral("Ada pocketed a ball and shoots again.");
    outcome.reviewedBy = QStringLiteral("referee:Ada Lovelace");
    screen.showOutcome(outcome);
    QCOMPARE(labelText(&screen, QStringLiteral("rulingLabel")), outcome.sentence);
    QCOMPARE(labelText(&screen, QStringLiteral("stateLabel")), QStringLiteral("Ruled."));
    QCOMPARE(labelText(&screen, QStringLiteral("reviewedByLabel")),
             QStringLiteral("Reviewed by Ada Lovelace."));

    // Another shot's outcome leaves this one's alone.
    venue::RefereedShot other = outcome;
    other.tracked.number = m_shot->number + 1;
    other.state = venue::RefereedShot::State::Unruled;
    other.sentence = QStringLiteral("No match at this table.");
    screen.showOutcome(other);
    QCOMPARE(labelText(&screen, QStringLiteral("rulingLabel")), outcome.sentence);

    // The referee's edit is what the record then shows.
    outcome.ruledShot.pocketed.clear();
    screen.showOutcome(outcome);
    QVERIFY(labelText(&screen, QStringLiteral("shotRecordLabel"))
                .contains(QStringLiteral("No ball was pocketed.")));

    // A refused action is said on the screen until the next outcome.
    QVERIFY(!labelShown(&screen, QStringLiteral("problemLabel")));
    screen.setProblem(QStringLiteral("Only the last ruled shot can be ruled again."));
    QVERIFY(labelShown(&screen, QStringLiteral("problemLabel")));
    QCOMPARE(labelText(&screen, QStringLiteral("problemLabel")),
             QStringLiteral("Only the last ruled shot can be ruled again."));
    screen.showOutcome(outcome);
    QVERIFY(!labelShown(&screen, QStringLiteral("problemLabel")));
}

void tst_ReviewScreen::screenshot()
{
    ui::ReviewScreen screen(QStringLiteral("Table 3"));
    screen.setShots({m_shot});
    screen.setMatch(rackInPlay(), {3, 2}, kPlayers);
    screen.resize(1600, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    // Mid-shot: just after the last ball dropped, the paths and the contact drawn.
    const ui::ReplayMarks &marks = screen.replayView()->marks();
    int shown = marks.firstContact ? marks.firstContact->frame : 0;
    for (const ui::ReplayMarks::Drop &drop : marks.drops)
        shown = std::max(shown, drop.frame + 4);
    shown = std::min(shown, int(m_shot->frames.size()) - 1);
    screen.setFrame(shown);
    QCOMPARE(screen.frame(), shown);
    QTest::qWait(50); // the layout follows the new texts
    const QImage picture = screen.grab().toImage();
    const QString built = QStringLiteral(DOJO_BUILD_DIR "/review-screen.png");
    QVERIFY2(picture.save(built), qPrintable(built));
    const QString docs = QStringLiteral(DOJO_SOURCE_DIR "/docs/screenshots/review-screen.png");
    QVERIFY(QDir().mkpath(QStringLiteral(DOJO_SOURCE_DIR "/docs/screenshots")));
    QVERIFY2(picture.save(docs), qPrintable(docs));

    // Around the strike, for a person to look at: the 8 not identified yet, the 7 hidden.
    screen.setFrame(int(std::lround(0.15 * kFramesPerSecond)));
    QTest::qWait(50);
    screen.grab().save(QStringLiteral(DOJO_BUILD_DIR "/review-screen-strike.png"));

    // The dialogs, for a person to look at.
    QTest::mouseClick(button(&screen, QStringLiteral("editButton")), Qt::LeftButton);
    auto *edit = screen.findChild<ui::ShotRecordDialog *>();
    QVERIFY(edit);
    edit->grab().save(QStringLiteral(DOJO_BUILD_DIR "/review-edit-shot.png"));
    edit->reject();
    QTest::mouseClick(button(&screen, QStringLiteral("overruleButton")), Qt::LeftButton);
    auto *overrule = screen.findChild<ui::OverruleDialog *>();
    QVERIFY(overrule);
    overrule->grab().save(QStringLiteral(DOJO_BUILD_DIR "/review-overrule.png"));
    overrule->reject();
}

QTEST_MAIN(tst_ReviewScreen)
#include "tst_reviewscreen.moc"
