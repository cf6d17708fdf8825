// Swiss pairing for every field from 2 to 40 players, with the better seed winning and with
// coin tosses: round 1 top half against bottom half, no rematch, one bye a player at most,
// pairs within score groups floating no more players than the fewest possible, the draw
// ending early only when no legal pairing exists; the blossom check against brute force.

#include "bracketplay.h"

#include <venue/bracket.h>
#include <venue/internal/perfectmatching.h>
#include <venue/internal/swissdraw.h>

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <map>
#include <set>

using namespace dojo::venue;
using dojo::venue::internal::SwissField;

namespace {

int roundsForOneUnbeaten(int players)
{
    int rounds = 0;
    while ((1 << rounds) < players)
        ++rounds;
    return rounds;
}

int roundRobinRounds(int players)
{
    return players % 2 == 0 ? players - 1 : players;
}

Bracket planned(int players, int rounds = 0)
{
    BracketOptions options;
    options.format = BracketFormat::Swiss;
    options.swissRounds = rounds;
    const dojo::Result<Bracket> bracket = planBracket(options, players);
    return bracket ? *bracket : Bracket();
}

// The field as it stood before `round` was paired: the decided matches of earlier rounds.
SwissField fieldBefore(const Bracket &bracket, int round)
{
    Bracket earlier = bracket;
    earlier.matches.erase(
        std::remove_if(earlier.matches.begin(), earlier.matches.end(),
                       [&](const BracketMatch &match) { return match.round >= round; }),
        earlier.matches.end());
    return dojo::venue::internal::swissField(earlier);
}

// Brute force, by bitmask: can every player of `mask` be paired with one allowed?
bool pairableByBruteForce(unsigned mask, int count, const std::vector<char> &allowed,
                          std::map<unsigned, bool> &memo)
{
    if (mask == 0)
        return true;
    if (const auto known = memo.find(mask); known != memo.end())
        return known->second;
    int first = 0;
    while (!(mask >> first & 1))
        ++first;
    bool result = false;
    for (int other = first + 1; other < count && !result; ++other) {
        if (mask >> other & 1 && allowed[static_cast<size_t>(first * count + other)])
            result = pairableByBruteForce(mask & ~(1u << first) & ~(1u << other), count, allowed,
                                          memo);
    }
    memo[mask] = result;
    return result;
}

// The fewest pairs across score groups any legal pairing of `players` needs (brute force).
int fewestFloaters(unsigned mask, const std::vector<int> &players, const SwissField &field,
                   std::map<unsigned, int> &memo)
{
    if (mask == 0)
        return 0;
    if (const auto known = memo.find(mask); known != memo.end())
        return known->second;
    int first = 0;
    while (!(mask >> first & 1))
        ++first;
    int best = 1000;
    const int count = static_cast<int>(players.size());
    for (int other = first + 1; other < count; ++other) {
        const int a = players[static_cast<size_t>(first)];
        const int b = players[static_cast<size_t>(other)];
        if (!(mask >> other & 1) || field.haveMet(a, b))
            continue;
        const int across
            = field.score[static_cast<size_t>(a)] != field.score[static_cast<size_t>(b)] ? 1 : 0;
        best = std::min(
            best,
            across + fewestFloaters(mask & ~(1u << first) & ~(1u << other), players, field, memo));
    }
    memo[mask] = best;
    return best;
}

// Pairs across score groups that any pairing needs: half the groups with an odd number.
int parityFloaters(const std::vector<int> &players, const SwissField &field)
{
    std::map<int, int> groups;
    for (const int player : players)
        ++groups[field.score[static_cast<size_t>(player)]];
    int odd = 0;
    for (const auto &[score, count] : groups)
        odd += count % 2;
    return odd / 2;
}

bool pairableWithLibrary(const std::vector<int> &players, const SwissField &field)
{
    const size_t count = players.size();
    std::vector<char> allowed(count * count, 0);
    for (size_t i = 0; i < count; ++i) {
        for (size_t j = 0; j < count; ++j)
            allowed[i * count + j] = i != j && !field.haveMet(players[i], players[j]);
    }
    return dojo::venue::internal::hasPerfectMatching(static_cast<int>(count), allowed);
}

// Whether a legal pairing of `players` has exactly `floaters` pairs across score groups: every
// choice of that many such pairs, the others paired within their groups (the blossom check).
bool pairsWithFloaters(const std::vector<int> &players, const SwissField &field, int floaters,
                       size_t from = 0, std::vector<char> used = {})
{
    const size_t count = players.size();
    if (used.empty())
        used.assign(count, 0);
    const auto scoreOf = [&](size_t i) { return field.score[static_cast<size_t>(players[i])]; };
    if (floaters == 0) {
        std::map<int, std::vector<int>> groups;
        for (size_t i = 0; i < count; ++i) {
            if (!used[i])
                groups[scoreOf(i)].push_back(players[i]);
        }
        for (const auto &[score, members] : groups) {
            if (members.size() % 2 == 1)
                return false;
        }
        for (const auto &[score, members] : groups) {
            if (!pairableWithLibrary(members, field))
                return false;
        }
        return true;
    }
    for (size_t pair = from; pair < count * count; ++pair) {
        const size_t a = pair / count;
        const size_t b = pair % count;
        if (a >= b || used[a] || used[b] || scoreOf(a) == scoreOf(b)
            || field.haveMet(players[a], players[b]))
            continue;
        used[a] = used[b] = 1;
        const bool found = pairsWithFloaters(players, field, floaters - 1, pair + 1, used);
        used[a] = used[b] = 0;
        if (found)
            return true;
    }
    return false;
}

} // namespace

