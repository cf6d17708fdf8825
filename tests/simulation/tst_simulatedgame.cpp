// The simulated players: the same seed plays the same match, the balls on the table always
// agree with the referee, the SHOT records are the physics' own, and the play looks like pool.

#include "simulation/simulatedgame.h"

#include "physics/simulator.h"
#include "physics/tablemodel.h"

#include "rules/match.h"

#include "core/ball.h"
#include "core/tablespec.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace dojo;
using namespace dojo::simulation;

namespace {

GameSettings settingsFor(rules::Game game, unsigned long long seed)
{
    GameSettings settings;
    settings.game = game;
    settings.seed = seed;
    return settings;
}

QString describe(rules::BallSet balls)
{
    QStringList numbers;
    for (int ball = 0; ball <= kHighestBall; ++ball) {
        if (balls.contains(ball))
            numbers << QString::number(ball);
    }
    return numbers.join(QLatin1Char(' '));
}

bool samePlacements(const std::vector<physics::BallPlacement> &a,
                    const std::vector<physics::BallPlacement> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.number == y.number && x.position == y.position;
    });
}

bool sameStrike(const physics::CueStrike &a, const physics::CueStrike &b)
{
    return a.speed == b.speed && a.angle == b.angle && a.side == b.side && a.top == b.top;
}

// What a match of many shots looked like.
struct Tally
{
    int shots = 0;
    int breaks = 0;
    int breaksPocketing = 0;
    int pocketingShots = 0; // not counting breaks
    int ballsPocketed = 0;  // object balls, breaks included
    int fouls = 0;
    int scratches = 0;
    int racksWon = 0; // a shot that ended its rack with a winner
    int reracks = 0;  // racks begun again without a winner (an illegal break, a stalemate)
    int shortestRack = 1 << 30; // shots from the break to the win
    int longestRack = 0;
};

} // namespace

class tst_SimulatedGame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameShots_data();
    void sameSeedSameShots();
    void differentSeedsDiffer();
    void longMatch_data();
    void longMatch();
    void racksAsWpaRacks_data();
    void racksAsWpaRacks();
};

void tst_SimulatedGame::sameSeedSameShots_data()
{
    QTest::addColumn<rules::Game>("game");
    QTest::newRow("eight-ball") << rules::Game::EightBall;
    QTest::newRow("nine-ball") << rules::Game::NineBall;
}

void tst_SimulatedGame::sameSeedSameShots()
{
    QFETCH(rules::Game, game);
    SimulatedGame first(settingsFor(game, 42));
    SimulatedGame second(settingsFor(game, 42));
    for (int i = 0; i < 200; ++i) {
        const PlayedShot &a = first.next();
        const PlayedShot &b = second.next();
        QCOMPARE(a.number, b.number);
        QCOMPARE(a.shooter, b.shooter);
        QVERIFY2(a.shot == b.shot, qPrintable(QStringLiteral("shot %1").arg(a.number)));
        QVERIFY2(samePlacements(a.before, b.before),
                 qPrintable(QStringLiteral("shot %1").arg(a.number)));
        QVERIFY(sameStrike(a.strike, b.strike));
        QCOMPARE(a.pause, b.pause);
        QCOMPARE(a.result.duration, b.result.duration);
    }
}

void tst_SimulatedGame::differentSeedsDiffer()
{
    for (rules::Game game : {rules::Game::EightBall, rules::Game::NineBall}) {
        SimulatedGame first(settingsFor(game, 1));
        SimulatedGame second(settingsFor(game, 2));
        int differing = 0;
        for (int i = 0; i < 20; ++i) {
            const PlayedShot &a = first.next();
            const PlayedShot &b = second.next();
            if (!(a.shot == b.shot) || !samePlacements(a.before, b.before))
                ++differing;
        }
        QVERIFY(differing > 10);
    }
}

void tst_SimulatedGame::longMatch_data()
{
    QTest::addColumn<rules::Game>("game");
    QTest::newRow("eight-ball") << rules::Game::EightBall;
    QTest::newRow("nine-ball") << rules::Game::NineBall;
}

