#include "videofilewriter.h"

#include "apptext.h"

#include <capture/picture.h>

#include <opencv2/videoio.hpp>

namespace dojo::app {

QString videoCodecKey(VideoCodec codec)
{
    switch (codec) {
    case VideoCodec::Mjpeg: return QStringLiteral("mjpg");
    case VideoCodec::H264: return QStringLiteral("h264");
    case VideoCodec::Ffv1: return QStringLiteral("ffv1");
    }
    return {};
}

QString videoFileExtension(VideoCodec codec)
{
    switch (codec) {
    case VideoCodec::Mjpeg: return QStringLiteral("avi");
    case VideoCodec::H264: return QStringLiteral("mp4");
    case VideoCodec::Ffv1: return QStringLiteral("mkv");
    }
    return {};
}

std::optional<VideoCodec> videoCodecFromKey(const QString &key)
{
    for (VideoCodec codec : {VideoCodec::Mjpeg, VideoCodec::H264, VideoCodec::Ffv1})
        if (videoCodecKey(codec) == key)
            return codec;
    return std::nullopt;
}

Result<std::unique_ptr<VideoFileWriter>>
VideoFileWriter::open(const QString &path, VideoCodec codec, QSize size, double framesPerSecond)
{
    int fourcc = cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
    if (codec == VideoCodec::H264)
        fourcc = cv::VideoWriter::fourcc('a', 'v', 'c', '1');
    else if (codec == VideoCodec::Ffv1)
        fourcc = cv::VideoWriter::fourcc('F', 'F', 'V', '1');
    std::unique_ptr<VideoFileWriter> writer(new VideoFileWriter);
    writer->m_path = path;
    writer->m_size = size;
    writer->m_writer = std::make_unique<cv::VideoWriter>();
    // MJPEG at quality 95: the balls' edges and numbers survive it for tracking.
    const std::vector<int> parameters = codec == VideoCodec::Mjpeg
                                            ? std::vector<int>{cv::VIDEOWRITER_PROP_QUALITY, 95}
                                            : std::vector<int>{};
    // OpenCV's own MJPEG writer takes a quality; FFmpeg writes the others.
    const int backend = codec == VideoCodec::Mjpeg ? cv::CAP_OPENCV_MJPEG : cv::CAP_FFMPEG;
    const bool opened = writer->m_writer->open(path.toStdString(), backend, fourcc, framesPerSecond,
                                               cv::Size(size.width(), size.height()), parameters);
    if (!opened || !writer->m_writer->isOpened()) {
        return Unexpected(AppText::tr("cannot write the video %1 as %2 (OpenCV's writer refused)")
                              .arg(path, videoCodecKey(codec)));
    }
    return writer;
}

VideoFileWriter::~VideoFileWriter() = default;

Result<void> VideoFileWriter::write(const QImage &frame)
{
    if (frame.size() != m_size) {
        return Unexpected(AppText::tr("a frame of %1x%2 does not fit the video's %3x%4")
                              .arg(frame.width())
                              .arg(frame.height())
                              .arg(m_size.width())
                              .arg(m_size.height()));
    }
    m_writer->write(capture::bgrPicture(frame));
    return {};
}

Result<void> VideoFileWriter::close()
{
    m_writer->release();
    return {};
}

} // namespace dojo::app
