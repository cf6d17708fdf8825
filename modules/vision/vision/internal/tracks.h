#pragma once

#include "vision/ballsighting.h"
#include "vision/tablestate.h"

#include <core/tablespec.h>

#include <array>
#include <deque>
#include <span>
#include <utility>
#include <vector>

namespace dojo::vision::internal {

// One ball followed over frames: where it is, how it moves, and the votes for its identity.
struct Track
{
    int ball = -1;
    std::array<double, 16> votes{};
    Vec2 position;
    Vec2 velocity;
    std::deque<std::pair<double, Vec2>> recent; // (time, position), newest last
    std::deque<Vec2> measured; // the last sightings, newest last, for the rest average
    bool hidden = false;
    double lastSeen = 0.0;
    Vec2 lastSeenPosition;
    double lastSeenSpeed = 0.0;
};

// The tracker's work: prediction, the frame's global assignment, identities, hidden and gone.
class Tracks
{
public:
    explicit Tracks(TableSize table);

    const TableState &update(long long frame, double time, std::span<const BallSighting> seen);
    const TableState &state() const { return m_state; }

private:
    void match(std::span<const BallSighting> seen, double dt, std::vector<int> &trackOf);
    void measure(Track &track, const BallSighting &sighting, double time);
    void lose(Track &track, double dt);
    bool gone(const Track &track, double time) const;
    void settleIdentities();

    const TableSpec &m_spec;
    std::vector<Track> m_tracks;
    TableState m_state;
    bool m_started = false;
};

} // namespace dojo::vision::internal
