// A table's tracking on its worker thread, fed the simulated table's frames one by one through
// a TableCamera: shots come out with the records the simulation played (or flagged for review,
// never silently wrong), filmed into the replay buffer with the tracked balls where the camera
// sees them, and the camera's health counts the tracked frames.

#include <capture/framesource.h>
#include <capture/replaybuffer.h>
#include <capture/simulatedtablesource.h>
#include <capture/sourcespec.h>
#include <capture/tablecamera.h>
#include <capture/tabletracking.h>
#include <core/shotrecordjson.h>
#include <simulation/tableplayback.h>
#include <simulation/tablerenderer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <vector>

using namespace dojo;

namespace {

// A source the test pushes frames into.
class PushedSource : public capture::FrameSource
{
public:
    using FrameSource::FrameSource;
    void start() override { setState(capture::SourceState::Running); }
    void stop() override { setState(capture::SourceState::Stopped); }
    void push(QImage image, double time, std::shared_ptr<const std::vector<BallPosition>> truth)
    {
        deliverAt(std::move(image), time, std::move(truth));
    }
};

// Polls often: the worker takes a few milliseconds a frame.
template<typename Condition> bool waitUntil(Condition done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 10000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QThread::usleep(200);
    }
    return true;
}

// The player placing the cue ball by hand: it moved alone and touched nothing.
bool placement(const ShotRecord &shot)
{
    return !shot.firstContact && shot.pocketed.empty() && shot.rails.empty()
           && shot.offTable.empty();
}

struct Filmed
{
    std::vector<simulation::FinishedShot> truth;
    std::vector<std::shared_ptr<const capture::ReplayShot>> tracked;
    long long frames = 0;
};

} // namespace

class TestTableTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shotsAreTrackedFilmedAndChecked();
    void aPictureWithNoTableSaysSo();
};

