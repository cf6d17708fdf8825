// 10,000 random shots and breaks on the simulator: energy never rises across an event, no
// two balls overlap by more than a micrometre, every ball ends on the bed or in a pocket,
// paths sampled between events never pass through a ball or a cushion, and the same shot
// gives the same bits.

#include "physics/ballstate.h"
#include "physics/rack.h"
#include "physics/simulator.h"

#include "core/ball.h"
#include "core/tablespec.h"
#include "core/units.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <random>

using namespace dojo;
using namespace dojo::physics;

Q_DECLARE_METATYPE(dojo::physics::ShotSetup)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {

constexpr double kOverlapTolerance = 1e-3; // mm: one micrometre

// Checks every event as the simulator resolves it; keeps the first failure.
class InvariantObserver : public SimulationObserver
{
public:
    InvariantObserver(double mass, double radius)
        : m_mass(mass)
        , m_radius(radius)
    {
    }

    void eventResolved(const ShotEvent &event, std::span<const BallState> before,
                       std::span<const BallState> after) override
    {
        ++m_events;
        if (!m_failure.isEmpty())
            return;
        double energyBefore = 0;
        double energyAfter = 0;
        for (const BallState &ball : before)
            energyBefore += kineticEnergy(ball, m_mass, m_radius);
        for (const BallState &ball : after)
            energyAfter += kineticEnergy(ball, m_mass, m_radius);
        // Rounding only: a millionth of a millionth of the energy in play.
        if (energyAfter > energyBefore * (1 + 1e-12) + 1e-15) {
            m_failure = QStringLiteral("energy rose from %1 J to %2 J at %3 (%4, ball %5)")
                            .arg(energyBefore, 0, 'g', 17)
                            .arg(energyAfter, 0, 'g', 17)
                            .arg(event.time)
                            .arg(eventKindKey(event.kind))
                            .arg(event.ball);
            return;
        }
        for (size_t i = 0; i < after.size(); ++i) {
            for (size_t j = i + 1; j < after.size(); ++j) {
                if (after[i].isPocketed() || after[j].isPocketed())
                    continue;
                const double overlap
                    = 2 * m_radius - distance(after[i].position, after[j].position);
                if (overlap > kOverlapTolerance) {
                    m_failure = QStringLiteral("balls %1 and %2 overlap by %3 mm at %4 (%5)")
                                    .arg(after[i].number)
                                    .arg(after[j].number)
                                    .arg(overlap)
                                    .arg(event.time)
                                    .arg(eventKindKey(event.kind));
                    return;
                }
            }
        }
    }

    QString failure() const { return m_failure; }
    long long events() const { return m_events; }

private:
    double m_mass;
    double m_radius;
    QString m_failure;
    long long m_events = 0;
};

// Balls scattered at random on the bed, none touching another, and a random strike.
ShotSetup randomShot(std::mt19937 &random, const Simulator &simulator)
{
    std::uniform_int_distribution<int> sizes(0, 3);
    const auto size = static_cast<TableSize>(sizes(random));
    const TableSpec &spec = tableSpec(size);
    const TableModel &table = simulator.table(size);
    std::uniform_int_distribution<int> counts(1, 16);
    std::uniform_real_distribution<double> xs(kBallRadius, spec.length - kBallRadius);
    std::uniform_real_distribution<double> ys(kBallRadius, spec.width - kBallRadius);
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    ShotSetup setup;
    setup.table = size;
    const int count = counts(random);
    for (int number = 0; number < count; ++number) {
        for (int attempt = 0; attempt < 100; ++attempt) {
            Vec2 at{xs(random), ys(random)};
            // Now and then frozen to a cushion or to another ball.
            if (unit(random) < 0.1)
                at.y = unit(random) < 0.5 ? kBallRadius + 1e-3 : spec.width - kBallRadius - 1e-3;
            if (!table.isOnBed(at, kBallRadius, 0.0))
                continue;
            const bool clear = std::all_of(
                setup.balls.begin(), setup.balls.end(), [&](const BallPlacement &other) {
                    return distance(other.position, at) >= kBallDiameter + 1e-3;
                });
            if (clear) {
                setup.balls.push_back({number, at});
                break;
            }
        }
    }
    setup.cue.speed = metres(0.05 + 9.95 * unit(random) * unit(random));
    setup.cue.angle = 360.0 * unit(random);
    setup.cue.side = unit(random) - 0.5;
    setup.cue.top = unit(random) - 0.5;
    return setup;
}

// A 9-ball or 15-ball break: a loose rack (each ball off its spot by less than half the
// gap, so none touch), the cue ball off the axis, any speed a player manages.
ShotSetup randomBreak(std::mt19937 &random)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const bool nine = unit(random) < 0.5;
    const double speed = metres(4.0 + 8.0 * unit(random));
    const double offset = 300.0 * (unit(random) - 0.5);
    const double gap = 0.01 + 0.5 * unit(random);
    const TableSpec &spec = tableSpec(TableSize::NineFoot);
    ShotSetup setup = nine ? nineBallBreak(TableSize::NineFoot, speed, offset)
                           : fifteenBallBreak(TableSize::NineFoot, speed, offset);
    const std::vector<BallPlacement> rack
        = nine ? nineBallRack(spec, gap) : fifteenBallRack(spec, gap);
    for (size_t i = 1; i < setup.balls.size(); ++i) {
        const double angle = 2 * std::numbers::pi * unit(random);
        const double shift = 0.49 * gap * unit(random);
        setup.balls[i].position
            = rack[i - 1].position + Vec2{std::cos(angle), std::sin(angle)} * shift;
    }
    setup.cue.angle += 0.5 * (unit(random) - 0.5);
    setup.cue.side = 0.4 * (unit(random) - 0.5);
    setup.cue.top = 0.6 * (unit(random) - 0.5);
    return setup;
}

