// 8-ball by the WPA World Standardized Rules (section 3), rule by rule, beyond the public
// scenarios: the break and its choices, the open table, group play, the 8, consecutive fouls.

#include "rackplay.h"

#include <QObject>
#include <QTest>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;

namespace {

const BallSet kFullRack = BallSet::range(1, 15);

// A legal break that pockets nothing: four object balls reach a cushion.
Shot quietBreak()
{
    return breakShot().hits(1).rails({2, 3, 5, 9});
}

// Nothing pocketed, three object balls and the cue ball to a cushion.
Shot illegalBreak()
{
    return breakShot().hits(1).rails({0, 2, 3, 5});
}

// A breaks and pockets the 3; A takes solids with the called 1 and clears them, the 7
// last unless `leaveSeven`; A is then on the 8 (or the 7).
Steps aClearsSolids(bool leaveSeven = false)
{
    Steps steps{breakShot().hits(1).pots(3).rails({9})};
    for (int ball : {1, 2, 4, 5, 6, 7}) {
        if (ball == 7 && leaveSeven)
            break;
        steps << made(ball);
    }
    return steps;
}

// A breaks and pockets the 3, then takes solids with the called 1; A is still at the table.
Steps aTakesSolids()
{
    return {breakShot().hits(1).pots(3).rails({9}), made(1)};
}

void addColumns()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Expect>("expect");
}

} // namespace

class TestEightBall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breaks_data();
    void breaks();
    void breakChoices_data();
    void breakChoices();
    void openTable_data();
    void openTable();
    void groupPlay_data();
    void groupPlay();
    void eightBall_data();
    void eightBall();
    void consecutiveFouls_data();
    void consecutiveFouls();
    void stalemate_data();
    void stalemate();
    void houseOptions_data();
    void houseOptions();

private:
    static void verify();
};

