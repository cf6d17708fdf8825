#pragma once

#include "vision/ballsighting.h"
#include "vision/balltracker.h"
#include "vision/calibration.h"
#include "vision/cameramoved.h"
#include "vision/shotsegmenter.h"
#include "vision/tablestate.h"

#include <core/tablespec.h>

#include <QPointF>
#include <QString>

#include <array>
#include <deque>
#include <optional>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace dojo::vision {

// A shot that ended, with the tracked table at every frame from just before its start to its
// end: the paths the physics check and the replay are made from.
struct FinishedShot
{
    TrackedShot shot;
    std::vector<TableState> states;
};

// What one picture gave.
struct TableView
{
    bool calibrated = false;
    bool moving = false; // a shot is on or a ball moves
    std::vector<BallSighting> seen;
    TableState state;
    std::optional<FinishedShot> finished;
};

// One table's tracking from pictures to shots: calibration (found by itself, or from the
// corners a person placed), detection, tracking and shot segmentation, chained as one. Plain
// C++; the caller's thread (a worker per table) feeds it every picture in order.
class TableTracker
{
public:
    // `corners`: the playing surface's corners a person placed, as fractions of the picture's
    // width and height (head-left, foot-left, head-right, foot-right: calibrateFromCorners'
    // order), or none to find the table by itself. Every half second between shots the rails
    // are checked (CameraWatch); a camera that moved is calibrated again by itself, corners
    // placed by hand then being wrong.
    explicit TableTracker(TableSize table,
                          std::optional<std::array<QPointF, 4>> corners = std::nullopt);

    TableView see(const cv::Mat &picture, long long frame, double time);

    // Forgets the calibration: the next picture is calibrated afresh (the camera moved).
    void recalibrate();

    const std::optional<Calibration> &calibration() const { return m_calibration; }
    // Why the table is not calibrated, one sentence; empty once it is.
    const QString &problem() const { return m_problem; }
    TableSize table() const { return m_table; }

private:
    bool calibrateOn(const cv::Mat &picture, double time);

    TableSize m_table;
    std::optional<std::array<QPointF, 4>> m_corners;
    std::optional<Calibration> m_calibration;
    QString m_problem;
    std::optional<double> m_lastAttempt;
    // Whether anything moved since the last picture looked at whole (`look`: this picture
    // small and grey).
    bool stillSinceLastLook(const cv::Mat &look) const;

    std::optional<CameraWatch> m_watch;
    cv::Mat m_lastLook; // that picture, small and grey
    std::vector<BallSighting> m_lastSeen;
    int m_stillFrames = 0;
    bool m_lastMoving = true;
    double m_lastWatch = 0.0;
    BallTracker m_tracker;
    ShotSegmenter m_segmenter;
    std::deque<TableState> m_recent; // the last second, and the whole shot while one is on
};

} // namespace dojo::vision