// Loosening can push two rack balls together: move on only from setups that are legal.
bool isClear(const ShotSetup &setup)
{
    for (size_t i = 0; i < setup.balls.size(); ++i) {
        for (size_t j = i + 1; j < setup.balls.size(); ++j) {
            if (distance(setup.balls[i].position, setup.balls[j].position) < kBallDiameter)
                return false;
        }
    }
    return true;
}

QString describe(const ShotSetup &setup, int index)
{
    return QStringLiteral("shot %1 (%2 balls, %3 m/s at %4 deg, side %5, top %6)")
        .arg(index)
        .arg(setup.balls.size())
        .arg(toMetres(setup.cue.speed))
        .arg(setup.cue.angle)
        .arg(setup.cue.side)
        .arg(setup.cue.top);
}

// Between events, every 1 ms: no ball inside another, none through a cushion.
QString checkSampledPaths(const ShotResult &result, const TableModel &table, double radius)
{
    const double step = 1e-3;
    std::vector<std::vector<PathSample>> paths;
    for (const BallState &ball : result.finalState) {
        paths.push_back(result.samplePath(ball.number, 1.0 / step));
        if (ball.isPocketed())
            paths.back().pop_back(); // the moment it drops: its centre is on the slate edge
    }
    size_t longest = 0;
    for (const auto &path : paths)
        longest = std::max(longest, path.size());
    for (size_t k = 0; k < longest; ++k) {
        for (size_t i = 0; i < paths.size(); ++i) {
            if (k >= paths[i].size())
                continue;
            const Vec2 a = paths[i][k].position;
            if (!table.isOnBed(a, radius, kOverlapTolerance)) {
                return QStringLiteral("ball %1 off the bed at (%2, %3) at %4 s")
                    .arg(result.finalState[i].number)
                    .arg(a.x)
                    .arg(a.y)
                    .arg(paths[i][k].time);
            }
            for (size_t j = i + 1; j < paths.size(); ++j) {
                if (k >= paths[j].size())
                    continue;
                const double overlap = 2 * radius - distance(a, paths[j][k].position);
                if (overlap > kOverlapTolerance) {
                    return QStringLiteral("balls %1 and %2 overlap by %3 mm at %4 s")
                        .arg(result.finalState[i].number)
                        .arg(result.finalState[j].number)
                        .arg(overlap)
                        .arg(paths[i][k].time);
                }
            }
        }
    }
    return {};
}

} // namespace

class tst_Invariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomShots_data();
    void randomShots();
    void sameShotSameBits_data();
    void sameShotSameBits();
    void mirroredShotMirrorsResult_data();
    void mirroredShotMirrorsResult();
    void badBallsAreRefused_data();
    void badBallsAreRefused();
};

void tst_Invariants::randomShots_data()
{
    QTest::addColumn<bool>("breaks");
    QTest::addColumn<int>("shots");
    QTest::addColumn<unsigned>("seed");

    QTest::newRow("8,000 random shots, 1 to 16 balls, all table sizes") << false << 8000 << 7u;
    QTest::newRow("2,000 random 9-ball and 15-ball breaks") << true << 2000 << 11u;
}

