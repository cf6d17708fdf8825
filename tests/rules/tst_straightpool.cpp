// 14.1 continuous by the WPA World Standardized Rules (section 4), rule by rule, beyond the
// public scenarios: the opening break and its breach, scoring, fouls, the third consecutive
// foul, the re-rack of fourteen balls and the race to the points target.

#include "rackplay.h"

#include <QObject>
#include <QTest>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;

namespace {

const BallSet kFullRack = BallSet::range(1, 15);

// A legal safe break: the cue ball and two object balls reach a cushion after contact.
Shot safeBreak()
{
    return breakShot().hits(15).rails({0, 4, 9});
}

// A legal safety on `ball`: it reaches a cushion, nothing is pocketed.
Shot safe(int ball)
{
    return hit(ball).rails({ball});
}

// The player at the table pockets balls first..last, one called ball a shot.
Steps run(int first, int last)
{
    Steps steps;
    for (int ball = first; ball <= last; ++ball)
        steps << made(ball, ball % 2 == 0 ? FootLeft : FootRight);
    return steps;
}

void addColumns()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Expect>("expect");
}

} // namespace

class TestStraightPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingBreak_data();
    void openingBreak();
    void scoring_data();
    void scoring();
    void fouls_data();
    void fouls();
    void thirdFoul_data();
    void thirdFoul();
    void fourteenBallRerack_data();
    void fourteenBallRerack();
    void stalemate_data();
    void stalemate();
    void raceToPoints_data();
    void raceToPoints();

private:
    static void verify();
};

void TestStraightPool::verify()
{
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setupFor(Game::StraightPool), steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// WPA 4.3: a called ball pocketed, or the cue ball and two object balls to a cushion; a
// breach costs two points, is no consecutive foul, and the opponent may have it broken again.
void TestStraightPool::openingBreak_data()
{
    addColumns();
    const Choices acceptOrRerack{Choice::Accept, Choice::Rerack};
    QTest::newRow("called ball pocketed on the break: one point, the breaker continues")
        << Steps{breakShot().hits(15).calls(3, FootLeft).pots(3, FootLeft)}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .score = Pair{1, 0},
                  .onTable = kFullRack.without(balls({3}))};
    QTest::newRow("called ball and another pocketed on the break: two points")
        << Steps{breakShot().hits(15).calls(3, FootLeft).pots(3, FootLeft).pots(7, SideLeft)}
        << Expect{.foul = false, .turn = A, .score = Pair{2, 0}};
    QTest::newRow("safe break: the cue ball and two object balls to a cushion")
        << Steps{safeBreak()}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .score = Pair{0, 0}};
    QTest::newRow("two object balls but not the cue ball to a cushion: breach, -2")
        << Steps{breakShot().hits(15).rails({4, 9})}
        << Expect{.foul = true,
                  .fouls = {Foul::OpeningBreakBreach},
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = acceptOrRerack,
                  .foulsInARow = Pair{0, 0},
                  .warning = false,
                  .score = Pair{-2, 0}};
    QTest::newRow("the cue ball and one object ball to a cushion: breach")
        << Steps{breakShot().hits(15).rails({0, 4})}
        << Expect{.foul = true, .options = acceptOrRerack, .score = Pair{-2, 0}};
    QTest::newRow("breach, accept: B plays the table as it lies")
        << Steps{breakShot().hits(15).rails({4}), Choice::Accept}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .rerack = false,
                  .score = Pair{-2, 0}};
    QTest::newRow("breach, rerack: the offender breaks again, the two points stay lost")
        << Steps{breakShot().hits(15).rails({4}), Choice::Rerack}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .rackOver = false,
                  .rerack = true,
                  .breaker = A,
                  .score = Pair{-2, 0},
                  .onTable = kFullRack};
    QTest::newRow("a second breach: -4 in all, still no consecutive foul")
        << Steps{breakShot().hits(15).rails({4}), Choice::Rerack, breakShot().hits(15)}
        << Expect{.foul = true,
                  .turn = B,
                  .options = acceptOrRerack,
                  .foulsInARow = Pair{0, 0},
                  .score = Pair{-4, 0}};
    QTest::newRow("an uncalled ball on a safe break: spotted, no point")
        << Steps{safeBreak().pots(5)}
        << Expect{.foul = false,
                  .turn = B,
                  .respotted = balls({5}),
                  .score = Pair{0, 0},
                  .onTable = kFullRack};
    QTest::newRow("an uncalled ball on a breach: spotted, -2")
        << Steps{breakShot().hits(15).pots(5)}
        << Expect{.foul = true,
                  .options = acceptOrRerack,
                  .respotted = balls({5}),
                  .score = Pair{-2, 0},
                  .onTable = kFullRack};
    QTest::newRow("a called ball in another pocket with no cushions: breach")
        << Steps{breakShot().hits(15).calls(3, FootLeft).pots(3, SideLeft)}
        << Expect{.foul = true, .respotted = balls({3}), .score = Pair{-2, 0}};
    QTest::newRow("scratch on a legal opening break: -1, a consecutive foul")
        << Steps{safeBreak().scratches()}
        << Expect{.foul = true,
                  .fouls = {Foul::Scratch},
                  .turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .foulsInARow = Pair{1, 0},
                  .score = Pair{-1, 0}};
    QTest::newRow("called ball made on the break with a scratch: -1, the ball spotted")
        << Steps{breakShot().hits(15).calls(3, FootLeft).pots(3, FootLeft).scratches()}
        << Expect{.foul = true,
                  .ballInHand = BallInHand::BehindHeadString,
                  .respotted = balls({3}),
                  .score = Pair{-1, 0},
                  .onTable = kFullRack};
    QTest::newRow("breach with a scratch, accept: ball in hand behind the head string")
        << Steps{breakShot().hits(15).rails({4}).scratches(), Choice::Accept}
        << Expect{.turn = B, .ballInHand = BallInHand::BehindHeadString, .score = Pair{-2, 0}};
}

