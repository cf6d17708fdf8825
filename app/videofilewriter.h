#pragma once

#include <core/result.h>

#include <QImage>
#include <QString>

#include <memory>

namespace cv {
class VideoWriter;
}

namespace dojo::app {

// The video formats render writes, each one the app reads back (Qt Multimedia on GStreamer).
enum class VideoCodec { Mjpeg, H264, Ffv1 };

// "mjpg", "h264", "ffv1"; and the file's extension for each: avi, mp4, mkv.
QString videoCodecKey(VideoCodec codec);
QString videoFileExtension(VideoCodec codec);
std::optional<VideoCodec> videoCodecFromKey(const QString &key);

// Frames into a video file through OpenCV's writer; one BGR conversion per frame.
class VideoFileWriter
{
public:
    static Result<std::unique_ptr<VideoFileWriter>> open(const QString &path, VideoCodec codec,
                                                         QSize size, double framesPerSecond);
    ~VideoFileWriter();

    Result<void> write(const QImage &frame);
    Result<void> close();

private:
    VideoFileWriter() = default;
    QString m_path;
    QSize m_size;
    std::unique_ptr<cv::VideoWriter> m_writer;
};

} // namespace dojo::app
