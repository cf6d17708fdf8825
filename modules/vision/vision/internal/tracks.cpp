#include "vision/internal/tracks.h"

#include "vision/internal/assignment.h"
#include "vision/internal/tablezones.h"

#include <core/ball.h>

#include <algorithm>
#include <tuple>

namespace dojo::vision::internal {

namespace {

// A sighting this close to a still ball is the same ball at rest: averaged, not followed.
constexpr double kRestJitter = 4.0;     // mm
constexpr int kRestWindow = 30;         // frames averaged at most
constexpr double kGateBase = 20.0;      // mm around the prediction
constexpr double kReattachGate = 300.0; // mm: a ball struck from rest leaves its prediction
constexpr double kVoteDecay = 0.97;     // per frame: recent sightings outweigh old ones
constexpr double kMinVote = 0.3;        // to claim an identity
constexpr double kDropAfter = 2.5 / 60; // s unseen in a pocket's mouth while moving: dropped
constexpr double kForgetAfter = 4.0;    // s unseen anywhere: gone
constexpr double kMismatchCost = 150.0; // mm per unit of confidence for a different id
constexpr size_t kVelocityFrames = 4;

Vec2 slope(const std::deque<std::pair<double, Vec2>> &recent)
{
    if (recent.size() < 2)
        return {};
    double mt = 0;
    Vec2 mp;
    for (const auto &[t, p] : recent) {
        mt += t;
        mp = mp + p;
    }
    const double n = double(recent.size());
    mt /= n;
    mp = mp / n;
    double tt = 0;
    Vec2 tp;
    for (const auto &[t, p] : recent) {
        tt += (t - mt) * (t - mt);
        tp = tp + (p - mp) * (t - mt);
    }
    return tt > 0 ? tp / tt : Vec2{};
}

double identityCost(const Track &track, const BallSighting &sighting, double perConfidence)
{
    if (sighting.ball < 0 || track.ball < 0 || sighting.ball == track.ball)
        return 0.0;
    return perConfidence * sighting.confidence;
}

} // namespace

Tracks::Tracks(TableSize table)
    : m_spec(tableSpec(table))
{
}

void Tracks::match(std::span<const BallSighting> seen, double dt, std::vector<int> &trackOf)
{
    // First the frame's global assignment around the predictions, then a wider one of what is
    // left over, so a ball struck from rest is re-attached rather than started again.
    const size_t columns = seen.size();
    std::vector<bool> taken(columns, false);
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<size_t> rows;
        for (size_t i = 0; i < m_tracks.size(); ++i) {
            if (trackOf[i] < 0)
                rows.push_back(i);
        }
        std::vector<std::vector<double>> cost(rows.size(),
                                              std::vector<double>(columns, kForbidden));
        for (size_t r = 0; r < rows.size(); ++r) {
            const Track &track = m_tracks[rows[r]];
            const Vec2 predicted = track.position + track.velocity * dt;
            const double gate = pass == 0 ? kGateBase + 0.5 * track.velocity.length() * dt
                                                + (track.hidden ? 60.0 : 0.0)
                                          : kReattachGate;
            for (size_t j = 0; j < columns; ++j) {
                if (taken[j])
                    continue;
                const double d = distance(predicted, seen[j].position);
                if (d <= gate)
                    cost[r][j]
                        = d
                          + identityCost(track, seen[j], pass == 0 ? kMismatchCost : kReattachGate);
            }
        }
        const std::vector<int> chosen = assign(cost, int(columns));
        for (size_t r = 0; r < rows.size(); ++r) {
            if (chosen[r] >= 0) {
                trackOf[rows[r]] = chosen[r];
                taken[size_t(chosen[r])] = true;
            }
        }
    }
    // A sighting of a ball whose track is hidden elsewhere is that ball, come back.
    for (size_t j = 0; j < columns; ++j) {
        if (taken[j] || seen[j].ball < 0 || seen[j].confidence < 0.5)
            continue;
        for (size_t i = 0; i < m_tracks.size(); ++i) {
            if (trackOf[i] < 0 && m_tracks[i].ball == seen[j].ball) {
                trackOf[i] = int(j);
                taken[j] = true;
                break;
            }
        }
    }
}

