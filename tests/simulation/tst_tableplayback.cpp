// The simulated match as a continuous table: balls move smoothly along the physics' paths,
// rest where the physics left them, drop out of sight into pockets and turn as they roll;
// each finished shot is handed over once, in order.

#include "simulation/orientation.h"
#include "simulation/tableplayback.h"

#include "core/ball.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace dojo;
using namespace dojo::simulation;

namespace {

constexpr double kFrame = 1.0 / 60.0;
constexpr double kHandSpeed = 3000.0; // mm/s: the most a hand moves the cue ball in a pause

struct Sample
{
    double time = 0.0;
    std::vector<BallPose> poses;
};

const BallPose *find(const std::vector<BallPose> &poses, int number)
{
    const auto found = std::find_if(poses.begin(), poses.end(),
                                    [number](const BallPose &p) { return p.number == number; });
    return found == poses.end() ? nullptr : &*found;
}

// The angle between two orientations, radians.
double angleBetween(const Orientation &a, const Orientation &b)
{
    const double dot = std::abs(a.w * b.w + a.x * b.x + a.y * b.y + a.z * b.z);
    return 2.0 * std::acos(std::min(dot, 1.0));
}

GameSettings settingsFor(rules::Game game)
{
    GameSettings settings;
    settings.game = game;
    settings.seed = 5;
    return settings;
}

// Plays `shots` shots at 60 frames a second, keeping every frame and every finished shot.
struct Recording
{
    std::vector<Sample> samples;
    std::vector<FinishedShot> finished;
    std::vector<int> finishedAtSample; // the sample at which each shot was handed over
};

Recording record(TablePlayback &playback, int shots)
{
    Recording recording;
    for (long frame = 0; int(recording.finished.size()) < shots; ++frame) {
        const double time = double(frame) * kFrame;
        recording.samples.push_back({time, playback.advanceTo(time)});
        for (FinishedShot &shot : playback.takeFinishedShots()) {
            recording.finished.push_back(std::move(shot));
            recording.finishedAtSample.push_back(int(recording.samples.size()) - 1);
        }
    }
    return recording;
}

} // namespace

class tst_TablePlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void play_data();
    void play();
    void startsRacked();
    void advanceIsCheap();
    void rollingTurnsTheBall();
};

void tst_TablePlayback::play_data()
{
    QTest::addColumn<rules::Game>("game");
    QTest::newRow("eight-ball") << rules::Game::EightBall;
    QTest::newRow("nine-ball") << rules::Game::NineBall;
}

void tst_TablePlayback::play()
{
    QFETCH(rules::Game, game);
    TablePlayback playback(settingsFor(game));
    const Recording recording = record(playback, 25);
    const std::vector<FinishedShot> &finished = recording.finished;
    const std::vector<Sample> &samples = recording.samples;

    // Finished shots come once, in order, each as long as the physics says.
    for (size_t i = 0; i < finished.size(); ++i) {
        const FinishedShot &shot = finished[i];
        QCOMPARE(shot.played.number, int(i) + 1);
        QVERIFY(shot.start < shot.end);
        QVERIFY(std::abs((shot.end - shot.start) - shot.played.result.duration) < 1e-9);
        QVERIFY(shot.start - (i > 0 ? finished[i - 1].end : 0.0) >= shot.played.pause - 1e-9);
        QVERIFY(samples[size_t(recording.finishedAtSample[i])].time >= shot.end);
    }
    QVERIFY(playback.lastShot());
    QCOMPARE(playback.lastShot()->number, finished.back().played.number);

    // At a shot's end the table is the physics' final state: the balls still on it, where
    // the physics left them.
    for (size_t i = 0; i < finished.size(); ++i) {
        const std::vector<BallPose> &poses = samples[size_t(recording.finishedAtSample[i])].poses;
        size_t onTable = 0;
        for (const physics::BallState &ball : finished[i].played.result.finalState) {
            const BallPose *pose = find(poses, ball.number);
            QCOMPARE(pose != nullptr, !ball.isPocketed());
            if (!pose)
                continue;
            ++onTable;
            QVERIFY(distance(pose->position, ball.position) < 1e-9);
            QCOMPARE(pose->height, kBallRadius);
        }
        QCOMPARE(poses.size(), onTable);
    }

    // Continuity: between two frames no ball moves faster than the shot allows (the cue ball
    // at most at its strike speed, give or take the speed spin gives back), and in the pauses
    // only as fast as a hand carries the cue ball, except when the balls are racked.
    size_t shot = 0;
    for (size_t i = 1; i < samples.size(); ++i) {
        const Sample &before = samples[i - 1];
        const Sample &after = samples[i];
        while (shot < finished.size() && finished[shot].end < before.time)
            ++shot;
        if (shot >= finished.size())
            break;
        const FinishedShot &current = finished[shot];
        const bool inShot = after.time > current.start && before.time < current.end;
        const bool inPause = before.time < current.start;
        if (inPause && !inShot && current.played.rackStarts)
            continue; // racking: the balls appear in the rack
        double speed = 0.0;
        if (inShot)
            speed = std::max(speed, 1.3 * current.played.strike.speed);
        if (inPause)
            speed = std::max(speed, kHandSpeed);
        const double allowed = speed * (after.time - before.time) + 1e-6;
        for (const BallPose &pose : after.poses) {
            const BallPose *earlier = find(before.poses, pose.number);
            if (!earlier)
                continue;
            QVERIFY2(distance(pose.position, earlier->position) <= allowed,
                     qPrintable(QStringLiteral("ball %1 jumped %2 mm at %3 s")
                                    .arg(pose.number)
                                    .arg(distance(pose.position, earlier->position))
                                    .arg(after.time)));
        }
    }

    // A pocketed ball is out of sight from the moment it drops until the shot ends.
    for (const FinishedShot &done : finished) {
        for (const PocketedBall &pocketed : done.played.shot.pocketed) {
            double drop = 0.0;
            for (const physics::PathSegment &segment : done.played.result.path) {
                if (segment.ball == pocketed.ball)
                    drop = std::max(drop, segment.end);
            }
            for (const Sample &sample : samples) {
                if (sample.time >= done.start + drop && sample.time <= done.end)
                    QVERIFY(!find(sample.poses, pocketed.ball));
            }
        }
    }
}

