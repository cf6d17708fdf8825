// Round robin by the circle method for every field from 2 to 40 players, alone and in groups
// drawn by snake seeding: every pair once, nobody twice in a round, the rounds and the byes,
// and the places by wins, racks and head-to-head.

#include "bracketplay.h"

#include <venue/bracket.h>
#include <venue/internal/roundrobindraw.h>

#include <QObject>
#include <QStringList>
#include <QTest>

#include <map>
#include <set>

using namespace dojo::venue;

namespace {

Bracket planned(int players, int groups)
{
    BracketOptions options;
    options.format = BracketFormat::RoundRobin;
    options.groups = groups;
    const dojo::Result<Bracket> bracket = planBracket(options, players);
    return bracket ? *bracket : Bracket();
}

} // namespace

class tst_RoundRobinDraw : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void circle_data();
    void circle();
    void firstRound();
    void snakeSeeding();
    void badGroupsRefused();
    void placesByWins_data() { circle_data(); }
    void placesByWins();
    void tiesShareAPlace();
    void headToHeadSplitsTwo();
};

void tst_RoundRobinDraw::circle_data()
{
    QTest::addColumn<int>("players");
    QTest::addColumn<int>("groups");
    for (int players = 2; players <= 40; ++players)
        QTest::addRow("%d players", players) << players << 1;
    for (int groups = 2; groups <= 4; ++groups) {
        for (int players = 2 * groups; players <= 40; players += 3)
            QTest::addRow("%d players in %d groups", players, groups) << players << groups;
    }
}

void tst_RoundRobinDraw::circle()
{
    QFETCH(int, players);
    QFETCH(int, groups);
    const Bracket bracket = planned(players, groups);
    QCOMPARE(bracket.entrants, players);
    const std::vector<int> groupOf = dojo::venue::internal::snakeGroups(players, groups);
    std::map<int, int> groupSize;
    for (const int group : groupOf)
        ++groupSize[group];

    std::map<std::pair<int, int>, int> meetings;
    std::map<std::pair<int, int>, int> inRound; // (round, player) -> matches
    std::map<int, int> byes;
    std::map<int, int> roundsOfGroup;
    for (const BracketMatch &match : bracket.matches) {
        QCOMPARE(match.section, BracketSection::RoundRobin);
        QCOMPARE(match.round, match.sectionRound);
        QVERIFY(match.entrantA.has_value());
        QCOMPARE(groupOf[static_cast<size_t>(*match.entrantA)], match.group);
        roundsOfGroup[match.group] = std::max(roundsOfGroup[match.group], match.round);
        QCOMPARE((++inRound[{match.round, *match.entrantA}]), 1);
        if (!match.entrantB) { // a bye: nobody to play, nothing to record
            QVERIFY(match.decided && !match.played());
            ++byes[*match.entrantA];
            continue;
        }
        QCOMPARE((++inRound[{match.round, *match.entrantB}]), 1);
        QCOMPARE(groupOf[static_cast<size_t>(*match.entrantB)], match.group);
        QVERIFY(*match.entrantA < *match.entrantB);
        ++meetings[{*match.entrantA, *match.entrantB}];
    }
    // Every pair of a group exactly once.
    for (int a = 0; a < players; ++a) {
        for (int b = a + 1; b < players; ++b) {
            const bool together
                = groupOf[static_cast<size_t>(a)] == groupOf[static_cast<size_t>(b)];
            QCOMPARE((meetings[{a, b}]), together ? 1 : 0);
        }
    }
    // n - 1 rounds for an even group, n for an odd one, where each player has one bye.
    for (const auto &[group, size] : groupSize) {
        QCOMPARE(roundsOfGroup[group], size % 2 == 0 ? size - 1 : size);
        for (int player = 0; player < players; ++player) {
            if (groupOf[static_cast<size_t>(player)] == group)
                QCOMPARE(byes[player], size % 2);
        }
    }
    QVERIFY(readyMatches(bracket).size() > 0);
}

void tst_RoundRobinDraw::firstRound()
{
    for (const auto &[players, expected] :
         {std::pair{8, QStringList{QStringLiteral("P1-P8"), QStringLiteral("P2-P7"),
                                   QStringLiteral("P3-P6"), QStringLiteral("P4-P5")}},
          std::pair{5, QStringList{QStringLiteral("P1-P4"), QStringLiteral("P2-P3"),
                                   QStringLiteral("P5-BYE")}}}) {
        const Bracket bracket = planned(players, 1);
        QStringList drawn;
        for (const BracketMatch &match : bracket.matches) {
            if (match.round == 1)
                drawn << bracketplay::pairing(match);
        }
        QCOMPARE(drawn, expected);
    }
}

