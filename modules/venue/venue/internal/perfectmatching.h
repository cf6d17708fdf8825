#pragma once

#include <vector>

namespace dojo::venue::internal {

// Pairings on a graph of who may play whom, by Edmonds' blossom algorithm: a whole pairing
// of the players still in (`active`), and its repair after two leave. `mate[v]` is v's
// partner, -1 for none. An augmenting search is O(count²) at worst.
class MatchingGraph
{
public:
    // `allowed`: count × count by rows, symmetric; kept by reference.
    MatchingGraph(int count, const std::vector<char> &allowed);

    // Completes `mate` (a pairing of active players, perhaps partial) into one that pairs every
    // active player; false when none exists (`mate` is then a largest pairing).
    bool complete(const std::vector<char> &active, std::vector<int> &mate);

    // Pairs the unpaired active player `root` along an augmenting path, if one exists.
    bool augmentFrom(int root, const std::vector<char> &active, std::vector<int> &mate);

    // With `mate` pairing every active player but `root`: the players q for which some such
    // pairing leaves q alone instead (an alternating path of even length joins them): those
    // `root`'s old partner may take, leaving the rest pairable.
    std::vector<char> evenFrom(int root, const std::vector<char> &active,
                               const std::vector<int> &mate);

    // Players the searches have scanned so far: what they cost.
    long scanned() const { return m_scanned; }

private:
    bool edge(int a, int b) const;
    int lowestCommonBase(int a, int b, const std::vector<int> &mate);
    void markPath(int v, int base, int child, const std::vector<int> &mate);
    int findPath(int root, const std::vector<char> &active, const std::vector<int> &mate);

    int m_count;
    const std::vector<char> &m_allowed;
    std::vector<int> m_parent;
    std::vector<int> m_base;
    std::vector<char> m_used;
    std::vector<char> m_inBlossom;
    std::vector<char> m_seen;
    std::vector<int> m_queue;
    long m_scanned = 0;
};

// Whether all `count` players can be paired at once, each with one they may play.
bool hasPerfectMatching(int count, const std::vector<char> &allowed);

} // namespace dojo::venue::internal
