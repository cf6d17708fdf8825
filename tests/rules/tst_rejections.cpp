// Steps that cannot have happened are refused with a message, and nothing changes: not the
// rack, not the score, not the statistics. The pure rack functions refuse them the same way.

#include "rackplay.h"

#include <QObject>
#include <QTest>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;

Q_DECLARE_METATYPE(dojo::rules::Game)

namespace {

Shot quietBreak()
{
    return breakShot().hits(1).rails({2, 3, 4, 6});
}

// A breaks and pockets the 3 (8-ball, 9-ball or 10-ball): A is at the table, the 3 is down.
Shot breakPotsThree()
{
    return breakShot().hits(1).pots(3).rails({5});
}

Shot safeBreak()
{
    return breakShot().hits(15).rails({0, 4, 9});
}

// The same step through the pure functions of rules/rack.h.
Result<RackStep, Refusal> ruleAlone(const RackState &rack, const Step &step,
                                    const GameOptions &options)
{
    switch (kindOf(step)) {
    case StepKind::Shot: return rules::shoot(rack, std::get<ShotRecord>(step), options);
    case StepKind::Decision: return rules::decide(rack, std::get<Choice>(step));
    case StepKind::Stalemate: return rules::declareStalemate(rack);
    case StepKind::Correction: break;
    }
    return Unexpected(Refusal{});
}

int totalShots(const Match &match)
{
    return match.statistics().player(A).shots + match.statistics().player(B).shots;
}

} // namespace

class TestRejections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void playGoesOnAfterARefusal();
};