void TestTableTracking::shotsAreTrackedFilmedAndChecked()
{
    const capture::SourceSpec spec
        = *capture::parseSourceSpec(QStringLiteral("sim:11?game=9-ball&resolution=1280x720"));
    capture::SimulatedTableSettings settings = capture::simulatedTableSettings(spec);
    settings.game.meanPause = 1.5;
    simulation::TablePlayback playback(settings.game);
    const simulation::TableRenderer renderer(settings.render);

    PushedSource *source = nullptr;
    capture::TableCamera camera(spec, [&](const capture::SourceSpec &, capture::FrameQueue &queue,
                                          const QElapsedTimer &clock) {
        auto made = std::make_unique<PushedSource>(queue, clock);
        source = made.get();
        return made;
    });
    QObject::connect(&camera, &capture::TableCamera::frameArrived, &camera,
                     [&camera] { camera.takeFrame(); });
    capture::ReplayBuffer replays;
    capture::TableTracking tracking(7, settings.game.table, std::nullopt, &replays);
    tracking.follow(camera);
    Filmed filmed;
    QObject::connect(&tracking, &capture::TableTracking::shotTracked, &tracking,
                     [&](const std::shared_ptr<const capture::ReplayShot> &shot) {
                         filmed.tracked.push_back(shot);
                     });
    camera.start();
    QVERIFY(source);

    // Two shots (the break and one more), each frame waited for: nothing dropped.
    const double fps = settings.framesPerSecond;
    const double half = std::min(settings.render.exposure, 1.0 / fps) / 2;
    double lastRest = 0;
    for (long long n = 0; filmed.truth.size() < 2 || double(n) / fps < lastRest + 1.0; ++n) {
        const double t = double(n) / fps;
        const std::vector<simulation::BallPose> opens = playback.advanceTo(std::max(0.0, t - half));
        auto truth = std::make_shared<std::vector<BallPosition>>();
        for (const simulation::BallPose &pose : playback.advanceTo(t))
            truth->push_back({pose.number, pose.position});
        const std::vector<simulation::BallPose> closes = playback.advanceTo(t + half);
        source->push(renderer.render(opens, closes, n), t, truth);
        QVERIFY(waitUntil([&] { return tracking.latest().frame == n; }));
        for (simulation::FinishedShot &shot : playback.takeFinishedShots()) {
            lastRest = shot.end;
            filmed.truth.push_back(std::move(shot));
        }
        filmed.frames = n + 1;
    }
    QCoreApplication::processEvents();

    const capture::TrackedTable latest = tracking.latest();
    QVERIFY2(latest.calibrated, qPrintable(latest.problem));
    QCOMPARE(latest.shots, int(filmed.tracked.size()));
    // Each played shot is tracked once, over the same time; any other tracked "shot" is the
    // cue ball placed by hand, which moved alone and touched nothing (the referee tells it
    // from a shot by ball in hand).
    for (const simulation::FinishedShot &shot : filmed.truth)
        qInfo("played %.2f-%.2f s: %s", shot.start, shot.end,
              QJsonDocument(shotRecordToJson(shot.played.shot))
                  .toJson(QJsonDocument::Compact)
                  .constData());
    for (const auto &shot : filmed.tracked)
        qInfo(
            "tracked %.2f-%.2f s: %s %s", shot->start, shot->end,
            QJsonDocument(shotRecordToJson(shot->shot)).toJson(QJsonDocument::Compact).constData(),
            qPrintable(shot->needsReview ? shot->reason : shot->pathVerdict));
    std::vector<std::shared_ptr<const capture::ReplayShot>> played;
    for (const auto &shot : filmed.tracked)
        QCOMPARE(shot->number, int(&shot - filmed.tracked.data()) + 1);
    for (const simulation::FinishedShot &truth : filmed.truth) {
        for (const auto &shot : filmed.tracked)
            if (shot->start < truth.end && shot->end > truth.start)
                played.push_back(shot);
        QCOMPARE(played.size(), size_t(&truth - filmed.truth.data()) + 1);
    }
    for (const auto &shot : filmed.tracked)
        if (std::find(played.begin(), played.end(), shot) == played.end())
            QVERIFY2(placement(shot->shot), "a tracked shot that was never played");
    for (size_t i = 0; i < filmed.truth.size(); ++i) {
        const capture::ReplayShot &shot = *played[i];
        QCOMPARE(shot.tableId, qint64(7));
        // Exact, or flagged with a reason: never silently wrong.
        ShotRecord expected = filmed.truth[i].played.shot;
        expected.call.reset();
        expected.pushOut = false;
        ShotRecord seen = shot.shot;
        seen.isBreak = expected.isBreak;
        if (!shot.needsReview)
            QCOMPARE(seen, expected);
        else
            QVERIFY(!shot.reason.isEmpty());
        QVERIFY(!shot.pathVerdict.isEmpty());
        QVERIFY(std::abs(shot.start - filmed.truth[i].start) < 0.2);
        // The film: the shot's frames, scaled to fit 960x540, with the balls drawn where the
        // camera sees them.
        QVERIFY(shot.frames.size() > 30);
        QCOMPARE(shot.pictureSize, QSize(960, 540));
        const QImage first = QImage::fromData(shot.frames.front().jpeg);
        QCOMPARE(first.size(), shot.pictureSize);
        QVERIFY(shot.frames.front().time <= shot.start);
        const double scale = 960.0 / 1280.0;
        for (const capture::ReplayBall &ball : shot.frames.back().balls) {
            if (ball.hidden)
                continue;
            const std::optional<QPointF> seen
                = renderer.camera().project({ball.position.x, ball.position.y, 28.575});
            QVERIFY(seen);
            const QPointF expectedPixel = *seen * scale;
            QVERIFY2(QLineF(ball.pixel, expectedPixel).length() < 2.0,
                     qPrintable(QStringLiteral("ball %1 drawn %2 px from where it is")
                                    .arg(ball.ball)
                                    .arg(QLineF(ball.pixel, expectedPixel).length())));
        }
        QCOMPARE(replays.shot(7, shot.number), played[i]);
    }
    QTRY_VERIFY_WITH_TIMEOUT(camera.health().millisecondsPerFrame > 0, 3000);
    qInfo("%lld frames, %zu shots, %.1f ms a tracked frame, %.1f MB of replays", filmed.frames,
          filmed.tracked.size(), camera.health().millisecondsPerFrame,
          double(replays.bytes()) / 1048576.0);
}

void TestTableTracking::aPictureWithNoTableSaysSo()
{
    PushedSource *source = nullptr;
    capture::TableCamera camera(
        capture::SourceSpec{},
        [&](const capture::SourceSpec &, capture::FrameQueue &queue, const QElapsedTimer &clock) {
            auto made = std::make_unique<PushedSource>(queue, clock);
            source = made.get();
            return made;
        });
    QObject::connect(&camera, &capture::TableCamera::frameArrived, &camera,
                     [&camera] { camera.takeFrame(); });
    capture::TableTracking tracking(1, TableSize::NineFoot, std::nullopt, nullptr);
    tracking.follow(camera);
    camera.start();
    QImage grey(640, 360, QImage::Format_RGB32);
    grey.fill(Qt::gray);
    source->push(grey, 0.0, {});
    QTRY_COMPARE_WITH_TIMEOUT(camera.health().millisecondsPerFrame > 0, true, 5000);
    const capture::TrackedTable latest = tracking.latest();
    QVERIFY(!latest.calibrated);
    QVERIFY(!latest.problem.isEmpty());
    QVERIFY(latest.balls.empty());
}

QTEST_GUILESS_MAIN(TestTableTracking)
#include "tst_tabletracking.moc"
