#include "vision/tabletracker.h"

#include "vision/internal/visiontr.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace dojo::vision {

namespace {

constexpr double kRetryEvery = 1.0; // seconds between two attempts to find the table
constexpr double kKeptBefore = 1.0; // seconds of states kept while no shot is on
constexpr double kLeadIn = 0.25;    // seconds of a shot's states kept before its start
constexpr double kMoving = 50.0;    // mm/s: a ball faster than this moves
constexpr double kWatchEvery = 0.5; // seconds between two looks at the rails
constexpr int kLookScale = 8;       // the still check looks at a picture this many times smaller
constexpr int kLookChange = 12;     // grey levels a small pixel changes by when something moved
constexpr int kLookAtLeast = 30;    // frames in a row that may reuse the last look

// The picture small and grey: what the still check compares.
cv::Mat lookAt(const cv::Mat &picture)
{
    cv::Mat small;
    cv::resize(picture, small, cv::Size(picture.cols / kLookScale, picture.rows / kLookScale), 0, 0,
               cv::INTER_AREA);
    cv::Mat grey;
    cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
    return grey;
}

} // namespace

TableTracker::TableTracker(TableSize table, std::optional<std::array<QPointF, 4>> corners)
    : m_table(table)
    , m_corners(corners)
    , m_tracker(table)
    , m_segmenter(table)
{
    m_problem = internal::Tr::tr("The table has not been found in the picture yet.");
}

void TableTracker::recalibrate()
{
    m_calibration.reset();
    m_watch.reset();
    m_lastLook.release();
    m_lastMoving = true;
    m_lastAttempt.reset();
    m_problem = internal::Tr::tr("The camera moved: the table is being found again.");
}

bool TableTracker::calibrateOn(const cv::Mat &picture, double time)
{
    if (m_lastAttempt && time - *m_lastAttempt < kRetryEvery && time >= *m_lastAttempt)
        return false;
    m_lastAttempt = time;
    const QSize size(picture.cols, picture.rows);
    Result<Calibration> found = Unexpected(QString());
    if (m_corners) {
        std::array<QPointF, 4> pixels;
        for (size_t i = 0; i < 4; ++i)
            pixels[i]
                = QPointF((*m_corners)[i].x() * size.width(), (*m_corners)[i].y() * size.height());
        // The lens's distortion still comes from the rails' curvature where they are found.
        const Result<Calibration> automatic = calibrate(picture, m_table);
        found
            = calibrateFromCorners(pixels, size, m_table, automatic ? automatic->distortion : 0.0);
    } else {
        found = calibrate(picture, m_table);
    }
    if (!found) {
        m_problem = found.error();
        return false;
    }
    m_calibration = *found;
    m_watch.emplace(*m_calibration);
    m_lastWatch = time;
    m_problem.clear();
    return true;
}

bool TableTracker::stillSinceLastLook(const cv::Mat &look) const
{
    if (m_lastLook.empty() || look.size() != m_lastLook.size())
        return false;
    cv::Mat change;
    cv::absdiff(look, m_lastLook, change);
    return cv::countNonZero(change > kLookChange) == 0;
}

TableView TableTracker::see(const cv::Mat &picture, long long frame, double time)
{
    TableView view;
    const bool sizeChanged = m_calibration
                             && (m_calibration->image.width() != picture.cols
                                 || m_calibration->image.height() != picture.rows);
    if (sizeChanged)
        recalibrate();
    if (!m_calibration && !calibrateOn(picture, time)) {
        view.state = m_tracker.state();
        return view;
    }
    // A knocked camera: its rails checked between shots, the table found again by itself.
    if (m_watch && !m_segmenter.shotInProgress() && std::abs(time - m_lastWatch) >= kWatchEvery) {
        m_lastWatch = time;
        if (m_watch->check(picture).moved) {
            const bool byHand = m_corners.has_value();
            m_corners.reset();
            recalibrate();
            if (byHand)
                m_problem = internal::Tr::tr("The camera moved: the corners placed by hand no "
                                             "longer fit, so the table is being found by itself. "
                                             "Place the corners again if it is not found.");
            if (!calibrateOn(picture, time)) {
                view.state = m_tracker.state();
                return view;
            }
        }
    }
    view.calibrated = true;
    // Between shots most pictures are the last one again: its balls are reused, and the
    // whole search runs again as soon as anything moves (or every half second anyway).
    const bool mayReuse
        = !m_lastMoving && !m_segmenter.shotInProgress() && m_stillFrames < kLookAtLeast;
    const cv::Mat look = mayReuse ? lookAt(picture) : cv::Mat();
    if (mayReuse && stillSinceLastLook(look)) {
        ++m_stillFrames;
        view.seen = m_lastSeen;
    } else {
        m_stillFrames = 0;
        view.seen = findBalls(picture, *m_calibration);
        m_lastSeen = view.seen;
        m_lastLook = look.empty() ? lookAt(picture) : look;
    }
    view.state = m_tracker.update(frame, time, view.seen);
    m_recent.push_back(view.state);
    std::optional<TrackedShot> shot = m_segmenter.update(view.state);
    if (shot) {
        FinishedShot finished;
        finished.shot = std::move(*shot);
        for (TableState &state : m_recent)
            if (state.time >= finished.shot.start - kLeadIn && state.time <= finished.shot.end)
                finished.states.push_back(std::move(state));
        m_recent.clear();
        view.finished = std::move(finished);
    }
    view.moving = m_segmenter.shotInProgress();
    for (const TrackedBall &ball : view.state.balls)
        view.moving = view.moving || (!ball.hidden && ball.velocity.length() > kMoving);
    m_lastMoving = view.moving;
    if (!view.finished && !m_segmenter.shotInProgress()) {
        while (!m_recent.empty() && m_recent.front().time < time - kKeptBefore)
            m_recent.pop_front();
    }
    return view;
}

} // namespace dojo::vision
