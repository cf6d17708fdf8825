// 9-ball by the WPA World Standardized Rules (section 2), rule by rule, beyond the public
// scenarios: the break, the push-out, the 9, balls off the table, three consecutive fouls.

#include "rackplay.h"

#include <QObject>
#include <QTest>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;

namespace {

const BallSet kFullRack = BallSet::range(1, 9);

// A legal break that pockets nothing: the 1 first, four object balls to a cushion.
Shot quietBreak()
{
    return breakShot().hits(1).rails({2, 3, 4, 6});
}

// A legal break that pockets the 2: the breaker stays at the table.
Shot breakPotsTwo()
{
    return breakShot().hits(1).pots(2).rails({5});
}

// A legal shot that pockets nothing: the lowest ball, then a cushion.
Shot safe(int lowest)
{
    return hit(lowest).rails({lowest});
}

void addColumns()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Expect>("expect");
}

} // namespace

class TestNineBall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breaks_data();
    void breaks();
    void pushOut_data();
    void pushOut();
    void play_data();
    void play();
    void threeFouls_data();
    void threeFouls();
    void houseOptions_data();
    void houseOptions();

private:
    static void verify();
};

void TestNineBall::verify()
{
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setupFor(Game::NineBall), steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// WPA 2.3: the 1 first, then a pocketed ball or four object balls to a cushion.
void TestNineBall::breaks_data()
{
    addColumns();
    QTest::newRow("ball pocketed: the breaker continues and may push out")
        << Steps{breakPotsTwo()}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .pushOutAllowed = true,
                  .onTable = kFullRack.without(balls({2}))};
    QTest::newRow("four object balls to a cushion: the opponent may push out")
        << Steps{quietBreak()}
        << Expect{.foul = false,
                  .turn = B,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .pushOutAllowed = true};
    QTest::newRow("three object balls and the cue ball to a cushion: foul")
        << Steps{breakShot().hits(1).rails({0, 2, 3, 4})}
        << Expect{.foul = true,
                  .fouls = {Foul::BadBreak},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .pushOutAllowed = false,
                  .foulsInARow = Pair{1, 0}};
    QTest::newRow("the 2 hit first though a ball drops: foul, the ball stays down")
        << Steps{breakShot().hits(2).pots(5).rails({3, 4, 6, 7})}
        << Expect{.foul = true,
                  .fouls = {Foul::WrongBallFirst},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .pushOutAllowed = false,
                  .onTable = kFullRack.without(balls({5}))};
    QTest::newRow("nothing hit: foul")
        << Steps{breakShot()}
        << Expect{.foul = true, .fouls = {Foul::NoContact, Foul::BadBreak}, .turn = B};
    QTest::newRow("9 on a legal break wins")
        << Steps{breakShot().hits(1).pots(9)}
        << Expect{.foul = false, .rackOver = true, .winner = A, .breaker = B, .score = Pair{1, 0}};
    QTest::newRow("9 with other balls on a legal break wins")
        << Steps{breakShot().hits(1).pots(4).pots(9, SideLeft).pots(7)}
        << Expect{.rackOver = true, .winner = A};
    QTest::newRow("9 on a break with a scratch: respotted, ball in hand anywhere")
        << Steps{breakShot().hits(1).pots(9).scratches()}
        << Expect{.foul = true,
                  .fouls = {Foul::Scratch},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .respotted = balls({9}),
                  .rackOver = false,
                  .winner = Nobody,
                  .onTable = kFullRack};
    QTest::newRow("9 on a break that drives a ball off the table: foul, the 9 is spotted")
        << Steps{breakShot().hits(1).pots(9).off({3})}
        << Expect{.foul = true, .respotted = balls({9}), .rackOver = false};
    QTest::newRow("scratch on an otherwise legal break: ball in hand anywhere")
        << Steps{breakPotsTwo().scratches()}
        << Expect{.foul = true,
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .pushOutAllowed = false,
                  .onTable = kFullRack.without(balls({2}))};
    QTest::newRow("object ball off the table on the break: foul, it stays off")
        << Steps{quietBreak().off({6})}
        << Expect{.foul = true,
                  .fouls = {Foul::ObjectBallOffTable},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .respotted = BallSet{},
                  .onTable = kFullRack.without(balls({6}))};
    QTest::newRow("9 off the table on the break: foul, the 9 is spotted")
        << Steps{quietBreak().off({9})}
        << Expect{.foul = true, .respotted = balls({9}), .onTable = kFullRack};
}

