#include "perfectmatching.h"

#include <algorithm>

namespace dojo::venue::internal {

namespace {

class Blossom
{
public:
    Blossom(int count, const std::vector<char> &allowed)
        : m_count(count)
        , m_allowed(allowed)
        , m_match(static_cast<size_t>(count), -1)
        , m_parent(static_cast<size_t>(count), -1)
        , m_base(static_cast<size_t>(count), 0)
        , m_used(static_cast<size_t>(count), 0)
        , m_inBlossom(static_cast<size_t>(count), 0)
        , m_seen(static_cast<size_t>(count), 0)
    {
    }

    bool perfect()
    {
        if (m_count % 2 == 1)
            return false;
        for (int v = 0; v < m_count; ++v) { // a greedy start leaves few paths to augment
            for (int u = v + 1; u < m_count && at(m_match, v) == -1; ++u) {
                if (at(m_match, u) == -1 && edge(v, u)) {
                    at(m_match, v) = u;
                    at(m_match, u) = v;
                }
            }
        }
        for (int v = 0; v < m_count; ++v) {
            if (at(m_match, v) != -1)
                continue;
            const int end = findPath(v);
            if (end < 0)
                return false; // a vertex with no augmenting path stays unmatched for good
            augment(end);
        }
        return true;
    }

private:
    static int &at(std::vector<int> &values, int i) { return values[static_cast<size_t>(i)]; }
    static char &at(std::vector<char> &values, int i) { return values[static_cast<size_t>(i)]; }

    bool edge(int a, int b) const
    {
        return m_allowed[static_cast<size_t>(a) * static_cast<size_t>(m_count)
                         + static_cast<size_t>(b)]
               != 0;
    }

    int lowestCommonBase(int a, int b)
    {
        std::fill(m_seen.begin(), m_seen.end(), 0);
        for (;;) {
            a = at(m_base, a);
            at(m_seen, a) = 1;
            if (at(m_match, a) == -1)
                break;
            a = at(m_parent, at(m_match, a));
        }
        for (;;) {
            b = at(m_base, b);
            if (at(m_seen, b))
                return b;
            b = at(m_parent, at(m_match, b));
        }
    }

    void markPath(int v, int base, int child)
    {
        while (at(m_base, v) != base) {
            at(m_inBlossom, at(m_base, v)) = 1;
            at(m_inBlossom, at(m_base, at(m_match, v))) = 1;
            at(m_parent, v) = child;
            child = at(m_match, v);
            v = at(m_parent, at(m_match, v));
        }
    }

    // An augmenting path's far end from the unmatched root, or -1.
    int findPath(int root)
    {
        std::fill(m_used.begin(), m_used.end(), 0);
        std::fill(m_parent.begin(), m_parent.end(), -1);
        for (int i = 0; i < m_count; ++i)
            at(m_base, i) = i;
        at(m_used, root) = 1;
        std::vector<int> queue{root};
        for (size_t head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            for (int to = 0; to < m_count; ++to) {
                if (!edge(v, to) || at(m_base, v) == at(m_base, to) || at(m_match, v) == to)
                    continue;
                if (to == root || (at(m_match, to) != -1 && at(m_parent, at(m_match, to)) != -1)) {
                    const int base = lowestCommonBase(v, to);
                    std::fill(m_inBlossom.begin(), m_inBlossom.end(), 0);
                    markPath(v, base, to);
                    markPath(to, base, v);
                    for (int i = 0; i < m_count; ++i) {
                        if (at(m_inBlossom, at(m_base, i))) {
                            at(m_base, i) = base;
                            if (!at(m_used, i)) {
                                at(m_used, i) = 1;
                                queue.push_back(i);
                            }
                        }
                    }
                } else if (at(m_parent, to) == -1) {
                    at(m_parent, to) = v;
                    if (at(m_match, to) == -1)
                        return to;
                    at(m_used, at(m_match, to)) = 1;
                    queue.push_back(at(m_match, to));
                }
            }
        }
        return -1;
    }

    void augment(int v)
    {
        while (v != -1) {
            const int parent = at(m_parent, v);
            const int next = at(m_match, parent);
            at(m_match, v) = parent;
            at(m_match, parent) = v;
            v = next;
        }
    }

    int m_count;
    const std::vector<char> &m_allowed;
    std::vector<int> m_match;
    std::vector<int> m_parent;
    std::vector<int> m_base;
    std::vector<char> m_used;
    std::vector<char> m_inBlossom;
    std::vector<char> m_seen;
};

} // namespace

bool hasPerfectMatching(int count, const std::vector<char> &allowed)
{
    return Blossom(count, allowed).perfect();
}

} // namespace dojo::venue::internal