void TestStraightPool::openingBreak()
{
    verify();
}

// WPA 4.4-4.6: any ball may be called; the called ball scores with every other ball on the
// shot; balls not scored are spotted.
void TestStraightPool::scoring_data()
{
    addColumns();
    const Steps bToShoot{safeBreak()};
    QTest::newRow("called ball in the called pocket: one point, B continues")
        << bToShoot + Steps{made(5)}
        << Expect{.foul = false,
                  .turn = B,
                  .respotted = BallSet{},
                  .score = Pair{0, 1},
                  .onTable = kFullRack.without(balls({5}))};
    QTest::newRow("every other ball pocketed with the called one scores")
        << bToShoot + Steps{made(5).pots(9, SideLeft).pots(12, HeadRight)}
        << Expect{.foul = false,
                  .turn = B,
                  .score = Pair{0, 3},
                  .onTable = kFullRack.without(balls({5, 9, 12}))};
    QTest::newRow("a combination: the called ball is not the first one hit")
        << bToShoot + Steps{hit(2).calls(7, FootLeft).pots(7, FootLeft)}
        << Expect{.foul = false, .turn = B, .score = Pair{0, 1}};
    QTest::newRow("called ball in another pocket: spotted, no point, turn passes")
        << bToShoot + Steps{hit(5).calls(5, FootLeft).pots(5, SideLeft)}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .respotted = balls({5}),
                  .score = Pair{0, 0},
                  .onTable = kFullRack};
    QTest::newRow("an uncalled ball: spotted, no point")
        << bToShoot + Steps{hit(5).calls(5, FootLeft).rails({5}).pots(7, SideLeft)}
        << Expect{.foul = false, .turn = A, .respotted = balls({7}), .score = Pair{0, 0}};
    QTest::newRow("a ball pocketed with no call: spotted, no point")
        << bToShoot + Steps{hit(5).pots(5)}
        << Expect{.foul = false, .turn = A, .respotted = balls({5}), .score = Pair{0, 0}};
    QTest::newRow("a declared safety that pockets a ball: spotted, turn passes")
        << bToShoot + Steps{hit(5).safety().pots(5)}
        << Expect{.foul = false, .turn = A, .respotted = balls({5}), .score = Pair{0, 0}};
    QTest::newRow("a legal safety: no points, turn passes")
        << bToShoot + Steps{hit(5).safety().rails({5})}
        << Expect{.foul = false, .turn = A, .score = Pair{0, 0}};
    QTest::newRow("points add up over an inning")
        << bToShoot + run(1, 5)
        << Expect{.turn = B, .score = Pair{0, 5}, .onTable = BallSet::range(6, 15)};
}