class tst_SwissPairing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRound_data();
    void firstRound();
    void secondRoundOfEight();
    void playedOut_data();
    void playedOut();
    void mostRounds_data();
    void mostRounds();
    void roundsRefused();
    void blossomAgainstBruteForce();
    void partnersLeavingTheRestPairable();
};

void tst_SwissPairing::firstRound_data()
{
    QTest::addColumn<int>("players");
    for (int players = 2; players <= 40; ++players)
        QTest::addRow("%d players", players) << players;
}

void tst_SwissPairing::firstRound()
{
    QFETCH(int, players);
    const Bracket bracket = planned(players);
    QCOMPARE(bracket.options.swissRounds, roundsForOneUnbeaten(players));
    // The lowest seed sits out when the number is odd; the rest pair 1 against half + 1.
    const int paired = players - players % 2;
    QStringList expected;
    for (int seed = 0; seed < paired / 2; ++seed)
        expected << QStringLiteral("P%1-P%2").arg(seed + 1).arg(seed + 1 + paired / 2);
    if (players % 2 == 1)
        expected << QStringLiteral("P%1-BYE").arg(players);
    QStringList drawn;
    for (const BracketMatch &match : bracket.matches) {
        QCOMPARE(match.round, 1);
        drawn << bracketplay::pairing(match);
    }
    QCOMPARE(drawn, expected);
}

void tst_SwissPairing::secondRoundOfEight()
{
    Bracket bracket = planned(8);
    for (const int id : readyMatches(bracket))
        QCOMPARE(
            bracketplay::play(bracket, id,
                              bracketplay::higherSeed(bracket.matches[static_cast<size_t>(id)])),
            QString());
    QStringList drawn;
    for (const BracketMatch &match : bracket.matches) {
        if (match.round == 2)
            drawn << bracketplay::pairing(match);
    }
    // Winners 1-4 and losers 5-8, each group top half against bottom half.
    QCOMPARE(drawn, (QStringList{QStringLiteral("P1-P3"), QStringLiteral("P2-P4"),
                                 QStringLiteral("P5-P7"), QStringLiteral("P6-P8")}));
}

void tst_SwissPairing::playedOut_data()
{
    QTest::addColumn<int>("players");
    QTest::addColumn<quint32>("results"); // 0: the better seed wins; else a coin toss's seed
    for (int players = 2; players <= 40; ++players) {
        QTest::addRow("%d players, better seed wins", players) << players << quint32(0);
        for (quint32 seed = 1; seed <= 3; ++seed)
            QTest::addRow("%d players, coin toss %u", players, seed) << players << seed;
    }
}

