// Per player, per match: racks won, balls pocketed, shots, innings, balls per inning, fouls
// by kind, break-and-runs and safeties; and the one-line summary a venue shows.

#include "rackplay.h"

#include <QObject>
#include <QTest>
#include <QTranslator>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;

namespace {

// Every figure of one player; a row names the ones that are not zero.
struct Figures
{
    int racksWon = 0;
    int ballsPocketed = 0;
    int shots = 0;
    int innings = 0;
    int fouls = 0;
    int scratches = 0;
    int breakAndRuns = 0;
    int safeties = 0;
    double ballsPerInning = 0.0;
};

// A number of fouls of one kind by one player.
struct FoulTally
{
    Seat seat = A;
    Foul foul = Foul::Scratch;
    int count = 0;
};
using FoulTallies = QList<FoulTally>;

} // namespace

Q_DECLARE_METATYPE(Figures)
Q_DECLARE_METATYPE(FoulTallies)

namespace {

Shot quietBreak()
{
    return breakShot().hits(1).rails({2, 3, 4, 6});
}

Shot nineOnTheBreak()
{
    return breakShot().hits(1).pots(9);
}

Shot safe(int lowest)
{
    return hit(lowest).rails({lowest});
}

MatchSetup game(Game which, int raceTo = 0)
{
    MatchSetup setup = setupFor(which);
    setup.raceTo = raceTo;
    return setup;
}

QString differences(const PlayerStatistics &actual, const Figures &expected)
{
    QStringList problems;
    auto check = [&](const char *name, auto want, auto got) {
        if (want != got) {
            problems << QStringLiteral("%1: expected %2, got %3")
                            .arg(QLatin1String(name))
                            .arg(want)
                            .arg(got);
        }
    };
    check("racks won", expected.racksWon, actual.racksWon);
    check("balls pocketed", expected.ballsPocketed, actual.ballsPocketed);
    check("shots", expected.shots, actual.shots);
    check("innings", expected.innings, actual.innings);
    check("fouls", expected.fouls, actual.fouls);
    check("scratches", expected.scratches, actual.scratches());
    check("break-and-runs", expected.breakAndRuns, actual.breakAndRuns);
    check("safeties", expected.safeties, actual.safeties);
    if (!qFuzzyCompare(1.0 + expected.ballsPerInning, 1.0 + actual.ballsPerInning()))
        check("balls per inning", expected.ballsPerInning, actual.ballsPerInning());
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figures_data();
    void figures();
    void breaks_data();
    void breaks();
    void foulsByKind_data();
    void foulsByKind();
    void summary_data();
    void summary();

private:
    QTranslator m_english; // the plural forms ("1 foul", "2 fouls") the app installs
};

void TestStatistics::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral(DOJO_TRANSLATIONS_DIR "/dojopool_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_english));
}

void TestStatistics::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
}

