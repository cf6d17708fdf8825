// Recording and taking back results: what recordResult refuses, what takeBackResult refuses
// (a later result that depends on it, through byes too; a Swiss round paired after it with a
// result) and what it undoes (a reset no longer needed, a Swiss pairing withdrawn), and the
// places while a draw is under way.

#include "bracketplay.h"

#include <venue/bracket.h>

#include <QObject>
#include <QStringList>
#include <QTest>

#include <algorithm>

using namespace dojo::venue;

namespace {

Bracket planned(BracketFormat format, int players)
{
    BracketOptions options;
    options.format = format;
    const dojo::Result<Bracket> bracket = planBracket(options, players);
    return bracket ? *bracket : Bracket();
}

const BracketMatch *find(const Bracket &bracket, BracketSection section, int sectionRound,
                         int number)
{
    for (const BracketMatch &match : bracket.matches) {
        if (match.section == section && match.sectionRound == sectionRound
            && match.number == number)
            return &match;
    }
    return nullptr;
}

std::vector<std::pair<int, std::vector<int>>> places(const Bracket &bracket)
{
    std::vector<std::pair<int, std::vector<int>>> result;
    for (const Standing &standing : bracketStandings(bracket))
        result.emplace_back(standing.place, standing.entrants);
    return result;
}

} // namespace

class tst_BracketResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedResults();
    void takeBackBeforeTheNextResult();
    void takeBackThroughAByeRefused();
    void takeBackTheGrandFinal();
    void takeBackInSwissWithdrawsTheNextRound();
    void placesWhileUnderWay();
};

void tst_BracketResults::refusedResults()
{
    Bracket bracket = planned(BracketFormat::SingleElimination, 8);
    const BracketMatch &first = *find(bracket, BracketSection::Winners, 1, 1); // P1-P8
    const BracketMatch &final = *find(bracket, BracketSection::Winners, 3, 1);
    QVERIFY(!recordResult(bracket, final.id, 0, 1, 0));   // its players are not known
    QVERIFY(!recordResult(bracket, first.id, 3, 1, 0));   // P4 does not play in it
    QVERIFY(!recordResult(bracket, first.id, 0, 0, 1));   // the racks make P8 the winner
    QVERIFY(!recordResult(bracket, first.id, 0, 2, 2));   // a draw makes nobody the winner
    QVERIFY(!recordResult(bracket, first.id, 0, -1, -2)); // no negative racks
    QVERIFY(!recordResult(bracket, 999, 0, 1, 0));        // no such match
    QVERIFY(!takeBackResult(bracket, first.id));          // nothing to take back
    QVERIFY(recordResult(bracket, first.id, 7, 3, 5));    // an upset, 3-5
    QVERIFY(!recordResult(bracket, first.id, 0, 1, 0));   // decided: take it back first
    QCOMPARE(bracket.matches[static_cast<size_t>(first.id)].winner, std::optional<int>(7));

    Bracket withByes = planned(BracketFormat::SingleElimination, 5);
    const BracketMatch &bye = *find(withByes, BracketSection::Winners, 1, 1); // P1-BYE
    QVERIFY(bye.decided);
    QVERIFY(!recordResult(withByes, bye.id, 0, 1, 0)); // a bye is not played
}

