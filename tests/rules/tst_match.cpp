// A match at one table: the race to N racks, who breaks next (alternate or winner), the
// starting score, the match winner and nothing played after it, stalemates and re-racks.

#include "rackplay.h"

#include <QObject>
#include <QTest>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;

namespace {

// The breaker pockets the 9 on a legal break and wins the rack.
Shot nineOnTheBreak()
{
    return breakShot().hits(1).pots(9);
}

Shot quietBreak()
{
    return breakShot().hits(1).rails({2, 3, 4, 6});
}

MatchSetup nineBall(int raceTo, BreakRule rule = BreakRule::Alternate, Pair start = {0, 0},
                    Seat firstBreaker = A)
{
    MatchSetup setup = setupFor(Game::NineBall);
    setup.raceTo = raceTo;
    setup.breakRule = rule;
    setup.startingScore = start;
    setup.firstBreaker = firstBreaker;
    return setup;
}

} // namespace

class TestMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void racks_data();
    void racks();
    void nothingAfterTheMatch_data();
    void nothingAfterTheMatch();
};

void TestMatch::racks_data()
{
    QTest::addColumn<MatchSetup>("setup");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Expect>("expect");

    QTest::newRow("alternate breaks: B breaks the second rack")
        << nineBall(3) << Steps{nineOnTheBreak()}
        << Expect{.turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .rackOver = true,
                  .winner = A,
                  .breaker = B,
                  .score = Pair{1, 0},
                  .matchWinner = Nobody,
                  .onTable = BallSet::range(1, 9),
                  .rackNumber = 2};
    QTest::newRow("winner breaks: A breaks again")
        << nineBall(3, BreakRule::Winner) << Steps{nineOnTheBreak()}
        << Expect{.turn = A, .winner = A, .breaker = A, .score = Pair{1, 0}};
    QTest::newRow("alternate breaks: B wins A's rack, B breaks next all the same")
        << nineBall(3) << Steps{quietBreak(), hit(1).pots(9)}
        << Expect{.turn = B, .winner = B, .breaker = B, .score = Pair{0, 1}};
    QTest::newRow("alternate breaks: A breaks the third rack")
        << nineBall(3) << Steps{nineOnTheBreak(), nineOnTheBreak()}
        << Expect{.turn = A, .winner = B, .breaker = A, .score = Pair{1, 1}, .rackNumber = 3};
    QTest::newRow("winner breaks: B wins A's rack and breaks the next")
        << nineBall(3, BreakRule::Winner) << Steps{quietBreak(), hit(1).pots(9)}
        << Expect{.turn = B, .winner = B, .breaker = B};
    QTest::newRow("winner breaks: a second rack won by B from A's break")
        << nineBall(3, BreakRule::Winner)
        << Steps{nineOnTheBreak(), quietBreak(), hit(1).pots(9), nineOnTheBreak()}
        << Expect{.turn = B, .breaker = B, .score = Pair{1, 2}, .rackNumber = 4};
    QTest::newRow("B breaks first")
        << nineBall(3, BreakRule::Alternate, {0, 0}, B) << Steps{nineOnTheBreak()}
        << Expect{.turn = A, .winner = B, .breaker = A, .score = Pair{0, 1}};
    QTest::newRow("race to 2: the second rack won wins the match")
        << nineBall(2) << Steps{nineOnTheBreak(), nineOnTheBreak(), nineOnTheBreak()}
        << Expect{.turn = Nobody,
                  .rackOver = true,
                  .winner = A,
                  .score = Pair{2, 1},
                  .matchWinner = A,
                  .rackNumber = 3};
    QTest::newRow("race to 1: the first rack decides")
        << nineBall(1) << Steps{quietBreak(), hit(1).pots(9)}
        << Expect{.turn = Nobody, .score = Pair{0, 1}, .matchWinner = B};
    QTest::newRow("starting score 2-0 in a race to 3: one more rack wins")
        << nineBall(3, BreakRule::Alternate, {2, 0}) << Steps{nineOnTheBreak()}
        << Expect{.turn = Nobody, .score = Pair{3, 0}, .matchWinner = A};
    QTest::newRow("starting score 0-2 in a race to 3: B's rack wins")
        << nineBall(3, BreakRule::Alternate, {0, 2}) << Steps{quietBreak(), hit(1).pots(9)}
        << Expect{.turn = Nobody, .score = Pair{0, 3}, .matchWinner = B};
    QTest::newRow("starting score short of the race: play goes on")
        << nineBall(5, BreakRule::Alternate, {3, 3}) << Steps{nineOnTheBreak()}
        << Expect{.turn = B, .score = Pair{4, 3}, .matchWinner = Nobody};
    QTest::newRow("no race: racks are counted, nobody wins the match")
        << nineBall(0) << Steps{nineOnTheBreak(), nineOnTheBreak(), nineOnTheBreak()}
        << Expect{.turn = B, .score = Pair{2, 1}, .matchWinner = Nobody, .rackNumber = 4};
    QTest::newRow("stalemate: the rack's breaker breaks again, the score stands")
        << nineBall(3) << Steps{nineOnTheBreak(), quietBreak(), hit(1).rails({1}), Stalemate{}}
        << Expect{.turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .rackOver = true,
                  .winner = Nobody,
                  .rerack = true,
                  .breaker = B,
                  .score = Pair{1, 0},
                  .matchWinner = Nobody,
                  .rackNumber = 3};
    QTest::newRow("stalemate under winner breaks: still the rack's breaker")
        << nineBall(3, BreakRule::Winner)
        << Steps{quietBreak(), hit(1).pots(9), quietBreak(), Stalemate{}}
        << Expect{.turn = B, .breaker = B, .score = Pair{0, 1}};
    QTest::newRow("a rack after a stalemate counts as usual")
        << nineBall(3) << Steps{quietBreak(), Stalemate{}, nineOnTheBreak()}
        << Expect{.winner = A, .breaker = B, .score = Pair{1, 0}, .rackNumber = 3};
    QTest::newRow("a rack lost on three fouls scores for the opponent")
        << nineBall(3)
        << Steps{quietBreak(), Shot(), hit(1).rails({1}), Shot(), hit(1).rails({1}), Shot()}
        << Expect{.turn = B, .winner = A, .breaker = B, .score = Pair{1, 0}};

    MatchSetup eightBall = setupFor(Game::EightBall);
    eightBall.raceTo = 3;
    QTest::newRow("8-ball re-rack after an illegal break: no score, a new rack")
        << eightBall << Steps{breakShot().hits(1).rails({2}), Choice::RerackAndBreak}
        << Expect{.turn = B,
                  .rackOver = true,
                  .winner = Nobody,
                  .rerack = true,
                  .breaker = B,
                  .score = Pair{0, 0},
                  .rackNumber = 2};
    QTest::newRow("8-ball: the re-broken rack won, alternate goes on from its breaker")
        << eightBall
        << Steps{breakShot().hits(1).rails({2}), Choice::RerackAndBreak,
                 breakShot().hits(1).rails({2, 3, 4, 5}), hit(1).rails({1}).pots(8)}
        << Expect{.winner = B, .breaker = A, .score = Pair{0, 1}, .rackNumber = 3};
    QTest::newRow("8-ball: an 8 lost early scores the rack for the opponent")
        << eightBall << Steps{breakShot().hits(1).pots(3), hit(1).rails({1}).pots(8)}
        << Expect{.turn = B, .winner = B, .breaker = B, .score = Pair{0, 1}};

    MatchSetup tenBall = setupFor(Game::TenBall);
    tenBall.raceTo = 2;
    QTest::newRow("10-ball: the 10 on the break does not end a rack")
        << tenBall << Steps{breakShot().hits(1).pots(10)}
        << Expect{.turn = A, .rackOver = false, .score = Pair{0, 0}, .rackNumber = 1};
}