void TestEightBall::verify()
{
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setupFor(Game::EightBall), steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// WPA 3.3: a legal break pockets a ball or drives four object balls to a cushion.
void TestEightBall::breaks_data()
{
    addColumns();
    QTest::newRow("four object balls to a cushion: legal, turn passes")
        << Steps{quietBreak()}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .groups = Groups::Open,
                  .rackOver = false,
                  .onTable = kFullRack};
    QTest::newRow("three object balls and the cue ball to a cushion: illegal, not a foul")
        << Steps{illegalBreak()}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options
                  = Choices{Choice::Accept, Choice::RerackAndBreak, Choice::RerackOpponentBreaks},
                  .foulsInARow = Pair{0, 0},
                  .rackOver = false};
    QTest::newRow("nothing hit at all: illegal break")
        << Steps{breakShot()}
        << Expect{.turn = B,
                  .options
                  = Choices{Choice::Accept, Choice::RerackAndBreak, Choice::RerackOpponentBreaks}};
    QTest::newRow("one ball pocketed, no cushion: legal, breaker continues, table open")
        << Steps{breakShot().hits(1).pots(3)}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .groups = Groups::Open,
                  .onTable = kFullRack.without(balls({3}))};
    QTest::newRow("a solid and a stripe pocketed: the table stays open")
        << Steps{breakShot().hits(1).pots(3).pots(11, SideRight)}
        << Expect{.foul = false, .turn = A, .groups = Groups::Open};
    QTest::newRow("scratch on a legal break: foul, ball in hand behind the head string")
        << Steps{breakShot().hits(1).pots(3).rails({2, 4}).scratches()}
        << Expect{.foul = true,
                  .fouls = {Foul::Scratch},
                  .turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .groups = Groups::Open,
                  .foulsInARow = Pair{1, 0},
                  .onTable = kFullRack.without(balls({3}))};
    QTest::newRow("cue ball off the table on a legal break: as a scratch")
        << Steps{quietBreak().off({0})}
        << Expect{.foul = true,
                  .fouls = {Foul::CueBallOffTable},
                  .turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{}};
    QTest::newRow("scratch on an illegal break: foul, the choices stay")
        << Steps{breakShot().hits(1).rails({2}).scratches()}
        << Expect{.foul = true,
                  .turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options
                  = Choices{Choice::Accept, Choice::RerackAndBreak, Choice::RerackOpponentBreaks},
                  .foulsInARow = Pair{1, 0}};
    QTest::newRow("8 on a clean break: the breaker chooses")
        << Steps{breakShot().hits(1).pots(8).rails({2, 3})}
        << Expect{.foul = false,
                  .turn = A,
                  .options = Choices{Choice::RespotEight, Choice::Rerack},
                  .rackOver = false,
                  .winner = Nobody};
    QTest::newRow("8 and another ball on a clean break: the breaker chooses")
        << Steps{breakShot().hits(1).pots(4).pots(8, SideLeft)}
        << Expect{.foul = false,
                  .turn = A,
                  .options = Choices{Choice::RespotEight, Choice::Rerack},
                  .rackOver = false};
    QTest::newRow("8 and the cue ball on the break: the opponent chooses, no loss")
        << Steps{breakShot().hits(1).pots(8).scratches()}
        << Expect{.foul = true,
                  .turn = B,
                  .options = Choices{Choice::RespotEight, Choice::Rerack},
                  .rackOver = false,
                  .winner = Nobody};
    QTest::newRow("object ball off the table: foul, the ball stays off, opponent chooses")
        << Steps{quietBreak().off({11})}
        << Expect{.foul = true,
                  .fouls = {Foul::ObjectBallOffTable},
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = Choices{Choice::Accept, Choice::BallInHandBehindHeadString},
                  .respotted = BallSet{},
                  .onTable = kFullRack.without(balls({11}))};
    QTest::newRow("8 off the table on the break: foul, the 8 is spotted")
        << Steps{quietBreak().off({8})}
        << Expect{.foul = true,
                  .fouls = {Foul::ObjectBallOffTable},
                  .turn = B,
                  .options = Choices{Choice::Accept, Choice::BallInHandBehindHeadString},
                  .respotted = balls({8}),
                  .rackOver = false,
                  .onTable = kFullRack};
    QTest::newRow("object ball off and a scratch: ball in hand behind the head string")
        << Steps{quietBreak().off({11}).scratches()}
        << Expect{.foul = true,
                  .turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{}};
    QTest::newRow("a referee's foul on a legal break: ball in hand anywhere")
        << Steps{breakShot().hits(1).pots(3).refereeCalls(RefereeFoul::DoubleHit)}
        << Expect{.foul = true,
                  .fouls = {Foul::DoubleHit},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .options = Choices{}};
}

void TestEightBall::breaks()
{
    verify();
}

// WPA 3.3: what each of the opponent's (or breaker's) choices leads to.
void TestEightBall::breakChoices_data()
{
    addColumns();
    QTest::newRow("illegal break, accept: the opponent plays the table as it lies")
        << Steps{illegalBreak(), Choice::Accept}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .rackOver = false,
                  .rerack = false,
                  .breaker = A};
    QTest::newRow("illegal break, rerack-and-break: the opponent breaks a new rack")
        << Steps{illegalBreak(), Choice::RerackAndBreak}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .rackOver = true,
                  .winner = Nobody,
                  .rerack = true,
                  .breaker = B,
                  .score = Pair{0, 0},
                  .onTable = kFullRack,
                  .rackNumber = 2};
    QTest::newRow("illegal break, rerack-opponent-breaks: the offender breaks again")
        << Steps{illegalBreak(), Choice::RerackOpponentBreaks}
        << Expect{.turn = A,
                  .ballInHand = BallInHand::BehindHeadString,
                  .rackOver = true,
                  .winner = Nobody,
                  .rerack = true,
                  .breaker = A,
                  .score = Pair{0, 0}};
    QTest::newRow("illegal break, rerack-and-break: the new break is the opponent's")
        << Steps{illegalBreak(), Choice::RerackAndBreak, breakShot().hits(1).pots(5)}
        << Expect{.foul = false, .turn = B, .groups = Groups::Open, .breaker = B};
    QTest::newRow("scratch on an illegal break, accept: ball in hand behind the head string")
        << Steps{breakShot().hits(1).scratches(), Choice::Accept}
        << Expect{.turn = B, .ballInHand = BallInHand::BehindHeadString, .options = Choices{}};
    QTest::newRow("8 on a clean break, respot-eight: the breaker shoots on, no ball in hand")
        << Steps{breakShot().hits(1).pots(8), Choice::RespotEight}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .respotted = balls({8}),
                  .rackOver = false,
                  .onTable = kFullRack};
    QTest::newRow("8 on a clean break, rerack: the breaker breaks again")
        << Steps{breakShot().hits(1).pots(8), Choice::Rerack}
        << Expect{.turn = A,
                  .ballInHand = BallInHand::BehindHeadString,
                  .rackOver = true,
                  .winner = Nobody,
                  .rerack = true,
                  .breaker = A,
                  .score = Pair{0, 0}};
    QTest::newRow("8 and a scratch, respot-eight: the opponent shoots from behind the line")
        << Steps{breakShot().hits(1).pots(8).pots(2).scratches(), Choice::RespotEight}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .respotted = balls({8}),
                  .onTable = kFullRack.without(balls({2}))};
    QTest::newRow("8 and a scratch, rerack: the opponent breaks")
        << Steps{breakShot().hits(1).pots(8).scratches(), Choice::Rerack}
        << Expect{.turn = B, .rackOver = true, .rerack = true, .breaker = B};
    QTest::newRow("object ball off on the break, accept: the table as it lies")
        << Steps{quietBreak().off({11}), Choice::Accept}
        << Expect{.turn = B, .ballInHand = BallInHand::None, .options = Choices{}};
    QTest::newRow("object ball off on the break: ball in hand behind the head string")
        << Steps{quietBreak().off({11}), Choice::BallInHandBehindHeadString}
        << Expect{.turn = B,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .onTable = kFullRack.without(balls({11}))};
}

