#include "capture/internal/trackingworker.h"

#include "capture/internal/pathverdict.h"
#include "capture/picture.h"
#include "capture/tablecamera.h"

#include <QElapsedTimer>

#include <opencv2/core.hpp>

namespace dojo::capture::internal {

TrackingWorker::TrackingWorker(qint64 tableId, TableSize table,
                               std::optional<std::array<QPointF, 4>> corners, ReplayBuffer *replays)
    : m_tracker(table, corners)
    , m_film(tableId)
    , m_replays(replays)
{
    m_latest.problem = m_tracker.problem();
}

void TrackingWorker::offer(const Frame &frame, TableCamera *camera)
{
    const std::lock_guard lock(m_mutex);
    m_waiting = frame;
    m_camera = camera;
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { drain(); }, Qt::QueuedConnection);
}

TrackedTable TrackingWorker::latest() const
{
    const std::lock_guard lock(m_mutex);
    return m_latest;
}

void TrackingWorker::drain()
{
    for (;;) {
        std::optional<Frame> frame;
        TableCamera *camera = nullptr;
        {
            const std::lock_guard lock(m_mutex);
            frame = std::exchange(m_waiting, std::nullopt);
            camera = m_camera;
            if (!frame) {
                m_scheduled = false;
                return;
            }
        }
        QElapsedTimer timer;
        timer.start();
        track(*frame);
        const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
        if (camera) {
            QMetaObject::invokeMethod(
                camera, [camera, milliseconds] { camera->frameProcessed(milliseconds); },
                Qt::QueuedConnection);
        }
    }
}

void TrackingWorker::track(const Frame &frame)
{
    if (frame.image.isNull())
        return;
    const cv::Mat picture = bgrPicture(frame.image);

    const bool wasCalibrated = m_tracker.calibration().has_value();
    vision::TableView view = m_tracker.see(picture, frame.number, frame.time);
    std::shared_ptr<ReplayShot> replay;
    if (view.calibrated) {
        const vision::Calibration &calibration = *m_tracker.calibration();
        m_film.add(picture, view.state, calibration, view.moving || view.finished.has_value());
        if (view.finished) {
            replay = m_film.finish(*view.finished, calibration, ++m_shots);
            const PathVerdict verdict = checkPaths(*view.finished, calibration.table);
            replay->pathVerdict = verdict.sentence;
            if (!verdict.possible && !replay->needsReview) {
                replay->needsReview = true;
                replay->reason = verdict.sentence;
            }
        }
    }
    {
        const std::lock_guard lock(m_mutex);
        m_latest.calibrated = view.calibrated;
        m_latest.problem = m_tracker.problem();
        m_latest.frame = frame.number;
        m_latest.balls.clear();
        for (const vision::TrackedBall &ball : view.state.balls)
            m_latest.balls.push_back({ball.ball, ball.position});
        if (m_tracker.calibration())
            m_latest.corners = m_tracker.calibration()->corners;
        m_latest.shots = m_shots;
    }
    if (replay) {
        if (m_replays)
            m_replays->add(replay);
        Q_EMIT shotTracked(replay);
    }
    if (view.calibrated || wasCalibrated)
        Q_EMIT trackedChanged();
}

} // namespace dojo::capture::internal
