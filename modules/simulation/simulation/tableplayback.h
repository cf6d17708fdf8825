#pragma once

#include "simulation/ballpose.h"
#include "simulation/simulatedgame.h"

#include "physics/shotresult.h"

#include "core/shotrecord.h"

#include <array>
#include <optional>
#include <vector>

namespace dojo::simulation {

// A shot whose balls have come to rest, with when it started and ended on the table's clock.
struct FinishedShot
{
    PlayedShot played;
    double start = 0.0; // the strike, seconds on the playback's clock
    double end = 0.0;   // the last ball at rest
};

// The simulated match as a continuous table: the balls at rest during the pauses, moving
// along the physics' paths during shots, rolling (turned as they roll), dropping out of sight
// into pockets. Time starts at 0 with a racked table and the break after the first pause.
class TablePlayback
{
public:
    explicit TablePlayback(const GameSettings &settings);

    // The balls on the table at `time` seconds; time never goes back between calls.
    const std::vector<BallPose> &advanceTo(double time);

    // The shots whose balls came to rest by the last advanceTo, oldest first; each once.
    std::vector<FinishedShot> takeFinishedShots();

    // The shots struck by the last advanceTo (their balls just set moving), oldest first; each
    // once. What the players announced for them (choices, call, push-out) is known from here.
    std::vector<PlayedShot> takeStruckShots();

    // The last shot played (its balls at rest), or null before the break (for the scoreboard).
    const PlayedShot *lastShot() const;

private:
    // One ball as the table shows it; during a shot its segments are
    // m_segments[first, last) and `cursor` the one it is in.
    struct Ball
    {
        bool visible = false;
        Vec2 position;
        Orientation orientation;
        size_t first = 0;
        size_t last = 0;
        size_t cursor = 0;
        std::optional<double> drop; // shot time it falls into a pocket
    };

    void takeNextShot(double pauseStart);
    void setUp();
    void strike();
    void finish();
    void moveTo(Ball &ball, Vec2 position);
    void poseShot(double shotTime);
    void poseCueBallInHand(double time);

    SimulatedGame m_game;
    unsigned long long m_seed = 0;
    int m_racks = 0;
    PlayedShot m_shot; // the one being waited for or played
    std::optional<PlayedShot> m_last;
    bool m_inPlay = false;   // between the strike and the last ball at rest
    bool m_setUp = false;    // the shot's balls are in their places (racked, spotted, in hand)
    double m_time = 0.0;     // of the last advanceTo
    double m_setUpAt = 0.0;  // during the pause, when the player racks or takes ball in hand
    double m_strikeAt = 0.0; // the strike
    double m_endAt = 0.0;    // the last ball at rest
    Vec2 m_handFrom;         // the cue ball carried by hand to its place
    Vec2 m_handTo;
    double m_handEnd = 0.0;
    std::array<Ball, 16> m_balls{};
    std::vector<physics::PathSegment> m_segments; // the shot's path, ball by ball
    std::vector<BallPose> m_poses;
    std::vector<FinishedShot> m_finished;
    std::vector<PlayedShot> m_struck;
};

} // namespace dojo::simulation