void tst_Invariants::randomShots()
{
    QFETCH(bool, breaks);
    QFETCH(int, shots);
    QFETCH(unsigned, seed);

    Simulator simulator;
    const double radius = simulator.parameters().ballRadius;
    std::mt19937 random(seed);
    ShotResult result;
    long long events = 0;
    int pocketed = 0;
    int sampled = 0;
    for (int shot = 0; shot < shots; ++shot) {
        ShotSetup setup = breaks ? randomBreak(random) : randomShot(random, simulator);
        if (!isClear(setup))
            continue;
        InvariantObserver observer(simulator.parameters().ballMass, radius);
        SimulationOptions options;
        options.observer = &observer;
        options.recordPath = shot % 40 == 0;
        QVERIFY(simulator.simulate(setup, result, options));
        const QString where = describe(setup, shot);
        QVERIFY2(observer.failure().isEmpty(),
                 qPrintable(where + QStringLiteral(": ") + observer.failure()));
        QVERIFY2(!result.hitEventLimit, qPrintable(where + QStringLiteral(": event limit")));
        QCOMPARE(result.finalState.size(), setup.balls.size());
        const TableModel &table = simulator.table(setup.table);
        for (const BallState &ball : result.finalState) {
            QVERIFY2(!ball.isMoving(), qPrintable(where));
            if (ball.isPocketed()) {
                ++pocketed;
                QVERIFY(result.shot.isPocketed(ball.number));
                continue;
            }
            QVERIFY2(table.isOnBed(ball.position, radius, kOverlapTolerance),
                     qPrintable(where
                                + QStringLiteral(": ball %1 ends off the bed at (%2, %3)")
                                      .arg(ball.number)
                                      .arg(ball.position.x)
                                      .arg(ball.position.y)));
        }
        if (options.recordPath) {
            ++sampled;
            const QString failure = checkSampledPaths(result, table, radius);
            QVERIFY2(failure.isEmpty(), qPrintable(where + QStringLiteral(": ") + failure));
        }
        events += observer.events();
    }
    qInfo("%lld events, %d balls pocketed, %d shots sampled every millisecond", events, pocketed,
          sampled);
    QVERIFY(events > shots);
    QVERIFY(pocketed > 0);
}

void tst_Invariants::sameShotSameBits_data()
{
    QTest::addColumn<ShotSetup>("setup");

    QTest::newRow("9-ball break") << nineBallBreak(TableSize::NineFoot, metres(8.0), 40.0);
    QTest::newRow("15-ball break") << fifteenBallBreak(TableSize::EightFoot, metres(9.0), -60.0);
    std::mt19937 random(3);
    Simulator simulator;
    QTest::newRow("random shot") << randomShot(random, simulator);
}

void tst_Invariants::sameShotSameBits()
{
    QFETCH(ShotSetup, setup);

    Simulator first;
    Simulator second;
    const ShotResult a = first.simulate(setup).value();
    QVERIFY(first.simulate(nineBallBreak(TableSize::SevenFoot))); // leaves its working space used
    const ShotResult b = first.simulate(setup).value();
    const ShotResult c = second.simulate(setup).value();
    QVERIFY(a.events.size() > 2);
    for (const ShotResult *other : {&b, &c}) {
        QVERIFY(a.events == other->events);
        QVERIFY(a.shot == other->shot);
        QCOMPARE(a.finalState.size(), other->finalState.size());
        QVERIFY(std::memcmp(&a.duration, &other->duration, sizeof(double)) == 0);
        for (size_t i = 0; i < a.finalState.size(); ++i) {
            QVERIFY(
                std::memcmp(&a.finalState[i].position, &other->finalState[i].position, sizeof(Vec2))
                == 0);
        }
    }
}

void tst_Invariants::mirroredShotMirrorsResult_data()
{
    QTest::addColumn<ShotSetup>("setup");

    // The table frame is left-handed (y toward the right rail, z up): mirrored across the
    // long axis, right english must do what left english did. This checks every spin sign.
    const double w = tableSpec(TableSize::NineFoot).width;
    const auto shot = [](std::vector<BallPlacement> balls, CueStrike cue) {
        ShotSetup setup;
        setup.balls = std::move(balls);
        setup.cue = cue;
        return setup;
    };
    QTest::newRow("two rails with right english")
        << shot({{0, {500, 400}}}, {metres(3.0), 20.0, 0.4, 0.1});
    QTest::newRow("cut with left english and draw")
        << shot({{0, {700, w / 2}}, {2, {1300, w / 2 + 25}}}, {metres(2.5), 0.0, -0.3, -0.4});
    QTest::newRow("follow into two balls, then the side pocket") << shot(
        {{0, {600, 300}}, {4, {1000, 380}}, {6, {1400, 200}}}, {metres(4.0), 11.0, 0.2, 0.4});
}