void TestStraightPool::scoring()
{
    verify();
}

// WPA 4.8, 4.9: a foul costs one point; balls pocketed on it are spotted; ball in hand
// behind the head string only after a scratch, otherwise the table as it lies.
void TestStraightPool::fouls_data()
{
    addColumns();
    const Steps bToShoot{safeBreak()};
    QTest::newRow("scratch: -1, ball in hand behind the head string")
        << bToShoot + Steps{safe(5).scratches()}
        << Expect{.foul = true,
                  .fouls = {Foul::Scratch},
                  .turn = A,
                  .ballInHand = BallInHand::BehindHeadString,
                  .foulsInARow = Pair{0, 1},
                  .score = Pair{0, -1}};
    QTest::newRow("cue ball off the table: -1, behind the head string")
        << bToShoot + Steps{safe(5).off({0})}
        << Expect{.foul = true, .ballInHand = BallInHand::BehindHeadString, .score = Pair{0, -1}};
    QTest::newRow("called ball made with a scratch: -1, no point, the ball spotted")
        << bToShoot + Steps{made(5).scratches()}
        << Expect{.foul = true,
                  .turn = A,
                  .respotted = balls({5}),
                  .score = Pair{0, -1},
                  .onTable = kFullRack};
    QTest::newRow("no cushion after contact: -1, the table as it lies")
        << bToShoot + Steps{hit(5)}
        << Expect{.foul = true,
                  .fouls = {Foul::NoRail},
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .score = Pair{0, -1}};
    QTest::newRow("no ball hit: -1")
        << bToShoot + Steps{Shot().rails({0})}
        << Expect{.foul = true, .fouls = {Foul::NoContact}, .score = Pair{0, -1}};
    QTest::newRow("object ball off the table: -1, spotted with the balls pocketed")
        << bToShoot + Steps{made(5).off({9})}
        << Expect{.foul = true,
                  .fouls = {Foul::ObjectBallOffTable},
                  .ballInHand = BallInHand::None,
                  .respotted = balls({5, 9}),
                  .score = Pair{0, -1},
                  .onTable = kFullRack};
    QTest::newRow("a referee's foul: -1")
        << bToShoot + Steps{made(5).refereeCalls(RefereeFoul::PushShot)}
        << Expect{.foul = true, .fouls = {Foul::PushShot}, .score = Pair{0, -1}};
    QTest::newRow("a foul after points: the points stay")
        << bToShoot + run(1, 3) + Steps{hit(4)}
        << Expect{.foul = true, .turn = A, .score = Pair{0, 2}};
}

void TestStraightPool::fouls()
{
    verify();
}