void TestStatistics::figures_data()
{
    QTest::addColumn<MatchSetup>("setup");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<Figures>("a");
    QTest::addColumn<Figures>("b");

    const MatchSetup nine = game(Game::NineBall);
    QTest::newRow("9-ball break-and-run: one inning, three balls")
        << nine << Steps{breakShot().hits(1).pots(2), made(1), hit(3).pots(9)}
        << Figures{.racksWon = 1,
                   .ballsPocketed = 3,
                   .shots = 3,
                   .innings = 1,
                   .breakAndRuns = 1,
                   .ballsPerInning = 3.0}
        << Figures{};
    QTest::newRow("the 9 on the break is a break-and-run") << nine << Steps{nineOnTheBreak()}
                                                           << Figures{.racksWon = 1,
                                                                      .ballsPocketed = 1,
                                                                      .shots = 1,
                                                                      .innings = 1,
                                                                      .breakAndRuns = 1,
                                                                      .ballsPerInning = 1.0}
                                                           << Figures{};
    QTest::newRow("an inning lasts as long as the player keeps the table")
        << nine << Steps{breakShot().hits(1).pots(2), made(1), safe(3), safe(3), made(3), safe(4)}
        << Figures{.ballsPocketed = 3, .shots = 5, .innings = 2, .ballsPerInning = 1.5}
        << Figures{.shots = 1, .innings = 1};
    QTest::newRow("the opponent shot: no break-and-run")
        << nine << Steps{quietBreak(), safe(1), hit(1).pots(9)}
        << Figures{.racksWon = 1,
                   .ballsPocketed = 1,
                   .shots = 2,
                   .innings = 2,
                   .ballsPerInning = 0.5}
        << Figures{.shots = 1, .innings = 1};
    QTest::newRow("balls pocketed on a foul are not credited")
        << nine << Steps{breakShot().hits(1).pots(2), hit(3).pots(4)}
        << Figures{.ballsPocketed = 1, .shots = 2, .innings = 1, .fouls = 1, .ballsPerInning = 1.0}
        << Figures{};
    QTest::newRow("the 9 respotted after a push-out is not credited")
        << nine << Steps{quietBreak(), hit(4).pushOut().pots(9).pots(4)}
        << Figures{.shots = 1, .innings = 1}
        << Figures{.ballsPocketed = 1, .shots = 1, .innings = 1, .ballsPerInning = 1.0};
    QTest::newRow("push-out handed back: the pusher starts a new inning")
        << nine << Steps{quietBreak(), Shot().pushOut(), Choice::HandBack, safe(1)}
        << Figures{.shots = 1, .innings = 1} << Figures{.shots = 2, .innings = 2};
    QTest::newRow("push-out taken: the chooser's inning starts")
        << nine << Steps{quietBreak(), Shot().pushOut(), Choice::Shoot, made(1), safe(2)}
        << Figures{.ballsPocketed = 1, .shots = 3, .innings = 2, .ballsPerInning = 0.5}
        << Figures{.shots = 1, .innings = 1};
    QTest::newRow("three fouls: the rack goes to the opponent")
        << nine << Steps{quietBreak(), Shot(), safe(1), Shot(), safe(1), Shot()}
        << Figures{.racksWon = 1, .shots = 3, .innings = 3}
        << Figures{.shots = 3, .innings = 3, .fouls = 3};
    QTest::newRow("a race: racks and break-and-runs of both players")
        << game(Game::NineBall, 3)
        << Steps{nineOnTheBreak(), nineOnTheBreak(), quietBreak(), hit(1).pots(9)}
        << Figures{.racksWon = 1,
                   .ballsPocketed = 1,
                   .shots = 2,
                   .innings = 2,
                   .breakAndRuns = 1,
                   .ballsPerInning = 0.5}
        << Figures{.racksWon = 2,
                   .ballsPocketed = 2,
                   .shots = 2,
                   .innings = 2,
                   .breakAndRuns = 1,
                   .ballsPerInning = 1.0};
    QTest::newRow("a stalemate ends the inning")
        << nine << Steps{quietBreak(), safe(1), Stalemate{}, quietBreak()}
        << Figures{.shots = 2, .innings = 2} << Figures{.shots = 1, .innings = 1};

    const MatchSetup eight = game(Game::EightBall);
    QTest::newRow("8-ball: safeties are the shots called as a safety")
        << eight
        << Steps{quietBreak(), hit(3).safety().rails({3}), hit(4).safety().rails({4}),
                 hit(5).safety().pots(5), hit(10).rails({10})}
        << Figures{.shots = 3, .innings = 3, .safeties = 1}
        << Figures{
               .ballsPocketed = 1, .shots = 2, .innings = 2, .safeties = 2, .ballsPerInning = 0.5};
    QTest::newRow("8-ball: the 8 respotted after a clean break is one inning, a break-and-run")
        << eight
        << Steps{breakShot().hits(1).pots(8).pots(3),
                 Choice::RespotEight,
                 made(1),
                 made(2),
                 made(4),
                 made(5),
                 made(6),
                 made(7),
                 made(8, SideLeft)}
        << Figures{.racksWon = 1,
                   .ballsPocketed = 8,
                   .shots = 8,
                   .innings = 1,
                   .breakAndRuns = 1,
                   .ballsPerInning = 8.0}
        << Figures{};
    QTest::newRow("8-ball: the 8 on the break and a re-rack: the 8 is not credited")
        << eight << Steps{breakShot().hits(1).pots(8).pots(3), Choice::Rerack}
        << Figures{.ballsPocketed = 1, .shots = 1, .innings = 1, .ballsPerInning = 1.0}
        << Figures{};
    QTest::newRow("8-ball: an illegal break accepted: the opponent's inning")
        << eight << Steps{breakShot().hits(1), Choice::Accept, hit(3).pots(3), safe(4)}
        << Figures{.shots = 1, .innings = 1}
        << Figures{.ballsPocketed = 1, .shots = 2, .innings = 1, .ballsPerInning = 1.0};
    QTest::newRow("8-ball: losing on the 8 is no break-and-run for anyone")
        << eight << Steps{breakShot().hits(1).pots(3), hit(1).rails({1}).pots(8)}
        << Figures{.ballsPocketed = 1, .shots = 2, .innings = 1, .fouls = 1, .ballsPerInning = 1.0}
        << Figures{.racksWon = 1};

    const MatchSetup ten = game(Game::TenBall);
    QTest::newRow("10-ball: a missed call handed back starts a new inning")
        << ten
        << Steps{breakShot().hits(1).pots(2), hit(1).calls(1, FootLeft).pots(1, SideLeft),
                 Choice::HandBack, safe(3)}
        << Figures{.ballsPocketed = 2, .shots = 3, .innings = 2, .ballsPerInning = 1.0}
        << Figures{};

    const MatchSetup straight = game(Game::StraightPool);
    QTest::newRow("14.1: scored balls are the balls pocketed")
        << straight
        << Steps{breakShot().hits(15).rails({0, 4, 9}), made(1), made(2).pots(3, SideLeft),
                 hit(4).calls(4, FootLeft).pots(4, SideLeft), made(5)}
        << Figures{.ballsPocketed = 1, .shots = 2, .innings = 2, .ballsPerInning = 0.5}
        << Figures{.ballsPocketed = 3, .shots = 3, .innings = 1, .ballsPerInning = 3.0};
}

