#pragma once

#include "vision/shotsegmenter.h"
#include "vision/tablestate.h"

#include <core/tablespec.h>

#include <array>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace dojo::vision::internal {

// The segmenter's work: waits for the cue ball to move, watches the shot, writes its record.
class ShotWatch
{
public:
    explicit ShotWatch(TableSize table);

    std::optional<TrackedShot> update(const TableState &state);
    bool inProgress() const { return m_inShot; }

private:
    // One identified ball as the watch follows it.
    struct Ball
    {
        bool present = false;
        bool hidden = false;
        Vec2 position;
        Vec2 velocity;
        Vec2 previous; // one frame earlier
        Vec2 beforePrevious;
        Vec2 start; // at rest when the shot began
        bool atStart = false;
        bool moved = false; // left its place during the shot
        bool railed = false;
        std::optional<PocketId> railedByPocket; // the cushion was met by this pocket's mouth
        double railedAt = 0.0;
        double closest = 0.0; // mm, the least gap to a cushion after the first contact
        double lastSeen = 0.0;
        Vec2 lastSeenAt;
    };

    void begin();
    void watch(const TableState &state, double dt);
    void findContact(const TableState &state);
    void findRails(double time);
    double railGap(Vec2 point, int rail) const;
    std::optional<double> touchedCushion(const Ball &ball) const;
    std::optional<TrackedShot> finish();
    void review(const QString &reason);
    bool isRack() const;

    const TableSpec &m_spec;
    std::array<Ball, 16> m_balls{};
    int m_unidentified = 0;
    bool m_inShot = false;
    int m_movingFrames = 0;
    double m_lastTime = 0.0;
    double m_stillSince = 0.0; // the cue ball's last still frame
    double m_restSince = -1.0;
    double m_frame = 1.0 / 60;  // seconds between frames, as they come
    double m_contactTime = 0.0; // the frame before the first contact showed
    bool m_contactDecided = false;
    std::vector<std::pair<double, int>> m_rails; // (when, ball) driven to a cushion
    std::array<bool, 16> m_grazed{};             // object balls the cue ball all but touched
    std::deque<Vec2> m_cueTrail;                 // the cue ball's last positions, oldest first
    std::vector<double> m_cueSpeeds;             // frame to frame, with their times below
    std::vector<double> m_cueTimes;
    TrackedShot m_shot;
};

} // namespace dojo::vision::internal
