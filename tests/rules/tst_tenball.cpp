// 10-ball by the WPA World Standardized Rules, rule by rule, beyond the public scenarios:
// the break and the 10 on it, called shots and the opponent's option, the push-out, three
// consecutive fouls.

#include "rackplay.h"

#include <QObject>
#include <QTest>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;

namespace {

const BallSet kFullRack = BallSet::range(1, 10);

Shot quietBreak()
{
    return breakShot().hits(1).rails({2, 3, 4, 7});
}

// A legal break that pockets the 4: A stays at the table.
Shot breakPotsFour()
{
    return breakShot().hits(1).pots(4).rails({6});
}

Shot safe(int lowest)
{
    return hit(lowest).rails({lowest});
}

const Choices kShootOrHandBack{Choice::Shoot, Choice::HandBack};

void addColumns()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Expect>("expect");
}

} // namespace

class TestTenBall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breaks_data();
    void breaks();
    void calledShots_data();
    void calledShots();
    void tenBall_data();
    void tenBall();
    void pushOut_data();
    void pushOut();
    void threeFouls_data();
    void threeFouls();
    void houseOptions_data();
    void houseOptions();

private:
    static void verify();
};

void TestTenBall::verify()
{
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setupFor(Game::TenBall), steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// The break is not called: the 1 first, then a pocketed ball or four object balls to a cushion.
void TestTenBall::breaks_data()
{
    addColumns();
    QTest::newRow("ball pocketed on the break: the breaker continues, no call needed")
        << Steps{breakPotsFour()}
        << Expect{.foul = false,
                  .turn = A,
                  .options = Choices{},
                  .pushOutAllowed = true,
                  .onTable = kFullRack.without(balls({4}))};
    QTest::newRow("four object balls to a cushion: turn passes, push-out allowed")
        << Steps{quietBreak()}
        << Expect{.foul = false, .turn = B, .options = Choices{}, .pushOutAllowed = true};
    QTest::newRow("three object balls to a cushion: foul")
        << Steps{breakShot().hits(1).rails({2, 3, 4})}
        << Expect{.foul = true,
                  .fouls = {Foul::BadBreak},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .pushOutAllowed = false};
    QTest::newRow("the 1 not hit first: foul")
        << Steps{breakShot().hits(3).rails({2, 4, 5, 6})}
        << Expect{.foul = true, .fouls = {Foul::WrongBallFirst}, .turn = B};
    QTest::newRow("the 10 on a legal break: spotted, the breaker continues")
        << Steps{breakShot().hits(1).pots(10)}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .pushOutAllowed = true,
                  .respotted = balls({10}),
                  .rackOver = false,
                  .winner = Nobody,
                  .onTable = kFullRack};
    QTest::newRow("the 10 and another ball on a legal break: spotted, the breaker continues")
        << Steps{breakShot().hits(1).pots(10).pots(3, SideLeft)}
        << Expect{.foul = false,
                  .turn = A,
                  .respotted = balls({10}),
                  .rackOver = false,
                  .onTable = kFullRack.without(balls({3}))};
    QTest::newRow("the 10 on a break with a scratch: spotted, ball in hand anywhere")
        << Steps{breakShot().hits(1).pots(10).scratches()}
        << Expect{.foul = true,
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .respotted = balls({10}),
                  .rackOver = false};
}

void TestTenBall::breaks()
{
    verify();
}

