#include "vision/balltracker.h"

#include "vision/internal/tracks.h"

namespace dojo::vision {

BallTracker::BallTracker(TableSize table)
    : m_tracks(std::make_unique<internal::Tracks>(table))
{
}

BallTracker::~BallTracker() = default;

const TableState &BallTracker::update(long long frame, double time,
                                      std::span<const BallSighting> seen)
{
    return m_tracks->update(frame, time, seen);
}

const TableState &BallTracker::state() const
{
    return m_tracks->state();
}

} // namespace dojo::vision