void TestNineBall::breaks()
{
    verify();
}

// WPA 2.4: the shot right after a legal break may be a push-out, by whoever takes it.
void TestNineBall::pushOut_data()
{
    addColumns();
    const Steps bPushes{quietBreak(), Shot().pushOut()};
    QTest::newRow("push-out by the incoming player: no contact needed, A chooses")
        << bPushes
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .options = Choices{Choice::Shoot, Choice::HandBack},
                  .pushOutAllowed = false,
                  .foulsInARow = Pair{0, 0}};
    QTest::newRow("push-out by the breaker after pocketing on the break")
        << Steps{breakPotsTwo(), Shot().pushOut()}
        << Expect{.foul = false, .turn = B, .options = Choices{Choice::Shoot, Choice::HandBack}};
    QTest::newRow("push-out, shoot: the chooser plays the table as it lies")
        << bPushes + Steps{Choice::Shoot}
        << Expect{.foul = false,
                  .turn = A,
                  .ballInHand = BallInHand::None,
                  .options = Choices{},
                  .pushOutAllowed = false};
    QTest::newRow("push-out, hand-back: the pusher must shoot")
        << bPushes + Steps{Choice::HandBack}
        << Expect{.turn = B, .ballInHand = BallInHand::None, .options = Choices{}};
    QTest::newRow("push-out hitting a higher ball first, no cushion: no foul")
        << Steps{quietBreak(), hit(7).pushOut()}
        << Expect{.foul = false, .turn = A, .options = Choices{Choice::Shoot, Choice::HandBack}};
    QTest::newRow("push-out with a scratch: foul, no choice")
        << Steps{quietBreak(), Shot().pushOut().scratches()}
        << Expect{.foul = true,
                  .fouls = {Foul::Scratch},
                  .turn = A,
                  .ballInHand = BallInHand::Anywhere,
                  .options = Choices{},
                  .foulsInARow = Pair{0, 1}};
    QTest::newRow("push-out with the cue ball off the table: foul")
        << Steps{quietBreak(), Shot().pushOut().off({0})}
        << Expect{.foul = true, .turn = A, .ballInHand = BallInHand::Anywhere};
    QTest::newRow("push-out with a referee's foul (double hit): foul")
        << Steps{quietBreak(), Shot().pushOut().refereeCalls(RefereeFoul::DoubleHit)}
        << Expect{.foul = true, .fouls = {Foul::DoubleHit}, .options = Choices{}};
    QTest::newRow("9 pocketed on a push-out: spotted, no win")
        << Steps{quietBreak(), hit(5).pushOut().pots(9)}
        << Expect{.foul = false,
                  .turn = A,
                  .options = Choices{Choice::Shoot, Choice::HandBack},
                  .respotted = balls({9}),
                  .rackOver = false,
                  .onTable = kFullRack};
    QTest::newRow("another ball pocketed on a push-out stays down")
        << Steps{quietBreak(), hit(3).pushOut().pots(3)}
        << Expect{.turn = A,
                  .options = Choices{Choice::Shoot, Choice::HandBack},
                  .onTable = kFullRack.without(balls({3}))};
    QTest::newRow("push-out marked on the third shot: an ordinary shot, wrong ball first")
        << Steps{quietBreak(), safe(1), hit(5).pushOut().rails({5})}
        << Expect{.foul = true,
                  .fouls = {Foul::WrongBallFirst},
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .options = Choices{}};
    QTest::newRow("push-out marked after a foul break: an ordinary shot")
        << Steps{breakShot().hits(1).rails({2}), hit(4).pushOut().rails({4})}
        << Expect{.foul = true, .fouls = {Foul::WrongBallFirst}, .turn = A, .options = Choices{}};
    QTest::newRow("a second push-out after the hand-back: an ordinary shot")
        << bPushes + Steps{Choice::HandBack, Shot().pushOut()}
        << Expect{.foul = true, .fouls = {Foul::NoContact}, .turn = A, .options = Choices{}};
    QTest::newRow("push-out marked after the breaker's first shot: an ordinary shot")
        << Steps{breakPotsTwo(), made(1), Shot().pushOut()}
        << Expect{.foul = true, .turn = B, .options = Choices{}};
    QTest::newRow("a push-out marked as a legal ordinary shot: no choice offered")
        << Steps{quietBreak(), safe(1), hit(1).pushOut().pots(1)}
        << Expect{.foul = false, .turn = A, .options = Choices{}};
    QTest::newRow("the first shot after the break taken normally: no push-out later")
        << Steps{quietBreak(), safe(1)}
        << Expect{.foul = false, .turn = A, .pushOutAllowed = false};
}

