// The shot segmenter on the tracker's states over simulated matches (9-ball and 8-ball, a few
// seeds), from perfect and from spoilt sightings: each shot's record against the physics'
// (the call left out: the camera cannot see it), its start and end against the truth, and
// wrong records without a flag counted, printed and bounded.

#include <vision/balltracker.h>
#include <vision/shotsegmenter.h>

#include <simulation/tableplayback.h>

#include <QTest>

#include <cmath>
#include <cstdio>
#include <map>
#include <random>

using namespace dojo;
using namespace dojo::vision;
using namespace dojo::simulation;

namespace {

constexpr double kFrame = 1.0 / 60.0;
constexpr int kShotsPerMatch = 12;

struct Tally
{
    int shots = 0;
    int exact = 0;
    int flagged = 0;
    int wrongUnflagged = 0;
    int missed = 0; // no tracked shot for a true one
    int extra = 0;  // a tracked shot with no true one
    int scratches = 0;
    int scratchesSeen = 0;
    int railShots = 0;
    int railShotsSeen = 0;
    double worstStart = 0.0;
    double worstEnd = 0.0;
};

QString describe(const ShotRecord &shot)
{
    QString text = QStringLiteral("break %1 first %2 pocketed")
                       .arg(shot.isBreak)
                       .arg(shot.firstContact ? *shot.firstContact : -1);
    for (const PocketedBall &p : shot.pocketed)
        text += QStringLiteral(" %1:%2").arg(p.ball).arg(pocketKey(p.pocket));
    text += QStringLiteral(" rails");
    for (int ball : shot.rails)
        text += QStringLiteral(" %1").arg(ball);
    return text;
}

// Plays one match at 60 frames a second through the tracker and the segmenter.
void play(rules::Game game, unsigned long long seed, bool noisy, Tally &tally)
{
    GameSettings settings;
    settings.game = game;
    settings.seed = seed;
    TablePlayback table(settings);
    BallTracker tracker(settings.table);
    ShotSegmenter segmenter(settings.table);
    std::mt19937 random(unsigned(seed) * 7 + 1);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);

    std::vector<FinishedShot> truth;
    std::vector<TrackedShot> seen;
    std::map<int, Vec2> before;
    for (long long frame = 0; int(truth.size()) < kShotsPerMatch; ++frame) {
        const double time = double(frame) * kFrame;
        const std::vector<BallPose> &poses = table.advanceTo(time);
        std::vector<BallSighting> sightings;
        for (const BallPose &pose : poses) {
            const auto was = before.find(pose.number);
            const bool moving = was != before.end() && distance(was->second, pose.position) > 0.05;
            BallSighting sighting;
            sighting.position = pose.position;
            sighting.ball = pose.number;
            sighting.confidence = 1.0;
            if (noisy) {
                const double sigma = moving ? 3.0 : 0.5;
                sighting.position
                    = sighting.position + Vec2{gauss(random) * sigma, gauss(random) * sigma};
                if (uniform(random) < 0.05)
                    continue;
                if (uniform(random) < 0.3) {
                    sighting.ball = -1;
                    sighting.confidence = 0.0;
                }
            }
            sightings.push_back(sighting);
        }
        before.clear();
        for (const BallPose &pose : poses)
            before[pose.number] = pose.position;
        if (auto shot = segmenter.update(tracker.update(frame, time, sightings)))
            seen.push_back(*shot);
        for (FinishedShot &finished : table.takeFinishedShots())
            truth.push_back(std::move(finished));
    }
    // The segmenter ends a shot a little after the last ball stops: let it.
    for (long long frame = 0; frame < 60; ++frame) {
        const double time = (truth.back().end + 0.05) + double(frame) * kFrame;
        std::vector<BallSighting> sightings;
        for (const BallPose &pose : table.advanceTo(time))
            sightings.push_back({{}, pose.position, 0.0, pose.number, 1.0, false});
        if (time >= truth.back().end + 0.6)
            break;
        if (auto shot = segmenter.update(tracker.update(1000000 + frame, time, sightings)))
            seen.push_back(*shot);
    }

