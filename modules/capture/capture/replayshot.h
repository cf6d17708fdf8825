#pragma once

#include <core/shotrecord.h>
#include <core/tablespec.h>
#include <core/vec2.h>

#include <QByteArray>
#include <QPointF>
#include <QSize>
#include <QString>

#include <array>
#include <vector>

namespace dojo::capture {

// One ball as the tracker saw it in one replay frame: where on the table, and where in the
// stored picture (so the review draws it without knowing the calibration).
struct ReplayBall
{
    int ball = -1; // 0-15; -1 while not identified
    Vec2 position; // table mm
    QPointF pixel; // in the stored picture
    bool hidden = false;
};

// One frame of a shot's replay: the picture compressed, and the tracked table at that moment.
struct ReplayFrame
{
    long long frame = 0; // the camera's frame number
    double time = 0.0;   // seconds, the camera's clock
    QByteArray jpeg;     // the picture, scaled to ReplayShot::pictureSize
    std::vector<ReplayBall> balls;
};

// A shot as the referee reviews it: its frames with the tracked balls, the table's outline
// and pockets in the picture, and the shot record with why it needs review, if it does.
struct ReplayShot
{
    qint64 tableId = 0;
    int number = 0; // the table's shots, counted from 1 since its camera started
    TableSize table = TableSize::NineFoot;
    QSize pictureSize; // of every stored picture
    // The playing surface's corners in the picture (head-left, foot-left, head-right,
    // foot-right: the table frame's order) at ball-centre height: the rails as the balls meet
    // them.
    std::array<QPointF, 4> corners{};
    std::array<QPointF, 6> pockets{}; // by PocketId, in the picture
    ShotRecord shot;
    double start = 0.0; // seconds, the camera's clock
    double end = 0.0;
    bool needsReview = false;
    QString reason;      // one sentence when needsReview
    QString pathVerdict; // the physics check of the tracked paths, one sentence
    std::vector<ReplayFrame> frames;

    // What the shot costs in memory: the pictures and the tracked states.
    qint64 bytes() const
    {
        qint64 total = qint64(sizeof(ReplayShot));
        for (const ReplayFrame &frame : frames)
            total += qint64(sizeof(ReplayFrame)) + frame.jpeg.size()
                     + qint64(frame.balls.size() * sizeof(ReplayBall));
        return total;
    }
};

} // namespace dojo::capture
