// Ball tracking benchmark: simulated matches (9-ball and 8-ball, several seeds) rendered at
// 1080p and 60 frames a second, run through the whole pipeline as `dojopool track` chains it
// (calibrate() on the first frame, findBalls, BallTracker, ShotSegmenter) and held against
// the simulation's truth: positions at rest and in motion, identities, shot records, time per
// frame on one core and the latency of each shot's report. The goals are printed
// beside each figure; nothing is asserted.
//
//   bench_tracking [SHOTS [SEEDS]]   e.g. bench_tracking 12 1   (default: 50 shots, seeds 1,2,3)

#include "../vision/simulatedcalibration.h"
#include "simulation/tableplayback.h"
#include "simulation/tablerenderer.h"
#include "vision/ballsighting.h"
#include "vision/balltracker.h"
#include "vision/calibration.h"
#include "vision/shotsegmenter.h"

#include <capture/picture.h>
#include <simulation/simulatedgame.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <venue/tablematch.h>
#include <venue/tablereferee.h>

#include "core/ball.h"
#include "core/tablespec.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <optional>
#include <vector>

using namespace dojo;

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kFps = 60.0;
constexpr double kMaxMotionSpeed = 3000.0; // mm/s: the motion goal holds up to 3 m/s
constexpr double kAtRest = 1.0;            // mm/s of the truth: a ball lying still
constexpr double kSameBall = 30.0;         // mm: a sighting this near a true ball is of it

double since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Series
{
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    double mean() const
    {
        return values.empty()
                   ? 0.0
                   : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    }
    double rms() const
    {
        double sum = 0.0;
        for (double v : values)
            sum += v * v;
        return values.empty() ? 0.0 : std::sqrt(sum / double(values.size()));
    }
    double percentile(double p) const
    {
        if (values.empty())
            return 0.0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(double(sorted.size()) * p))];
    }
    double max() const
    {
        return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
    }
};

struct Tally
{
    Series sightRest, sightMotion, trackRest, trackMotion; // mm
    Series sightRestTouching;                              // at rest, touching another ball
    long long ballFrames = 0, identified = 0;              // the tracker's ids
    long long sightFrames = 0, sightIdentified = 0;        // findBalls' own ids
    long long missedSightings = 0, falseSightings = 0;
    Series calibrationMs, findMs, trackMs, segmentMs, frameMs;
    Series latencyFrames;
    Series rulingMs; // the table's referee: the rules and the database write of one shot
    int shots = 0, exact = 0, flagged = 0, exactFlagged = 0, wrongUnflagged = 0;
    int missed = 0, extra = 0;
    long long frames = 0;
    std::vector<QString> wrong; // what differed, shot by shot
    std::vector<QString> reviews;
};

struct Reported
{
    vision::TrackedShot shot;
    long long frame = 0;
};

