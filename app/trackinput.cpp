#include "trackinput.h"

#include "apptext.h"

#include <capture/picture.h>
#include <capture/simulatedtablesource.h>
#include <capture/sourcespec.h>
#include <simulation/tableplayback.h>
#include <simulation/tablerenderer.h>

#include <QCollator>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>

namespace dojo::app {
namespace {

class VideoInput : public TrackInput
{
public:
    explicit VideoInput(std::unique_ptr<cv::VideoCapture> video)
        : m_video(std::move(video))
    {
    }
    bool next(cv::Mat &picture) override { return m_video->read(picture) && !picture.empty(); }
    double framesPerSecond() const override
    {
        const double fps = m_video->get(cv::CAP_PROP_FPS);
        return fps > 0 ? fps : 30.0;
    }
    long long frameCount() const override
    {
        return std::max(0LL, static_cast<long long>(m_video->get(cv::CAP_PROP_FRAME_COUNT)));
    }

private:
    std::unique_ptr<cv::VideoCapture> m_video;
};

class ImagesInput : public TrackInput
{
public:
    ImagesInput(QStringList files, double fps)
        : m_files(std::move(files))
        , m_fps(fps)
    {
    }
    bool next(cv::Mat &picture) override
    {
        while (m_next < m_files.size()) {
            picture = cv::imread(m_files[m_next++].toStdString(), cv::IMREAD_COLOR);
            if (!picture.empty())
                return true;
        }
        return false;
    }
    double framesPerSecond() const override { return m_fps; }
    long long frameCount() const override { return m_files.size(); }

private:
    QStringList m_files;
    double m_fps;
    qsizetype m_next = 0;
};

// The simulated table filmed here, frame by frame, until `shots` shots have come to rest.
class SimulatedInput : public TrackInput
{
public:
    SimulatedInput(const capture::SourceSpec &spec, int shots)
        : m_settings(capture::simulatedTableSettings(spec))
        , m_playback(m_settings.game)
        , m_renderer(m_settings.render)
        , m_shots(shots)
    {
    }
    bool next(cv::Mat &picture) override
    {
        const double fps = m_settings.framesPerSecond;
        const double t = double(m_frame) / fps;
        if (m_finished >= m_shots && t > m_lastRest + 0.5)
            return false;
        const double half = std::min(m_settings.render.exposure, 1.0 / fps) / 2;
        const std::vector<simulation::BallPose> opens
            = m_playback.advanceTo(std::max(0.0, t - half));
        const std::vector<simulation::BallPose> &closes = m_playback.advanceTo(t + half);
        picture = capture::bgrPicture(m_renderer.render(opens, closes, m_frame));
        for (const simulation::FinishedShot &shot : m_playback.takeFinishedShots()) {
            ++m_finished;
            m_lastRest = shot.end;
        }
        ++m_frame;
        return true;
    }
    double framesPerSecond() const override { return m_settings.framesPerSecond; }

private:
    capture::SimulatedTableSettings m_settings;
    simulation::TablePlayback m_playback;
    simulation::TableRenderer m_renderer;
    int m_shots;
    int m_finished = 0;
    double m_lastRest = 0.0;
    long long m_frame = 0;
};

bool isImage(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("png"),  QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                      QStringLiteral("ppm"),  QStringLiteral("tif"),
                                      QStringLiteral("tiff"), QStringLiteral("webp")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

Result<std::unique_ptr<TrackInput>> openTrackInput(const QString &input, int shots,
                                                   double imagesPerSecond)
{
    const Result<capture::SourceSpec> spec = capture::parseSourceSpec(input);
    if (!spec)
        return Unexpected(spec.error());
    using Kind = capture::SourceSpec::Kind;
    switch (spec->kind) {
    case Kind::Simulated:
        return std::unique_ptr<TrackInput>(std::make_unique<SimulatedInput>(*spec, shots));
    case Kind::ImageFolder: {
        QDir folder(spec->path);
        QStringList files;
        for (const QString &name : folder.entryList(QDir::Files))
            if (isImage(name))
                files << folder.filePath(name);
        QCollator byName;
        byName.setNumericMode(true);
        std::sort(files.begin(), files.end(), byName);
        if (files.isEmpty())
            return Unexpected(AppText::tr("the folder %1 holds no images").arg(spec->path));
        return std::unique_ptr<TrackInput>(
            std::make_unique<ImagesInput>(std::move(files), imagesPerSecond));
    }
    case Kind::Image:
        if (!QFileInfo(spec->path).isReadable())
            return Unexpected(AppText::tr("the image %1 cannot be read").arg(spec->path));
        return std::unique_ptr<TrackInput>(
            std::make_unique<ImagesInput>(QStringList{spec->path}, imagesPerSecond));
    case Kind::VideoFile: {
        auto video = std::make_unique<cv::VideoCapture>(spec->path.toStdString());
        if (!video->isOpened())
            return Unexpected(AppText::tr("the video %1 cannot be read").arg(spec->path));
        return std::unique_ptr<TrackInput>(std::make_unique<VideoInput>(std::move(video)));
    }
    case Kind::Camera:
    case Kind::Stream: break;
    }
    return Unexpected(AppText::tr("track reads a video file, an image, a folder of images or "
                                  "sim:SEED, not %1")
                          .arg(input));
}

} // namespace dojo::app