// WPA 4.10: the third consecutive foul costs one point and fifteen more; all fifteen balls
// are racked and the offender breaks as at the opening.
void TestStraightPool::thirdFoul_data()
{
    addColumns();
    const Shot foul = Shot().rails({0}); // no ball hit
    const Steps bFoulsTwice{safeBreak(), foul, safe(3), foul};
    QTest::newRow("second consecutive foul: warned, -2 in all")
        << bFoulsTwice
        << Expect{.foul = true, .foulsInARow = Pair{0, 2}, .warning = true, .score = Pair{0, -2}};
    QTest::newRow("third consecutive foul: -1 and -15, all fifteen racked, B breaks")
        << bFoulsTwice + Steps{safe(3), foul}
        << Expect{.foul = true,
                  .fouls = {Foul::NoContact, Foul::ThreeFouls},
                  .turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .foulsInARow = Pair{0, 0},
                  .warning = false,
                  .rackOver = false,
                  .rerack = true,
                  .breaker = B,
                  .score = Pair{0, -18},
                  .onTable = kFullRack};
    QTest::newRow("third foul after balls were pocketed: all fifteen racked")
        << Steps{safeBreak()} + run(1, 4) + Steps{foul, safe(6), foul, safe(6), made(5).scratches()}
        << Expect{.rerack = true, .score = Pair{0, 4 - 18}, .onTable = kFullRack};
    QTest::newRow("the re-break follows the opening rules: a breach costs two")
        << bFoulsTwice + Steps{safe(3), foul, breakShot().hits(15).rails({4})}
        << Expect{.foul = true,
                  .fouls = {Foul::OpeningBreakBreach},
                  .turn = A,
                  .options = Choices{Choice::Accept, Choice::Rerack},
                  .foulsInARow = Pair{0, 0},
                  .score = Pair{0, -20}};
    QTest::newRow("a breach on the re-break, rerack: the offender breaks once more")
        << bFoulsTwice + Steps{safe(3), foul, breakShot().hits(15).rails({4}), Choice::Rerack}
        << Expect{.turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .rerack = true,
                  .breaker = B,
                  .score = Pair{0, -20}};
    QTest::newRow("the re-break: a legal safe break passes the turn")
        << bFoulsTwice + Steps{safe(3), foul, safeBreak()}
        << Expect{.foul = false, .turn = A, .score = Pair{0, -18}};
    QTest::newRow("a legal safety between the fouls clears the count")
        << bFoulsTwice + Steps{safe(3), safe(5), safe(3), foul}
        << Expect{.foul = true, .foulsInARow = Pair{0, 1}, .rerack = false, .score = Pair{0, -3}};
    QTest::newRow("a missed call is a legal shot: it clears the count")
        << bFoulsTwice + Steps{safe(3), hit(5).calls(5, FootLeft).rails({5}), safe(3), foul}
        << Expect{.foul = true, .foulsInARow = Pair{0, 1}, .score = Pair{0, -3}};
    QTest::newRow("a breach is not one of the consecutive fouls")
        << Steps{breakShot().hits(15), Choice::Accept, safe(3), foul, safe(3), foul}
        << Expect{.foul = true,
                  .foulsInARow = Pair{2, 0},
                  .warning = true,
                  .rerack = false,
                  .score = Pair{-4, 0}};
    QTest::newRow("a scratch on a legal opening break is one of them")
        << Steps{safeBreak().scratches(), safe(3), foul, safe(3), foul}
        << Expect{.foul = true,
                  .fouls = {Foul::NoContact, Foul::ThreeFouls},
                  .rerack = true,
                  .breaker = A,
                  .score = Pair{-18, 0}};
    QTest::newRow("fouls of the two players are counted apart")
        << Steps{safeBreak(), foul, foul, foul, foul}
        << Expect{.foul = true, .foulsInARow = Pair{2, 2}, .score = Pair{-2, -2}};
}

void TestStraightPool::thirdFoul()
{
    verify();
}

// WPA 4.5: when one object ball is left, the other fourteen are racked again and the shooter
// plays on; the game goes on (no rack is over).
void TestStraightPool::fourteenBallRerack_data()
{
    addColumns();
    const Steps bToShoot{safeBreak()};
    QTest::newRow("thirteen balls down: no re-rack yet")
        << bToShoot + run(1, 13)
        << Expect{.turn = B, .rerack = false, .score = Pair{0, 13}, .onTable = balls({14, 15})};
    QTest::newRow("the fourteenth ball: fourteen racked, B plays on")
        << bToShoot + run(1, 14)
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .rackOver = false,
                  .winner = Nobody,
                  .rerack = true,
                  .score = Pair{0, 14},
                  .onTable = kFullRack};
    QTest::newRow("the fourteenth and fifteenth on one shot: all fifteen racked")
        << bToShoot + run(1, 13) + Steps{made(14).pots(15, SideLeft)}
        << Expect{.turn = B,
                  .rackOver = false,
                  .rerack = true,
                  .score = Pair{0, 15},
                  .onTable = kFullRack};
    QTest::newRow("the break ball after the re-rack: scores, play goes on")
        << bToShoot + run(1, 14) + Steps{made(15).rails({3, 6})}
        << Expect{.foul = false,
                  .turn = B,
                  .rerack = false,
                  .score = Pair{0, 15},
                  .onTable = kFullRack.without(balls({15}))};
    QTest::newRow("a second rack: the fourteenth ball again")
        << bToShoot + run(1, 14) + run(15, 15) + run(1, 13)
        << Expect{.turn = B, .rerack = true, .score = Pair{0, 28}, .onTable = kFullRack};
    QTest::newRow("a foul on the fourteenth ball: spotted, no re-rack")
        << bToShoot + run(1, 13) + Steps{made(14).scratches()}
        << Expect{.foul = true,
                  .turn = A,
                  .respotted = balls({14}),
                  .rerack = false,
                  .score = Pair{0, 12},
                  .onTable = balls({14, 15})};
    QTest::newRow("the fourteenth ball missed: no re-rack, A to shoot")
        << bToShoot + run(1, 13) + Steps{safe(14)}
        << Expect{.turn = A, .rerack = false, .onTable = balls({14, 15})};
    QTest::newRow("the fourteenth ball on the opening break: re-rack")
        << Steps{breakShot()
                     .hits(15)
                     .calls(1, FootLeft)
                     .pots(1, FootLeft)
                     .pots(2)
                     .pots(3)
                     .pots(4)
                     .pots(5)
                     .pots(6)
                     .pots(7)
                     .pots(8)
                     .pots(9)
                     .pots(10)
                     .pots(11)
                     .pots(12)
                     .pots(13)
                     .pots(14)}
        << Expect{.turn = A, .rerack = true, .score = Pair{14, 0}, .onTable = kFullRack};
}