void tst_SwissPairing::playedOut()
{
    QFETCH(int, players);
    QFETCH(quint32, results);
    Bracket bracket = planned(players);
    const bracketplay::WinnerRule rule = results == 0
                                             ? bracketplay::WinnerRule(bracketplay::higherSeed)
                                             : bracketplay::coinToss(results);
    QString refusal;
    const std::vector<int> played = bracketplay::playOut(bracket, rule, &refusal);
    QCOMPARE(refusal, QString());
    QVERIFY(bracketFinished(bracket));
    const int rounds = roundsForOneUnbeaten(players);
    // Never ends early: up to N/2 rounds (N even) a legal pairing always exists (Dirac: the
    // pairs not yet played form a graph of degree at least N/2, which has a Hamiltonian cycle).
    QCOMPARE(internal::lastSwissRound(bracket), rounds);
    QCOMPARE(static_cast<int>(played.size()), rounds * (players / 2));

    std::set<std::pair<int, int>> met;
    std::map<int, int> byes;
    for (int round = 1; round <= rounds; ++round) {
        const SwissField field = fieldBefore(bracket, round);
        const std::vector<int> order = internal::pairingOrder(field);
        std::vector<int> seen(static_cast<size_t>(players), 0);
        std::vector<int> paired;
        int floaters = 0;
        std::optional<int> bye;
        for (const BracketMatch &match : bracket.matches) {
            if (match.round != round)
                continue;
            ++seen[static_cast<size_t>(*match.entrantA)];
            if (!match.entrantB) {
                QVERIFY(!bye);
                bye = *match.entrantA;
                QCOMPARE(++byes[*bye], 1);
                continue;
            }
            const int a = *match.entrantA;
            const int b = *match.entrantB;
            ++seen[static_cast<size_t>(b)];
            QVERIFY2(met.insert({std::min(a, b), std::max(a, b)}).second, "a rematch");
            paired.push_back(a);
            paired.push_back(b);
            if (field.score[static_cast<size_t>(a)] != field.score[static_cast<size_t>(b)])
                ++floaters;
        }
        QCOMPARE(seen, std::vector<int>(static_cast<size_t>(players), 1));
        QCOMPARE(bye.has_value(), players % 2 == 1);
        if (bye) {
            // The lowest-placed without a bye whose bye leaves the rest pairable.
            const auto at = std::find(order.begin(), order.end(), *bye);
            for (auto below = at + 1; below != order.end(); ++below) {
                if (field.hadBye[static_cast<size_t>(*below)])
                    continue;
                std::vector<int> rest = order;
                rest.erase(std::find(rest.begin(), rest.end(), *below));
                QVERIFY2(!pairableWithLibrary(rest, field), "the bye skipped a lower player");
            }
        }
        // Floaters: the fewest any legal pairing has, by brute force over all pairings for up
        // to 18 players, else over every smaller set of pairs across groups.
        QVERIFY(floaters >= parityFloaters(paired, field));
        if (paired.size() <= 18) {
            std::map<unsigned, int> memo;
            const unsigned all = (1u << paired.size()) - 1;
            QCOMPARE(floaters, fewestFloaters(all, paired, field, memo));
        } else {
            for (int fewer = parityFloaters(paired, field); fewer < floaters; ++fewer)
                QVERIFY2(!pairsWithFloaters(paired, field, fewer), "more floaters than needed");
        }
    }
    const std::vector<Standing> standings = bracketStandings(bracket);
    int above = 0;
    for (const Standing &standing : standings) {
        QCOMPARE(standing.place, above + 1);
        above += static_cast<int>(standing.entrants.size());
    }
    QCOMPARE(above, players);
    if (results == 0) // enough rounds for one unbeaten player: seed 1
        QCOMPARE(standings.front().entrants, std::vector<int>{0});
}

void tst_SwissPairing::mostRounds_data()
{
    QTest::addColumn<int>("players");
    QTest::addColumn<quint32>("results");
    for (int players = 2; players <= 15; ++players) {
        QTest::addRow("%d players, better seed wins", players) << players << quint32(0);
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("%d players, coin toss %u", players, seed) << players << seed;
    }
}

void tst_SwissPairing::mostRounds()
{
    // As many rounds as a round robin: the draw may end early, and then only because no legal
    // pairing of the next round exists (checked by brute force, the bye as a player).
    QFETCH(int, players);
    QFETCH(quint32, results);
    Bracket bracket = planned(players, roundRobinRounds(players));
    QCOMPARE(bracket.options.swissRounds, roundRobinRounds(players));
    const bracketplay::WinnerRule rule = results == 0
                                             ? bracketplay::WinnerRule(bracketplay::higherSeed)
                                             : bracketplay::coinToss(results);
    QString refusal;
    bracketplay::playOut(bracket, rule, &refusal);
    QCOMPARE(refusal, QString());
    QVERIFY(bracketFinished(bracket));
    const int last = internal::lastSwissRound(bracket);
    const int guaranteed = players % 2 == 0 ? players / 2 : (players + 1) / 2;
    QVERIFY(last >= std::min(guaranteed, roundRobinRounds(players)));
    std::set<std::pair<int, int>> met;
    for (const BracketMatch &match : bracket.matches) {
        if (match.played())
            QVERIFY(met.insert({std::min(*match.entrantA, *match.entrantB),
                                std::max(*match.entrantA, *match.entrantB)})
                        .second);
    }
    if (last == roundRobinRounds(players))
        return;
    const SwissField field = internal::swissField(bracket);
    const int count = players + players % 2; // the bye is a player one may meet once
    std::vector<char> allowed(static_cast<size_t>(count * count), 0);
    for (int a = 0; a < count; ++a) {
        for (int b = 0; b < count; ++b) {
            if (a == b)
                continue;
            const bool byeA = a == players;
            const bool byeB = b == players;
            allowed[static_cast<size_t>(a * count + b)]
                = byeA   ? !field.hadBye[static_cast<size_t>(b)]
                  : byeB ? !field.hadBye[static_cast<size_t>(a)]
                         : !field.haveMet(a, b);
        }
    }
    std::map<unsigned, bool> memo;
    QVERIFY2(!pairableByBruteForce((1u << count) - 1, count, allowed, memo),
             "the draw ended early though a legal pairing existed");
}

