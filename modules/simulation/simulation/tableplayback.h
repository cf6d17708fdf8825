#pragma once

#include "simulation/ballpose.h"
#include "simulation/simulatedgame.h"

#include "core/shotrecord.h"

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

    // The last shot played, or null before the break (for the scoreboard).
    const PlayedShot *lastShot() const;

private:
    // implementation's members
};

} // namespace dojo::simulation
