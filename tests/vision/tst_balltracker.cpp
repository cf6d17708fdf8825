// The tracker on sightings made from the simulated table's truth, perfect and spoilt (noise,
// dropped sightings, missing ids, a ball hidden for 20 frames): each ball tracked once, with
// its identity, near its true place; no id ever twice; pocketed balls gone.

#include <vision/balltracker.h>

#include <simulation/tableplayback.h>

#include <core/ball.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>

using namespace dojo;
using namespace dojo::vision;
using namespace dojo::simulation;

namespace {

constexpr double kFrame = 1.0 / 60.0;

struct Spoil
{
    double restNoise = 0.0;   // mm, standard deviation
    double motionNoise = 0.0; // mm
    double dropShare = 0.0;   // sightings left out
    double noIdShare = 0.0;   // sightings with ball -1
    int hiddenBall = -1;      // hidden for 20 frames from hiddenFrom
    long long hiddenFrom = 0;
};

} // namespace

Q_DECLARE_METATYPE(Spoil)

class tst_BallTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheSimulatedTable_data();
    void followsTheSimulatedTable();
};

void tst_BallTracker::followsTheSimulatedTable_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<double>("maxRestMean");  // mm
    QTest::addColumn<double>("maxMotionRms"); // mm
    // Perfect sightings still lag a little in motion: a slow ball's sightings are averaged.
    QTest::newRow("perfect") << Spoil{} << 0.1 << 1.5;
    QTest::newRow("noise") << Spoil{0.5, 3.0, 0, 0, -1, 0} << 0.5 << 5.0;
    QTest::newRow("dropped") << Spoil{0, 0, 0.1, 0, -1, 0} << 0.1 << 5.0;
    QTest::newRow("no ids") << Spoil{0, 0, 0, 0.3, -1, 0} << 0.1 << 2.0;
    QTest::newRow("hidden") << Spoil{0, 0, 0, 0, 4, 700} << 0.1 << 2.0;
    QTest::newRow("all") << Spoil{0.5, 3.0, 0.1, 0.3, 4, 700} << 0.5 << 6.0;
}

void tst_BallTracker::followsTheSimulatedTable()
{
    QFETCH(Spoil, spoil);
    QFETCH(double, maxRestMean);
    QFETCH(double, maxMotionRms);

    GameSettings settings;
    settings.seed = 3;
    TablePlayback table(settings);
    BallTracker tracker(settings.table);
    std::mt19937 random(11);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);

    std::map<int, Vec2> before;
    double restSum = 0, motionSquares = 0;
    long long restCount = 0, motionCount = 0, ballFrames = 0, identified = 0, countWrong = 0;
    int shots = 0, pocketChecks = 0;
    std::vector<std::pair<double, int>> pocketedBy; // (time to check, ball)
    long long frame = 0;
    for (; shots < 6; ++frame) {
        const double time = double(frame) * kFrame;
        const std::vector<BallPose> &poses = table.advanceTo(time);
        std::vector<BallSighting> seen;
        std::map<int, bool> moving;
        for (const BallPose &pose : poses) {
            const auto was = before.find(pose.number);
            moving[pose.number]
                = was != before.end() && distance(was->second, pose.position) > 0.05;
            const bool hidden = pose.number == spoil.hiddenBall && frame >= spoil.hiddenFrom
                                && frame < spoil.hiddenFrom + 20;
            if (hidden || uniform(random) < spoil.dropShare)
                continue;
            const double sigma = moving[pose.number] ? spoil.motionNoise : spoil.restNoise;
            BallSighting sighting;
            sighting.position = pose.position + Vec2{gauss(random) * sigma, gauss(random) * sigma};
            sighting.ball = uniform(random) < spoil.noIdShare ? -1 : pose.number;
            sighting.confidence = sighting.ball < 0 ? 0.0 : 1.0;
            seen.push_back(sighting);
        }
        before.clear();
        for (const BallPose &pose : poses)
            before[pose.number] = pose.position;

        const TableState &state = tracker.update(frame, time, seen);
        std::set<int> ids;
        for (const TrackedBall &ball : state.balls) {
            if (ball.ball >= 0)
                QVERIFY2(ids.insert(ball.ball).second, "a ball is tracked twice");
        }
        if (state.balls.size() != poses.size())
            ++countWrong;
        for (const BallPose &pose : poses) {
            ++ballFrames;
            const auto found
                = std::find_if(state.balls.begin(), state.balls.end(),
                               [&](const TrackedBall &b) { return b.ball == pose.number; });
            if (found == state.balls.end())
                continue;
            ++identified;
            if (found->hidden)
                continue;
            const double error = distance(found->position, pose.position);
            if (moving[pose.number]) {
                motionSquares += error * error;
                ++motionCount;
            } else {
                restSum += error;
                ++restCount;
            }
        }
        for (const FinishedShot &finished : table.takeFinishedShots()) {
            ++shots;
            for (const PocketedBall &pocketed : finished.played.result.shot.pocketed)
                pocketedBy.emplace_back(time + 0.2, pocketed.ball);
        }
        for (auto it = pocketedBy.begin(); it != pocketedBy.end();) {
            if (time < it->first) {
                ++it;
                continue;
            }
            const bool onTable = std::any_of(poses.begin(), poses.end(), [&](const BallPose &p) {
                return p.number == it->second;
            });
            if (!onTable) { // not already back (the cue ball, a spotted ball)
                ++pocketChecks;
                QVERIFY2(!ids.contains(it->second), "a pocketed ball is still tracked");
            }
            it = pocketedBy.erase(it);
        }
    }
    const double restMean = restSum / double(std::max(1LL, restCount));
    const double motionRms = std::sqrt(motionSquares / double(std::max(1LL, motionCount)));
    const double identity = double(identified) / double(ballFrames);
    const double countShare = double(countWrong) / double(frame);
    std::printf("%s: %lld frames, %d shots: at rest mean %.3f mm, in motion RMS %.2f mm, "
                "identity %.4f, frames with a wrong ball count %.4f, pocketed checked %d\n",
                QTest::currentDataTag(), frame, shots, restMean, motionRms, identity, countShare,
                pocketChecks);
    QVERIFY(pocketChecks > 0);
    QVERIFY(restMean <= maxRestMean);
    QVERIFY(motionRms <= maxMotionRms);
    QVERIFY(identity >= 0.99);
    QVERIFY(countShare <= 0.01);
}

QTEST_GUILESS_MAIN(tst_BallTracker)
#include "tst_balltracker.moc"
