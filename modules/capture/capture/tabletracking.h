#pragma once

#include "capture/replaybuffer.h"
#include "capture/replayshot.h"

#include <core/ballposition.h>
#include <core/tablespec.h>

#include <QObject>
#include <QPointF>
#include <QString>

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace dojo::capture {

class TableCamera;

namespace internal {
class TrackingWorker;
}

// What the tracker makes of a table now, for the screens.
struct TrackedTable
{
    bool calibrated = false;
    QString problem;                  // why not, one sentence
    long long frame = 0;              // the camera frame it was seen in
    std::vector<BallPosition> balls;  // on the table; ball -1 while not identified
    std::array<QPointF, 4> corners{}; // the playing surface in the camera picture, once found
    int shots = 0;                    // tracked since the camera started
};

// One table's ball tracking on a worker thread of its own: the frames its camera's consumer
// takes go through calibration, detection, tracking and shot segmentation; each finished shot
// is checked by the physics, filmed into the venue's replay buffer and announced. A frame that
// arrives while the worker is busy replaces the one waiting, so tracking never falls behind
// the camera; the camera's health counts the frames tracked and the time each took.
class TableTracking : public QObject
{
    Q_OBJECT

public:
    // `corners`: the playing surface's corners a person placed, as fractions of the picture's
    // width and height (head-left, foot-left, head-right, foot-right); none: found by itself.
    TableTracking(qint64 tableId, TableSize table, std::optional<std::array<QPointF, 4>> corners,
                  ReplayBuffer *replays, QObject *parent = nullptr);
    ~TableTracking() override;

    // Tracks the frames `camera` hands to its displays, from now until this object goes.
    void follow(TableCamera &camera);

    TrackedTable latest() const;
    qint64 tableId() const { return m_tableId; }

Q_SIGNALS:
    // A shot's balls came to rest (on this object's thread).
    void shotTracked(std::shared_ptr<const dojo::capture::ReplayShot> shot);
    // latest() changed: the table was found or lost, or the balls moved.
    void trackedChanged();

private:
    qint64 m_tableId;
    std::unique_ptr<QThread> m_thread;
    internal::TrackingWorker *m_worker = nullptr; // lives on m_thread, deleted when it ends
};

} // namespace dojo::capture

Q_DECLARE_METATYPE(std::shared_ptr<const dojo::capture::ReplayShot>)