void Tracks::measure(Track &track, const BallSighting &sighting, double time)
{
    // At rest a ball is the mean of its latest sightings that agree with the newest one; a
    // ball that has started to move agrees with none but itself.
    track.measured.push_back(sighting.position);
    while (track.measured.size() > size_t(kRestWindow))
        track.measured.pop_front();
    Vec2 sum;
    int count = 0;
    for (auto it = track.measured.rbegin(); it != track.measured.rend(); ++it) {
        if (distance(*it, sighting.position) > kRestJitter)
            break;
        sum = sum + *it;
        ++count;
    }
    track.position = sum / double(count);
    track.recent.emplace_back(time, track.position);
    while (track.recent.size() > kVelocityFrames)
        track.recent.pop_front();
    track.velocity = slope(track.recent);
    track.hidden = false;
    track.lastSeen = time;
    track.lastSeenPosition = track.position;
    track.lastSeenSpeed = track.velocity.length();
    for (double &vote : track.votes)
        vote *= kVoteDecay;
    if (sighting.ball >= 0 && sighting.ball < int(track.votes.size()))
        track.votes[size_t(sighting.ball)] += sighting.confidence;
}

void Tracks::lose(Track &track, double dt)
{
    // Kept where its motion carries it, slowing as a ball on cloth does.
    track.hidden = true;
    track.position = track.position + track.velocity * dt;
    track.velocity = track.velocity * 0.9;
    if (!inPocketMouth(m_spec, track.position)) {
        track.position.x = std::clamp(track.position.x, kBallRadius, m_spec.length - kBallRadius);
        track.position.y = std::clamp(track.position.y, kBallRadius, m_spec.width - kBallRadius);
    }
}

bool Tracks::gone(const Track &track, double time) const
{
    if (!track.hidden)
        return false;
    const double unseen = time - track.lastSeen;
    if (unseen > kForgetAfter)
        return true;
    const bool dropping
        = inPocketMouth(m_spec, track.lastSeenPosition) && track.lastSeenSpeed > 20.0;
    const bool offBed = distanceToCushionNose(m_spec, track.lastSeenPosition) < -kBallRadius;
    return (dropping || offBed) && unseen >= kDropAfter;
}

void Tracks::settleIdentities()
{
    // Each ball once: the track with the strongest votes for an id keeps it.
    std::vector<std::tuple<double, size_t, int>> claims;
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        for (int id = 0; id < int(m_tracks[i].votes.size()); ++id) {
            if (m_tracks[i].votes[size_t(id)] >= kMinVote)
                claims.emplace_back(m_tracks[i].votes[size_t(id)], i, id);
        }
    }
    std::sort(claims.begin(), claims.end(), [](const auto &a, const auto &b) { return a > b; });
    std::vector<bool> trackDone(m_tracks.size(), false);
    std::array<bool, 16> idDone{};
    for (Track &track : m_tracks)
        track.ball = -1;
    for (const auto &[vote, i, id] : claims) {
        if (trackDone[i] || idDone[size_t(id)])
            continue;
        trackDone[i] = true;
        idDone[size_t(id)] = true;
        m_tracks[i].ball = id;
    }
}

const TableState &Tracks::update(long long frame, double time, std::span<const BallSighting> seen)
{
    const double dt = m_started ? std::max(0.0, time - m_state.time) : 0.0;
    m_started = true;

    std::vector<int> trackOf(m_tracks.size(), -1);
    match(seen, dt, trackOf);
    std::vector<bool> used(seen.size(), false);
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        if (trackOf[i] >= 0) {
            measure(m_tracks[i], seen[size_t(trackOf[i])], time);
            used[size_t(trackOf[i])] = true;
        } else {
            lose(m_tracks[i], dt);
        }
    }
    std::erase_if(m_tracks, [&](const Track &track) { return gone(track, time); });
    for (size_t j = 0; j < seen.size(); ++j) {
        if (used[j])
            continue;
        Track track;
        measure(track, seen[j], time);
        m_tracks.push_back(track);
    }
    settleIdentities();

    m_state.frame = frame;
    m_state.time = time;
    m_state.balls.clear();
    for (const Track &track : m_tracks)
        m_state.balls.push_back({track.ball, track.position, track.velocity, track.hidden});
    return m_state;
}

} // namespace dojo::vision::internal