void TestNineBall::pushOut()
{
    verify();
}

// WPA 2.5-2.7 and 6: the lowest ball first, then a pocket or a cushion; the 9 wins by any
// legal route; balls off the table.
void TestNineBall::play_data()
{
    addColumns();
    const Steps aAtTable{breakPotsTwo()}; // A to shoot at the 1
    QTest::newRow("lowest ball made: A continues")
        << aAtTable + Steps{hit(1).pots(1)}
        << Expect{.foul = false, .turn = A, .onTable = kFullRack.without(balls({1, 2}))};
    QTest::newRow("the next lowest ball after the 1 and 2 are gone is the 3")
        << aAtTable + Steps{hit(1).pots(1), hit(3).pots(3)} << Expect{.foul = false, .turn = A};
    QTest::newRow("combination on the 9 wins")
        << aAtTable + Steps{hit(1).pots(9, SideLeft)}
        << Expect{.foul = false, .rackOver = true, .winner = A, .score = Pair{1, 0}};
    QTest::newRow("the 9 made with the lowest ball on the same shot wins")
        << aAtTable + Steps{hit(1).pots(1).pots(9)} << Expect{.rackOver = true, .winner = A};
    QTest::newRow("9 made with a scratch: foul, the 9 is spotted")
        << aAtTable + Steps{hit(1).pots(9).scratches()}
        << Expect{.foul = true,
                  .turn = B,
                  .ballInHand = BallInHand::Anywhere,
                  .respotted = balls({9}),
                  .rackOver = false};
    QTest::newRow("9 made after hitting a higher ball first: foul, spotted")
        << aAtTable + Steps{hit(3).pots(9)}
        << Expect{.foul = true,
                  .fouls = {Foul::WrongBallFirst},
                  .respotted = balls({9}),
                  .rackOver = false};
    QTest::newRow("9 off the table: foul, spotted")
        << aAtTable + Steps{hit(1).rails({1}).off({9})}
        << Expect{.foul = true,
                  .fouls = {Foul::ObjectBallOffTable},
                  .turn = B,
                  .respotted = balls({9}),
                  .onTable = kFullRack.without(balls({2}))};
    QTest::newRow("another object ball off the table: foul, it stays off")
        << aAtTable + Steps{hit(1).rails({1}).off({5})}
        << Expect{
               .foul = true, .respotted = BallSet{}, .onTable = kFullRack.without(balls({2, 5}))};
    QTest::newRow("the lowest ball off the table: the next one is lowest")
        << aAtTable + Steps{hit(1).rails({3}).off({1}), hit(3).pots(3)}
        << Expect{.foul = false, .turn = B};
    QTest::newRow("no cushion after contact: foul")
        << aAtTable + Steps{hit(1)}
        << Expect{.foul = true, .fouls = {Foul::NoRail}, .ballInHand = BallInHand::Anywhere};
    QTest::newRow("a legal miss: turn passes, no ball in hand")
        << aAtTable + Steps{hit(1).rails({0})}
        << Expect{.foul = false, .turn = B, .ballInHand = BallInHand::None};
    QTest::newRow("balls pocketed on a foul stay down (only the 9 comes back)")
        << aAtTable + Steps{hit(3).pots(4).pots(5)}
        << Expect{.foul = true,
                  .respotted = BallSet{},
                  .onTable = kFullRack.without(balls({2, 4, 5}))};
}

