// Double elimination for every field from 2 to 40 players, with a simple and a double grand
// final: where each winners' bracket loser drops, two losses and out, the matches played,
// the grand final's reset (played only when the losers' bracket champion wins the first),
// rematches in the losers' bracket only where the drop order allows them, and the places.

#include "bracketplay.h"

#include <venue/bracket.h>

#include <QObject>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace dojo::venue;

namespace {

int log2Size(int players)
{
    int bits = 1;
    while ((1 << bits) < players)
        ++bits;
    return bits;
}

Bracket planned(int players, GrandFinal grandFinal)
{
    BracketOptions options;
    options.format = BracketFormat::DoubleElimination;
    options.grandFinal = grandFinal;
    const dojo::Result<Bracket> bracket = planBracket(options, players);
    return bracket ? *bracket : Bracket();
}

const BracketMatch *findSection(const Bracket &bracket, BracketSection section)
{
    const auto found
        = std::find_if(bracket.matches.begin(), bracket.matches.end(),
                       [&](const BracketMatch &match) { return match.section == section; });
    return found == bracket.matches.end() ? nullptr : &*found;
}

int lastLosersRound(const Bracket &bracket)
{
    int last = 0;
    for (const BracketMatch &match : bracket.matches) {
        if (match.section == BracketSection::Losers)
            last = std::max(last, match.sectionRound);
    }
    return last;
}

// The order matches were played in, with each player's losses as they came.
struct PlayRecord
{
    std::map<int, int> losses;
    std::map<int, int> winnersLossRound;         // player -> W round they lost in
    std::map<int, std::vector<int>> appearances; // player -> matches played or byes, in order
};

PlayRecord record(const Bracket &bracket, const std::vector<int> &played)
{
    PlayRecord result;
    for (const int id : played) {
        const BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
        const int loser = bracketplay::loserOf(match);
        ++result.losses[loser];
        if (match.section == BracketSection::Winners)
            result.winnersLossRound[loser] = match.sectionRound;
    }
    return result;
}

} // namespace

class tst_DoubleElimination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void dropsIntoTheLosersBracket();
    void dropsIntoTheLosersBracket_data() { fields_data(); }
    void twoLossesAndOut();
    void twoLossesAndOut_data() { fields_data(); }
    void rematchesWhereTheDropOrderAllows_data();
    void rematchesWhereTheDropOrderAllows();
    void grandFinalReset();
    void grandFinalReset_data() { fields_data(); }
    void places();
    void places_data() { fields_data(); }
    void rounds();
    void rounds_data() { fields_data(); }
};

void tst_DoubleElimination::fields_data()
{
    QTest::addColumn<int>("players");
    QTest::addColumn<GrandFinal>("grandFinal");
    for (int players = 2; players <= 40; ++players) {
        QTest::addRow("%d players, double grand final", players) << players << GrandFinal::Double;
        QTest::addRow("%d players, simple grand final", players) << players << GrandFinal::Simple;
    }
}

