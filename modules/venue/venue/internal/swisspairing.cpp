#include "swisspairing.h"

#include "perfectmatching.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace dojo::venue::internal {

namespace {

// A pair across score groups outweighs any sum of score gaps.
constexpr long long kFloatCost = 1LL << 32;
// Work (players looked at) after which the search settles for the best pairing it has found.
constexpr long kSearchWork = 4000000;

bool pairable(const SwissField &field, const std::vector<int> &players)
{
    const size_t count = players.size();
    std::vector<char> allowed(count * count, 0);
    for (size_t i = 0; i < count; ++i) {
        for (size_t j = 0; j < count; ++j)
            allowed[i * count + j] = i != j && !field.haveMet(players[i], players[j]) ? 1 : 0;
    }
    return hasPerfectMatching(static_cast<int>(count), allowed);
}

// Branch and bound over the pairings in order of preference: the highest unpaired player
// takes the partner the rules prefer first. Every step keeps a whole pairing of the players
// left (repaired along an augmenting path), so a choice that would leave someone without a
// legal partner is never made and the first pairing reached is legal. A bound (every score
// group left with an odd number of players needs a pair across groups) cuts the search and
// ends it when a pairing reaches it.
class PairingSearch
{
public:
    PairingSearch(const SwissField &field, std::vector<int> players)
        : m_field(field)
        , m_players(std::move(players))
        , m_count(static_cast<int>(m_players.size()))
        , m_allowed(m_players.size() * m_players.size(), 0)
        , m_graph(m_count, m_allowed)
        , m_active(m_players.size(), 1)
        , m_mate(m_players.size(), -1)
    {
        for (int p = 0; p < m_count; ++p) {
            for (int q = 0; q < m_count; ++q) {
                m_allowed[static_cast<size_t>(p * m_count + q)]
                    = p != q && !field.haveMet(playerAt(p), playerAt(q)) ? 1 : 0;
            }
        }
        for (int position = 0; position < m_count; ++position) {
            const int score = scoreAt(position);
            if (m_groupScore.empty() || m_groupScore.back() != score) {
                m_groupScore.push_back(score);
                m_groupStart.push_back(position);
                m_left.push_back(0);
            }
            m_groupOf.push_back(static_cast<int>(m_groupScore.size()) - 1);
            ++m_left.back();
        }
        for (size_t g = 1; g < m_groupStart.size(); ++g)
            m_groupEnd.push_back(m_groupStart[g]);
        m_groupEnd.push_back(m_count);
    }

