// Single elimination for every field from 2 to 40 players: standard seeding (seeds 1 and 2
// meet only in the final; the literal order for 8 and 16), byes to the top seeds, the
// survivors of each round with the better seed winning, the matches played with and without
// a third-place match, the rounds, and the places.

#include "bracketplay.h"

#include <venue/bracket.h>
#include <venue/internal/eliminationdraw.h>

#include <QObject>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <set>

using namespace dojo::venue;

namespace {

int sizeFor(int players)
{
    int size = 2;
    while (size < players)
        size *= 2;
    return size;
}

Bracket planned(int players, bool thirdPlace)
{
    BracketOptions options;
    options.format = BracketFormat::SingleElimination;
    options.thirdPlace = thirdPlace;
    const dojo::Result<Bracket> bracket = planBracket(options, players);
    return bracket ? *bracket : Bracket();
}

std::vector<const BracketMatch *> winnersRound(const Bracket &bracket, int round)
{
    std::vector<const BracketMatch *> matches;
    for (const BracketMatch &match : bracket.matches) {
        if (match.section == BracketSection::Winners && match.sectionRound == round)
            matches.push_back(&match);
    }
    return matches;
}

} // namespace

class tst_EliminationDraw : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardOrder_data();
    void standardOrder();
    void fields_data();
    void seedsOneAndTwoInOppositeHalves();
    void seedsOneAndTwoInOppositeHalves_data() { fields_data(); }
    void byesGoToTheTopSeeds();
    void byesGoToTheTopSeeds_data() { fields_data(); }
    void betterSeedsSurvive();
    void betterSeedsSurvive_data() { fields_data(); }
    void matchesPlayed();
    void matchesPlayed_data() { fields_data(); }
    void placesWhenOut();
    void placesWhenOut_data() { fields_data(); }
    void tooFewPlayersRefused();
};

void tst_EliminationDraw::standardOrder_data()
{
    QTest::addColumn<int>("players");
    QTest::addColumn<QStringList>("roundOne");
    QTest::newRow("8") << 8
                       << QStringList{QStringLiteral("P1-P8"), QStringLiteral("P4-P5"),
                                      QStringLiteral("P3-P6"), QStringLiteral("P2-P7")};
    QTest::newRow("16") << 16 << QStringList{QStringLiteral("P1-P16"), QStringLiteral("P8-P9"),
                                             QStringLiteral("P5-P12"), QStringLiteral("P4-P13"),
                                             QStringLiteral("P3-P14"), QStringLiteral("P6-P11"),
                                             QStringLiteral("P7-P10"), QStringLiteral("P2-P15")};
    QTest::newRow("5 with byes") << 5
                                 << QStringList{QStringLiteral("P1-BYE"), QStringLiteral("P4-P5"),
                                                QStringLiteral("P3-BYE"), QStringLiteral("P2-BYE")};
}

void tst_EliminationDraw::standardOrder()
{
    QFETCH(int, players);
    QFETCH(QStringList, roundOne);
    const Bracket bracket = planned(players, false);
    QStringList drawn;
    for (const BracketMatch *match : winnersRound(bracket, 1))
        drawn << bracketplay::pairing(*match);
    QCOMPARE(drawn, roundOne);
}

void tst_EliminationDraw::fields_data()
{
    QTest::addColumn<int>("players");
    QTest::addColumn<bool>("thirdPlace");
    for (int players = 2; players <= 40; ++players) {
        QTest::addRow("%d players", players) << players << false;
        QTest::addRow("%d players, third place", players) << players << true;
    }
}

void tst_EliminationDraw::seedsOneAndTwoInOppositeHalves()
{
    QFETCH(int, players);
    QFETCH(bool, thirdPlace);
    const Bracket bracket = planned(players, thirdPlace);
    QCOMPARE(bracket.entrants, players);
    const std::vector<const BracketMatch *> first = winnersRound(bracket, 1);
    QCOMPARE(static_cast<int>(first.size()), sizeFor(players) / 2);
    const auto lineOf = [&](int seed) {
        for (size_t i = 0; i < first.size(); ++i) {
            if (first[i]->entrantA == seed)
                return static_cast<int>(2 * i);
            if (first[i]->entrantB == seed)
                return static_cast<int>(2 * i + 1);
        }
        return -1;
    };
    const int half = sizeFor(players) / 2;
    QVERIFY(lineOf(0) >= 0 && lineOf(1) >= 0);
    QVERIFY2((lineOf(0) < half) != (lineOf(1) < half), "seeds 1 and 2 share a half");
    if (players >= 4) { // seeds 3 and 4 are in different quarters, away from seeds 1 and 2
        std::set<int> quarters;
        for (int seed = 0; seed < 4; ++seed)
            quarters.insert(lineOf(seed) / (half / 2));
        QCOMPARE(quarters.size(), size_t(4));
    }
    for (const BracketMatch &match : bracket.matches) {
        if (match.section == BracketSection::Winners)
            QCOMPARE(match.round, match.sectionRound);
    }
}