void tst_SimulatedGame::longMatch()
{
    QFETCH(rules::Game, game);
    const GameSettings settings = settingsFor(game, 7);
    SimulatedGame simulated(settings);
    physics::Simulator simulator;
    const physics::TableModel &table = simulator.table(settings.table);
    const double radius = simulator.parameters().ballRadius;
    Tally tally;
    int rackLength = 0;
    bool rackWon = false;
    const TableSpec &spec = tableSpec(settings.table);
    std::optional<rules::Ruling> previous;
    int respotted = 0;
    int placedBehindHeadString = 0;
    for (int i = 0; i < 2000; ++i) {
        const PlayedShot &played = simulated.next();
        if (!simulated.problems().empty())
            QFAIL(qPrintable(simulated.problems().front()));
        QCOMPARE(played.number, i + 1);

        // The truth's SHOT is the physics' own, plus the call; the physics agrees again.
        ShotRecord uncalled = played.shot;
        uncalled.call.reset();
        QVERIFY(uncalled == played.result.shot);
        physics::ShotSetup setup;
        setup.table = settings.table;
        setup.balls = played.before;
        setup.cue = played.strike;
        setup.isBreak = played.shot.isBreak;
        const Result<physics::ShotResult> again = simulator.simulate(setup);
        QVERIFY(again.has_value());
        QVERIFY2(again->shot == played.result.shot,
                 qPrintable(QStringLiteral("shot %1").arg(played.number)));
        QVERIFY(!played.result.path.empty());

        // The balls on the table are the referee's, never on top of each other.
        const rules::RackState &rack = simulated.match().rack();
        rules::BallSet objectBalls;
        bool cueBall = false;
        for (const physics::BallPlacement &ball : simulated.balls()) {
            if (ball.number == kCueBall)
                cueBall = true;
            else
                objectBalls.insert(ball.number);
            QVERIFY(table.isOnBed(ball.position, radius, 0.01));
            for (const physics::BallPlacement &other : simulated.balls()) {
                if (other.number != ball.number)
                    QVERIFY(distance(ball.position, other.position) > 2 * radius - 0.01);
            }
        }
        QVERIFY2(objectBalls == rack.onTable,
                 qPrintable(QStringLiteral("shot %1: the table has %2, the referee %3")
                                .arg(played.number)
                                .arg(describe(objectBalls), describe(rack.onTable))));
        QVERIFY(cueBall || rack.breakDue || rack.ballInHand != rules::BallInHand::None);

        // Spotted balls go on the long string (WPA 1.4); ball in hand behind the head
        // string is placed there.
        if (!played.ruling.rackOver && played.ruling.options.empty()) {
            for (const physics::BallPlacement &ball : simulated.balls()) {
                if (played.ruling.respotted.contains(ball.number)) {
                    QCOMPARE(ball.position.y, spec.footSpot.y);
                    ++respotted;
                }
            }
        }
        if (previous && !previous->rackOver && previous->options.empty()
            && previous->ballInHand == rules::BallInHand::BehindHeadString) {
            QCOMPARE(played.before.front().number, kCueBall);
            QVERIFY(spec.isBehindHeadString(played.before.front().position));
            ++placedBehindHeadString;
        }
        previous = played.ruling;

        // Tally.
        ++tally.shots;
        if (played.rackStarts) {
            if (i > 0 && !rackWon)
                ++tally.reracks;
            rackLength = 0;
            rackWon = false;
        }
        ++rackLength;
        if (played.ruling.rackOver && played.ruling.winner) {
            ++tally.racksWon;
            rackWon = true;
            tally.shortestRack = std::min(tally.shortestRack, rackLength);
            tally.longestRack = std::max(tally.longestRack, rackLength);
        }
        int objectBallsDown = 0;
        for (const PocketedBall &ball : played.shot.pocketed)
            objectBallsDown += ball.ball != kCueBall ? 1 : 0;
        tally.ballsPocketed += objectBallsDown;
        if (played.shot.isBreak) {
            QVERIFY(played.rackStarts);
            ++tally.breaks;
            tally.breaksPocketing += objectBallsDown > 0 ? 1 : 0;
        } else {
            tally.pocketingShots += objectBallsDown > 0 ? 1 : 0;
        }
        tally.fouls += played.ruling.foul ? 1 : 0;
        tally.scratches += played.shot.scratched() ? 1 : 0;
        QVERIFY(played.pause >= 0.5 * settings.meanPause);
    }

    const int ordinary = tally.shots - tally.breaks;
    const auto percent = [](int part, int whole) { return 100.0 * part / std::max(whole, 1); };
    const double shotsPerRack = double(tally.shots) / std::max(tally.racksWon, 1);
    qInfo("%s, %s %.1f vs %s %.1f, %d shots: %d racks won (%.1f per 100 shots, %.1f shots "
          "each, %d to %d), %d racked again without a winner; balls pocketed per shot %.2f; "
          "pocketing shots %.1f %% of non-break shots; fouls %.1f %%; scratches %.1f %%; breaks "
          "pocketing a ball %.1f %%",
          qPrintable(rules::gameKey(game)), qPrintable(settings.players[0].name),
          settings.players[0].skill, qPrintable(settings.players[1].name),
          settings.players[1].skill, tally.shots, tally.racksWon,
          percent(tally.racksWon, tally.shots), shotsPerRack, tally.shortestRack, tally.longestRack,
          tally.reracks, double(tally.ballsPocketed) / tally.shots,
          percent(tally.pocketingShots, ordinary), percent(tally.fouls, tally.shots),
          percent(tally.scratches, tally.shots), percent(tally.breaksPocketing, tally.breaks));
    // Real pool, loosely: racks are won in a reasonable number of shots, players pocket balls
    // and rarely scratch. (The physics' 15-ball break spreads the rack less than a real one,
    // so 8-ball breaks pocket less often than at a real table.)
    const bool nineBall = game == rules::Game::NineBall;
    QVERIFY(tally.racksWon >= (nineBall ? 20 : 15));
    QVERIFY(shotsPerRack >= (nineBall ? 8.0 : 10.0));
    QVERIFY(shotsPerRack <= (nineBall ? 30.0 : 45.0));
    QVERIFY(percent(tally.pocketingShots, ordinary) > 25.0);
    QVERIFY(percent(tally.scratches, tally.shots) < 15.0);
    QVERIFY(percent(tally.fouls, tally.shots) < 30.0);
    QVERIFY(percent(tally.breaksPocketing, tally.breaks) > (nineBall ? 25.0 : 5.0));
    // Fouls on the 9 and scratches on 8-ball breaks happen in a long match.
    QVERIFY(respotted > 0 || !nineBall);
    QVERIFY(placedBehindHeadString > 0 || nineBall);
}

