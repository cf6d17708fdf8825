#include "simulation/internal/players/legalballs.h"

#include "core/ball.h"

namespace dojo::simulation::internal {

rules::BallSet legalBalls(const rules::RackState &rack, rules::Seat seat)
{
    rules::BallSet legal;
    if (rack.game != rules::Game::EightBall) {
        const int lowest = rack.onTable.lowest();
        if (lowest > 0)
            legal.insert(lowest);
        return legal;
    }
    const rules::BallSet solids = rules::BallSet::range(1, 7);
    const rules::BallSet stripes = rules::BallSet::range(9, 15);
    const std::optional<rules::Group> group = rules::groupOfSeat(rack.groupOfFirstSeat, seat);
    if (!group)
        legal = rack.onTable & (solids | stripes);
    else
        legal = rack.onTable & (*group == rules::Group::Solids ? solids : stripes);
    if (legal.empty() && rack.onTable.contains(kEightBall))
        legal.insert(kEightBall);
    return legal;
}

} // namespace dojo::simulation::internal
