#pragma once

#include <capture/replayshot.h>

#include <QPointF>

#include <array>
#include <optional>
#include <vector>

namespace dojo::ui {

// What the review draws over a shot's replay, worked out once from its tracked frames: each
// ball's path in the picture, where the cue ball first met the first-contact ball, where the
// balls the record lists met a rail after it, and when each pocketed ball went down.
struct ReplayMarks
{
    struct Contact
    {
        int frame = 0; // index into ReplayShot::frames
        QPointF pixel; // between the two centres
        int ball = 0;  // the other ball: the first-contact ball, or the ball at the rail
    };
    struct Drop
    {
        int ball = 0;
        PocketId pocket = PocketId::HeadLeft;
        int frame = 0; // the first frame the ball is no longer seen
    };

    // trails[ball][frame]: the ball's pixel in that frame, if it was seen there.
    std::array<std::vector<std::optional<QPointF>>, 16> trails;
    std::optional<Contact> firstContact;
    std::vector<Contact> rails;
    std::vector<Drop> drops;
    double pixelsPerMillimetre = 0.0; // in the stored picture, from the table's corners
};

ReplayMarks replayMarks(const capture::ReplayShot &shot);

} // namespace dojo::ui