void TestNineBall::play()
{
    verify();
}

// WPA 2.8 and 6.14: three fouls in a row without a legal shot between lose the rack; the
// player is warned after the second.
void TestNineBall::threeFouls_data()
{
    addColumns();
    const Shot foul = Shot(); // no ball hit
    QTest::newRow("first foul: counted, no warning")
        << Steps{quietBreak(), foul}
        << Expect{.foul = true, .foulsInARow = Pair{0, 1}, .warning = false};
    QTest::newRow("second foul in a row: warned") << Steps{quietBreak(), foul, safe(1), foul}
                                                  << Expect{.foul = true,
                                                            .turn = A,
                                                            .foulsInARow = Pair{0, 2},
                                                            .warning = true,
                                                            .rackOver = false};
    QTest::newRow("third foul in a row: the rack is lost")
        << Steps{quietBreak(), foul, safe(1), foul, safe(1), foul}
        << Expect{.foul = true,
                  .fouls = {Foul::ThreeFouls, Foul::NoContact},
                  .turn = B, // the next rack's breaker
                  .rackOver = true,
                  .winner = A,
                  .breaker = B,
                  .score = Pair{1, 0}};
    QTest::newRow("a legal shot between the fouls clears the count")
        << Steps{quietBreak(), foul, safe(1), foul, safe(1), safe(1), safe(1), foul}
        << Expect{.foul = true, .foulsInARow = Pair{0, 1}, .warning = false, .rackOver = false};
    QTest::newRow("the opponent's legal shots do not clear the count")
        << Steps{quietBreak(), foul, made(1), safe(2), foul}
        << Expect{.foul = true, .foulsInARow = Pair{0, 2}, .warning = true};
    QTest::newRow("fouls of the two players are counted apart")
        << Steps{quietBreak(), foul, foul, foul, foul}
        << Expect{.foul = true, .foulsInARow = Pair{2, 2}, .warning = true, .rackOver = false};
    QTest::newRow("alternating fouls: B's third loses")
        << Steps{quietBreak(), foul, foul, foul, foul, foul}
        << Expect{.foul = true, .rackOver = true, .winner = A};
    QTest::newRow("a foul break counts as the first")
        << Steps{breakShot().hits(1).rails({2}), safe(1), foul, safe(1), foul}
        << Expect{.foul = true, .rackOver = true, .winner = B};
    QTest::newRow("a push-out with a scratch counts")
        << Steps{quietBreak(), Shot().pushOut().scratches(), safe(1), foul, safe(1), foul}
        << Expect{.rackOver = true, .winner = A};
    QTest::newRow("fouls do not carry into the next rack")
        << Steps{quietBreak(),
                 foul,
                 safe(1),
                 foul,
                 hit(1).pots(9),                  // A wins rack 1
                 breakShot().hits(1).scratches()} // B breaks rack 2
        << Expect{.foul = true,
                  .foulsInARow = Pair{0, 1},
                  .warning = false,
                  .rackOver = false,
                  .rackNumber = 2};
}

void TestNineBall::threeFouls()
{
    verify();
}

void TestNineBall::houseOptions_data()
{
    QTest::addColumn<GameOptions>("options");
    addColumns();
    GameOptions noThreeFouls;
    noThreeFouls.threeFoulRule = false;
    QTest::newRow("without the three-foul rule a third foul is only a foul")
        << noThreeFouls << Steps{quietBreak(), Shot(), safe(1), Shot(), safe(1), Shot()}
        << Expect{.foul = true,
                  .turn = A,
                  .ballInHand = BallInHand::Anywhere,
                  .foulsInARow = Pair{0, 3},
                  .rackOver = false};
}

void TestNineBall::houseOptions()
{
    QFETCH(GameOptions, options);
    QFETCH(Steps, steps);
    QFETCH(Expect, expect);
    const QString problems = verifyRow(setupFor(Game::NineBall, options), steps, expect);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestNineBall)
#include "tst_nineball.moc"