void tst_EliminationDraw::byesGoToTheTopSeeds()
{
    QFETCH(int, players);
    QFETCH(bool, thirdPlace);
    const Bracket bracket = planned(players, thirdPlace);
    std::set<int> byes;
    for (const BracketMatch *match : winnersRound(bracket, 1)) {
        QVERIFY(match->entrantA.has_value());
        if (!match->entrantB) {
            QVERIFY(match->decided);
            QVERIFY(!match->played());
            QCOMPARE(match->slotB.from, MatchSlot::From::Nobody);
            byes.insert(*match->entrantA);
        } else {
            QVERIFY(!match->decided);
            QVERIFY(*match->entrantA < *match->entrantB); // the better seed in slot A
        }
    }
    const int expected = sizeFor(players) - players;
    QCOMPARE(static_cast<int>(byes.size()), expected);
    if (expected > 0)
        QCOMPARE(*byes.rbegin(), expected - 1); // seeds 1..size-N
    // A bye's player is already in round 2.
    for (const BracketMatch *match : winnersRound(bracket, 2)) {
        const auto fed = [&](const MatchSlot &slot) {
            return bracket.matches[static_cast<size_t>(slot.index)].decided;
        };
        QCOMPARE(match->entrantA.has_value(), fed(match->slotA));
        QCOMPARE(match->entrantB.has_value(), fed(match->slotB));
    }
}

void tst_EliminationDraw::betterSeedsSurvive()
{
    QFETCH(int, players);
    QFETCH(bool, thirdPlace);
    Bracket bracket = planned(players, thirdPlace);
    bracketplay::playOut(bracket, bracketplay::higherSeed);
    QVERIFY(bracketFinished(bracket));
    const int size = sizeFor(players);
    for (int round = 1; size >> round >= 1; ++round) {
        std::set<int> survivors;
        for (const BracketMatch *match : winnersRound(bracket, round)) {
            QVERIFY(match->decided);
            survivors.insert(match->played() ? *match->winner : *match->entrantA);
        }
        std::set<int> expected;
        for (int seed = 0; seed < size >> round; ++seed)
            expected.insert(seed);
        QCOMPARE(survivors, expected);
    }
}

void tst_EliminationDraw::matchesPlayed()
{
    QFETCH(int, players);
    QFETCH(bool, thirdPlace);
    Bracket bracket = planned(players, thirdPlace);
    const std::vector<int> played = bracketplay::playOut(bracket, bracketplay::higherSeed);
    // Each match puts one player out; the third-place match needs two semi-final losers.
    const bool hasThirdPlace = thirdPlace && players >= 4;
    QCOMPARE(static_cast<int>(played.size()), players - 1 + (hasThirdPlace ? 1 : 0));
    const auto third = std::find_if(
        bracket.matches.begin(), bracket.matches.end(),
        [](const BracketMatch &match) { return match.section == BracketSection::ThirdPlace; });
    QCOMPARE(third != bracket.matches.end(), hasThirdPlace);
    if (hasThirdPlace) {
        // The final is listed just before it, last of the winners' bracket.
        const int finalRound = bracket.matches[static_cast<size_t>(third->id - 1)].round;
        QCOMPARE(third->round, finalRound); // played beside the final
        QCOMPARE(std::set<int>({*third->entrantA, *third->entrantB}), std::set<int>({2, 3}));
    }
    // Every round's matches are in their round: a played match waits only for earlier ones.
    for (const BracketMatch &match : bracket.matches) {
        for (const MatchSlot &slot : {match.slotA, match.slotB}) {
            if (slot.from == MatchSlot::From::WinnerOf || slot.from == MatchSlot::From::LoserOf)
                QVERIFY(bracket.matches[static_cast<size_t>(slot.index)].round < match.round);
        }
    }
}

void tst_EliminationDraw::placesWhenOut()
{
    QFETCH(int, players);
    QFETCH(bool, thirdPlace);
    Bracket bracket = planned(players, thirdPlace);
    // Before any result everyone is still in: one shared place.
    const std::vector<Standing> before = bracketStandings(bracket);
    QCOMPARE(before.size(), size_t(1));
    QCOMPARE(before.front().place, 1);
    QCOMPARE(static_cast<int>(before.front().entrants.size()), players);

    bracketplay::playOut(bracket, bracketplay::higherSeed);
    const std::vector<Standing> standings = bracketStandings(bracket);
    // Sports numbering: a place is one more than the players above it.
    int above = 0;
    std::vector<int> placeOf(static_cast<size_t>(players), 0);
    for (const Standing &standing : standings) {
        QCOMPARE(standing.place, above + 1);
        QVERIFY(std::is_sorted(standing.entrants.begin(), standing.entrants.end()));
        for (const int entrant : standing.entrants)
            placeOf[static_cast<size_t>(entrant)] = standing.place;
        above += static_cast<int>(standing.entrants.size());
    }
    QCOMPARE(above, players);
    // With the better seed winning, seed s goes out in the round r with size/2^r <= s (0-based)
    // < size/2^(r-1) and shares place size/2^r + 1 with everyone out in that round; the third
    // place match splits the semi-finals' losers.
    const int size = sizeFor(players);
    for (int seed = 0; seed < players; ++seed) {
        int expected = 1;
        if (seed > 0) {
            int survivors = size / 2;
            while (seed < survivors)
                survivors /= 2;
            expected = survivors + 1;
        }
        if (thirdPlace && players >= 4 && (seed == 2 || seed == 3))
            expected = seed + 1;
        QCOMPARE(placeOf[static_cast<size_t>(seed)], expected);
    }
}

void tst_EliminationDraw::tooFewPlayersRefused()
{
    BracketOptions options;
    QVERIFY(!planBracket(options, 1));
    QVERIFY(!planBracket(options, 0));
    QVERIFY(planBracket(options, 2));
}

QTEST_GUILESS_MAIN(tst_EliminationDraw)
#include "tst_eliminationdraw.moc"