void tst_DoubleElimination::dropsIntoTheLosersBracket()
{
    QFETCH(int, players);
    QFETCH(GrandFinal, grandFinal);
    Bracket bracket = planned(players, grandFinal);
    QVERIFY(!bracket.matches.empty());
    // Where each winners' bracket match sends its loser: L1 from round 1, L(2r-2) from round r;
    // with two players, straight to the grand final.
    for (const BracketMatch &match : bracket.matches) {
        if (match.section != BracketSection::Winners)
            continue;
        std::vector<const BracketMatch *> takers;
        for (const BracketMatch &other : bracket.matches) {
            for (const MatchSlot &slot : {other.slotA, other.slotB}) {
                if (slot.from == MatchSlot::From::LoserOf && slot.index == match.id)
                    takers.push_back(&other);
            }
        }
        QCOMPARE(takers.size(), size_t(1));
        if (players == 2) {
            QCOMPARE(takers.front()->section, BracketSection::GrandFinal);
            continue;
        }
        const int r = match.sectionRound;
        QCOMPARE(takers.front()->section, BracketSection::Losers);
        QCOMPARE(takers.front()->sectionRound, r == 1 ? 1 : 2 * r - 2);
    }

    // Played out with the better seed winning, each loser's next match is that one.
    const std::vector<int> played = bracketplay::playOut(bracket, bracketplay::higherSeed);
    for (const int id : played) {
        const BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
        if (match.section != BracketSection::Winners)
            continue;
        const int loser = bracketplay::loserOf(match);
        const auto next = std::find_if(
            bracket.matches.begin(), bracket.matches.end(), [&](const BracketMatch &other) {
                return other.round > match.round
                       && (other.entrantA == loser || other.entrantB == loser);
            });
        QVERIFY(next != bracket.matches.end());
        const BracketMatch *first = &*next;
        for (const BracketMatch &other : bracket.matches) {
            if ((other.entrantA == loser || other.entrantB == loser) && other.round > match.round
                && other.round < first->round)
                first = &other;
        }
        if (players == 2) {
            QCOMPARE(first->section, BracketSection::GrandFinal);
        } else {
            QCOMPARE(first->section, BracketSection::Losers);
            const int r = match.sectionRound;
            QCOMPARE(first->sectionRound, r == 1 ? 1 : 2 * r - 2);
        }
    }
}

void tst_DoubleElimination::twoLossesAndOut()
{
    QFETCH(int, players);
    QFETCH(GrandFinal, grandFinal);
    Bracket bracket = planned(players, grandFinal);
    const std::vector<int> played = bracketplay::playOut(bracket, bracketplay::higherSeed);
    QVERIFY(bracketFinished(bracket));
    // The winners' bracket champion wins the grand final: 2N-2 matches, no reset.
    QCOMPARE(static_cast<int>(played.size()), 2 * players - 2);
    if (const BracketMatch *reset = findSection(bracket, BracketSection::GrandFinalReset)) {
        QCOMPARE(grandFinal, GrandFinal::Double);
        QVERIFY(reset->decided);
        QVERIFY(!reset->played());
    } else {
        QCOMPARE(grandFinal, GrandFinal::Simple);
    }
    std::map<int, int> losses;
    std::set<std::pair<int, int>> met;
    std::vector<std::pair<int, int>> losersRematches;
    for (const int id : played) {
        const BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
        const int a = *match.entrantA;
        const int b = *match.entrantB;
        QVERIFY2(losses[a] < 2 && losses[b] < 2, "a player out plays again");
        const std::pair<int, int> pair(std::min(a, b), std::max(a, b));
        if (match.section == BracketSection::Losers && met.count(pair))
            losersRematches.push_back(pair);
        met.insert(pair);
        ++losses[bracketplay::loserOf(match)];
    }
    QCOMPARE(losses[0], 0);
    for (int player = 1; player < players; ++player)
        QCOMPARE(losses[player], 2);
    // Seeds 2 and 3 always meet in the winners' semi-final and again in the losers' final, where
    // seed 2 drops: nothing can keep them apart. No other losers' bracket match is a rematch.
    if (players >= 3) {
        QCOMPARE(losersRematches.size(), size_t(1));
        QCOMPARE(losersRematches.front(), std::make_pair(1, 2));
        const BracketMatch &last = *std::find_if(
            bracket.matches.rbegin(), bracket.matches.rend(),
            [](const BracketMatch &match) { return match.section == BracketSection::Losers; });
        QCOMPARE(std::make_pair(*last.entrantA, *last.entrantB), std::make_pair(2, 1));
    } else {
        QVERIFY(losersRematches.empty());
    }
}

