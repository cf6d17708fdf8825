#include "swisspairing.h"

#include "perfectmatching.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace dojo::venue::internal {

namespace {

// A pair across score groups outweighs any sum of score gaps.
constexpr long long kFloatCost = 1LL << 32;
// Search steps before the pairing settles for the best it found, or, having found none, for
// the greedy pairing that keeps the rest pairable (checked with the blossom algorithm).
constexpr long kSearchBudget = 200000;

bool pairable(const SwissField &field, const std::vector<int> &players)
{
    const size_t count = players.size();
    std::vector<char> allowed(count * count, 0);
    for (size_t i = 0; i < count; ++i) {
        for (size_t j = 0; j < count; ++j) {
            allowed[i * count + j] = i != j && !field.haveMet(players[i], players[j]) ? 1 : 0;
        }
    }
    return hasPerfectMatching(static_cast<int>(count), allowed);
}

// Branch and bound over the pairings in order of preference: the first unpaired player takes
// the partner the rules prefer first. A bound (every score group left with an odd number of
// players needs a pair across groups) cuts the search and ends it when a pairing reaches it.
class PairingSearch
{
public:
    PairingSearch(const SwissField &field, std::vector<int> players)
        : m_field(field)
        , m_players(std::move(players))
        , m_taken(m_players.size(), 0)
    {
        for (size_t position = 0; position < m_players.size(); ++position) {
            const int score = scoreAt(static_cast<int>(position));
            if (m_groupScore.empty() || m_groupScore.back() != score) {
                m_groupScore.push_back(score);
                m_groupStart.push_back(static_cast<int>(position));
                m_left.push_back(0);
            }
            m_groupOf.push_back(static_cast<int>(m_groupScore.size()) - 1);
            ++m_left.back();
        }
        for (size_t g = 1; g < m_groupStart.size(); ++g)
            m_groupEnd.push_back(m_groupStart[g]);
        m_groupEnd.push_back(static_cast<int>(m_players.size()));
    }

    std::vector<std::pair<int, int>> run()
    {
        m_goal = lowerBound();
        search(0, 0);
        if (m_best.empty() && !m_players.empty())
            m_best = greedyKeepingPairable();
        std::vector<std::pair<int, int>> pairs;
        for (const auto &[p, q] : m_best)
            pairs.emplace_back(playerAt(p), playerAt(q));
        return pairs;
    }

private:
    int playerAt(int position) const { return m_players[static_cast<size_t>(position)]; }
    int scoreAt(int position) const
    {
        return m_field.score[static_cast<size_t>(playerAt(position))];
    }
    int groupAt(int position) const { return m_groupOf[static_cast<size_t>(position)]; }
    bool takenAt(int position) const { return m_taken[static_cast<size_t>(position)] != 0; }

    long long pairCost(int p, int q) const
    {
        const int gap = scoreAt(p) - scoreAt(q);
        return gap == 0 ? 0 : kFloatCost + gap;
    }

    // Odd groups must be joined by pairs across groups, at least half their number, with
    // score gaps at least those of neighbouring odd groups joined two by two.
    long long lowerBound() const
    {
        long long bound = 0;
        int pending = -1;
        for (size_t g = 0; g < m_left.size(); ++g) {
            if (m_left[g] % 2 == 0)
                continue;
            if (pending < 0) {
                pending = m_groupScore[g];
            } else {
                bound += kFloatCost + (pending - m_groupScore[g]);
                pending = -1;
            }
        }
        return bound;
    }

    // Partners in order of preference for the highest unpaired player: its own group's
    // bottom half from its middle, then the rest of its group upwards, then the lower groups
    // from the top.
    std::vector<int> candidates(int p) const
    {
        const int g = groupAt(p);
        std::vector<int> group;
        for (int position = m_groupStart[static_cast<size_t>(g)];
             position < m_groupEnd[static_cast<size_t>(g)]; ++position) {
            if (!takenAt(position))
                group.push_back(position);
        }
        std::vector<int> order;
        const size_t half = group.size() / 2;
        for (size_t i = half; i < group.size(); ++i)
            order.push_back(group[i]);
        for (size_t i = half; i-- > 1;)
            order.push_back(group[i]);
        for (int position = m_groupEnd[static_cast<size_t>(g)];
             position < static_cast<int>(m_players.size()); ++position) {
            if (!takenAt(position))
                order.push_back(position);
        }
        order.erase(std::remove_if(
                        order.begin(), order.end(),
                        [&](int q) { return q == p || m_field.haveMet(playerAt(p), playerAt(q)); }),
                    order.end());
        return order;
    }