void tst_BracketResults::takeBackBeforeTheNextResult()
{
    Bracket bracket = planned(BracketFormat::SingleElimination, 8);
    const int a = find(bracket, BracketSection::Winners, 1, 1)->id; // P1-P8
    const int b = find(bracket, BracketSection::Winners, 1, 2)->id; // P4-P5
    const int semi = find(bracket, BracketSection::Winners, 2, 1)->id;
    QCOMPARE(bracketplay::play(bracket, a, 7), QString()); // P8 wins, wrongly entered
    QCOMPARE(bracketplay::play(bracket, b, 3), QString());
    QCOMPARE(bracket.matches[static_cast<size_t>(semi)].entrantA, std::optional<int>(7));
    QCOMPARE(bracketplay::play(bracket, semi, 7), QString());
    QVERIFY(!takeBackResult(bracket, a)); // the semi-final depends on it and has its result
    QVERIFY(takeBackResult(bracket, semi));
    QVERIFY(takeBackResult(bracket, a));
    QVERIFY(!bracket.matches[static_cast<size_t>(semi)].entrantA.has_value());
    QCOMPARE(bracket.matches[static_cast<size_t>(semi)].entrantB, std::optional<int>(3));
    QCOMPARE(bracketplay::play(bracket, a, 0), QString()); // the right result
    QCOMPARE(bracket.matches[static_cast<size_t>(semi)].entrantA, std::optional<int>(0));
    QVERIFY(std::find(readyMatches(bracket).begin(), readyMatches(bracket).end(), semi)
            != readyMatches(bracket).end());
}

void tst_BracketResults::takeBackThroughAByeRefused()
{
    // 6 players, double elimination: W1 P1-BYE, P4-P5, P3-P6, P2-BYE. L1 match 1 takes the
    // losers of P1-BYE (nobody) and P4-P5: a bye, so P5 goes straight on to L2 match 1, where
    // the loser of W2 match 2 (P2-P3) drops.
    BracketOptions options;
    options.format = BracketFormat::DoubleElimination;
    Bracket bracket = *planBracket(options, 6);
    const int w1 = find(bracket, BracketSection::Winners, 1, 2)->id;
    QCOMPARE(bracketplay::pairing(bracket.matches[static_cast<size_t>(w1)]),
             QStringLiteral("P4-P5"));
    QCOMPARE(bracketplay::play(bracket, w1, 3), QString());
    const BracketMatch &l1 = *find(bracket, BracketSection::Losers, 1, 1);
    QVERIFY(l1.decided && !l1.played());
    QCOMPARE(l1.entrantB, std::optional<int>(4));
    QCOMPARE(bracketplay::play(bracket, find(bracket, BracketSection::Winners, 1, 3)->id, 2),
             QString());
    const int w2 = find(bracket, BracketSection::Winners, 2, 2)->id;
    QCOMPARE(bracketplay::pairing(bracket.matches[static_cast<size_t>(w2)]),
             QStringLiteral("P3-P2"));
    QCOMPARE(bracketplay::play(bracket, w2, 1), QString());
    const int l2 = find(bracket, BracketSection::Losers, 2, 1)->id;
    QCOMPARE(bracketplay::pairing(bracket.matches[static_cast<size_t>(l2)]),
             QStringLiteral("P5-P3"));
    QCOMPARE(bracketplay::play(bracket, l2, 4), QString());
    // W2 match 1 (P1-P4) waits: only L2 depends on P4-P5's result, through the L1 bye.
    QVERIFY(!find(bracket, BracketSection::Winners, 2, 1)->decided);
    const dojo::Result<void> refused = takeBackResult(bracket, w1);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QString::number(l2 + 1)), qPrintable(refused.error()));
    QVERIFY(takeBackResult(bracket, l2));
    QVERIFY(takeBackResult(bracket, w1));
    QVERIFY(!bracket.matches[static_cast<size_t>(l1.id)].decided); // P4-P5's loser unknown
}

void tst_BracketResults::takeBackTheGrandFinal()
{
    BracketOptions options;
    options.format = BracketFormat::DoubleElimination;
    Bracket bracket = *planBracket(options, 4);
    // Everything to the better seed but the first grand final: P2 wins it, so the reset is on.
    bracketplay::playOut(bracket, [](const BracketMatch &match) {
        return match.section == BracketSection::GrandFinal ? *match.entrantB
                                                           : bracketplay::higherSeed(match);
    });
    const int first = find(bracket, BracketSection::GrandFinal, 1, 1)->id;
    const int reset = find(bracket, BracketSection::GrandFinalReset, 1, 1)->id;
    QVERIFY(bracket.matches[static_cast<size_t>(reset)].played());
    QVERIFY(!takeBackResult(bracket, first)); // the reset has its result
    QVERIFY(takeBackResult(bracket, reset));
    QVERIFY(takeBackResult(bracket, first));
    QVERIFY(!bracket.matches[static_cast<size_t>(reset)].decided);
    QVERIFY(!bracketFinished(bracket));
    // P1 wins the first grand final after all: the reset is no longer needed.
    QCOMPARE(bracketplay::play(bracket, first, 0), QString());
    QVERIFY(bracket.matches[static_cast<size_t>(reset)].decided);
    QVERIFY(!bracket.matches[static_cast<size_t>(reset)].played());
    QVERIFY(bracketFinished(bracket));
    QVERIFY(takeBackResult(bracket, first)); // a reset not needed is no result
    QVERIFY(!bracket.matches[static_cast<size_t>(reset)].decided);
}