void tst_TablePlayback::startsRacked()
{
    TablePlayback playback(settingsFor(rules::Game::NineBall));
    const std::vector<BallPose> poses = playback.advanceTo(0.0);
    QCOMPARE(poses.size(), size_t(10)); // nine object balls and the cue ball
    QVERIFY(!playback.lastShot());
    QVERIFY(playback.takeFinishedShots().empty());
    // Nothing moves during the first pause.
    const std::vector<BallPose> later = playback.advanceTo(1.0);
    QCOMPARE(later.size(), poses.size());
    for (size_t i = 0; i < poses.size(); ++i) {
        QCOMPARE(later[i].number, poses[i].number);
        QVERIFY(later[i].position == poses[i].position);
        QVERIFY(later[i].orientation == poses[i].orientation);
    }
}

void tst_TablePlayback::advanceIsCheap()
{
    // The poses live in one buffer that a warm playback never reallocates.
    TablePlayback playback(settingsFor(rules::Game::EightBall));
    const std::vector<BallPose> *buffer = &playback.advanceTo(0.0);
    const BallPose *data = buffer->data();
    for (int frame = 1; frame < 60 * 60; ++frame) {
        const std::vector<BallPose> &poses = playback.advanceTo(frame * kFrame);
        QCOMPARE(&poses, buffer);
        QCOMPARE(poses.data(), data);
        playback.takeFinishedShots();
    }
}

void tst_TablePlayback::rollingTurnsTheBall()
{
    // Rolled in frame-sized steps over its circumference a ball comes back as it was.
    const Orientation start = scattered(3, 7);
    Orientation turned = start;
    const Vec2 direction = Vec2{3.0, 4.0} / 5.0;
    const double circumference = 2 * std::numbers::pi * kBallRadius;
    for (int step = 0; step < 60; ++step)
        turned = rolled(turned, direction * (circumference / 60), kBallRadius);
    QVERIFY(angleBetween(turned, start) < 1e-6);
    // Half way round it is upside down.
    QVERIFY(
        std::abs(angleBetween(rolled(start, direction * (circumference / 2), kBallRadius), start)
                 - std::numbers::pi)
        < 1e-6);

    // On the table, during shots: each frame's step turns the ball by exactly that roll, and
    // along a straight stretch the turns add up: by its way over its radius, once round
    // after its circumference.
    TablePlayback playback(settingsFor(rules::Game::NineBall));
    const Recording recording = record(playback, 15);
    int fullTurns = 0;
    for (int number = 0; number <= 9; ++number) {
        const BallPose *first = nullptr; // where the straight stretch began
        Vec2 heading;
        double way = 0.0;
        for (size_t i = 1; i < recording.samples.size(); ++i) {
            const Sample &earlier = recording.samples[i - 1];
            const Sample &later = recording.samples[i];
            const BallPose *previous = find(earlier.poses, number);
            const BallPose *current = find(later.poses, number);
            const bool inShot
                = std::any_of(recording.finished.begin(), recording.finished.end(),
                              [&](const FinishedShot &shot) {
                                  return earlier.time >= shot.start && later.time <= shot.end;
                              });
            if (!previous || !current || !inShot) {
                first = nullptr;
                continue;
            }
            const Vec2 step = current->position - previous->position;
            const double length = step.length();
            QVERIFY(
                angleBetween(current->orientation, rolled(previous->orientation, step, kBallRadius))
                < 1e-6);
            if (length < 1e-3) {
                first = nullptr;
                continue;
            }
            if (!first || std::abs(heading.cross(step / length)) > 1e-3) {
                first = previous;
                heading = step / length;
                way = 0.0;
            }
            way += length;
            const double turn = std::fmod(way / kBallRadius, 2 * std::numbers::pi);
            const double expected = std::min(turn, 2 * std::numbers::pi - turn);
            QVERIFY2(std::abs(angleBetween(current->orientation, first->orientation) - expected)
                         < 0.01,
                     qPrintable(QStringLiteral("ball %1 at %2 s").arg(number).arg(later.time)));
            if (way >= circumference && way - length < circumference)
                ++fullTurns;
        }
    }
    QVERIFY(fullTurns > 0);
}

QTEST_GUILESS_MAIN(tst_TablePlayback)
#include "tst_tableplayback.moc"