void TestStatistics::figures()
{
    QFETCH(MatchSetup, setup);
    QFETCH(Steps, steps);
    QFETCH(Figures, a);
    QFETCH(Figures, b);
    Match match(setup);
    const Played played = playAll(match, steps);
    QVERIFY2(played.error.isEmpty(), qPrintable(played.error));
    const QString problemsA = differences(match.statistics().player(A), a);
    QVERIFY2(problemsA.isEmpty(), qPrintable(QStringLiteral("A: ") + problemsA));
    const QString problemsB = differences(match.statistics().player(B), b);
    QVERIFY2(problemsB.isEmpty(), qPrintable(QStringLiteral("B: ") + problemsB));
}

// The breaks each player took, and those that made a ball without a foul.
void TestStatistics::breaks_data()
{
    QTest::addColumn<MatchSetup>("setup");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<QList<int>>("breaks"); // A's breaks, A's made, B's breaks, B's made

    const MatchSetup nine = game(Game::NineBall);
    QTest::newRow("a break that made a ball")
        << nine << Steps{breakShot().hits(1).pots(2)} << QList<int>{1, 1, 0, 0};
    QTest::newRow("a quiet break, then shots: one break")
        << nine << Steps{quietBreak(), safe(1), safe(1)} << QList<int>{1, 0, 0, 0};
    QTest::newRow("a ball made on a foul break is no made break")
        << nine << Steps{breakShot().hits(1).pots(2).scratches()} << QList<int>{1, 0, 0, 0};
    QTest::newRow("a race: each rack's breaker")
        << game(Game::NineBall, 3)
        << Steps{nineOnTheBreak(), nineOnTheBreak(), quietBreak(), hit(1).pots(9)}
        << QList<int>{2, 1, 1, 1}; // the break alternates
}

