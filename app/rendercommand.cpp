#include "rendercommand.h"

#include "apptext.h"

#include <simulation/tableplayback.h>

#include <core/trackinglog.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cmath>
#include <cstdio>
#include <deque>
#include <unistd.h>

namespace dojo::app {
namespace {

const QString kSeed = QStringLiteral("seed");
const QString kShots = QStringLiteral("shots");
const QString kOut = QStringLiteral("out");
const QString kGame = QStringLiteral("game");
const QString kTable = QStringLiteral("table");
const QString kResolution = QStringLiteral("resolution");
const QString kFps = QStringLiteral("fps");
const QString kCameraHeight = QStringLiteral("camera-height");
const QString kTilt = QStringLiteral("tilt");
const QString kDistortion = QStringLiteral("distortion");
const QString kNoise = QStringLiteral("noise");
const QString kExposure = QStringLiteral("exposure");
const QString kPause = QStringLiteral("pause");
const QString kCodec = QStringLiteral("codec");

// A number option within [low, high], or the sentence saying what it must be.
Result<double> numberOption(const CommandInput &input, const QString &option, double fallback,
                            double low, double high)
{
    if (!input.isSet(option))
        return fallback;
    bool ok = false;
    const double value = input.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < low || value > high) {
        return Unexpected(AppText::tr("--%1 needs a number from %2 to %3, not \"%4\"")
                              .arg(option)
                              .arg(low)
                              .arg(high)
                              .arg(input.value(option)));
    }
    return value;
}

Result<RenderCommandLine> readCommandLine(const CommandInput &input)
{
    if (!input.arguments.isEmpty())
        return Unexpected(AppText::tr("render takes no arguments, only options"));
    RenderCommandLine line;
    for (const QString &needed : {kSeed, kShots, kOut})
        if (!input.isSet(needed))
            return Unexpected(AppText::tr("render needs --%1").arg(needed));
    bool ok = false;
    line.seed = input.value(kSeed).toULongLong(&ok);
    if (!ok)
        return Unexpected(AppText::tr("--seed needs a whole number of 0 or more"));
    line.shots = input.value(kShots).toInt(&ok);
    if (!ok || line.shots < 1 || line.shots > 100000)
        return Unexpected(AppText::tr("--shots needs a whole number from 1 to 100000"));
    line.outDir = input.value(kOut);
    if (line.outDir.isEmpty())
        return Unexpected(AppText::tr("--out needs a folder"));

    const QString game = input.isSet(kGame) ? input.value(kGame) : QStringLiteral("9-ball");
    if (game == QLatin1String("9-ball"))
        line.game.game = rules::Game::NineBall;
    else if (game == QLatin1String("8-ball"))
        line.game.game = rules::Game::EightBall;
    else
        return Unexpected(AppText::tr("--game is 8-ball or 9-ball, not \"%1\"").arg(game));
    const QString table = input.isSet(kTable) ? input.value(kTable) : QStringLiteral("9ft");
    const std::optional<TableSize> size = tableSizeFromKey(table);
    if (!size) {
        return Unexpected(
            AppText::tr("--table is 7ft, 8ft, 8ft-oversized or 9ft, not \"%1\"").arg(table));
    }
    line.game.table = *size;
    line.game.seed = line.seed;
    line.render.table = *size;
    line.render.seed = line.seed;

    if (input.isSet(kResolution)) {
        const QStringList parts = input.value(kResolution).split(QLatin1Char('x'));
        const int width = parts.size() == 2 ? parts[0].toInt() : 0;
        const int height = parts.size() == 2 ? parts[1].toInt() : 0;
        if (width < 64 || height < 64 || width > 7680 || height > 4320 || width % 2 || height % 2) {
            return Unexpected(AppText::tr("--resolution needs WIDTHxHEIGHT in even pixels from "
                                          "64x64 to 7680x4320, such as 1920x1080"));
        }
        line.render.camera.resolution = QSize(width, height);
    }
    const std::array<std::pair<Result<double>, double *>, 7> numbers{{
        {numberOption(input, kFps, 60, 1, 240), &line.framesPerSecond},
        {numberOption(input, kCameraHeight, line.render.camera.height, 1500, 6000),
         &line.render.camera.height},
        {numberOption(input, kTilt, line.render.camera.tiltDegrees, -15, 15),
         &line.render.camera.tiltDegrees},
        {numberOption(input, kDistortion, line.render.camera.distortion, -0.5, 0.5),
         &line.render.camera.distortion},
        {numberOption(input, kNoise, line.render.noise, 0, 50), &line.render.noise},
        {numberOption(input, kExposure, line.render.exposure, 0, 1), &line.render.exposure},
        {numberOption(input, kPause, line.game.meanPause, 0, 60), &line.game.meanPause},
    }};
    for (const auto &[value, target] : numbers) {
        if (!value)
            return Unexpected(value.error());
        *target = *value;
    }
    if (input.isSet(kCodec)) {
        const std::optional<VideoCodec> codec = videoCodecFromKey(input.value(kCodec));
        if (!codec) {
            return Unexpected(
                AppText::tr("--codec is mjpg, h264 or ffv1, not \"%1\"").arg(input.value(kCodec)));
        }
        line.codec = *codec;
    }
    return line;
}

int refuse(const QString &problem)
{
    std::fprintf(stderr, "dojopool: render: %s\n", qPrintable(problem));
    return 1;
}

// The progress line on a terminal, rewritten in place; nothing when stderr is a file.
void showProgress(bool terminal, long long frame, int shotsDone, int shots)
{
    if (!terminal)
        return;
    const QString text
        = AppText::tr("frame %1, shot %2 of %3").arg(frame).arg(shotsDone).arg(shots);
    std::fprintf(stderr, "\r\033[Kdojopool: render: %s", qPrintable(text));
    std::fflush(stderr);
}

} // namespace