    // The pairs as players, or none when no legal pairing exists.
    std::optional<std::vector<std::pair<int, int>>> run()
    {
        if (m_count % 2 == 1 || !m_graph.complete(m_active, m_mate))
            return std::nullopt;
        m_goal = lowerBound();
        search(0, 0);
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
    bool activeAt(int position) const { return m_active[static_cast<size_t>(position)] != 0; }
    bool allowed(int p, int q) const { return m_allowed[static_cast<size_t>(p * m_count + q)]; }

    long work() const { return (m_steps + m_graph.scanned()) * m_count; }

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
    void candidates(int p, std::vector<int> &order)
    {
        const int g = groupAt(p);
        m_group.clear();
        for (int position = m_groupStart[static_cast<size_t>(g)];
             position < m_groupEnd[static_cast<size_t>(g)]; ++position) {
            if (activeAt(position))
                m_group.push_back(position);
        }
        order.clear();
        const size_t half = m_group.size() / 2;
        for (size_t i = half; i < m_group.size(); ++i)
            order.push_back(m_group[i]);
        for (size_t i = half; i-- > 1;)
            order.push_back(m_group[i]);
        for (int position = m_groupEnd[static_cast<size_t>(g)]; position < m_count; ++position) {
            if (activeAt(position))
                order.push_back(position);
        }
        order.erase(std::remove_if(order.begin(), order.end(),
                                   [&](int q) { return q == p || !allowed(p, q); }),
                    order.end());
    }

    // The players p may take leaving the rest pairable: with p gone, its partner in the whole
    // pairing is alone, and p may take exactly those an alternating path of even length joins
    // to that partner (one search finds them all).
    std::vector<char> partnersLeavingRestPairable(int p)
    {
        const int a = m_mate[static_cast<size_t>(p)];
        m_active[static_cast<size_t>(p)] = 0;
        m_mate[static_cast<size_t>(a)] = -1;
        std::vector<char> even = m_graph.evenFrom(a, m_active, m_mate);
        m_mate[static_cast<size_t>(a)] = p;
        m_active[static_cast<size_t>(p)] = 1;
        return even;
    }

    // The short repairs of the whole pairing when p takes q, tried before a search: q is p's
    // partner already (returns p's partner), their partners a and b may play (returns a), or a
    // may take some x whose partner may take b (returns x). -1 when none of these works.
    int shortRepair(int p, int q) const
    {
        const int a = m_mate[static_cast<size_t>(p)];
        const int b = m_mate[static_cast<size_t>(q)];
        if (a == q || allowed(a, b))
            return a;
        for (int x = 0; x < m_count; ++x) {
            if (x == p || x == q || x == a || x == b || !activeAt(x))
                continue;
            if (allowed(a, x) && allowed(m_mate[static_cast<size_t>(x)], b))
                return x;
        }
        return -1;
    }

    void setMates(int a, int b)
    {
        m_mate[static_cast<size_t>(a)] = b;
        m_mate[static_cast<size_t>(b)] = a;
    }

    // Pairs p with q and repairs the pairing of the rest: their partners, now alone, are
    // joined by a short repair or an augmenting path. False when the rest cannot all be paired.
    bool pairOff(int p, int q)
    {
        const int via = shortRepair(p, q);
        const int a = m_mate[static_cast<size_t>(p)];
        const int b = m_mate[static_cast<size_t>(q)];
        m_active[static_cast<size_t>(p)] = 0;
        m_active[static_cast<size_t>(q)] = 0;
        if (a == q)
            return true;
        setMates(p, q);
        if (via == a) {
            setMates(a, b);
            return true;
        }
        if (via >= 0) {
            const int y = m_mate[static_cast<size_t>(via)];
            setMates(a, via);
            setMates(y, b);
            return true;
        }
        m_mate[static_cast<size_t>(a)] = -1;
        m_mate[static_cast<size_t>(b)] = -1;
        return m_graph.augmentFrom(a, m_active, m_mate);
    }

    void search(int from, long long cost)
    {
        if (m_done)
            return;
        ++m_steps;
        if (!m_best.empty() && work() > kSearchWork) {
            m_done = true;
            return;
        }
        int p = from;
        while (p < m_count && !activeAt(p))
            ++p;
        if (p == m_count) {
            if (cost < m_bestCost) {
                m_bestCost = cost;
                m_best = m_current;
                m_done = cost == m_goal; // nothing can do better
            }
            return;
        }
        if (cost + lowerBound() >= m_bestCost)
            return;
        const size_t depth = m_current.size();
        if (m_orders.size() <= depth)
            m_orders.resize(depth + 1);
        candidates(p, m_orders[depth]);
        const std::vector<int> saved = m_mate;
        std::vector<char> pairable; // found when a partner needs more than a short repair
        for (const int q : m_orders[depth]) {
            if (shortRepair(p, q) < 0) {
                if (pairable.empty())
                    pairable = partnersLeavingRestPairable(p);
                if (!pairable[static_cast<size_t>(q)])
                    continue;
            }
            const bool paired = pairOff(p, q);
            if (paired) {
                --m_left[static_cast<size_t>(groupAt(p))];
                --m_left[static_cast<size_t>(groupAt(q))];
                m_current.emplace_back(p, q);
                search(p + 1, cost + pairCost(p, q));
                m_current.pop_back();
                ++m_left[static_cast<size_t>(groupAt(p))];
                ++m_left[static_cast<size_t>(groupAt(q))];
            }
            m_active[static_cast<size_t>(p)] = 1;
            m_active[static_cast<size_t>(q)] = 1;
            m_mate = saved;
            if (m_done)
                return;
        }
    }

    const SwissField &m_field;
    std::vector<int> m_players; // by position in pairing order
    int m_count = 0;
    std::vector<char> m_allowed; // positions × positions: not met yet
    MatchingGraph m_graph;
    std::vector<char> m_active; // not paired yet
    std::vector<int> m_mate;    // a whole pairing of the active players
    std::vector<int> m_groupOf;
    std::vector<int> m_groupScore;
    std::vector<int> m_groupStart;
    std::vector<int> m_groupEnd;
    std::vector<int> m_left; // unpaired players of each group
    std::vector<int> m_group;
    std::vector<std::vector<int>> m_orders; // each depth's candidates
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
    }
    std::optional<std::vector<std::pair<int, int>>> pairs
        = PairingSearch(field, std::move(players)).run();
    if (!pairs)
        return std::nullopt;
    pairing.pairs = std::move(*pairs);
    return pairing;
}

} // namespace dojo::venue::internal