void TestStatistics::breaks()
{
    QFETCH(MatchSetup, setup);
    QFETCH(Steps, steps);
    QFETCH(QList<int>, breaks);
    Match match(setup);
    const Played played = playAll(match, steps);
    QVERIFY2(played.error.isEmpty(), qPrintable(played.error));
    const PlayerStatistics &a = match.statistics().player(A);
    const PlayerStatistics &b = match.statistics().player(B);
    QCOMPARE((QList<int>{a.breaks, a.breaksMade, b.breaks, b.breaksMade}), breaks);
}

// Every rule broken on a foul is counted by kind; several on one shot are one foul.
void TestStatistics::foulsByKind_data()
{
    QTest::addColumn<MatchSetup>("setup");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<FoulTallies>("tallies");

    const MatchSetup nine = game(Game::NineBall);
    QTest::newRow("scratch and cue ball off the table are both scratches")
        << nine << Steps{quietBreak(), safe(1).scratches(), safe(1), safe(1).off({0})}
        << FoulTallies{{B, Foul::Scratch, 1}, {B, Foul::CueBallOffTable, 1}};
    QTest::newRow("two rules broken on one shot: one foul, two kinds")
        << nine << Steps{quietBreak(), hit(3).rails({3}).scratches()}
        << FoulTallies{{B, Foul::WrongBallFirst, 1}, {B, Foul::Scratch, 1}};
    QTest::newRow("a bad break") << nine << Steps{breakShot().hits(1).rails({2, 3})}
                                 << FoulTallies{{A, Foul::BadBreak, 1}};
    QTest::newRow("three fouls: each counted, and the third as three-fouls")
        << nine << Steps{quietBreak(), Shot(), safe(1), Shot(), safe(1), hit(1)}
        << FoulTallies{{B, Foul::NoContact, 2}, {B, Foul::NoRail, 1}, {B, Foul::ThreeFouls, 1}};
    QTest::newRow("the referee's calls")
        << nine
        << Steps{quietBreak(), safe(1).refereeCalls(RefereeFoul::DoubleHit),
                 safe(1).refereeCalls(RefereeFoul::SlowPlay)}
        << FoulTallies{{B, Foul::DoubleHit, 1}, {A, Foul::SlowPlay, 1}};
    QTest::newRow("8-ball: the 8 lost with a scratch")
        << game(Game::EightBall)
        << Steps{breakShot().hits(1).pots(3), hit(1).rails({1}).pots(8).scratches()}
        << FoulTallies{{A, Foul::EightBallLost, 1}, {A, Foul::Scratch, 1}};
    QTest::newRow("14.1: a breach is a foul of its own kind")
        << game(Game::StraightPool) << Steps{breakShot().hits(15).rails({4})}
        << FoulTallies{{A, Foul::OpeningBreakBreach, 1}};
}

void TestStatistics::foulsByKind()
{
    QFETCH(MatchSetup, setup);
    QFETCH(Steps, steps);
    QFETCH(FoulTallies, tallies);
    Match match(setup);
    const Played played = playAll(match, steps);
    QVERIFY2(played.error.isEmpty(), qPrintable(played.error));
    for (Seat seat : {A, B}) {
        const PlayerStatistics &player = match.statistics().player(seat);
        std::array<int, kFoulKinds> expected{};
        for (const FoulTally &tally : tallies) {
            if (tally.seat == seat)
                expected[size_t(tally.foul)] = tally.count;
        }
        for (int kind = 0; kind < kFoulKinds; ++kind) {
            QVERIFY2(player.foulsOfKind(Foul(kind)) == expected[size_t(kind)],
                     qPrintable(QStringLiteral("%1 %2: expected %3, got %4")
                                    .arg(seatName(seat), foulKey(Foul(kind)))
                                    .arg(expected[size_t(kind)])
                                    .arg(player.foulsOfKind(Foul(kind)))));
        }
    }
}