int runRender(const RenderCommandLine &line)
{
    QDir out(line.outDir);
    if (!out.mkpath(QStringLiteral(".")))
        return refuse(AppText::tr("cannot create the folder %1").arg(line.outDir));
    const QString videoPath
        = out.filePath(QStringLiteral("video.") + videoFileExtension(line.codec));
    Result<std::unique_ptr<VideoFileWriter>> video = VideoFileWriter::open(
        videoPath, line.codec, line.render.camera.resolution, line.framesPerSecond);
    if (!video)
        return refuse(video.error());
    QSaveFile truth(out.filePath(QStringLiteral("truth.jsonl")));
    if (!truth.open(QIODevice::WriteOnly))
        return refuse(
            AppText::tr("cannot write %1: %2").arg(truth.fileName(), truth.errorString()));

    const bool terminal = isatty(fileno(stderr)) != 0;
    QElapsedTimer clock;
    clock.start();
    simulation::TablePlayback playback(line.game);
    const simulation::TableRenderer renderer(line.render);
    const double fps = line.framesPerSecond;
    const double halfExposure = std::min(line.render.exposure, 1.0 / fps) / 2;
    std::vector<simulation::BallPose> opens;
    std::vector<simulation::BallPose> middle;
    std::deque<simulation::FinishedShot> resting;
    int shotsDone = 0;
    double lastRest = -1.0;
    long long frame = 0;
    // The table is filmed until the last shot's balls have rested for a moment.
    for (;; ++frame) {
        const double t = double(frame) / fps;
        if (shotsDone >= line.shots && t > lastRest + 0.5)
            break;
        opens = playback.advanceTo(std::max(0.0, t - halfExposure));
        middle = playback.advanceTo(t);
        const std::vector<simulation::BallPose> &closes = playback.advanceTo(t + halfExposure);
        FrameLine truthLine{frame, t, {}};
        truthLine.balls.reserve(middle.size());
        for (const simulation::BallPose &pose : middle)
            truthLine.balls.push_back({pose.number, pose.position});
        truth.write(trackingLineJson(truthLine) + '\n');
        if (Result<void> written = (*video)->write(renderer.render(opens, closes, frame)); !written)
            return refuse(written.error());
        for (simulation::FinishedShot &finished : playback.takeFinishedShots())
            resting.push_back(std::move(finished));
        // A shot's line follows the first frame at or after the moment its balls rested.
        while (!resting.empty() && resting.front().end <= t) {
            if (shotsDone < line.shots) {
                const simulation::FinishedShot &finished = resting.front();
                truth.write(
                    trackingLineJson(ShotLine{
                        finished.played.shot, finished.start, finished.end, std::nullopt, {}})
                    + '\n');
                ++shotsDone;
                lastRest = finished.end;
            }
            resting.pop_front();
        }
        if (frame % 30 == 0)
            showProgress(terminal, frame, shotsDone, line.shots);
    }
    if (terminal)
        std::fputc('\n', stderr);
    if (Result<void> closed = (*video)->close(); !closed)
        return refuse(closed.error());
    if (!truth.commit())
        return refuse(
            AppText::tr("cannot write %1: %2").arg(truth.fileName(), truth.errorString()));
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const QString summary = AppText::tr("%1 frames (%2 s of video, %n shot(s)) in %3 s: %4 and %5",
                                        nullptr, shotsDone)
                                .arg(frame)
                                .arg(double(frame) / fps, 0, 'f', 1)
                                .arg(seconds, 0, 'f', 1)
                                .arg(videoPath, truth.fileName());
    std::fprintf(stderr, "dojopool: render: %s\n", qPrintable(summary));
    return 0;
}