void TestMatch::racks()
{
    QFETCH(MatchSetup, setup);
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setup, steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// Once someone has reached the race, every step is refused and nothing changes.
void TestMatch::nothingAfterTheMatch_data()
{
    QTest::addColumn<MatchSetup>("setup");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Step>("refused");
    QTest::addColumn<int>("winner");

    MatchSetup straightPool = setupFor(Game::StraightPool);
    straightPool.raceTo = 2;
    const Steps won{nineOnTheBreak()};
    QTest::newRow("a break shot after the match")
        << nineBall(1) << won << Step(nineOnTheBreak()) << int(A);
    QTest::newRow("an ordinary shot after the match")
        << nineBall(1) << won << Step(hit(1).rails({1})) << int(A);
    QTest::newRow("a choice after the match")
        << nineBall(1) << won << Step(Choice::Shoot) << int(A);
    QTest::newRow("a stalemate after the match")
        << nineBall(1) << won << Step(Stalemate{}) << int(A);
    QTest::newRow("starting score at the race: nothing can be played")
        << nineBall(3, BreakRule::Alternate, {1, 3}) << Steps{} << Step(quietBreak()) << int(B);
    QTest::newRow("14.1: a shot after the points target")
        << straightPool << Steps{breakShot().hits(15).calls(3, FootLeft).pots(3, FootLeft).pots(4)}
        << Step(made(5)) << int(A);
}

void TestMatch::nothingAfterTheMatch()
{
    QFETCH(MatchSetup, setup);
    QFETCH(Steps, steps);
    QFETCH(Step, refused);
    QFETCH(int, winner);

    Match match(setup);
    for (const Step &step : steps)
        QVERIFY2(match.apply(step), "a step before the end was refused");
    QCOMPARE(match.winner(), std::optional<Seat>(winner));

    const RackState rack = match.rack();
    const Pair score = match.score();
    const int rackNumber = match.rackNumber();
    const int shots = match.statistics().player(A).shots + match.statistics().player(B).shots;
    const Result<Ruling, Refusal> outcome = match.apply(refused);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().reason, RefusalReason::MatchOver);
    QCOMPARE(refusalText(outcome.error()), QStringLiteral("the match is over"));
    QVERIFY(match.rack() == rack);
    QCOMPARE(match.score(), score);
    QCOMPARE(match.rackNumber(), rackNumber);
    QCOMPARE(match.winner(), std::optional<Seat>(winner));
    QCOMPARE(match.statistics().player(A).shots + match.statistics().player(B).shots, shots);
}

QTEST_GUILESS_MAIN(TestMatch)
#include "tst_match.moc"