void TestStraightPool::fourteenBallRerack()
{
    verify();
}

// WPA 1.12: a stalemate racks all fifteen again and the game goes on from an opening break.
void TestStraightPool::stalemate_data()
{
    addColumns();
    QTest::newRow("stalemate: fifteen racked, the opening breaker breaks, the score stands")
        << Steps{safeBreak(), made(5), safe(6), Shot(), Stalemate{}}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .foulsInARow = Pair{0, 0},
                  .rackOver = false,
                  .rerack = true,
                  .breaker = A,
                  .score = Pair{-1, 1},
                  .onTable = kFullRack};
    QTest::newRow("after a stalemate the break follows the opening rules")
        << Steps{safeBreak(), safe(6), Stalemate{}, breakShot().hits(15).rails({4})}
        << Expect{
               .foul = true, .fouls = {Foul::OpeningBreakBreach}, .turn = B, .score = Pair{-2, 0}};
}

void TestStraightPool::stalemate()
{
    verify();
}

// A 14.1 match is a race to a number of points, from any starting score.
void TestStraightPool::raceToPoints_data()
{
    QTest::addColumn<MatchSetup>("setup");
    addColumns();
    auto race = [](int raceTo, Pair start) {
        MatchSetup setup = setupFor(Game::StraightPool);
        setup.raceTo = raceTo;
        setup.startingScore = start;
        return setup;
    };
    QTest::newRow("reaching the target wins the match")
        << race(3, {0, 0})
        << Steps{breakShot().hits(15).calls(3, FootLeft).pots(3, FootLeft).pots(7).pots(9)}
        << Expect{.turn = Nobody,
                  .rackOver = true,
                  .winner = A,
                  .score = Pair{3, 0},
                  .matchWinner = A};
    QTest::newRow("passing the target wins the match")
        << race(100, {99, 40})
        << Steps{breakShot().hits(15).calls(3, FootLeft).pots(3, FootLeft).pots(4).pots(5)}
        << Expect{.turn = Nobody, .winner = A, .score = Pair{102, 40}, .matchWinner = A};
    QTest::newRow("from 98 a two-ball shot wins")
        << race(100, {98, 40})
        << Steps{breakShot().hits(15).calls(3, FootLeft).pots(3, FootLeft).pots(4)}
        << Expect{.turn = Nobody, .score = Pair{100, 40}, .matchWinner = A};
    QTest::newRow("B reaching the target wins")
        << race(5, {0, 0}) << Steps{safeBreak()} + run(1, 5)
        << Expect{.turn = Nobody, .winner = B, .score = Pair{0, 5}, .matchWinner = B};
    QTest::newRow("points short of the target: no winner")
        << race(50, {0, 0}) << Steps{safeBreak()} + run(1, 5)
        << Expect{.turn = B, .rackOver = false, .score = Pair{0, 5}, .matchWinner = Nobody};
    QTest::newRow("a breach below zero: no winner, the score goes negative")
        << race(50, {0, 0}) << Steps{breakShot().hits(15)}
        << Expect{.score = Pair{-2, 0}, .matchWinner = Nobody};
    QTest::newRow("no target: nobody ever wins the match")
        << race(0, {0, 0}) << Steps{safeBreak()} + run(1, 14) + run(15, 15) + run(1, 14)
        << Expect{.turn = B, .score = Pair{0, 29}, .matchWinner = Nobody};
}

void TestStraightPool::raceToPoints()
{
    QFETCH(MatchSetup, setup);
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setup, steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestStraightPool)
#include "tst_straightpool.moc"
