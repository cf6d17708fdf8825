#include "trackcommand.h"

#include "apptext.h"
#include "trackinput.h"

#include <vision/tabletracker.h>

#include <core/trackinglog.h>

#include <QElapsedTimer>
#include <QSaveFile>

#include <opencv2/core.hpp>

#include <cstdio>
#include <unistd.h>

namespace dojo::app {
namespace {

const QString kOut = QStringLiteral("out");
const QString kTable = QStringLiteral("table");
const QString kCorners = QStringLiteral("corners");
const QString kShots = QStringLiteral("shots");
const QString kFps = QStringLiteral("fps");

struct TrackCommandLine
{
    QString input;
    QString out;
    TableSize table = TableSize::NineFoot;
    std::optional<std::array<QPointF, 4>> corners;
    int shots = 10;
    double imagesPerSecond = 60.0;
};

// "x,y;x,y;x,y;x,y": head-left, foot-left, head-right, foot-right, in pixels.
std::optional<std::array<QPointF, 4>> readCorners(const QString &text)
{
    const QStringList points = text.split(QLatin1Char(';'));
    if (points.size() != 4)
        return std::nullopt;
    std::array<QPointF, 4> corners;
    for (int i = 0; i < 4; ++i) {
        const QStringList xy = points[i].split(QLatin1Char(','));
        bool okX = false;
        bool okY = false;
        if (xy.size() != 2)
            return std::nullopt;
        corners[size_t(i)]
            = QPointF(xy[0].trimmed().toDouble(&okX), xy[1].trimmed().toDouble(&okY));
        if (!okX || !okY)
            return std::nullopt;
    }
    return corners;
}

Result<TrackCommandLine> readCommandLine(const CommandInput &input)
{
    if (input.arguments.size() != 1)
        return Unexpected(AppText::tr("track needs exactly one input"));
    TrackCommandLine line;
    line.input = input.arguments[0];
    if (!input.isSet(kOut) || input.value(kOut).isEmpty())
        return Unexpected(AppText::tr("track needs --out FILE.jsonl"));
    line.out = input.value(kOut);
    if (input.isSet(kTable)) {
        const std::optional<TableSize> size = tableSizeFromKey(input.value(kTable));
        if (!size) {
            return Unexpected(AppText::tr("--table is 7ft, 8ft, 8ft-oversized or 9ft, not \"%1\"")
                                  .arg(input.value(kTable)));
        }
        line.table = *size;
    }
    if (input.isSet(kCorners)) {
        line.corners = readCorners(input.value(kCorners));
        if (!line.corners) {
            return Unexpected(AppText::tr("--corners needs four pixels X,Y;X,Y;X,Y;X,Y: the "
                                          "head-left, foot-left, head-right and foot-right "
                                          "corners of the playing surface"));
        }
    }
    if (input.isSet(kShots)) {
        bool ok = false;
        line.shots = input.value(kShots).toInt(&ok);
        if (!ok || line.shots < 1 || line.shots > 100000)
            return Unexpected(AppText::tr("--shots needs a whole number from 1 to 100000"));
    }
    if (input.isSet(kFps)) {
        bool ok = false;
        line.imagesPerSecond = input.value(kFps).toDouble(&ok);
        if (!ok || line.imagesPerSecond <= 0 || line.imagesPerSecond > 1000)
            return Unexpected(AppText::tr("--fps needs a number above 0 and up to 1000"));
    }
    return line;
}

int refuse(const QString &problem)
{
    std::fprintf(stderr, "dojopool: track: %s\n", qPrintable(problem));
    return 1;
}

int runTrack(const TrackCommandLine &line)
{
    Result<std::unique_ptr<TrackInput>> input
        = openTrackInput(line.input, line.shots, line.imagesPerSecond);
    if (!input)
        return refuse(input.error());
    QSaveFile out(line.out);
    if (!out.open(QIODevice::WriteOnly))
        return refuse(AppText::tr("cannot write %1: %2").arg(line.out, out.errorString()));

    const bool terminal = isatty(fileno(stderr)) != 0;
    const double fps = (*input)->framesPerSecond();
    std::optional<vision::TableTracker> tracker;
    cv::Mat picture;
    long long frame = 0;
    int shots = 0;
    QElapsedTimer clock;
    clock.start();
    for (; (*input)->next(picture); ++frame) {
        if (!tracker) {
            // Corners in pixels of this input's pictures, as fractions of their size.
            std::optional<std::array<QPointF, 4>> fractions;
            if (line.corners) {
                fractions.emplace();
                for (size_t i = 0; i < 4; ++i)
                    (*fractions)[i] = QPointF((*line.corners)[i].x() / picture.cols,
                                              (*line.corners)[i].y() / picture.rows);
            }
            tracker.emplace(line.table, fractions);
        }
        const double t = double(frame) / fps;
        const vision::TableView view = tracker->see(picture, frame, t);
        if (!view.calibrated && frame == 0) {
            return refuse(
                AppText::tr("cannot find the table in %1: %2").arg(line.input, tracker->problem()));
        }
        FrameLine frameLine{frame, t, {}};
        for (const vision::TrackedBall &ball : view.state.balls)
            frameLine.balls.push_back({ball.ball, ball.position});
        out.write(trackingLineJson(frameLine) + '\n');
        if (view.finished) {
            const vision::TrackedShot &shot = view.finished->shot;
            ShotLine shotLine{shot.shot, shot.start, shot.end, shot.needsReview,
                              shot.needsReview ? shot.reason : QString()};
            out.write(trackingLineJson(shotLine) + '\n');
            ++shots;
        }
        if (terminal && frame % 30 == 0) {
            const QString progress = AppText::tr("frame %1, %n shot(s)", nullptr, shots).arg(frame);
            std::fprintf(stderr, "\r\033[Kdojopool: track: %s", qPrintable(progress));
            std::fflush(stderr);
        }
    }
    if (terminal)
        std::fputc('\n', stderr);
    if (!out.commit())
        return refuse(AppText::tr("cannot write %1: %2").arg(line.out, out.errorString()));
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::fprintf(stderr, "dojopool: track: %s\n",
                 qPrintable(AppText::tr("%1 frames and %n shot(s) in %2 s (%3 ms a frame): %4",
                                        nullptr, shots)
                                .arg(frame)
                                .arg(seconds, 0, 'f', 1)
                                .arg(frame > 0 ? seconds * 1000 / double(frame) : 0.0, 0, 'f', 2)
                                .arg(line.out)));
    return 0;
}

} // namespace

Command trackCommand()
{
    const auto option = [](const QString &name, const QString &help, const QString &value) {
        return QCommandLineOption(name, help, value);
    };
    return {
        .name = QStringLiteral("track"),
        .summary = AppText::tr("track the balls in a video, images or the simulated table"),
        .arguments = AppText::tr("INPUT"),
        .argumentsHelp = AppText::tr("a video file, an image, a folder of images or sim:SEED"),
        .options
        = {option(kOut,
                  AppText::tr("The tracking log to write: a JSON line per frame and per "
                              "shot (docs/tracking.md)."),
                  AppText::tr("FILE.jsonl")),
           option(kTable, AppText::tr("The table: 7ft, 8ft, 8ft-oversized or 9ft (default 9ft)."),
                  AppText::tr("SIZE")),
           option(kCorners,
                  AppText::tr("The playing surface's corners in pixels instead of finding them: "
                              "head-left, foot-left, head-right, foot-right."),
                  AppText::tr("X,Y;X,Y;X,Y;X,Y")),
           option(kShots, AppText::tr("With sim:SEED, how many shots to film (default 10)."),
                  AppText::tr("N")),
           option(kFps, AppText::tr("Images per second of a folder of images (default 60)."),
                  AppText::tr("FPS"))},
        .check =
            [](const CommandInput &input) {
                const Result<TrackCommandLine> read = readCommandLine(input);
                return read ? Result<void>() : Result<void>(Unexpected(read.error()));
            },
        .run
        = [](const CommandInput &input, OpenVenue *) { return runTrack(*readCommandLine(input)); }};
}

} // namespace dojo::app
