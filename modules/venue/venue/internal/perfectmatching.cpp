#include "perfectmatching.h"

#include <algorithm>

namespace dojo::venue::internal {

namespace {

template<typename T> T &at(std::vector<T> &values, int i)
{
    return values[static_cast<size_t>(i)];
}

template<typename T> const T &at(const std::vector<T> &values, int i)
{
    return values[static_cast<size_t>(i)];
}

} // namespace

MatchingGraph::MatchingGraph(int count, const std::vector<char> &allowed)
    : m_count(count)
    , m_allowed(allowed)
    , m_parent(static_cast<size_t>(count), -1)
    , m_base(static_cast<size_t>(count), 0)
    , m_used(static_cast<size_t>(count), 0)
    , m_inBlossom(static_cast<size_t>(count), 0)
    , m_seen(static_cast<size_t>(count), 0)
{
    m_queue.reserve(static_cast<size_t>(count));
}

bool MatchingGraph::edge(int a, int b) const
{
    return m_allowed[static_cast<size_t>(a) * static_cast<size_t>(m_count) + static_cast<size_t>(b)]
           != 0;
}

bool MatchingGraph::complete(const std::vector<char> &active, std::vector<int> &mate)
{
    for (int v = 0; v < m_count; ++v) { // a greedy start leaves few paths to augment
        if (!at(active, v))
            continue;
        for (int u = v + 1; u < m_count && at(mate, v) == -1; ++u) {
            if (at(active, u) && at(mate, u) == -1 && edge(v, u)) {
                at(mate, v) = u;
                at(mate, u) = v;
            }
        }
    }
    for (int v = 0; v < m_count; ++v) {
        // A player with no augmenting path stays unpaired in every largest pairing.
        if (at(active, v) && at(mate, v) == -1 && !augmentFrom(v, active, mate))
            return false;
    }
    return true;
}

bool MatchingGraph::augmentFrom(int root, const std::vector<char> &active, std::vector<int> &mate)
{
    int v = findPath(root, active, mate);
    if (v < 0)
        return false;
    while (v != -1) {
        const int parent = at(m_parent, v);
        const int next = at(mate, parent);
        at(mate, v) = parent;
        at(mate, parent) = v;
        v = next;
    }
    return true;
}

std::vector<char> MatchingGraph::evenFrom(int root, const std::vector<char> &active,
                                          const std::vector<int> &mate)
{
    findPath(root, active, mate); // no other player is alone: it labels without augmenting
    return m_used;
}

int MatchingGraph::lowestCommonBase(int a, int b, const std::vector<int> &mate)
{
    std::fill(m_seen.begin(), m_seen.end(), 0);
    for (;;) {
        a = at(m_base, a);
        at(m_seen, a) = 1;
        if (at(mate, a) == -1)
            break;
        a = at(m_parent, at(mate, a));
    }
    for (;;) {
        b = at(m_base, b);
        if (at(m_seen, b))
            return b;
        b = at(m_parent, at(mate, b));
    }
}

void MatchingGraph::markPath(int v, int base, int child, const std::vector<int> &mate)
{
    while (at(m_base, v) != base) {
        at(m_inBlossom, at(m_base, v)) = 1;
        at(m_inBlossom, at(m_base, at(mate, v))) = 1;
        at(m_parent, v) = child;
        child = at(mate, v);
        v = at(m_parent, at(mate, v));
    }
}

// An augmenting path's far end from the unpaired root, or -1; m_parent holds the path.
int MatchingGraph::findPath(int root, const std::vector<char> &active, const std::vector<int> &mate)
{
    std::fill(m_used.begin(), m_used.end(), 0);
    std::fill(m_parent.begin(), m_parent.end(), -1);
    for (int i = 0; i < m_count; ++i)
        at(m_base, i) = i;
    at(m_used, root) = 1;
    m_queue.assign(1, root);
    for (size_t head = 0; head < m_queue.size(); ++head) {
        const int v = m_queue[head];
        ++m_scanned;
        for (int to = 0; to < m_count; ++to) {
            if (!at(active, to) || !edge(v, to) || at(m_base, v) == at(m_base, to)
                || at(mate, v) == to)
                continue;
            if (to == root || (at(mate, to) != -1 && at(m_parent, at(mate, to)) != -1)) {
                const int base = lowestCommonBase(v, to, mate);
                std::fill(m_inBlossom.begin(), m_inBlossom.end(), 0);
                markPath(v, base, to, mate);
                markPath(to, base, v, mate);
                for (int i = 0; i < m_count; ++i) {
                    if (at(m_inBlossom, at(m_base, i))) {
                        at(m_base, i) = base;
                        if (!at(m_used, i)) {
                            at(m_used, i) = 1;
                            m_queue.push_back(i);
                        }
                    }
                }
            } else if (at(m_parent, to) == -1) {
                at(m_parent, to) = v;
                if (at(mate, to) == -1)
                    return to;
                at(m_used, at(mate, to)) = 1;
                m_queue.push_back(at(mate, to));
            }
        }
    }
    return -1;
}

bool hasPerfectMatching(int count, const std::vector<char> &allowed)
{
    if (count % 2 == 1)
        return false;
    std::vector<int> mate(static_cast<size_t>(count), -1);
    return MatchingGraph(count, allowed)
        .complete(std::vector<char>(static_cast<size_t>(count), 1), mate);
}

} // namespace dojo::venue::internal
