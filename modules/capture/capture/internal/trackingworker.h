#pragma once

#include "capture/frame.h"
#include "capture/internal/shotfilm.h"
#include "capture/replaybuffer.h"
#include "capture/tabletracking.h"

#include <vision/tabletracker.h>

#include <QObject>

#include <mutex>
#include <optional>

namespace dojo::capture {
class TableCamera;
}

namespace dojo::capture::internal {

// The worker thread's half of TableTracking: a one-frame mailbox the camera's thread fills,
// and the tracking of what it takes out.
class TrackingWorker : public QObject
{
    Q_OBJECT

public:
    TrackingWorker(qint64 tableId, TableSize table, std::optional<std::array<QPointF, 4>> corners,
                   ReplayBuffer *replays);

    // From the camera's thread: the newest frame replaces one still waiting.
    void offer(const Frame &frame, TableCamera *camera);
    TrackedTable latest() const;

Q_SIGNALS:
    void shotTracked(std::shared_ptr<const dojo::capture::ReplayShot> shot);
    void trackedChanged();

private:
    void drain();
    void track(const Frame &frame);

    vision::TableTracker m_tracker;
    ShotFilm m_film;
    ReplayBuffer *m_replays;
    int m_shots = 0;

    mutable std::mutex m_mutex; // guards the mailbox and m_latest
    std::optional<Frame> m_waiting;
    TableCamera *m_camera = nullptr; // outlives the worker's thread (TableTracking's rule)
    bool m_scheduled = false;
    TrackedTable m_latest;
};

} // namespace dojo::capture::internal
