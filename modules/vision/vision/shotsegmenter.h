#pragma once

#include "vision/tablestate.h"

#include <core/shotrecord.h>
#include <core/tablespec.h>

#include <QString>

#include <memory>
#include <optional>

namespace dojo::vision {

namespace internal {
class ShotWatch;
}

// A shot as the camera saw it: FORMAT.md's SHOT, when it started and ended, and whether a
// referee must look at it (with why: two contacts within one frame, a ball hidden in a
// cluster, a ball that left the picture). Never guessed silently.
struct TrackedShot
{
    ShotRecord shot;
    double start = 0.0;
    double end = 0.0;
    bool needsReview = false;
    QString reason; // one sentence when needsReview
};

// Cuts the tracked table into shots: a shot starts when the cue ball moves and ends when
// every ball is at rest; on the way it notes the first contact, the balls that dropped and
// their pockets, the rails touched after contact, the balls that left the table.
class ShotSegmenter
{
public:
    explicit ShotSegmenter(TableSize table);
    ~ShotSegmenter();
    ShotSegmenter(const ShotSegmenter &) = delete;
    ShotSegmenter &operator=(const ShotSegmenter &) = delete;

    // The shot that ended at this frame, if one did.
    std::optional<TrackedShot> update(const TableState &state);
    bool shotInProgress() const;

private:
    std::unique_ptr<internal::ShotWatch> m_watch;
};

} // namespace dojo::vision