void TestRejections::refused_data()
{
    QTest::addColumn<Game>("game");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Step>("refused");
    QTest::addColumn<QString>("error");

    const Game eight = Game::EightBall;
    const Game nine = Game::NineBall;
    const Game ten = Game::TenBall;
    const Game straight = Game::StraightPool;
    const Steps threeDown{breakPotsThree()};

    // Balls that are not on the table.
    QTest::newRow("8-ball: a ball pocketed on an earlier shot, pocketed again")
        << eight << threeDown << Step(hit(1).pots(3))
        << QStringLiteral("ball 3 is not on the table");
    QTest::newRow("8-ball: first contact with a pocketed ball")
        << eight << threeDown << Step(hit(3).rails({3}))
        << QStringLiteral("first_contact: ball 3 is not on the table");
    QTest::newRow("8-ball: a pocketed ball driven to a cushion")
        << eight << threeDown << Step(hit(1).rails({3}))
        << QStringLiteral("rails: ball 3 is not on the table");
    QTest::newRow("8-ball: a pocketed ball off the table")
        << eight << threeDown << Step(hit(1).rails({1}).off({3}))
        << QStringLiteral("off_table: ball 3 is not on the table");
    QTest::newRow("8-ball: a pocketed ball called")
        << eight << threeDown << Step(hit(1).calls(3, FootLeft).pots(1))
        << QStringLiteral("call: ball 3 is not on the table");
    QTest::newRow("8-ball: one ball pocketed twice on one shot")
        << eight << threeDown << Step(hit(1).pots(1, FootLeft).pots(1, SideLeft))
        << QStringLiteral("ball 1 is pocketed twice");
    QTest::newRow("8-ball: a ball both pocketed and off the table")
        << eight << threeDown << Step(hit(1).pots(1).off({1}))
        << QStringLiteral("off_table: ball 1 was pocketed");
    QTest::newRow("8-ball: the cue ball both pocketed and off the table")
        << eight << threeDown << Step(hit(1).rails({1}).scratches().off({0}))
        << QStringLiteral("off_table: ball 0 was pocketed");
    QTest::newRow("8-ball: first contact with the cue ball")
        << eight << threeDown << Step(hit(0).rails({0}))
        << QStringLiteral("first_contact: ball 0 is not on the table");
    QTest::newRow("8-ball: a ball pocketed though nothing was hit")
        << eight << Steps{quietBreak()} << Step(Shot().pots(4))
        << QStringLiteral("ball 4 was pocketed though the cue ball touched no ball");
    QTest::newRow("9-ball: ball 12 is not in the game")
        << nine << Steps{quietBreak()} << Step(hit(1).pots(12))
        << QStringLiteral("ball 12 is not on the table");
    QTest::newRow("9-ball: first contact with ball 15")
        << nine << Steps{quietBreak()} << Step(hit(15).rails({15}))
        << QStringLiteral("first_contact: ball 15 is not on the table");
    QTest::newRow("9-ball: ball 10 driven off the table")
        << nine << Steps{quietBreak()} << Step(hit(1).rails({1}).off({10}))
        << QStringLiteral("off_table: ball 10 is not on the table");
    QTest::newRow("10-ball: ball 11 called")
        << ten << Steps{quietBreak()} << Step(hit(1).calls(11, FootLeft).rails({1}))
        << QStringLiteral("call: ball 11 is not on the table");
    QTest::newRow("14.1: a ball scored earlier pocketed again")
        << straight << Steps{safeBreak(), made(5)} << Step(hit(1).pots(5))
        << QStringLiteral("ball 5 is not on the table");

    // Numbers that are no ball at all.
    QTest::newRow("8-ball: ball 16 pocketed")
        << eight << threeDown << Step(hit(1).pots(16)) << QStringLiteral("ball 16 does not exist");
    QTest::newRow("8-ball: first contact with ball 20")
        << eight << threeDown << Step(hit(20).rails({1}))
        << QStringLiteral("first_contact: ball 20 does not exist");
    QTest::newRow("9-ball: ball -1 driven to a cushion")
        << nine << Steps{quietBreak()} << Step(hit(1).rails({-1}))
        << QStringLiteral("rails: ball -1 does not exist");
    QTest::newRow("9-ball: ball 99 off the table")
        << nine << Steps{quietBreak()} << Step(hit(1).rails({1}).off({99}))
        << QStringLiteral("off_table: ball 99 does not exist");
    QTest::newRow("10-ball: ball 40 called")
        << ten << Steps{quietBreak()} << Step(hit(1).calls(40, FootLeft))
        << QStringLiteral("call: ball 40 does not exist");
    QTest::newRow("10-ball: ball -3 hit first")
        << ten << Steps{quietBreak()} << Step(hit(-3))
        << QStringLiteral("first_contact: ball -3 does not exist");

    // Choices that were not offered.
    QTest::newRow("8-ball: respot-eight after an illegal break")
        << eight << Steps{breakShot().hits(1)} << Step(Choice::RespotEight)
        << QStringLiteral("respot-eight was not offered");
    QTest::newRow("8-ball: shoot after an illegal break")
        << eight << Steps{breakShot().hits(1)} << Step(Choice::Shoot)
        << QStringLiteral("shoot was not offered");
    QTest::newRow("8-ball: accept after the 8 on a clean break")
        << eight << Steps{breakShot().hits(1).pots(8)} << Step(Choice::Accept)
        << QStringLiteral("accept was not offered");
    QTest::newRow("8-ball: a choice with nothing pending")
        << eight << Steps{quietBreak()} << Step(Choice::Accept)
        << QStringLiteral("accept was not offered");
    QTest::newRow("8-ball: a choice before the break")
        << eight << Steps{} << Step(Choice::RerackAndBreak)
        << QStringLiteral("rerack-and-break was not offered");
    QTest::newRow("8-ball: the same choice twice")
        << eight << Steps{breakShot().hits(1), Choice::Accept} << Step(Choice::Accept)
        << QStringLiteral("accept was not offered");
    QTest::newRow("9-ball: accept after a push-out")
        << nine << Steps{quietBreak(), Shot().pushOut()} << Step(Choice::Accept)
        << QStringLiteral("accept was not offered");
    QTest::newRow("9-ball: hand-back with nothing pending")
        << nine << threeDown << Step(Choice::HandBack)
        << QStringLiteral("hand-back was not offered");
    QTest::newRow("10-ball: rerack after a missed call")
        << ten << Steps{breakPotsThree(), hit(1).calls(1, FootLeft).pots(1, SideLeft)}
        << Step(Choice::Rerack) << QStringLiteral("rerack was not offered");
    QTest::newRow("14.1: accept after a legal safe break")
        << straight << Steps{safeBreak()} << Step(Choice::Accept)
        << QStringLiteral("accept was not offered");
    QTest::newRow("14.1: rerack-and-break after a breach (an 8-ball choice)")
        << straight << Steps{breakShot().hits(15)} << Step(Choice::RerackAndBreak)
        << QStringLiteral("rerack-and-break was not offered");

    // A shot (or a stalemate) while a choice is pending.
    QTest::newRow("8-ball: a shot while the illegal-break choice is pending")
        << eight << Steps{breakShot().hits(1)} << Step(hit(1).rails({1}))
        << QStringLiteral("a choice is pending (accept, rerack-and-break, rerack-opponent-breaks)");
    QTest::newRow("8-ball: a shot while the 8-on-the-break choice is pending")
        << eight << Steps{breakShot().hits(1).pots(8)} << Step(made(1))
        << QStringLiteral("a choice is pending (respot-eight, rerack)");
    QTest::newRow("8-ball: a break while the ball-off-the-table choice is pending")
        << eight << Steps{quietBreak().off({11})} << Step(quietBreak())
        << QStringLiteral("a choice is pending");
    QTest::newRow("9-ball: a shot while the push-out choice is pending")
        << nine << Steps{quietBreak(), Shot().pushOut()} << Step(hit(1).rails({1}))
        << QStringLiteral("a choice is pending (shoot, hand-back)");
    QTest::newRow("10-ball: a shot while the missed-call choice is pending")
        << ten << Steps{breakPotsThree(), hit(1).calls(1, FootLeft).pots(1, SideLeft)}
        << Step(made(2)) << QStringLiteral("a choice is pending (shoot, hand-back)");
    QTest::newRow("14.1: a shot while the breach choice is pending")
        << straight << Steps{breakShot().hits(15)} << Step(made(3))
        << QStringLiteral("a choice is pending (accept, rerack)");
    QTest::newRow("8-ball: a stalemate while a choice is pending")
        << eight << Steps{breakShot().hits(1)} << Step(Stalemate{})
        << QStringLiteral("a choice is pending");
    QTest::newRow("9-ball: a stalemate while the push-out choice is pending")
        << nine << Steps{quietBreak(), Shot().pushOut()} << Step(Stalemate{})
        << QStringLiteral("a choice is pending");

    // A break when none is due.
    QTest::newRow("8-ball: a second break")
        << eight << Steps{quietBreak()} << Step(quietBreak())
        << QStringLiteral("break: no break is due; the rack is under way");
    QTest::newRow("9-ball: a break after the push-out was taken")
        << nine << Steps{quietBreak(), Shot().pushOut(), Choice::Shoot} << Step(quietBreak())
        << QStringLiteral("no break is due");
    QTest::newRow("10-ball: a break in mid-rack")
        << ten << threeDown << Step(quietBreak()) << QStringLiteral("no break is due");
    QTest::newRow("14.1: a break in mid-game")
        << straight << Steps{safeBreak(), made(5)} << Step(safeBreak())
        << QStringLiteral("no break is due");
    QTest::newRow("14.1: a break after the breach was accepted")
        << straight << Steps{breakShot().hits(15), Choice::Accept} << Step(safeBreak())
        << QStringLiteral("no break is due");
}