Command renderCommand()
{
    const auto option = [](const QString &name, const QString &help, const QString &value) {
        return QCommandLineOption(name, help, value);
    };
    return {
        .name = QStringLiteral("render"),
        .summary = AppText::tr("film the simulated table: a video and its ground truth"),
        .options = {
            option(kSeed, AppText::tr("The seed: the same seed gives the same video and truth."),
                   AppText::tr("S")),
            option(kShots, AppText::tr("How many shots to film, from the break."), AppText::tr("N")),
            option(kOut, AppText::tr("The folder for video.mp4 (or .avi, .mkv) and truth.jsonl."),
                   AppText::tr("DIR")),
            option(kGame, AppText::tr("8-ball or 9-ball (default 9-ball)."), AppText::tr("GAME")),
            option(kTable, AppText::tr("The table: 7ft, 8ft, 8ft-oversized or 9ft (default 9ft)."),
                   AppText::tr("SIZE")),
            option(kResolution, AppText::tr("The camera's picture (default 1920x1080)."),
                   AppText::tr("WxH")),
            option(kFps, AppText::tr("Frames per second (default 60)."), AppText::tr("FPS")),
            option(kCameraHeight,
                   AppText::tr("The lens's height above the bed in mm (default 2500)."),
                   AppText::tr("MM")),
            option(kTilt, AppText::tr("The camera's tilt toward the foot rail in degrees (default 1.5)."),
                   AppText::tr("DEGREES")),
            option(kDistortion,
                   AppText::tr("Radial lens distortion k1; below 0 bows the rails out (default -0.04)."),
                   AppText::tr("K1")),
            option(kNoise, AppText::tr("Sensor noise in 8-bit levels (default 2)."),
                   AppText::tr("LEVELS")),
            option(kExposure,
                   AppText::tr("The shutter's time in seconds, for motion blur (default 0.0083)."),
                   AppText::tr("SECONDS")),
            option(kPause, AppText::tr("The players' mean pause between shots in seconds (default 4)."),
                   AppText::tr("SECONDS")),
            option(kCodec, AppText::tr("h264 (MP4, default), mjpg (AVI) or ffv1 (MKV, lossless)."),
                   AppText::tr("CODEC")),
        },
        .check =
            [](const CommandInput &input) {
                const Result<RenderCommandLine> read = readCommandLine(input);
                return read ? Result<void>() : Result<void>(Unexpected(read.error()));
            },
        .run = [](const CommandInput &input, OpenVenue *) { return runRender(*readCommandLine(input)); }};
}

} // namespace dojo::app