// Every shot after the break is called; a miss of the call is no foul, but the opponent
// then chooses who shoots.
void TestTenBall::calledShots_data()
{
    addColumns();
    const Steps aAtTable{breakPotsFour()};
    QTest::newRow("called ball in the called pocket: A continues")
        << aAtTable + Steps{made(1, FootLeft)}
        << Expect{.foul = false, .turn = A, .options = Choices{}};
    QTest::newRow("called ball made with another ball: both stay down, A continues")
        << aAtTable + Steps{made(1).pots(6, SideLeft)}
        << Expect{.foul = false,
                  .turn = A,
                  .options = Choices{},
                  .onTable = kFullRack.without(balls({1, 4, 6}))};
    QTest::newRow("called ball in another pocket: no foul, B chooses")
        << aAtTable + Steps{hit(1).calls(1, FootLeft).pots(1, FootRight)}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = kShootOrHandBack,
                  .onTable = kFullRack.without(balls({1, 4}))};
    QTest::newRow("an uncalled ball drops: no foul, B chooses, the ball stays down")
        << aAtTable + Steps{hit(1).calls(1, FootLeft).pots(2, SideLeft).rails({1})}
        << Expect{.foul = false,
                  .turn = B,
                  .options = kShootOrHandBack,
                  .onTable = kFullRack.without(balls({2, 4}))};
    QTest::newRow("a ball pocketed with no call at all: B chooses")
        << aAtTable + Steps{hit(1).pots(1)}
        << Expect{.foul = false, .turn = B, .options = kShootOrHandBack};
    QTest::newRow("nothing pocketed: turn passes without a choice")
        << aAtTable + Steps{hit(1).calls(1, FootLeft).rails({1})}
        << Expect{.foul = false, .turn = B, .ballInHand = BallInHand::None, .options = Choices{}};
    QTest::newRow("missed call, shoot: B plays the table as it lies")
        << aAtTable + Steps{hit(1).calls(1, FootLeft).pots(1, FootRight), Choice::Shoot}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .pushOutAllowed = false};
    QTest::newRow("missed call, hand-back: A must shoot again")
        << aAtTable + Steps{hit(1).calls(1, FootLeft).pots(1, FootRight), Choice::HandBack}
        << Expect{.foul = false, .turn = A, .ballInHand = BallInHand::None, .options = Choices{}};
    QTest::newRow("called ball made, wrong ball first: foul, the ball stays down")
        << aAtTable + Steps{made(2)}
        << Expect{.foul = true,
                  .fouls = {Foul::WrongBallFirst},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .options = Choices{},
                  .respotted = BallSet{},
                  .onTable = kFullRack.without(balls({2, 4}))};
    QTest::newRow("called ball made with a scratch: foul, no choice")
        << aAtTable + Steps{made(1).scratches()}
        << Expect{
               .foul = true, .turn = B, .ballInHand = BallInHand::Anywhere, .options = Choices{}};
    QTest::newRow("declared safety that pockets a ball: turn passes, the ball stays down")
        << aAtTable + Steps{hit(1).safety().pots(1)}
        << Expect{.foul = false,
                  .turn = B,
                  .options = Choices{},
                  .onTable = kFullRack.without(balls({1, 4}))};
    QTest::newRow("a bank called and made: A continues")
        << aAtTable + Steps{hit(1).rails({1}).calls(1, SideRight).pots(1, SideRight)}
        << Expect{.foul = false, .turn = A};
}

void TestTenBall::calledShots()
{
    verify();
}

// The 10 wins only when called and legally made; otherwise it is spotted.
void TestTenBall::tenBall_data()
{
    addColumns();
    const Steps aAtTable{breakPotsFour()};
    QTest::newRow("the 10 called and made on a combination: A wins early")
        << aAtTable + Steps{hit(1).calls(10, FootRight).pots(10, FootRight)}
        << Expect{.foul = false, .rackOver = true, .winner = A, .breaker = B, .score = Pair{1, 0}};
    QTest::newRow("the 10 called and made with the lowest ball: A wins")
        << aAtTable + Steps{hit(1).calls(10, SideLeft).pots(1).pots(10, SideLeft)}
        << Expect{.rackOver = true, .winner = A};
    QTest::newRow("the 10 made uncalled: spotted, B chooses")
        << aAtTable + Steps{hit(1).calls(1, FootLeft).pots(10, SideLeft)}
        << Expect{.foul = false,
                  .turn = B,
                  .options = kShootOrHandBack,
                  .respotted = balls({10}),
                  .rackOver = false,
                  .winner = Nobody,
                  .onTable = kFullRack.without(balls({4}))};
    QTest::newRow("the 10 called in one pocket, made in another: spotted, B chooses")
        << aAtTable + Steps{hit(1).calls(10, SideLeft).pots(10, SideRight)}
        << Expect{.foul = false,
                  .turn = B,
                  .options = kShootOrHandBack,
                  .respotted = balls({10}),
                  .rackOver = false};
    QTest::newRow("the called ball made and the 10 too: 10 spotted, A continues")
        << aAtTable + Steps{made(1).pots(10, SideLeft)}
        << Expect{.foul = false,
                  .turn = A,
                  .options = Choices{},
                  .respotted = balls({10}),
                  .rackOver = false};
    QTest::newRow("the 10 called and made with a scratch: foul, spotted")
        << aAtTable + Steps{hit(1).calls(10, SideLeft).pots(10, SideLeft).scratches()}
        << Expect{.foul = true,
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .respotted = balls({10}),
                  .rackOver = false};
    QTest::newRow("the 10 called and made off a higher ball first: foul, spotted")
        << aAtTable + Steps{hit(3).calls(10, SideLeft).pots(10, SideLeft)}
        << Expect{.foul = true, .respotted = balls({10}), .rackOver = false};
    QTest::newRow("the 10 off the table: foul, spotted")
        << aAtTable + Steps{hit(1).rails({1}).off({10})}
        << Expect{.foul = true,
                  .fouls = {Foul::ObjectBallOffTable},
                  .respotted = balls({10}),
                  .onTable = kFullRack.without(balls({4}))};
    QTest::newRow("the 10 pocketed on a declared safety: spotted, turn passes")
        << aAtTable + Steps{hit(1).safety().pots(10)}
        << Expect{.foul = false, .turn = B, .options = Choices{}, .respotted = balls({10})};
    QTest::newRow("the 10 as the last ball, called and made: A wins")
        << aAtTable + Steps{made(1), made(2), made(3),
                            made(5), made(6), made(7),
                            made(8), made(9), made(10, SideRight)}
        << Expect{.rackOver = true, .winner = A, .score = Pair{1, 0}};
}