void tst_Invariants::mirroredShotMirrorsResult()
{
    QFETCH(ShotSetup, setup);

    const double w = tableSpec(setup.table).width;
    ShotSetup mirrored = setup;
    for (BallPlacement &ball : mirrored.balls)
        ball.position.y = w - ball.position.y;
    mirrored.cue.angle = -setup.cue.angle;
    mirrored.cue.side = -setup.cue.side;
    const auto across = [](PocketId p) {
        switch (p) {
        case PocketId::HeadLeft: return PocketId::HeadRight;
        case PocketId::HeadRight: return PocketId::HeadLeft;
        case PocketId::SideLeft: return PocketId::SideRight;
        case PocketId::SideRight: return PocketId::SideLeft;
        case PocketId::FootLeft: return PocketId::FootRight;
        case PocketId::FootRight: return PocketId::FootLeft;
        }
        return p;
    };

    Simulator simulator;
    const ShotResult a = simulator.simulate(setup).value();
    const ShotResult b = simulator.simulate(mirrored).value();
    QVERIFY(a.events.size() > 3);
    QCOMPARE(a.events.size(), b.events.size());
    for (size_t i = 0; i < a.events.size(); ++i) {
        QCOMPARE(a.events[i].kind, b.events[i].kind);
        QVERIFY(std::abs(a.events[i].time - b.events[i].time) < 1e-9);
    }
    QCOMPARE(a.shot.firstContact, b.shot.firstContact);
    QCOMPARE(a.shot.rails, b.shot.rails);
    QCOMPARE(a.shot.pocketed.size(), b.shot.pocketed.size());
    for (size_t i = 0; i < a.shot.pocketed.size(); ++i)
        QCOMPARE(a.shot.pocketed[i].pocket, across(b.shot.pocketed[i].pocket));
    for (size_t i = 0; i < a.finalState.size(); ++i) {
        const Vec2 p = a.finalState[i].position;
        const Vec2 q = b.finalState[i].position;
        QVERIFY2(std::abs(p.x - q.x) < 1e-6 && std::abs(p.y - (w - q.y)) < 1e-6,
                 qPrintable(QStringLiteral("ball %1: (%2, %3) and (%4, %5)")
                                .arg(a.finalState[i].number)
                                .arg(p.x)
                                .arg(p.y)
                                .arg(q.x)
                                .arg(q.y)));
    }
}

void tst_Invariants::badBallsAreRefused_data()
{
    QTest::addColumn<std::vector<int>>("numbers");
    QTest::addColumn<QString>("error");

    std::vector<int> seventeen(17);
    for (size_t i = 0; i < seventeen.size(); ++i)
        seventeen[i] = int(i % 16);
    QTest::newRow("a ball listed twice")
        << std::vector<int>{0, 3, 3} << QStringLiteral("ball 3 is listed twice");
    QTest::newRow("ball 16") << std::vector<int>{0, 16} << QStringLiteral("ball 16 does not exist");
    QTest::newRow("a negative number")
        << std::vector<int>{-1, 0} << QStringLiteral("ball -1 does not exist");
    QTest::newRow("seventeen balls")
        << seventeen << QStringLiteral("a shot holds at most 16 balls, not 17");
}

void tst_Invariants::badBallsAreRefused()
{
    QFETCH(std::vector<int>, numbers);
    QFETCH(QString, error);

    // Once as a player's shot and once from moving balls: refused, the result untouched.
    Simulator simulator;
    ShotSetup setup;
    std::vector<BallState> balls;
    double x = 300.0;
    for (int number : numbers) {
        setup.balls.push_back({number, {x, 400.0}});
        BallState ball;
        ball.number = number;
        ball.position = {x, 400.0};
        balls.push_back(ball);
        x += 100.0;
    }
    setup.cue = {metres(1.0), 0.0, 0.0, 0.0};
    ShotResult result;
    result.events.resize(3); // left as it was on a refusal
    const Result<void> shot = simulator.simulate(setup, result);
    QVERIFY(!shot);
    QVERIFY2(shot.error().startsWith(error), qPrintable(shot.error()));
    QCOMPARE(result.events.size(), size_t(3));
    const Result<void> moving
        = simulator.simulate(TableSize::NineFoot, std::span<const BallState>(balls), false, result);
    QVERIFY(!moving);
    QCOMPARE(moving.error(), shot.error());
    QCOMPARE(result.events.size(), size_t(3));
}

QTEST_GUILESS_MAIN(tst_Invariants)
#include "tst_invariants.moc"
