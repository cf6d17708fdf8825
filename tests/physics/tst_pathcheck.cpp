// Physics validation of tracked shots: paths the simulator produced, sampled at 60 Hz with
// a millimetre of tracking noise, pass; the same paths with a ball that moves by itself,
// speeds up with nothing touching it, or goes through another ball are sent to review.

#include "physics/pathcheck.h"
#include "physics/rack.h"
#include "physics/simulator.h"

#include "core/tablespec.h"
#include "core/units.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>
#include <random>

using namespace dojo;
using namespace dojo::physics;

Q_DECLARE_METATYPE(dojo::physics::ShotSetup)
Q_DECLARE_METATYPE(dojo::physics::PathProblem)

namespace {

constexpr double kFrameRate = 60.0;

// The simulated shot as a tracker would report it: 60 Hz, each centre off by up to 1 mm.
TrackedShot tracked(const ShotSetup &setup, unsigned seed = 1)
{
    Simulator simulator;
    SimulationOptions options;
    options.recordPath = true;
    const ShotResult result = simulator.simulate(setup, options).value();
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    TrackedShot shot;
    shot.table = setup.table;
    for (const BallState &ball : result.finalState) {
        TrackedBall trackedBall{ball.number, {}};
        for (const PathSample &sample : result.samplePath(ball.number, kFrameRate)) {
            const double angle = 2 * std::numbers::pi * unit(random);
            const double off = unit(random);
            trackedBall.samples.push_back(
                {sample.time, sample.position + Vec2{std::cos(angle), std::sin(angle)} * off});
        }
        shot.balls.push_back(trackedBall);
    }
    return shot;
}

TrackedBall &ballOf(TrackedShot &shot, int number)
{
    for (TrackedBall &ball : shot.balls) {
        if (ball.number == number)
            return ball;
    }
    return shot.balls.front();
}

ShotSetup shot(TableSize table, std::vector<BallPlacement> balls, CueStrike cue)
{
    ShotSetup setup;
    setup.table = table;
    setup.balls = std::move(balls);
    setup.cue = cue;
    return setup;
}

// A lone ball rolling along the middle of the table, far from everything.
TrackedShot loneRoll()
{
    const double w = tableSpec(TableSize::NineFoot).width;
    return tracked(shot(TableSize::NineFoot, {{0, {400, w / 2}}, {5, {2000, 200}}},
                        {metres(1.2), 0.0, 0.0, 0.4}));
}

} // namespace

class tst_PathCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simulatedShotsPass_data();
    void simulatedShotsPass();
    void impossiblePathsAreFlagged_data();
    void impossiblePathsAreFlagged();
};

void tst_PathCheck::simulatedShotsPass_data()
{
    QTest::addColumn<ShotSetup>("setup");

    const double w = tableSpec(TableSize::NineFoot).width;
    QTest::newRow("9-ball break") << nineBallBreak(TableSize::NineFoot, metres(8.0), 20.0);
    QTest::newRow("15-ball break") << fifteenBallBreak(TableSize::NineFoot, metres(9.0), -40.0);
    QTest::newRow("stun cut") << shot(TableSize::NineFoot,
                                      {{0, {800, w / 2}}, {3, {1400, w / 2 + 30}}},
                                      {metres(2.5), 0.0, 0.0, 0.0});
    QTest::newRow("follow through: the cue ball speeds up after the hit") << shot(
        TableSize::NineFoot, {{0, {800, w / 2}}, {3, {1200, w / 2}}}, {metres(3.0), 0.0, 0.0, 0.5});
    QTest::newRow("screw back") << shot(TableSize::EightFoot, {{0, {800, 500}}, {3, {1100, 500}}},
                                        {metres(3.0), 0.0, 0.0, -0.5});
    QTest::newRow("two-rail bank with english") << shot(
        TableSize::SevenFoot, {{0, {300, 300}}, {8, {1500, 700}}}, {metres(4.0), 35.0, 0.4, 0.1});
}

void tst_PathCheck::simulatedShotsPass()
{
    QFETCH(ShotSetup, setup);

    const PathCheck check = checkTrackedShot(tracked(setup));
    QString found;
    for (const PathFinding &finding : check.findings)
        found += QStringLiteral("%1 ball %2 at %3; ")
                     .arg(pathProblemKey(finding.problem))
                     .arg(finding.ball)
                     .arg(finding.time);
    QVERIFY2(!check.needsReview, qPrintable(found));
}

void tst_PathCheck::impossiblePathsAreFlagged_data()
{
    QTest::addColumn<std::function<TrackedShot()>>("make");
    QTest::addColumn<PathProblem>("problem");
    QTest::addColumn<int>("ball");

    QTest::newRow("a ball at rest drifts off by itself") << std::function<TrackedShot()>([] {
        TrackedShot shot = loneRoll();
        for (TrackedSample &sample : ballOf(shot, 5).samples) {
            if (sample.time > 1.0)
                sample.position.x -= 300.0 * (sample.time - 1.0);
        }
        return shot;
    }) << PathProblem::MovedUntouched << 5;
    QTest::newRow("a rolling ball suddenly goes three times as fast")
        << std::function<TrackedShot()>([] {
               TrackedShot shot = loneRoll();
               std::vector<TrackedSample> &samples = ballOf(shot, 0).samples;
               const Vec2 at = samples[60].position;
               for (size_t k = 61; k < samples.size() && k < 90; ++k)
                   samples[k].position = at + (samples[k].position - at) * 3.0;
               samples.resize(90);
               return shot;
           })
        << PathProblem::SpeedGained << 0;
    QTest::newRow("the cue ball goes through a ball at 1 m/s") << std::function<TrackedShot()>([] {
        TrackedShot shot;
        TrackedBall cue{0, {}};
        TrackedBall object{3, {}};
        for (int k = 0; k <= 60; ++k) {
            const double t = k / kFrameRate;
            cue.samples.push_back({t, {500.0 + 1000.0 * t, 600.0}});
            object.samples.push_back({t, {1000.0, 600.0}});
        }
        shot.balls = {cue, object};
        return shot;
    }) << PathProblem::PassedThrough << 0;
    QTest::newRow("the cue ball jumps through a ball between two frames at 9 m/s")
        << std::function<TrackedShot()>([] {
               TrackedShot shot;
               TrackedBall cue{0, {}};
               TrackedBall object{3, {}};
               for (int k = 0; k <= 12; ++k) {
                   const double t = k / kFrameRate;
                   cue.samples.push_back({t, {421.0 + 9000.0 * t, 600.0}});
                   object.samples.push_back({t, {1000.0, 600.0}});
               }
               shot.balls = {cue, object};
               return shot;
           })
        << PathProblem::PassedThrough << 0;
}

void tst_PathCheck::impossiblePathsAreFlagged()
{
    QFETCH(std::function<TrackedShot()>, make);
    QFETCH(PathProblem, problem);
    QFETCH(int, ball);

    const PathCheck check = checkTrackedShot(make());
    QVERIFY(check.needsReview);
    const bool found
        = std::any_of(check.findings.begin(), check.findings.end(),
                      [&](const PathFinding &f) { return f.problem == problem && f.ball == ball; });
    QVERIFY2(found, qPrintable(pathProblemKey(check.findings.front().problem)));
    for (const PathFinding &finding : check.findings)
        QCOMPARE(finding.problem, problem); // nothing else is wrong with these paths
}

QTEST_GUILESS_MAIN(tst_PathCheck)
#include "tst_pathcheck.moc"
