#include "venue/matchpairing.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace dojo::venue {

double allowedGap(const QDateTime &joinedAt, const QDateTime &now, const PairingRules &rules)
{
    const qint64 waited = std::max<qint64>(0, joinedAt.secsTo(now));
    const qint64 steps = rules.stepMinutes > 0 ? waited / (qint64(rules.stepMinutes) * 60) : 0;
    return rules.baseGap + rules.gapPerStep * double(steps);
}

std::vector<ProposedPair> proposePairs(const std::vector<WaitingPlayer> &waiting,
                                       const std::map<qint64, double> &ratings,
                                       const QDateTime &now, const PairingRules &rules)
{
    std::vector<const WaitingPlayer *> queue;
    for (const WaitingPlayer &player : waiting)
        queue.push_back(&player);
    std::stable_sort(
        queue.begin(), queue.end(), [](const WaitingPlayer *a, const WaitingPlayer *b) {
            return std::tie(a->joinedAt, a->entryId) < std::tie(b->joinedAt, b->entryId);
        });
    const auto ratingOf = [&ratings](const WaitingPlayer &player) {
        const auto rated = ratings.find(player.playerId);
        return rated != ratings.end() ? rated->second : player.starterRating;
    };
    std::vector<bool> paired(queue.size(), false);
    std::vector<ProposedPair> pairs;
    for (size_t i = 0; i < queue.size(); ++i) {
        if (paired[i])
            continue;
        const WaitingPlayer &first = *queue[i];
        const double accepted = allowedGap(first.joinedAt, now, rules);
        std::optional<size_t> best;
        double bestGap = 0;
        // Later in the queue only: one before `first` who is not paired found nobody within a
        // wider gap than `first` accepts.
        for (size_t j = i + 1; j < queue.size(); ++j) {
            const WaitingPlayer &other = *queue[j];
            if (paired[j] || other.game != first.game || other.playerId == first.playerId)
                continue;
            const double gap = std::abs(ratingOf(first) - ratingOf(other));
            if (gap <= accepted && (!best || gap < bestGap)) {
                best = j;
                bestGap = gap;
            }
        }
        if (!best)
            continue;
        paired[i] = true;
        paired[*best] = true;
        pairs.push_back({first, *queue[*best], bestGap});
    }
    return pairs;
}

} // namespace dojo::venue