void TestEightBall::breakChoices()
{
    verify();
}

// WPA 3.4: before groups are set any ball but the 8 may be hit first; the called ball,
// legally pocketed, sets the groups.
void TestEightBall::openTable_data()
{
    addColumns();
    const Steps quiet{quietBreak()}; // B is at the table, the table is open
    QTest::newRow("a stripe hit first to pocket the called solid: legal, groups set")
        << quiet + Steps{hit(9).calls(1, FootLeft).pots(1, FootLeft)}
        << Expect{.foul = false, .turn = B, .groups = Groups::AStripes};
    QTest::newRow("the called stripe made: the shooter takes stripes")
        << quiet + Steps{made(12, FootRight)}
        << Expect{.foul = false, .turn = B, .groups = Groups::ASolids};
    QTest::newRow("the 8 hit first on an open table: foul")
        << quiet + Steps{hit(8).rails({8})}
        << Expect{.foul = true,
                  .fouls = {Foul::WrongBallFirst},
                  .turn = A,
                  .ballInHand = BallInHand::Anywhere,
                  .groups = Groups::Open};
    QTest::newRow("the called ball in another pocket: turn ends, no foul, table open")
        << quiet + Steps{hit(12).calls(12, FootRight).pots(12, SideLeft)}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .groups = Groups::Open,
                  .onTable = kFullRack.without(balls({12}))};
    QTest::newRow("a ball other than the called one drops: turn ends, ball stays down")
        << quiet + Steps{hit(12).calls(12, FootRight).pots(3, SideLeft).rails({12})}
        << Expect{.foul = false,
                  .turn = A,
                  .groups = Groups::Open,
                  .onTable = kFullRack.without(balls({3}))};
    QTest::newRow("both groups pocketed: the called ball decides")
        << quiet + Steps{made(3).pots(10, SideRight)}
        << Expect{.foul = false, .turn = B, .groups = Groups::AStripes};
    QTest::newRow("a ball pocketed on a foul sets no group")
        << quiet + Steps{made(3).scratches()}
        << Expect{.foul = true,
                  .turn = A,
                  .ballInHand = BallInHand::Anywhere,
                  .groups = Groups::Open,
                  .onTable = kFullRack.without(balls({3}))};
    QTest::newRow("a declared safety sets no group; its ball stays down")
        << quiet + Steps{hit(3).safety().pots(3)}
        << Expect{.foul = false,
                  .turn = A,
                  .groups = Groups::Open,
                  .onTable = kFullRack.without(balls({3}))};
    QTest::newRow("an obvious ball, not called, counts (WPA 1.6)")
        << quiet + Steps{hit(3).pots(3)}
        << Expect{.foul = false, .turn = B, .groups = Groups::AStripes};
    QTest::newRow("the table is open right after a break that pocketed balls")
        << Steps{breakShot().hits(1).pots(3).pots(4), hit(10).calls(10, SideLeft).pots(10)}
        << Expect{.foul = false, .turn = B, .groups = Groups::Open};
}