    void take(int p, int q, bool taken)
    {
        m_taken[static_cast<size_t>(p)] = taken ? 1 : 0;
        m_taken[static_cast<size_t>(q)] = taken ? 1 : 0;
        const int step = taken ? -1 : 1;
        m_left[static_cast<size_t>(groupAt(p))] += step;
        m_left[static_cast<size_t>(groupAt(q))] += step;
    }

    void search(int from, long long cost)
    {
        if (m_done)
            return;
        if (++m_steps > kSearchBudget) {
            m_done = true;
            return;
        }
        int p = from;
        while (p < static_cast<int>(m_players.size()) && takenAt(p))
            ++p;
        if (p == static_cast<int>(m_players.size())) {
            if (cost < m_bestCost) {
                m_bestCost = cost;
                m_best = m_current;
                m_done = cost == m_goal; // nothing can do better
            }
            return;
        }
        if (cost + lowerBound() >= m_bestCost)
            return;
        for (const int q : candidates(p)) {
            take(p, q, true);
            m_current.emplace_back(p, q);
            search(p + 1, cost + pairCost(p, q));
            m_current.pop_back();
            take(p, q, false);
            if (m_done)
                return;
        }
    }

    // Each highest unpaired player takes the first partner in order of preference that
    // leaves the others pairable; the field was checked pairable, so every step finds one.
    std::vector<std::pair<int, int>> greedyKeepingPairable()
    {
        std::fill(m_taken.begin(), m_taken.end(), 0);
        std::vector<std::pair<int, int>> pairs;
        for (int p = 0; p < static_cast<int>(m_players.size()); ++p) {
            if (takenAt(p))
                continue;
            for (const int q : candidates(p)) {
                std::vector<int> rest;
                for (int position = 0; position < static_cast<int>(m_players.size()); ++position) {
                    if (!takenAt(position) && position != p && position != q)
                        rest.push_back(playerAt(position));
                }
                if (pairable(m_field, rest)) {
                    take(p, q, true);
                    pairs.emplace_back(p, q);
                    break;
                }
            }
        }
        return pairs;
    }

    const SwissField &m_field;
    std::vector<int> m_players; // by position in pairing order
    std::vector<char> m_taken;
    std::vector<int> m_groupOf;
    std::vector<int> m_groupScore;
    std::vector<int> m_groupStart;
    std::vector<int> m_groupEnd;
    std::vector<int> m_left; // unpaired players of each group
    std::vector<std::pair<int, int>> m_current;
    std::vector<std::pair<int, int>> m_best;
    long long m_bestCost = std::numeric_limits<long long>::max();
    long long m_goal = 0;
    long m_steps = 0;
    bool m_done = false;
};

} // namespace

std::vector<int> pairingOrder(const SwissField &field)
{
    std::vector<int> order(static_cast<size_t>(field.entrants));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return field.score[static_cast<size_t>(a)] > field.score[static_cast<size_t>(b)];
    });
    return order;
}

std::optional<SwissPairing> pairSwissRound(const SwissField &field)
{
    const std::vector<int> order = pairingOrder(field);
    SwissPairing pairing;
    std::vector<int> players = order;
    if (order.size() % 2 == 1) {
        for (size_t i = order.size(); i-- > 0;) {
            const int candidate = order[i];
            if (field.hadBye[static_cast<size_t>(candidate)])
                continue;
            std::vector<int> rest = order;
            rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
            if (pairable(field, rest)) {
                pairing.bye = candidate;
                players = std::move(rest);
                break;
            }
        }
        if (!pairing.bye)
            return std::nullopt;
    } else if (!pairable(field, players)) {
        return std::nullopt;
    }
    pairing.pairs = PairingSearch(field, std::move(players)).run();
    return pairing;
}

} // namespace dojo::venue::internal