void TestRejections::refused()
{
    QFETCH(Game, game);
    QFETCH(Steps, steps);
    QFETCH(Step, refused);
    QFETCH(QString, error);

    const MatchSetup setup = setupFor(game);
    Match match(setup);
    const Played played = playAll(match, steps);
    QVERIFY2(played.error.isEmpty() || steps.isEmpty(), qPrintable(played.error));

    const RackState rack = match.rack();
    const Pair score = match.score();
    const int rackNumber = match.rackNumber();
    const int shots = totalShots(match);

    const Result<Ruling, Refusal> outcome = match.apply(refused);
    QVERIFY2(!outcome, "the step was ruled, not refused");
    const QString text = refusalText(outcome.error());
    QVERIFY2(text.contains(error), qPrintable(text));
    QVERIFY(match.rack() == rack);
    QCOMPARE(match.score(), score);
    QCOMPARE(match.rackNumber(), rackNumber);
    QCOMPARE(totalShots(match), shots);
    QVERIFY(!match.winner());

    const Result<RackStep, Refusal> alone = ruleAlone(rack, refused, setup.options);
    QVERIFY(!alone);
    QVERIFY(alone.error() == outcome.error());
}

// A refused step leaves the match exactly where it was: the next good step is ruled as if the
// bad one had never been offered.
void TestRejections::playGoesOnAfterARefusal()
{
    const MatchSetup setup = setupFor(Game::NineBall);
    Match clean(setup);
    Match refusedOnce(setup);
    const Steps before{breakPotsThree(), made(1)};
    QVERIFY(playAll(clean, before).error.isEmpty());
    QVERIFY(playAll(refusedOnce, before).error.isEmpty());

    QVERIFY(!refusedOnce.apply(hit(2).pots(3)));
    QVERIFY(!refusedOnce.apply(Choice::HandBack));
    QVERIFY(!refusedOnce.apply(quietBreak()));

    const Result<Ruling, Refusal> expected = clean.apply(made(2));
    const Result<Ruling, Refusal> actual = refusedOnce.apply(made(2));
    QVERIFY(expected && actual);
    QCOMPARE(actual->turn, expected->turn);
    QCOMPARE(actual->foul, expected->foul);
    QVERIFY(refusedOnce.rack() == clean.rack());
    QCOMPARE(refusedOnce.statistics().player(A).shots, clean.statistics().player(A).shots);
    QCOMPARE(refusedOnce.statistics().player(A).innings, clean.statistics().player(A).innings);
    QCOMPARE(refusedOnce.statistics().player(A).ballsPocketed,
             clean.statistics().player(A).ballsPocketed);
}

QTEST_GUILESS_MAIN(TestRejections)
#include "tst_rejections.moc"