void TestEightBall::openTable()
{
    verify();
}

// WPA 3.5, 6.2, 6.3: once the groups are set, the shooter's own group first, then a
// cushion or a pocket; a miss is no foul.
void TestEightBall::groupPlay_data()
{
    addColumns();
    const Steps solids = aTakesSolids(); // A solids, A at the table
    QTest::newRow("own group made: A keeps the table")
        << solids + Steps{made(2, SideLeft)}
        << Expect{.foul = false,
                  .turn = A,
                  .groups = Groups::ASolids,
                  .onTable = kFullRack.without(balls({1, 2, 3}))};
    QTest::newRow("the opponent's group first: foul, ball in hand anywhere")
        << solids + Steps{hit(9).rails({9})}
        << Expect{.foul = true,
                  .fouls = {Foul::WrongBallFirst},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .groups = Groups::ASolids,
                  .foulsInARow = Pair{1, 0}};
    QTest::newRow("the 8 first while on a group: foul")
        << solids + Steps{hit(8).rails({8})}
        << Expect{.foul = true, .fouls = {Foul::WrongBallFirst}, .turn = B};
    QTest::newRow("no cushion after contact and nothing pocketed: foul")
        << solids + Steps{hit(2)} << Expect{.foul = true, .fouls = {Foul::NoRail}, .turn = B};
    QTest::newRow("the cue ball reaching a cushion after contact is enough")
        << solids + Steps{hit(2).rails({0})}
        << Expect{.foul = false, .turn = B, .ballInHand = BallInHand::None};
    QTest::newRow("no ball hit: foul")
        << solids + Steps{Shot().rails({0})}
        << Expect{.foul = true, .fouls = {Foul::NoContact}, .turn = B};
    QTest::newRow("own ball first, only an opponent's ball drops: turn ends, no foul")
        << solids + Steps{hit(2).calls(2, FootLeft).pots(10, FootLeft)}
        << Expect{.foul = false, .turn = B, .onTable = kFullRack.without(balls({1, 3, 10}))};
    QTest::newRow("called ball made with an opponent's ball: A continues")
        << solids + Steps{made(2).pots(10, SideLeft)} << Expect{.foul = false, .turn = A};
    QTest::newRow("the opponent's ball called and made: turn ends")
        << solids + Steps{hit(2).calls(10, SideLeft).pots(10, SideLeft)}
        << Expect{.foul = false, .turn = B};
    QTest::newRow("object ball off the table: foul, it stays off")
        << solids + Steps{hit(2).rails({2}).off({12})}
        << Expect{.foul = true,
                  .fouls = {Foul::ObjectBallOffTable},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .respotted = BallSet{},
                  .onTable = kFullRack.without(balls({1, 3, 12}))};
    QTest::newRow("a declared safety ends the inning even when the ball drops")
        << solids + Steps{hit(2).safety().pots(2)}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .onTable = kFullRack.without(balls({1, 2, 3}))};
    QTest::newRow("a referee's foul (ball touched) on a made ball: foul, ball stays down")
        << solids + Steps{made(2).refereeCalls(RefereeFoul::TouchedBall)}
        << Expect{.foul = true,
                  .fouls = {Foul::TouchedBall},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .onTable = kFullRack.without(balls({1, 2, 3}))};
    QTest::newRow("the groups belong to the seats: B plays stripes")
        << solids + Steps{hit(2).rails({2}), made(9)}
        << Expect{.foul = false, .turn = B, .groups = Groups::ASolids};
    QTest::newRow("B hitting a solid first: foul")
        << solids + Steps{hit(2).rails({2}), hit(4).rails({4})}
        << Expect{.foul = true, .fouls = {Foul::WrongBallFirst}, .turn = A};
}

void TestEightBall::groupPlay()
{
    verify();
}