void tst_BracketResults::takeBackInSwissWithdrawsTheNextRound()
{
    Bracket bracket = planned(BracketFormat::Swiss, 6);
    QCOMPARE(bracket.options.swissRounds, 3);
    std::vector<int> roundOne = readyMatches(bracket);
    QCOMPARE(roundOne.size(), size_t(3));
    for (const int id : roundOne)
        QCOMPARE(
            bracketplay::play(bracket, id,
                              bracketplay::higherSeed(bracket.matches[static_cast<size_t>(id)])),
            QString());
    QCOMPARE(bracket.matches.size(), size_t(6)); // round 2 paired on round 1's last result
    const int roundTwoFirst = 3;
    QCOMPARE(bracket.matches[roundTwoFirst].round, 2);
    QCOMPARE(bracketplay::play(bracket, roundTwoFirst,
                               bracketplay::higherSeed(bracket.matches[roundTwoFirst])),
             QString());
    QVERIFY(!takeBackResult(bracket, roundOne.front())); // round 2 has a result
    QVERIFY(takeBackResult(bracket, roundTwoFirst));
    QVERIFY(takeBackResult(bracket, roundOne.front()));
    QCOMPARE(bracket.matches.size(), size_t(3)); // round 2's pairing withdrawn
    QVERIFY(!bracketFinished(bracket));
    // P4 beats P1 instead: round 2 is paired again from the new scores.
    QCOMPARE(bracketplay::play(bracket, roundOne.front(), 3), QString());
    QCOMPARE(bracket.matches.size(), size_t(6));
    // Round 1's winners P2, P3, P4: the lowest, P4, floats down to P5 (P1 it has met).
    QStringList roundTwo;
    for (size_t i = 3; i < bracket.matches.size(); ++i)
        roundTwo << bracketplay::pairing(bracket.matches[i]);
    QCOMPARE(roundTwo, (QStringList{QStringLiteral("P2-P3"), QStringLiteral("P4-P5"),
                                    QStringLiteral("P1-P6")}));
}

void tst_BracketResults::placesWhileUnderWay()
{
    Bracket bracket = planned(BracketFormat::SingleElimination, 8);
    for (int round = 1; round <= 2; ++round) {
        for (const BracketMatch &match : bracket.matches) {
            if (match.sectionRound == round && !match.decided && match.entrantA && match.entrantB)
                QCOMPARE(bracketplay::play(bracket, match.id, bracketplay::higherSeed(match)),
                         QString());
        }
    }
    // The finalists still share first; the semi-finals' losers share 3; then 5.
    using Places = std::vector<std::pair<int, std::vector<int>>>;
    QCOMPARE(places(bracket), (Places{{1, {0, 1}}, {3, {2, 3}}, {5, {4, 5, 6, 7}}}));
    const int final = find(bracket, BracketSection::Winners, 3, 1)->id;
    QCOMPARE(bracketplay::play(bracket, final, 1), QString());
    QCOMPARE(places(bracket), (Places{{1, {1}}, {2, {0}}, {3, {2, 3}}, {5, {4, 5, 6, 7}}}));
}

QTEST_GUILESS_MAIN(tst_BracketResults)
#include "tst_bracketresults.moc"