void play(rules::Game game, unsigned long long seed, int shots, Tally &tally)
{
    simulation::GameSettings settings;
    settings.game = game;
    settings.seed = seed;
    settings.meanPause = 2.0; // shorter pauses than real players take: more shots per minute
    simulation::RenderSettings render;
    render.table = settings.table;
    render.seed = seed;
    simulation::TablePlayback playback(settings);
    const simulation::TableRenderer renderer(render);
    vision::BallTracker tracker(settings.table);
    vision::ShotSegmenter segmenter(settings.table);
    // The table's referee on a database of its own, as a venue rules each reported shot; a
    // shot that needs review is confirmed at once, as a referee standing by would.
    QTemporaryDir folder;
    Result<std::unique_ptr<storage::Database>> database
        = storage::Database::open(storage::sqliteInDataFolder(folder.path()));
    venue::TableScoreboard scoreboard;
    venue::TableReferee referee(scoreboard);
    if (database) {
        const simulation::SimulatedGame game(settings);
        if (auto match = venue::TableMatch::start(**database, std::nullopt, game.match().setup(),
                                                  {QStringLiteral("A"), QStringLiteral("B")}))
            referee.follow(std::move(*match));
    }
    std::optional<vision::Calibration> calibration;
    const double half = std::min(render.exposure, 1.0 / kFps) / 2;

    std::vector<simulation::FinishedShot> truth;
    std::vector<Reported> seen;
    for (long long frame = 0;; ++frame) {
        const double t = double(frame) / kFps;
        if (int(truth.size()) >= shots && t > truth.back().end + 1.0)
            break;
        const std::vector<simulation::BallPose> opens = playback.advanceTo(std::max(0.0, t - half));
        const std::vector<simulation::BallPose> closes = playback.advanceTo(t + half);
        const QImage image = renderer.render(opens, closes, frame);
        const cv::Mat picture = capture::bgrPicture(image);
        for (simulation::FinishedShot &finished : playback.takeFinishedShots())
            truth.push_back(std::move(finished));

        if (!calibration) {
            const Clock::time_point start = Clock::now();
            Result<vision::Calibration> found = vision::calibrate(picture, settings.table);
            tally.calibrationMs.add(since(start));
            if (!found) {
                std::printf("  seed %llu: no calibration: %s\n", seed, qPrintable(found.error()));
                return;
            }
            calibration = *found;
        }
        Clock::time_point start = Clock::now();
        const std::vector<vision::BallSighting> sightings
            = vision::findBalls(picture, *calibration);
        const double findMs = since(start);
        start = Clock::now();
        const vision::TableState &state = tracker.update(frame, t, sightings);
        const double trackMs = since(start);
        start = Clock::now();
        const std::optional<vision::TrackedShot> shot = segmenter.update(state);
        const double segmentMs = since(start);
        tally.findMs.add(findMs);
        tally.trackMs.add(trackMs);
        tally.segmentMs.add(segmentMs);
        tally.frameMs.add(findMs + trackMs + segmentMs);
        ++tally.frames;
        if (shot) {
            seen.push_back({*shot, frame});
            const int number = int(seen.size());
            start = Clock::now();
            referee.shotTracked({number, shot->shot, shot->needsReview, shot->reason, {}});
            if (const venue::RefereedShot *held = referee.shot(number);
                held && held->state == venue::RefereedShot::State::Waiting)
                (void)referee.confirm(number, QStringLiteral("bench"), {});
            tally.rulingMs.add(since(start));
        }

        // The truth at the middle of the exposure, against the sightings and the tracker.
        std::map<int, Vec2> openAt;
        for (const simulation::BallPose &pose : opens)
            openAt[pose.number] = pose.position;
        std::vector<bool> sightingUsed(sightings.size(), false);
        for (const simulation::BallPose &pose : closes) {
            const auto was = openAt.find(pose.number);
            if (was == openAt.end())
                continue; // dropped or placed during the exposure
            const Vec2 truePosition = (was->second + pose.position) / 2.0;
            const double speed = distance(was->second, pose.position) / (2 * half);
            const bool atRest = speed < kAtRest;
            const bool countedMotion = !atRest && speed <= kMaxMotionSpeed;
            // findBalls: the nearest sighting.
            int nearest = -1;
            double best = kSameBall;
            for (size_t i = 0; i < sightings.size(); ++i) {
                const double d = distance(sightings[i].position, truePosition);
                if (d < best) {
                    best = d;
                    nearest = int(i);
                }
            }
            ++tally.sightFrames;
            if (nearest < 0) {
                ++tally.missedSightings;
            } else {
                sightingUsed[size_t(nearest)] = true;
                tally.sightIdentified += sightings[size_t(nearest)].ball == pose.number;
                const bool touching = std::any_of(
                    closes.begin(), closes.end(), [&](const simulation::BallPose &other) {
                        return other.number != pose.number
                               && distance(other.position, pose.position) < kBallDiameter + 1.0;
                    });
                if (atRest && touching)
                    tally.sightRestTouching.add(best);
                if (atRest)
                    tally.sightRest.add(best);
                else if (countedMotion)
                    tally.sightMotion.add(best);
            }
            // The tracker: the ball of that number.
            ++tally.ballFrames;
            for (const vision::TrackedBall &ball : state.balls) {
                if (ball.ball != pose.number)
                    continue;
                const double d = distance(ball.position, truePosition);
                if (d <= kBallRadius)
                    ++tally.identified;
                if (!ball.hidden && d <= kSameBall) {
                    if (atRest)
                        tally.trackRest.add(d);
                    else if (countedMotion)
                        tally.trackMotion.add(d);
                }
            }
        }
        for (bool used : sightingUsed)
            tally.falseSightings += !used;
    }

    // Each true shot against the report that started within half a second of it.
    std::vector<bool> used(seen.size(), false);
    for (const simulation::FinishedShot &finished : truth) {
        ++tally.shots;
        ShotRecord expected = finished.played.result.shot;
        expected.call.reset();
        const Reported *match = nullptr;
        for (size_t i = 0; i < seen.size(); ++i) {
            if (!used[i] && std::abs(seen[i].shot.start - finished.start) < 0.5) {
                match = &seen[i];
                used[i] = true;
                break;
            }
        }
        const QString where = QStringLiteral("%1 seed %2 shot %3 (t %4 s)")
                                  .arg(rules::gameKey(game))
                                  .arg(seed)
                                  .arg(finished.played.number)
                                  .arg(finished.start, 0, 'f', 2);
        if (!match) {
            ++tally.missed;
            tally.wrong.push_back(QStringLiteral("%1: not reported; truth %2")
                                      .arg(where, testsupport::shotText(expected)));
            continue;
        }
        const long long endFrame = (long long)std::ceil(finished.end * kFps - 1e-9);
        tally.latencyFrames.add(double(match->frame - endFrame));
        const bool exact = match->shot.shot == expected;
        tally.exact += exact;
        tally.flagged += match->shot.needsReview;
        tally.exactFlagged += exact && match->shot.needsReview;
        if (match->shot.needsReview)
            tally.reviews.push_back(
                QStringLiteral("%1 (%2): %3")
                    .arg(where, exact ? QStringLiteral("exact") : QStringLiteral("differs"),
                         match->shot.reason));
        if (!exact && !match->shot.needsReview) {
            ++tally.wrongUnflagged;
            tally.wrong.push_back(QStringLiteral("%1:\n      truth %2\n      seen  %3")
                                      .arg(where, testsupport::shotText(expected),
                                           testsupport::shotText(match->shot.shot)));
        }
    }
    for (size_t i = 0; i < seen.size(); ++i) {
        if (used[i])
            continue;
        ++tally.extra;
        tally.wrong.push_back(QStringLiteral("%1 seed %2: a shot reported at %3 s that was not "
                                             "played: %4")
                                  .arg(rules::gameKey(game))
                                  .arg(seed)
                                  .arg(seen[i].shot.start, 0, 'f', 2)
                                  .arg(testsupport::shotText(seen[i].shot.shot)));
    }
}