// WPA 3.10: the 8 wins only legally, in the called pocket, after the group is cleared.
void TestEightBall::eightBall_data()
{
    addColumns();
    const Steps onTheEight = aClearsSolids();
    QTest::newRow("group cleared, 8 in the called pocket: A wins the rack")
        << onTheEight + Steps{made(8, SideLeft)}
        << Expect{.foul = false,
                  .turn = B,
                  .rackOver = true,
                  .winner = A,
                  .breaker = B,
                  .score = Pair{1, 0},
                  .rackNumber = 2};
    QTest::newRow("8 in another pocket than called: loss")
        << onTheEight + Steps{hit(8).calls(8, SideLeft).pots(8, SideRight)}
        << Expect{.foul = true,
                  .fouls = {Foul::EightBallLost},
                  .rackOver = true,
                  .winner = B,
                  .score = Pair{0, 1}};
    QTest::newRow("8 made with a scratch: loss")
        << onTheEight + Steps{made(8, SideLeft).scratches()}
        << Expect{.foul = true,
                  .fouls = {Foul::EightBallLost, Foul::Scratch},
                  .rackOver = true,
                  .winner = B};
    QTest::newRow("8 off the table: loss")
        << onTheEight + Steps{hit(8).rails({8}).off({8})}
        << Expect{.foul = true,
                  .fouls = {Foul::ObjectBallOffTable, Foul::EightBallLost},
                  .rackOver = true,
                  .winner = B};
    QTest::newRow("8 made on a declared safety: loss")
        << onTheEight + Steps{hit(8).safety().pots(8)}
        << Expect{.foul = true, .rackOver = true, .winner = B};
    QTest::newRow("an obvious 8, not called, wins (WPA 1.6)")
        << onTheEight + Steps{hit(8).pots(8, FootRight)}
        << Expect{.foul = false, .rackOver = true, .winner = A};
    QTest::newRow("scratch on the 8 without pocketing it: a foul, no loss")
        << onTheEight + Steps{hit(8).rails({8}).scratches()}
        << Expect{.foul = true,
                  .fouls = {Foul::Scratch},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .rackOver = false,
                  .winner = Nobody};
    QTest::newRow("on the 8, another ball hit first: foul")
        << onTheEight + Steps{hit(9).rails({9})}
        << Expect{.foul = true, .fouls = {Foul::WrongBallFirst}, .turn = B, .rackOver = false};
    QTest::newRow("8 made together with the group's last ball: loss")
        << aClearsSolids(/*leaveSeven=*/true) + Steps{made(7).pots(8, SideLeft)}
        << Expect{.foul = true, .fouls = {Foul::EightBallLost}, .rackOver = true, .winner = B};
    QTest::newRow("8 made early on an open table: loss")
        << Steps{breakShot().hits(1).pots(3), hit(1).rails({1}).pots(8)}
        << Expect{.foul = true, .rackOver = true, .winner = B, .score = Pair{0, 1}};
    QTest::newRow("8 made early, called: loss all the same")
        << aTakesSolids() + Steps{hit(2).calls(8, SideLeft).pots(8, SideLeft)}
        << Expect{.foul = true, .rackOver = true, .winner = B};
    QTest::newRow("the opponent pockets the 8 early: A wins")
        << aTakesSolids() + Steps{hit(2).rails({2}), hit(9).rails({9}).pots(8, SideLeft)}
        << Expect{.foul = true, .rackOver = true, .winner = A, .score = Pair{1, 0}};
    QTest::newRow("the group's last ball made: A is on the 8, no win yet")
        << aClearsSolids(/*leaveSeven=*/true) + Steps{made(7)}
        << Expect{.foul = false, .turn = A, .rackOver = false, .onTable = BallSet::range(8, 15)};
}

void TestEightBall::eightBall()
{
    verify();
}