    std::vector<bool> used(seen.size(), false);
    for (const FinishedShot &finished : truth) {
        ++tally.shots;
        ShotRecord expected = finished.played.result.shot;
        expected.call.reset();
        const bool scratch = expected.isPocketed(0);
        tally.scratches += scratch;
        tally.railShots += !expected.rails.empty();
        const TrackedShot *match = nullptr;
        for (size_t i = 0; i < seen.size(); ++i) {
            if (!used[i] && std::abs(seen[i].start - finished.start) < 0.5) {
                match = &seen[i];
                used[i] = true;
                break;
            }
        }
        if (!match) {
            ++tally.missed;
            std::printf("  missed shot at %.2f: %s\n", finished.start,
                        qPrintable(describe(expected)));
            continue;
        }
        tally.worstStart = std::max(tally.worstStart, std::abs(match->start - finished.start));
        tally.worstEnd = std::max(tally.worstEnd, std::abs(match->end - finished.end));
        const bool exact = match->shot == expected;
        tally.scratchesSeen += scratch && match->shot.isPocketed(0);
        tally.railShotsSeen += !expected.rails.empty() && !match->shot.rails.empty();
        if (exact)
            ++tally.exact;
        if (match->needsReview)
            ++tally.flagged;
        if (!exact && !match->needsReview)
            ++tally.wrongUnflagged;
        if (!exact || match->needsReview)
            std::printf("  shot at %.2f %s\n    truth %s\n    seen  %s\n    %s\n", finished.start,
                        exact ? "exact, flagged" : (match->needsReview ? "flagged" : "WRONG"),
                        qPrintable(describe(expected)), qPrintable(describe(match->shot)),
                        qPrintable(match->reason));
    }
    for (size_t i = 0; i < seen.size(); ++i) {
        if (used[i])
            continue;
        ++tally.extra;
        std::printf("  extra shot %.2f-%.2f: %s %s\n", seen[i].start, seen[i].end,
                    qPrintable(describe(seen[i].shot)), qPrintable(seen[i].reason));
    }
}

} // namespace

class tst_ShotSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsTheSimulatedShots_data();
    void recordsTheSimulatedShots();
};

void tst_ShotSegmenter::recordsTheSimulatedShots_data()
{
    QTest::addColumn<bool>("noisy");
    QTest::addColumn<double>("minExact");
    QTest::addColumn<int>("maxWrongUnflagged");
    QTest::addColumn<int>("maxMissedOrExtra");
    QTest::addColumn<double>("maxEndError"); // s
    // The bounds are what the segmenter reaches today (see the printed figures), not the goal.
    // With noise, a ball rolling a few millimetres from a cushion can still look as if it
    // turned at it: the wrong records left are such rails.
    QTest::newRow("perfect sightings") << false << 0.8 << 0 << 0 << 0.1;
    QTest::newRow("noisy sightings") << true << 0.75 << 3 << 1 << 0.5;
}

void tst_ShotSegmenter::recordsTheSimulatedShots()
{
    QFETCH(bool, noisy);
    QFETCH(double, minExact);
    QFETCH(int, maxWrongUnflagged);
    QFETCH(int, maxMissedOrExtra);
    QFETCH(double, maxEndError);

    Tally tally;
    for (unsigned long long seed : {1ULL, 2ULL, 3ULL}) {
        play(rules::Game::NineBall, seed, noisy, tally);
        play(rules::Game::EightBall, seed, noisy, tally);
    }
    const double shots = double(tally.shots);
    std::printf("%s: %d shots: exact %.3f, flagged %.3f, wrong without a flag %.3f (%d), "
                "missed %d, extra %d; scratches %d/%d, rail shots %d/%d; start within %.3f s, "
                "end within %.3f s\n",
                QTest::currentDataTag(), tally.shots, tally.exact / shots, tally.flagged / shots,
                tally.wrongUnflagged / shots, tally.wrongUnflagged, tally.missed, tally.extra,
                tally.scratchesSeen, tally.scratches, tally.railShotsSeen, tally.railShots,
                tally.worstStart, tally.worstEnd);
    QVERIFY(tally.shots >= 50);
    QVERIFY(tally.missed <= maxMissedOrExtra);
    QVERIFY(tally.extra <= maxMissedOrExtra);
    QVERIFY(tally.exact / shots >= minExact);
    QVERIFY(tally.wrongUnflagged <= maxWrongUnflagged);
    QVERIFY(tally.scratches > 0);
    QCOMPARE(tally.scratchesSeen, tally.scratches);
    QVERIFY(tally.railShots > 0);
    QVERIFY(tally.railShotsSeen >= tally.railShots * 3 / 4);
    QVERIFY(tally.worstStart <= 0.1);
    QVERIFY(tally.worstEnd <= maxEndError);
}

QTEST_GUILESS_MAIN(tst_ShotSegmenter)
#include "tst_shotsegmenter.moc"