QString percent(long long part, long long whole)
{
    return QString::number(whole > 0 ? 100.0 * double(part) / double(whole) : 0.0, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    cv::setNumThreads(1);
    int shots = 50;
    std::vector<unsigned long long> seeds{1, 2, 3};
    if (argc > 1)
        shots = std::max(1, QString::fromLocal8Bit(argv[1]).toInt());
    if (argc > 2) {
        seeds.clear();
        for (const QString &seed : QString::fromLocal8Bit(argv[2]).split(QLatin1Char(',')))
            seeds.push_back(seed.toULongLong());
    }
    const int matches = int(seeds.size()) * 2;
    const int perMatch = (shots + matches - 1) / matches;

    Tally tally;
    const Clock::time_point began = Clock::now();
    for (unsigned long long seed : seeds) {
        for (rules::Game game : {rules::Game::NineBall, rules::Game::EightBall}) {
            play(game, seed, perMatch, tally);
            std::fprintf(stderr, "bench_tracking: %s seed %llu done, %d shots, %.0f s\n",
                         qPrintable(rules::gameKey(game)), seed, tally.shots,
                         since(began) / 1000.0);
        }
    }

    std::printf("Tracking benchmark: %d shots, %lld frames of 1920x1080 at 60 fps (seeds",
                tally.shots, tally.frames);
    for (unsigned long long seed : seeds)
        std::printf(" %llu", seed);
    std::printf(", 9-ball and 8-ball)\n\n");
    std::printf("Positions                                   figure      goal\n");
    std::printf("  findBalls at rest, mean                   %6.2f mm   <= 1 mm\n",
                tally.sightRest.mean());
    std::printf("  findBalls at rest, p95                    %6.2f mm   <= 2 mm\n",
                tally.sightRest.percentile(0.95));
    std::printf("    of them touching another ball: mean %.2f mm, p95 %.2f mm (%zu ball-frames)\n",
                tally.sightRestTouching.mean(), tally.sightRestTouching.percentile(0.95),
                tally.sightRestTouching.values.size());
    std::printf("  findBalls in motion (<= 3 m/s), RMS       %6.2f mm   <= 5 mm\n",
                tally.sightMotion.rms());
    std::printf("  tracker at rest, mean                     %6.2f mm   <= 1 mm\n",
                tally.trackRest.mean());
    std::printf("  tracker at rest, p95                      %6.2f mm   <= 2 mm\n",
                tally.trackRest.percentile(0.95));
    std::printf("  tracker in motion (<= 3 m/s), RMS         %6.2f mm   <= 5 mm\n",
                tally.trackMotion.rms());
    std::printf("  balls not sighted / false sightings       %lld / %lld of %lld ball-frames\n",
                tally.missedSightings, tally.falseSightings, tally.sightFrames);
    std::printf("Identity\n");
    std::printf("  tracker, over all ball-frames             %6s %%    >= 99.5 %%\n",
                qPrintable(percent(tally.identified, tally.ballFrames)));
    std::printf(
        "  findBalls alone, over sighted balls       %6s %%\n",
        qPrintable(percent(tally.sightIdentified, tally.sightFrames - tally.missedSightings)));
    std::printf("Shot records\n");
    std::printf("  exact                                     %6s %%    >= 98 %% (%d of %d)\n",
                qPrintable(percent(tally.exact, tally.shots)), tally.exact, tally.shots);
    std::printf("  flagged for review                        %6s %%    (%d, of them %d exact)\n",
                qPrintable(percent(tally.flagged, tally.shots)), tally.flagged, tally.exactFlagged);
    std::printf("  wrong without a flag                      %6d      0\n", tally.wrongUnflagged);
    std::printf("  not reported / reported but not played    %d / %d     0 / 0\n", tally.missed,
                tally.extra);
    std::printf("Time on one core                              mean      p99      goal\n");
    std::printf("  per frame (findBalls+tracker+segmenter)   %6.2f ms %6.2f ms  <= 8 ms\n",
                tally.frameMs.mean(), tally.frameMs.percentile(0.99));
    std::printf("    findBalls                               %6.2f ms %6.2f ms\n",
                tally.findMs.mean(), tally.findMs.percentile(0.99));
    std::printf("    tracker                                 %6.3f ms %6.3f ms\n",
                tally.trackMs.mean(), tally.trackMs.percentile(0.99));
    std::printf("    segmenter                               %6.3f ms %6.3f ms\n",
                tally.segmentMs.mean(), tally.segmentMs.percentile(0.99));
    std::printf("  calibration, once per table               %6.1f ms (max %.1f ms)\n",
                tally.calibrationMs.mean(), tally.calibrationMs.max());
    std::printf("Latency from the frame that ends a shot (last ball at rest) to its report\n");
    std::printf("  mean %.1f frames (%.0f ms), max %.0f frames (%.0f ms)\n",
                tally.latencyFrames.mean(), tally.latencyFrames.mean() * 1000.0 / kFps,
                tally.latencyFrames.max(), tally.latencyFrames.max() * 1000.0 / kFps);
    std::printf("  then the table's referee rules it and stores it: mean %.2f ms, max %.2f ms\n",
                tally.rulingMs.mean(), tally.rulingMs.max());
    if (!tally.wrong.empty()) {
        std::printf("Wrong without a flag, missed or extra:\n");
        for (const QString &line : tally.wrong)
            std::printf("  %s\n", qPrintable(line));
    }
    if (!tally.reviews.empty()) {
        std::printf("Flagged for review:\n");
        for (const QString &line : tally.reviews)
            std::printf("  %s\n", qPrintable(line));
    }
    return 0;
}