void TestStatistics::summary_data()
{
    QTest::addColumn<MatchSetup>("setup");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<QString>("summary");

    // B breaks this rack, fouls five times (three scratches) and A wins it.
    const Steps bFoulsFiveTimes{breakShot().hits(1).rails({2}).scratches(), // 1, a scratch
                                safe(1),
                                safe(1).scratches(), // 2, a scratch
                                safe(1),
                                safe(1), // a legal shot clears B's count
                                safe(1),
                                Shot(), // 3
                                safe(1),
                                safe(1),
                                safe(1),
                                safe(1).scratches(), // 4, a scratch
                                safe(1),
                                safe(1),
                                safe(1),
                                hit(1), // 5, no cushion
                                hit(1).pots(9)};
    MatchSetup raceToSeven = game(Game::NineBall, 7);
    raceToSeven.startingScore = {4, 4};
    QTest::newRow("a won match")
        << raceToSeven << Steps{nineOnTheBreak()} + bFoulsFiveTimes + Steps{nineOnTheBreak()}
        << QStringLiteral("A won 7-4; 2 break-and-runs; B: 5 fouls, 3 of them scratches");

    QTest::newRow("a won match, one of everything")
        << game(Game::NineBall, 2)
        << Steps{nineOnTheBreak(), breakShot().hits(1).pots(2).scratches(), hit(1).pots(9)}
        << QStringLiteral("A won 2-0; 1 break-and-run; B: 1 foul, 1 of them a scratch");
    QTest::newRow("B won") << game(Game::NineBall, 1) << Steps{quietBreak(), hit(1).pots(9)}
                           << QStringLiteral("B won 1-0");
    QTest::newRow("a level score")
        << game(Game::NineBall, 5) << Steps{nineOnTheBreak(), nineOnTheBreak()}
        << QStringLiteral("A and B are level at 1-1; 2 break-and-runs");
    QTest::newRow("nothing played yet")
        << game(Game::NineBall, 5) << Steps{} << QStringLiteral("A and B are level at 0-0");
    QTest::newRow("A leads") << game(Game::NineBall, 5) << Steps{nineOnTheBreak()}
                             << QStringLiteral("A leads 1-0; 1 break-and-run");
    QTest::newRow("B leads, A's fouls without scratches")
        << game(Game::NineBall, 5) << Steps{breakShot().hits(3).rails({2, 4, 5, 6}), hit(1).pots(9)}
        << QStringLiteral("B leads 1-0; A: 1 foul");
    QTest::newRow("fouls by both players")
        << game(Game::NineBall, 5)
        << Steps{quietBreak(), Shot(), Shot().scratches(), safe(1).scratches()}
        << QStringLiteral("A and B are level at 0-0; A: 1 foul, 1 of them a scratch; "
                          "B: 2 fouls, 1 of them a scratch");
    MatchSetup straight = game(Game::StraightPool, 100);
    straight.startingScore = {97, 40};
    QTest::newRow("14.1: the score is points") << straight << Steps{breakShot().hits(15).rails({4})}
                                               << QStringLiteral("A leads 95-40; A: 1 foul");
}

void TestStatistics::summary()
{
    QFETCH(MatchSetup, setup);
    QFETCH(Steps, steps);
    QFETCH(QString, summary);
    Match match(setup);
    for (const Step &step : steps)
        QVERIFY(match.apply(step));
    const std::array<QString, 2> names{QStringLiteral("A"), QStringLiteral("B")};
    QCOMPARE(match.statistics().summary(names, match.score(), match.winner()), summary);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