void tst_DoubleElimination::rematchesWhereTheDropOrderAllows_data()
{
    QTest::addColumn<int>("players");
    QTest::addColumn<quint32>("seed");
    for (int players = 2; players <= 40; ++players) {
        for (quint32 seed = 1; seed <= 5; ++seed)
            QTest::addRow("%d players, results %u", players, seed) << players << seed;
    }
    for (const int players : {64, 100, 128, 256})
        QTest::addRow("%d players", players) << players << quint32(7);
}

void tst_DoubleElimination::rematchesWhereTheDropOrderAllows()
{
    // The drop order's promise, whatever the results: two players who met in the winners'
    // bracket, the later of them dropping from round r and the other from round s, can meet in
    // the losers' bracket only in L(2k-3-2t), t the lowest bit in which r-1 and s-1 differ, when
    // t < k - r; else in L(2r-2), the later one's first losers' match (k: log2 of the size).
    // So a W2 loser meets none of their winners' opponents before the losers' semi-final.
    QFETCH(int, players);
    QFETCH(quint32, seed);
    Bracket bracket = planned(players, GrandFinal::Double);
    const std::vector<int> played = bracketplay::playOut(bracket, bracketplay::coinToss(seed));
    QVERIFY(bracketFinished(bracket));
    const PlayRecord games = record(bracket, played);
    const int k = log2Size(players);
    std::set<std::pair<int, int>> metInWinners;
    for (const int id : played) {
        const BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
        const std::pair<int, int> pair(std::min(*match.entrantA, *match.entrantB),
                                       std::max(*match.entrantA, *match.entrantB));
        if (match.section == BracketSection::Winners) {
            metInWinners.insert(pair);
            continue;
        }
        if (match.section != BracketSection::Losers || !metInWinners.count(pair))
            continue;
        const int rA = games.winnersLossRound.at(pair.first);
        const int rB = games.winnersLossRound.at(pair.second);
        const int r = std::max(rA, rB);
        const int s = std::min(rA, rB);
        int t = 0;
        while ((((r - 1) ^ (s - 1)) >> t & 1) == 0 && t < 31)
            ++t;
        const int expected = t < k - r ? 2 * k - 3 - 2 * t : 2 * r - 2;
        QVERIFY2(match.sectionRound == expected,
                 qPrintable(QStringLiteral("P%1 and P%2 (out of W%3 and W%4) met again in L%5, "
                                           "not L%6")
                                .arg(pair.first + 1)
                                .arg(pair.second + 1)
                                .arg(rA)
                                .arg(rB)
                                .arg(match.sectionRound)
                                .arg(expected)));
        if (r == 2)
            QVERIFY(match.sectionRound >= 2 * k - 3);
    }
}

void tst_DoubleElimination::grandFinalReset()
{
    QFETCH(int, players);
    QFETCH(GrandFinal, grandFinal);
    for (const bool championFromLosers : {false, true}) {
        Bracket bracket = planned(players, grandFinal);
        // Better seeds win everything but the first grand final, which the losers' bracket
        // champion (seed 2) wins.
        const auto rule = [&](const BracketMatch &match) {
            if (match.section == BracketSection::GrandFinal)
                return *match.entrantB;
            if (match.section == BracketSection::GrandFinalReset && championFromLosers)
                return *match.entrantB;
            return bracketplay::higherSeed(match);
        };
        const std::vector<int> played = bracketplay::playOut(bracket, rule);
        QVERIFY(bracketFinished(bracket));
        const BracketMatch *first = findSection(bracket, BracketSection::GrandFinal);
        QVERIFY(first);
        QCOMPARE(*first->entrantA, 0);
        QCOMPARE(*first->entrantB, 1);
        const BracketMatch *reset = findSection(bracket, BracketSection::GrandFinalReset);
        const std::vector<Standing> standings = bracketStandings(bracket);
        if (grandFinal == GrandFinal::Simple) {
            QVERIFY(!reset);
            QCOMPARE(static_cast<int>(played.size()), 2 * players - 2);
            QCOMPARE(standings.front().entrants, std::vector<int>{1});
            continue;
        }
        QVERIFY(reset);
        QVERIFY(reset->played());
        QCOMPARE(*reset->entrantA, 0); // the winners' bracket champion, now with one loss
        QCOMPARE(*reset->entrantB, 1);
        QCOMPARE(reset->round, first->round + 1);
        QCOMPARE(static_cast<int>(played.size()), 2 * players - 1);
        const int champion = championFromLosers ? 1 : 0;
        QCOMPARE(standings.front().place, 1);
        QCOMPARE(standings.front().entrants, std::vector<int>{champion});
        QCOMPARE(standings.at(1).place, 2);
        QCOMPARE(standings.at(1).entrants, std::vector<int>{1 - champion});
    }
}

