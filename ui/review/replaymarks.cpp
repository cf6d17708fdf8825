#include "review/replaymarks.h"

#include <core/ball.h>
#include <core/tablespec.h>

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace dojo::ui {
namespace {

// Centres this close touch: two radii and what a frame's blur and the tracker's error add.
constexpr double kContactDistance = 2 * kBallRadius + 8.0;
// A centre this close to a cushion nose has met it.
constexpr double kRailDistance = kBallRadius + 3.0;

const capture::ReplayBall *find(const capture::ReplayFrame &frame, int ball)
{
    for (const capture::ReplayBall &seen : frame.balls)
        if (seen.ball == ball)
            return &seen;
    return nullptr;
}

// How far the centre is from the nearest cushion nose.
double railDistance(Vec2 position, const TableSpec &spec)
{
    return std::min({position.x, position.y, spec.length - position.x, spec.width - position.y});
}

// Where d + step t comes closest to zero for t in [0, 1].
double closestStep(Vec2 d, Vec2 step)
{
    const double squared = step.lengthSquared();
    return squared > 0 ? std::clamp(-d.dot(step) / squared, 0.0, 1.0) : 0.0;
}

// The first moment the two centres come close enough to touch. A fast cue ball covers
// several radii from one frame to the next, and the contact turns it away before the next
// frame: so each frame's gap is also carried on as it was closing, up to the next frame.
std::optional<ReplayMarks::Contact> firstContact(const capture::ReplayShot &shot, int other)
{
    struct Seen
    {
        Vec2 gap;      // from the cue ball to the other ball, mm
        QPointF pixel; // between the two centres
    };
    std::optional<Seen> before;
    std::optional<Seen> beforeThat;
    for (int i = 0; i < int(shot.frames.size()); ++i) {
        const capture::ReplayFrame &frame = shot.frames[size_t(i)];
        const capture::ReplayBall *cue = find(frame, kCueBall);
        const capture::ReplayBall *hit = find(frame, other);
        if (!cue || !hit) {
            before.reset();
            beforeThat.reset();
            continue;
        }
        const Seen now{hit->position - cue->position, (cue->pixel + hit->pixel) / 2};
        if (before && beforeThat) {
            const Vec2 closing = before->gap - beforeThat->gap;
            const double t = closestStep(before->gap, closing);
            if ((before->gap + closing * t).length() <= kContactDistance) {
                const QPointF pixel = before->pixel + (before->pixel - beforeThat->pixel) * t;
                return ReplayMarks::Contact{t < 0.5 ? i - 1 : i, pixel, other};
            }
        }
        if (now.gap.length() <= kContactDistance)
            return ReplayMarks::Contact{i, now.pixel, other};
        beforeThat = before;
        before = now;
    }
    return std::nullopt;
}

} // namespace

ReplayMarks replayMarks(const capture::ReplayShot &shot)
{
    ReplayMarks marks;
    const TableSpec &spec = tableSpec(shot.table);
    const int count = int(shot.frames.size());
    // The corners are head-left, foot-left, head-right, foot-right (the table frame's order).
    const double alongLength = QLineF(shot.corners[0], shot.corners[1]).length();
    const double alongWidth = QLineF(shot.corners[0], shot.corners[2]).length();
    if (spec.length > 0 && spec.width > 0)
        marks.pixelsPerMillimetre = (alongLength / spec.length + alongWidth / spec.width) / 2;

    for (auto &trail : marks.trails)
        trail.assign(size_t(count), std::nullopt);
    for (int i = 0; i < count; ++i)
        for (const capture::ReplayBall &seen : shot.frames[size_t(i)].balls)
            if (isBallNumber(seen.ball))
                marks.trails[size_t(seen.ball)][size_t(i)] = seen.pixel;

    int contactFrame = 0;
    if (shot.shot.firstContact && isBallNumber(*shot.shot.firstContact))
        marks.firstContact = firstContact(shot, *shot.shot.firstContact);
    if (marks.firstContact)
        contactFrame = marks.firstContact->frame;

    for (int ball : shot.shot.rails) {
        if (!isBallNumber(ball))
            continue;
        // A fast ball bounces between two frames: allow for how far it moved from each.
        const capture::ReplayBall *before = nullptr;
        for (int i = contactFrame; i < count; ++i) {
            const capture::ReplayBall *seen = find(shot.frames[size_t(i)], ball);
            if (!seen || seen->hidden) {
                before = nullptr;
                continue;
            }
            const capture::ReplayBall *next
                = i + 1 < count ? find(shot.frames[size_t(i + 1)], ball) : nullptr;
            double moved = before ? (seen->position - before->position).length() : 0.0;
            if (next)
                moved = std::max(moved, (next->position - seen->position).length());
            before = seen;
            if (railDistance(seen->position, spec) > kRailDistance + moved)
                continue;
            marks.rails.push_back({i, seen->pixel, ball});
            break;
        }
    }

    for (const PocketedBall &pocketed : shot.shot.pocketed) {
        if (!isBallNumber(pocketed.ball))
            continue;
        int last = -1;
        for (int i = 0; i < count; ++i)
            if (find(shot.frames[size_t(i)], pocketed.ball))
                last = i;
        marks.drops.push_back({pocketed.ball, pocketed.pocket, std::min(last + 1, count - 1)});
    }
    return marks;
}

} // namespace dojo::ui