void TestTenBall::tenBall()
{
    verify();
}

// As in 9-ball: only the shot right after a legal break, by whoever takes it.
void TestTenBall::pushOut_data()
{
    addColumns();
    QTest::newRow("push-out after the break: no call needed, A chooses")
        << Steps{quietBreak(), hit(5).pushOut().pots(5)}
        << Expect{.foul = false,
                  .turn = A,
                  .options = kShootOrHandBack,
                  .onTable = kFullRack.without(balls({5}))};
    QTest::newRow("push-out by the breaker who pocketed on the break")
        << Steps{breakPotsFour(), Shot().pushOut()}
        << Expect{.foul = false, .turn = B, .options = kShootOrHandBack};
    QTest::newRow("push-out, hand-back: the pusher shoots")
        << Steps{quietBreak(), Shot().pushOut(), Choice::HandBack}
        << Expect{.turn = B, .options = Choices{}, .pushOutAllowed = false};
    QTest::newRow("the 10 on a push-out: spotted")
        << Steps{quietBreak(), hit(6).pushOut().pots(10)}
        << Expect{.foul = false, .respotted = balls({10}), .rackOver = false};
    QTest::newRow("push-out with a scratch: foul, no choice")
        << Steps{quietBreak(), Shot().pushOut().scratches()}
        << Expect{.foul = true,
                  .turn = A,
                  .ballInHand = BallInHand::Anywhere,
                  .options = Choices{},
                  .foulsInARow = Pair{0, 1}};
    QTest::newRow("push-out marked later: an ordinary called shot")
        << Steps{quietBreak(), safe(1), hit(5).pushOut().rails({5})}
        << Expect{.foul = true, .fouls = {Foul::WrongBallFirst}, .options = Choices{}};
    QTest::newRow("push-out marked after a foul break: an ordinary shot")
        << Steps{breakShot().hits(1).rails({2}), hit(1).pushOut().pots(3)}
        << Expect{.foul = false, .turn = A, .options = kShootOrHandBack, .pushOutAllowed = false};
}

void TestTenBall::pushOut()
{
    verify();
}

void TestTenBall::threeFouls_data()
{
    addColumns();
    const Shot foul = Shot();
    QTest::newRow("second foul in a row: warned")
        << Steps{quietBreak(), foul, safe(1), foul}
        << Expect{.foul = true, .foulsInARow = Pair{0, 2}, .warning = true, .rackOver = false};
    QTest::newRow("third foul in a row: the rack is lost")
        << Steps{quietBreak(), foul, safe(1), foul, safe(1), foul}
        << Expect{.foul = true,
                  .fouls = {Foul::NoContact, Foul::ThreeFouls},
                  .rackOver = true,
                  .winner = A,
                  .score = Pair{1, 0}};
    QTest::newRow("a missed call is a legal shot: it clears the count")
        << Steps{quietBreak(),     foul,
                 safe(1),          foul,
                 safe(1),          hit(1).calls(1, FootLeft).pots(2, SideLeft),
                 Choice::HandBack, foul}
        << Expect{.foul = true, .foulsInARow = Pair{0, 1}, .rackOver = false};
    QTest::newRow("fouls of the two players are counted apart")
        << Steps{quietBreak(), foul, foul, foul}
        << Expect{.foul = true, .foulsInARow = Pair{1, 2}, .warning = true};
}

void TestTenBall::threeFouls()
{
    verify();
}

void TestTenBall::houseOptions_data()
{
    QTest::addColumn<GameOptions>("options");
    addColumns();
    GameOptions tenWins;
    tenWins.tenBallOnBreakWins = true;
    GameOptions noThreeFouls;
    noThreeFouls.threeFoulRule = false;
    QTest::newRow("league: the 10 on a legal break wins")
        << tenWins << Steps{breakShot().hits(1).pots(10)}
        << Expect{.foul = false, .rackOver = true, .winner = A, .score = Pair{1, 0}};
    QTest::newRow("league: the 10 on a foul break is still spotted")
        << tenWins << Steps{breakShot().hits(1).pots(10).scratches()}
        << Expect{.foul = true, .respotted = balls({10}), .rackOver = false};
    QTest::newRow("without the three-foul rule a third foul is only a foul")
        << noThreeFouls << Steps{quietBreak(), Shot(), safe(1), Shot(), safe(1), Shot()}
        << Expect{.foul = true, .turn = A, .foulsInARow = Pair{0, 3}, .rackOver = false};
}

void TestTenBall::houseOptions()
{
    QFETCH(GameOptions, options);
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setupFor(Game::TenBall, options), steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestTenBall)
#include "tst_tenball.moc"
