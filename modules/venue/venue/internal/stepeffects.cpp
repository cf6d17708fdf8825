#include "venue/internal/stepeffects.h"

namespace dojo::venue::internal {

storage::MatchStepEffects stepEffects(const rules::Match &before, const rules::Match &after,
                                      const rules::Ruling &ruling,
                                      const std::array<QString, 2> &players)
{
    const auto nameOf = [&](rules::Seat seat) { return players[size_t(seat)]; };
    storage::MatchStepEffects effects;
    if (ruling.rackOver) {
        storage::RackRecord ended;
        ended.number = before.rackNumber();
        if (ruling.winner)
            ended.winner = nameOf(*ruling.winner);
        effects.endedRack = ended;
    }
    // A new rack, or (after a correction of a won match) the last rack played on again.
    const bool newRack = after.rackNumber() != before.rackNumber();
    const bool reopened = !newRack && before.rack().over && !after.rack().over;
    if (newRack || reopened) {
        storage::RackRecord started;
        started.number = after.rackNumber();
        started.breaker = nameOf(after.rack().breaker);
        effects.startedRack = started;
    }
    if (after.winner() != before.winner()) {
        if (after.winner()) {
            effects.result = storage::MatchStepEffects::Result::Finished;
            effects.winner = nameOf(*after.winner());
        } else {
            effects.result = storage::MatchStepEffects::Result::Reopened;
        }
    }
    return effects;
}

} // namespace dojo::venue::internal