void tst_RoundRobinDraw::snakeSeeding()
{
    // 1 2 3 4 / 8 7 6 5 / 9 10 ...: seed 8 joins seed 1's group.
    const std::vector<int> groups = dojo::venue::internal::snakeGroups(10, 4);
    QCOMPARE(groups, (std::vector<int>{0, 1, 2, 3, 3, 2, 1, 0, 0, 1}));
}

void tst_RoundRobinDraw::badGroupsRefused()
{
    BracketOptions options;
    options.format = BracketFormat::RoundRobin;
    options.groups = 3;
    QVERIFY(!planBracket(options, 5)); // a group of one
    QVERIFY(planBracket(options, 6));
    options.groups = 0;
    QVERIFY(!planBracket(options, 6));
}

void tst_RoundRobinDraw::placesByWins()
{
    QFETCH(int, players);
    QFETCH(int, groups);
    Bracket bracket = planned(players, groups);
    const std::vector<int> played = bracketplay::playOut(bracket, bracketplay::higherSeed);
    QVERIFY(bracketFinished(bracket));
    // The better seed always wins: within a group every player has a different number of
    // wins, so the places are 1, 2, 3 ... in seed order.
    const std::vector<int> groupOf = dojo::venue::internal::snakeGroups(players, groups);
    std::map<int, int> nextPlace;
    for (const Standing &standing : bracketStandings(bracket)) {
        QCOMPARE(standing.entrants.size(), size_t(1));
        const int player = standing.entrants.front();
        QCOMPARE(standing.group, groupOf[static_cast<size_t>(player)]);
        QCOMPARE(standing.place, ++nextPlace[standing.group]);
    }
    int matches = 0;
    for (int group = 0; group < groups; ++group) {
        const int size = static_cast<int>(std::count(groupOf.begin(), groupOf.end(), group));
        matches += size * (size - 1) / 2;
    }
    QCOMPARE(static_cast<int>(played.size()), matches);
}

void tst_RoundRobinDraw::tiesShareAPlace()
{
    // Three players each beat one other by the same score: one place for all three; the
    // fourth, who lost everything, is fourth.
    Bracket bracket = planned(4, 1);
    const std::map<std::pair<int, int>, int> winnerOf{{{0, 1}, 0}, {{1, 2}, 1}, {{0, 2}, 2},
                                                      {{0, 3}, 0}, {{1, 3}, 1}, {{2, 3}, 2}};
    bracketplay::playOut(bracket, [&](const BracketMatch &match) {
        return winnerOf.at({*match.entrantA, *match.entrantB});
    });
    const std::vector<Standing> standings = bracketStandings(bracket);
    QCOMPARE(standings.size(), size_t(2));
    QCOMPARE(standings[0].place, 1);
    QCOMPARE(standings[0].entrants, (std::vector<int>{0, 1, 2}));
    QCOMPARE(standings[1].place, 4);
    QCOMPARE(standings[1].entrants, std::vector<int>{3});
}

void tst_RoundRobinDraw::headToHeadSplitsTwo()
{
    // Seed 1 beats everyone 3-0. Seeds 2, 3 and 4 win one each: level on wins. Seeds 2 and 3
    // are also level on racks (-2 each, seed 4 -5), and seed 2 beat seed 3: 2, 3, 4 in order.
    struct Score
    {
        int winner;
        int winnerRacks;
        int loserRacks;
    };
    const std::map<std::pair<int, int>, Score> scores{{{0, 1}, {0, 3, 0}}, {{0, 2}, {0, 3, 0}},
                                                      {{0, 3}, {0, 3, 0}}, {{1, 2}, {1, 3, 1}},
                                                      {{2, 3}, {2, 3, 0}}, {{1, 3}, {3, 3, 2}}};
    Bracket bracket = planned(4, 1);
    for (std::vector<int> ready = readyMatches(bracket); !ready.empty();
         ready = readyMatches(bracket)) {
        const BracketMatch &match = bracket.matches[static_cast<size_t>(ready.front())];
        const Score score = scores.at({*match.entrantA, *match.entrantB});
        const bool firstWon = score.winner == *match.entrantA;
        QVERIFY(recordResult(bracket, match.id, score.winner,
                             firstWon ? score.winnerRacks : score.loserRacks,
                             firstWon ? score.loserRacks : score.winnerRacks));
    }
    const std::vector<Standing> standings = bracketStandings(bracket);
    QCOMPARE(standings.size(), size_t(4));
    for (int place = 1; place <= 4; ++place) {
        QCOMPARE(standings[static_cast<size_t>(place - 1)].place, place);
        QCOMPARE(standings[static_cast<size_t>(place - 1)].entrants, std::vector<int>{place - 1});
    }
}

QTEST_GUILESS_MAIN(tst_RoundRobinDraw)
#include "tst_roundrobindraw.moc"