void tst_SimulatedGame::racksAsWpaRacks_data()
{
    QTest::addColumn<rules::Game>("game");
    QTest::newRow("eight-ball") << rules::Game::EightBall;
    QTest::newRow("nine-ball") << rules::Game::NineBall;
}

void tst_SimulatedGame::racksAsWpaRacks()
{
    // 9-ball: the 1 on the foot spot, the 9 in the middle. 8-ball: the 8 in the middle of
    // the third row, a solid and a stripe in the back corners. Every break from the head
    // string at the rack.
    QFETCH(rules::Game, game);
    const GameSettings settings = settingsFor(game, 3);
    const TableSpec &spec = tableSpec(settings.table);
    const double row = kBallDiameter * std::sqrt(3.0) / 2;
    SimulatedGame simulated(settings);
    int breaks = 0;
    for (int i = 0; i < 400; ++i) {
        const PlayedShot &played = simulated.next();
        if (!played.shot.isBreak)
            continue;
        ++breaks;
        std::vector<physics::BallPlacement> balls = played.before;
        QCOMPARE(balls.front().number, kCueBall);
        QVERIFY(std::abs(balls.front().position.x - spec.headStringX) < 2.0);
        balls.erase(balls.begin());
        const auto at = [&](Vec2 place) {
            const auto nearest = std::min_element(
                balls.begin(), balls.end(), [place](const auto &a, const auto &b) {
                    return distance(a.position, place) < distance(b.position, place);
                });
            return distance(nearest->position, place) < 3.0 ? nearest->number : -1;
        };
        const Vec2 middle = spec.footSpot + Vec2{2 * row, 0.0};
        if (game == rules::Game::NineBall) {
            QCOMPARE(balls.size(), size_t(9));
            QCOMPARE(at(spec.footSpot), 1);
            QCOMPARE(at(middle), 9);
        } else {
            QCOMPARE(balls.size(), size_t(15));
            QCOMPARE(at(middle), kEightBall);
            const int left = at(spec.footSpot + Vec2{4 * row, -2 * kBallDiameter});
            const int right = at(spec.footSpot + Vec2{4 * row, 2 * kBallDiameter});
            QVERIFY(left > 0 && right > 0);
            QVERIFY((left < kEightBall) != (right < kEightBall));
        }
    }
    QVERIFY(breaks > 5);
}

QTEST_GUILESS_MAIN(tst_SimulatedGame)
#include "tst_simulatedgame.moc"
