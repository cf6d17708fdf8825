#include "capture/internal/shotfilm.h"

#include <core/tablespec.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace dojo::capture::internal {

namespace {

constexpr int kJpegQuality = 80;
constexpr int kRestEvery = 6;       // between shots, one frame in six (10 a second at 60 fps)
constexpr double kKeptAtRest = 1.5; // seconds of frames kept between shots
constexpr double kLeadIn = 0.5;     // seconds of a replay before the shot's start
constexpr double kMaxShot = 60.0;   // seconds: a "shot" longer than this keeps only its last

} // namespace

ShotFilm::ShotFilm(qint64 tableId, QSize pictureSize)
    : m_tableId(tableId)
    , m_largest(pictureSize)
{
}

QSize ShotFilm::scaledSize(QSize picture) const
{
    if (picture.isEmpty())
        return picture;
    const double scale = std::min({1.0, double(m_largest.width()) / picture.width(),
                                   double(m_largest.height()) / picture.height()});
    return QSize(std::max(1, int(picture.width() * scale + 0.5)),
                 std::max(1, int(picture.height() * scale + 0.5)));
}

void ShotFilm::add(const cv::Mat &picture, const vision::TableState &state,
                   const vision::Calibration &calibration, bool moving)
{
    if (!moving && m_restFrames++ % kRestEvery != 0)
        return;
    if (moving)
        m_restFrames = 0;
    const QSize size = scaledSize(QSize(picture.cols, picture.rows));
    const double scale = double(size.width()) / picture.cols;
    cv::Mat small;
    cv::resize(picture, small, cv::Size(size.width(), size.height()), 0, 0, cv::INTER_AREA);
    std::vector<uchar> bytes;
    cv::imencode(".jpg", small, bytes, {cv::IMWRITE_JPEG_QUALITY, kJpegQuality});
    ReplayFrame frame;
    frame.frame = state.frame;
    frame.time = state.time;
    frame.jpeg = QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    frame.balls.reserve(state.balls.size());
    for (const vision::TrackedBall &ball : state.balls) {
        const QPointF pixel = calibration.ballPixel(ball.position) * scale;
        frame.balls.push_back({ball.ball, ball.position, pixel, ball.hidden});
    }
    m_frames.push_back(std::move(frame));
    if (!moving) {
        while (!m_frames.empty() && m_frames.front().time < state.time - kKeptAtRest)
            m_frames.pop_front();
    } else {
        while (!m_frames.empty() && m_frames.front().time < state.time - kMaxShot)
            m_frames.pop_front();
    }
}

std::shared_ptr<ReplayShot> ShotFilm::finish(const vision::FinishedShot &finished,
                                             const vision::Calibration &calibration, int number)
{
    auto replay = std::make_shared<ReplayShot>();
    replay->tableId = m_tableId;
    replay->number = number;
    replay->table = calibration.table;
    replay->shot = finished.shot.shot;
    replay->start = finished.shot.start;
    replay->end = finished.shot.end;
    replay->needsReview = finished.shot.needsReview;
    replay->reason = finished.shot.reason;
    replay->pictureSize = scaledSize(calibration.image);
    const double scale = calibration.image.width() > 0
                             ? double(replay->pictureSize.width()) / calibration.image.width()
                             : 1.0;
    const TableSpec &spec = tableSpec(calibration.table);
    const std::array<Vec2, 4> corners{Vec2{0, 0}, Vec2{spec.length, 0}, Vec2{0, spec.width},
                                      Vec2{spec.length, spec.width}};
    for (size_t i = 0; i < 4; ++i)
        replay->corners[i] = calibration.ballPixel(corners[i]) * scale;
    for (size_t i = 0; i < spec.pockets.size(); ++i)
        replay->pockets[i] = calibration.bedPixel(spec.pockets[i].centre) * scale;
    for (ReplayFrame &frame : m_frames)
        if (frame.time >= finished.shot.start - kLeadIn && frame.time <= finished.shot.end)
            replay->frames.push_back(std::move(frame));
    m_frames.clear();
    return replay;
}

} // namespace dojo::capture::internal
