#pragma once

#include "capture/replayshot.h"

#include <vision/calibration.h>
#include <vision/tabletracker.h>

#include <QSize>

#include <deque>
#include <memory>

namespace cv {
class Mat;
}

namespace dojo::capture::internal {

// Films one table for its replays: every frame of a shot, compressed and scaled down, with
// the tracked balls; between shots a few frames a second, so a replay starts before the
// strike. A finished shot takes its frames and becomes a ReplayShot.
class ShotFilm
{
public:
    explicit ShotFilm(qint64 tableId, QSize pictureSize = QSize(960, 540));

    // `moving`: a shot is on (or a ball moves); then every frame is kept.
    void add(const cv::Mat &picture, const vision::TableState &state,
             const vision::Calibration &calibration, bool moving);
    std::shared_ptr<ReplayShot> finish(const vision::FinishedShot &finished,
                                       const vision::Calibration &calibration, int number);

private:
    QSize scaledSize(QSize picture) const;

    qint64 m_tableId;
    QSize m_largest;
    std::deque<ReplayFrame> m_frames;
    long long m_restFrames = 0;
};

} // namespace dojo::capture::internal
