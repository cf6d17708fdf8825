#pragma once

#include "vision/ballsighting.h"
#include "vision/tablestate.h"

#include <core/tablespec.h>

#include <memory>
#include <span>

namespace dojo::vision {

namespace internal {
class Tracks;
}

// Follows the balls from frame to frame: each track's motion predicted, one global
// assignment of the frame's sightings to the tracks, and each ball on the table once (a ball
// that vanishes is hidden or was pocketed, never duplicated). Identities settle over frames.
class BallTracker
{
public:
    explicit BallTracker(TableSize table);
    ~BallTracker();
    BallTracker(const BallTracker &) = delete;
    BallTracker &operator=(const BallTracker &) = delete;

    const TableState &update(long long frame, double time, std::span<const BallSighting> seen);
    const TableState &state() const;

private:
    std::unique_ptr<internal::Tracks> m_tracks;
};

} // namespace dojo::vision