void tst_SwissPairing::roundsRefused()
{
    BracketOptions options;
    options.format = BracketFormat::Swiss;
    options.swissRounds = 8;
    QVERIFY(!planBracket(options, 8)); // a round robin of 8 has 7 rounds
    options.swissRounds = 7;
    QVERIFY(planBracket(options, 8));
    QVERIFY(planBracket(options, 7)); // 7 rounds with a bye each
    options.swissRounds = -1;
    QVERIFY(!planBracket(options, 8));
}

void tst_SwissPairing::blossomAgainstBruteForce()
{
    QRandomGenerator random(12);
    int pairable = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        const int count = 2 + static_cast<int>(random.bounded(13));
        const int percent = 10 + static_cast<int>(random.bounded(80));
        std::vector<char> allowed(static_cast<size_t>(count * count), 0);
        for (int a = 0; a < count; ++a) {
            for (int b = a + 1; b < count; ++b) {
                const char edge = static_cast<int>(random.bounded(100)) < percent ? 1 : 0;
                allowed[static_cast<size_t>(a * count + b)] = edge;
                allowed[static_cast<size_t>(b * count + a)] = edge;
            }
        }
        std::map<unsigned, bool> memo;
        const bool expected
            = count % 2 == 0 && pairableByBruteForce((1u << count) - 1, count, allowed, memo);
        QCOMPARE(dojo::venue::internal::hasPerfectMatching(count, allowed), expected);
        pairable += expected ? 1 : 0;
    }
    QVERIFY(pairable > 300); // both answers were tried
}

void tst_SwissPairing::partnersLeavingTheRestPairable()
{
    // With a whole pairing, the players p may take leaving the rest pairable are those an even
    // alternating path joins to p's partner once p is gone: checked against brute force.
    QRandomGenerator random(5);
    int checked = 0;
    for (int trial = 0; trial < 600; ++trial) {
        const int count = 2 * (1 + static_cast<int>(random.bounded(6)));
        const int percent = 30 + static_cast<int>(random.bounded(60));
        std::vector<char> allowed(static_cast<size_t>(count * count), 0);
        for (int a = 0; a < count; ++a) {
            for (int b = a + 1; b < count; ++b) {
                const char edge = static_cast<int>(random.bounded(100)) < percent ? 1 : 0;
                allowed[static_cast<size_t>(a * count + b)] = edge;
                allowed[static_cast<size_t>(b * count + a)] = edge;
            }
        }
        internal::MatchingGraph graph(count, allowed);
        std::vector<char> active(static_cast<size_t>(count), 1);
        std::vector<int> mate(static_cast<size_t>(count), -1);
        if (!graph.complete(active, mate))
            continue;
        const int p = static_cast<int>(random.bounded(count));
        const int partner = mate[static_cast<size_t>(p)];
        active[static_cast<size_t>(p)] = 0;
        mate[static_cast<size_t>(partner)] = -1;
        const std::vector<char> even = graph.evenFrom(partner, active, mate);
        for (int q = 0; q < count; ++q) {
            if (q == p || !allowed[static_cast<size_t>(p * count + q)])
                continue;
            std::map<unsigned, bool> memo;
            const unsigned rest = ((1u << count) - 1) & ~(1u << p) & ~(1u << q);
            QCOMPARE(even[static_cast<size_t>(q)] != 0,
                     pairableByBruteForce(rest, count, allowed, memo));
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
}

QTEST_GUILESS_MAIN(tst_SwissPairing)
#include "tst_swisspairing.moc"