void tst_DoubleElimination::places()
{
    QFETCH(int, players);
    QFETCH(GrandFinal, grandFinal);
    Bracket bracket = planned(players, grandFinal);
    const std::vector<int> played = bracketplay::playOut(bracket, bracketplay::higherSeed);
    // The order players went out in, from the play: those out in the same losers' round share
    // a place, one more than the players who went out later.
    std::map<int, int> losses;
    std::map<int, std::pair<BracketSection, int>> outIn;
    for (const int id : played) {
        const BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
        const int loser = bracketplay::loserOf(match);
        if (++losses[loser] == 2 || match.section == BracketSection::GrandFinal)
            outIn[loser] = {match.section, match.sectionRound};
    }
    std::map<int, int> expected{{0, 1}};
    for (const auto &[player, when] : outIn) {
        int later = 1; // the champion
        for (const auto &[other, otherWhen] : outIn) {
            if (otherWhen.first != when.first ? otherWhen.first != BracketSection::Losers
                                              : otherWhen.second > when.second)
                ++later;
        }
        expected[player] = later + 1;
    }
    QCOMPARE(static_cast<int>(expected.size()), players);
    std::map<int, int> placed;
    int above = 0;
    for (const Standing &standing : bracketStandings(bracket)) {
        QCOMPARE(standing.place, above + 1);
        above += static_cast<int>(standing.entrants.size());
        for (const int entrant : standing.entrants)
            placed[entrant] = standing.place;
    }
    QCOMPARE(placed, expected);
    // The top four by name: the grand final's loser 2, the losers' final's 3, its semi-final's 4.
    QCOMPARE(placed[0], 1);
    QCOMPARE(placed[1], 2);
    if (players >= 3)
        QCOMPARE(placed[2], 3);
    if (players >= 4)
        QCOMPARE(placed[3], 4);
}

void tst_DoubleElimination::rounds()
{
    QFETCH(int, players);
    QFETCH(GrandFinal, grandFinal);
    const Bracket bracket = planned(players, grandFinal);
    for (const BracketMatch &match : bracket.matches) {
        int latest = 0;
        for (const MatchSlot &slot : {match.slotA, match.slotB}) {
            if (slot.from == MatchSlot::From::WinnerOf || slot.from == MatchSlot::From::LoserOf)
                latest = std::max(latest, bracket.matches[static_cast<size_t>(slot.index)].round);
        }
        QCOMPARE(match.round, latest + 1);
        if (match.section == BracketSection::Winners)
            QCOMPARE(match.round, match.sectionRound);
        if (match.section == BracketSection::Losers)
            QCOMPARE(match.round, match.sectionRound + 1); // L1 in round 2, L2 in 3, ...
    }
    const int k = log2Size(players);
    const BracketMatch *first = findSection(bracket, BracketSection::GrandFinal);
    QCOMPARE(first->round, k >= 2 ? 2 * k : 2);
    QCOMPARE(lastLosersRound(bracket), k >= 2 ? 2 * k - 2 : 0);
}

QTEST_GUILESS_MAIN(tst_DoubleElimination)
#include "tst_doubleelimination.moc"