// 8-ball counts consecutive fouls but has no three-foul rule and no warning.
void TestEightBall::consecutiveFouls_data()
{
    addColumns();
    const Shot aMisses = hit(1).rails({1}); // a legal miss on the open table
    const Shot bFouls = Shot();             // no ball hit
    QTest::newRow("B's second foul in a row: counted, no warning")
        << Steps{quietBreak(), bFouls, aMisses, bFouls}
        << Expect{.foul = true, .foulsInARow = Pair{0, 2}, .warning = false};
    QTest::newRow("B's third foul in a row: counted, the rack goes on")
        << Steps{quietBreak(), bFouls, aMisses, bFouls, aMisses, bFouls}
        << Expect{.foul = true,
                  .turn = A,
                  .ballInHand = BallInHand::Anywhere,
                  .foulsInARow = Pair{0, 3},
                  .warning = false,
                  .rackOver = false,
                  .winner = Nobody};
    QTest::newRow("a legal shot clears the shooter's count")
        << Steps{quietBreak(), bFouls, aMisses, hit(2).rails({2})}
        << Expect{.foul = false, .foulsInARow = Pair{0, 0}};
    QTest::newRow("each player's fouls are counted apart")
        << Steps{quietBreak(), bFouls, bFouls, bFouls}
        << Expect{.foul = true, .turn = A, .foulsInARow = Pair{1, 2}};
}

void TestEightBall::consecutiveFouls()
{
    verify();
}

// WPA 1.12: a stalemate re-racks; the player who broke the rack breaks again.
void TestEightBall::stalemate_data()
{
    addColumns();
    QTest::newRow("stalemate in A's rack: A breaks the new rack")
        << Steps{quietBreak(), hit(1).rails({1}), Stalemate{}}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::BehindHeadString,
                  .options = Choices{},
                  .rackOver = true,
                  .winner = Nobody,
                  .rerack = true,
                  .breaker = A,
                  .score = Pair{0, 0},
                  .onTable = kFullRack,
                  .rackNumber = 2};
    QTest::newRow("stalemate in a rack B broke: B breaks again")
        << Steps{illegalBreak(), Choice::RerackAndBreak, quietBreak(), Stalemate{}}
        << Expect{.turn = B, .rackOver = true, .rerack = true, .breaker = B};
    QTest::newRow("stalemate clears consecutive fouls")
        << aTakesSolids() + Steps{Shot(), Shot(), Stalemate{}}
        << Expect{.foulsInARow = Pair{0, 0}, .breaker = A, .onTable = kFullRack};
}

void TestEightBall::stalemate()
{
    verify();
}

// The options of rules/gameoptions.h where leagues differ from the WPA text.
void TestEightBall::houseOptions_data()
{
    QTest::addColumn<GameOptions>("options");
    addColumns();
    GameOptions anywhere;
    anywhere.eightBallBreakScratchBehindHeadString = false;
    GameOptions strictCalls;
    strictCalls.eightBallObviousShotsCounted = false;

    QTest::newRow("league: scratch on a legal break gives ball in hand anywhere")
        << anywhere << Steps{breakShot().hits(1).pots(3).scratches()}
        << Expect{.foul = true, .turn = B, .ballInHand = BallInHand::Anywhere};
    QTest::newRow("league: 8 and a scratch, respot: ball in hand anywhere")
        << anywhere << Steps{breakShot().hits(1).pots(8).scratches(), Choice::RespotEight}
        << Expect{.turn = B, .ballInHand = BallInHand::Anywhere};
    QTest::newRow("strict calls: an uncalled ball does not continue the inning")
        << strictCalls << Steps{quietBreak(), hit(3).pots(3)}
        << Expect{.foul = false, .turn = A, .groups = Groups::Open};
    QTest::newRow("strict calls: a called ball still sets the groups")
        << strictCalls << Steps{quietBreak(), made(3)}
        << Expect{.foul = false, .turn = B, .groups = Groups::AStripes};
    QTest::newRow("strict calls: an uncalled 8 loses")
        << strictCalls << aClearsSolids() + Steps{hit(8).pots(8, FootRight)}
        << Expect{.foul = true, .fouls = {Foul::EightBallLost}, .rackOver = true, .winner = B};
    QTest::newRow("strict calls: the called 8 wins")
        << strictCalls << aClearsSolids() + Steps{made(8, FootRight)}
        << Expect{.foul = false, .rackOver = true, .winner = A};
}

void TestEightBall::houseOptions()
{
    QFETCH(GameOptions, options);
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setupFor(Game::EightBall, options), steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestEightBall)
#include "tst_eightball.moc"
