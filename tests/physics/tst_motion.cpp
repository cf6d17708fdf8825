// One ball alone on the cloth, checked against Leckie & Greenspan's closed forms using the
// engine's own parameters: sliding turns into rolling at 5/7 of a stun ball's speed after
// 2|u|/(7 mu_s g), rolling stops after v/(mu_r g), the cue strike gives the spin a solid
// ball takes from an off-centre hit, and english comes off a cushion to its own side.

#include "shotprobe.h"

#include "physics/cuestrike.h"
#include "physics/simulator.h"

#include "core/tablespec.h"
#include "core/units.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace dojo;
using namespace dojo::physics;

namespace {

bool near(double actual, double expected, double relative, double absolute = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::abs(expected) + absolute;
}

QString pair(Vec2 v)
{
    return QStringLiteral("(%1, %2)").arg(v.x, 0, 'g', 12).arg(v.y, 0, 'g', 12);
}

} // namespace

class tst_Motion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slideToRoll_data();
    void slideToRoll();
    void rollToRest_data();
    void rollToRest();
    void cueStrikeSpin_data();
    void cueStrikeSpin();
    void englishOffTheRail_data();
    void englishOffTheRail();
    void spinInPlaceMovesNothing();

private:
    Simulator m_simulator;
    const TableSpec &m_table = tableSpec(TableSize::NineFoot);
    double radius() const { return m_simulator.parameters().ballRadius; }
    double g() const { return m_simulator.parameters().gravity; }
};

void tst_Motion::slideToRoll_data()
{
    QTest::addColumn<double>("speed");   // m/s
    QTest::addColumn<double>("topspin"); // rad/s about the rolling axis; 0: stun

    QTest::newRow("stun 0.5 m/s") << 0.5 << 0.0;
    QTest::newRow("stun 1 m/s") << 1.0 << 0.0;
    QTest::newRow("stun 2 m/s") << 2.0 << 0.0;
    QTest::newRow("stun 3 m/s") << 3.0 << 0.0;
    QTest::newRow("half follow 2 m/s") << 2.0 << 35.0;
    QTest::newRow("draw 1 m/s") << 1.0 << -60.0;
}

void tst_Motion::slideToRoll()
{
    QFETCH(double, speed);
    QFETCH(double, topspin);

    const double mu = m_simulator.parameters().slidingFriction;
    const Vec2 start{400.0, m_table.width / 2};
    const Vec2 v0{metres(speed), 0.0};
    const BallState ball = movingBall(0, start, v0, {0.0, topspin, 0.0});
    ShotProbe probe;
    SimulationOptions options;
    options.observer = &probe;
    ShotResult result;
    QVERIFY(m_simulator.simulate(TableSize::NineFoot, std::span(&ball, 1), false, result, options));

    const ShotProbe::Moment *rolls = probe.find(ShotEvent::Kind::SlidingToRolling, 0);
    QVERIFY(rolls);
    // Closed form: the slip u0 = v0 + R z x w shrinks at 7/2 mu g; v ends at v0 - 2/7 u0.
    const Vec2 u0{v0.x - radius() * topspin, 0.0};
    const double slip = u0.length();
    const double time = 2 * slip / (7 * mu * g());
    const Vec2 velocity = v0 - u0 * (2.0 / 7.0);
    const Vec2 travelled = v0 * time - (u0 / slip) * (0.5 * mu * g() * time * time);
    QVERIFY2(near(rolls->event.time, time, 1e-12), qPrintable(QString::number(rolls->event.time)));
    const BallState &after = ShotProbe::ball(rolls->after, 0);
    QVERIFY2(near(after.velocity.x, velocity.x, 1e-9) && std::abs(after.velocity.y) < 1e-9,
             qPrintable(pair(after.velocity)));
    QCOMPARE(after.motion, Motion::Rolling);
    const Vec2 moved = after.position - start;
    QVERIFY2(near(moved.x, travelled.x, 1e-9) && std::abs(moved.y) < 1e-9,
             qPrintable(pair(moved) + QStringLiteral(" expected ") + pair(travelled)));
    if (topspin == 0.0)
        QVERIFY(near(after.velocity.length(), 5.0 / 7.0 * v0.length(), 1e-12));
}

void tst_Motion::rollToRest_data()
{
    QTest::addColumn<double>("speed"); // m/s
    QTest::addColumn<double>("angle"); // degrees

    QTest::newRow("0.2 m/s along the table") << 0.2 << 0.0;
    QTest::newRow("0.4 m/s across") << 0.4 << 90.0;
    QTest::newRow("0.6 m/s at 30 degrees") << 0.6 << 30.0;
}

void tst_Motion::rollToRest()
{
    QFETCH(double, speed);
    QFETCH(double, angle);

    const double mu = m_simulator.parameters().rollingFriction;
    const Vec2 start{500.0, 200.0};
    const double a = qDegreesToRadians(angle);
    const Vec2 v0 = Vec2{std::cos(a), std::sin(a)} * metres(speed);
    const BallState ball = movingBall(0, start, v0, rollingSpin(v0, radius()));
    ShotResult result;
    QVERIFY(m_simulator.simulate(TableSize::NineFoot, std::span(&ball, 1), false, result));

    QCOMPARE(result.events.size(), size_t(1));
    QCOMPARE(result.events.front().kind, ShotEvent::Kind::RollingToRest);
    const double v = metres(speed);
    QVERIFY(near(result.duration, v / (mu * g()), 1e-12));
    const double distanceRolled = v * v / (2 * mu * g());
    QVERIFY2(near(distance(result.finalState.front().position, start), distanceRolled, 1e-9),
             qPrintable(pair(result.finalState.front().position)));
    QCOMPARE(result.finalState.front().motion, Motion::Stationary);
}

void tst_Motion::cueStrikeSpin_data()
{
    QTest::addColumn<double>("side");
    QTest::addColumn<double>("top");
    QTest::addColumn<bool>("rollsAtOnce");

    QTest::newRow("centre ball slides") << 0.0 << 0.0 << false;
    QTest::newRow("natural roll at 2/5 R above centre") << 0.0 << 0.4 << true;
    QTest::newRow("full draw") << 0.0 << -0.5 << false;
    QTest::newRow("right english") << 0.3 << 0.0 << false;
    QTest::newRow("left english with follow") << -0.3 << 0.2 << false;
}

void tst_Motion::cueStrikeSpin()
{
    QFETCH(double, side);
    QFETCH(double, top);
    QFETCH(bool, rollsAtOnce);

    BallState cue;
    cue.position = {600.0, 600.0};
    const CueStrike strike{metres(2.0), 90.0, side, top};
    const BallState struck = strikeCueBall(cue, strike, radius());
    // Aimed along +y: the rolling axis is -x; right english turns the ball anticlockwise
    // seen from above, which is -z in this left-handed frame.
    const double scale = 2.5 * 2000.0 / radius();
    QVERIFY(near(struck.velocity.y, 2000.0, 1e-12) && std::abs(struck.velocity.x) < 1e-9);
    QVERIFY(near(struck.spin.x, -scale * top, 1e-12, 1e-12));
    QVERIFY(std::abs(struck.spin.y) < 1e-9);
    QVERIFY(near(struck.spin.z, -scale * side, 1e-12, 1e-12));

    // Along the table there is room to roll before any cushion.
    ShotSetup setup;
    setup.balls = {{0, {300.0, m_table.width / 2}}};
    setup.cue = {metres(2.0), 0.0, side, top};
    const ShotResult result = m_simulator.simulate(setup).value();
    QVERIFY(result.events.size() >= 2);
    QCOMPARE(result.events.front().kind, ShotEvent::Kind::CueStrike);
    QCOMPARE(result.events[1].kind != ShotEvent::Kind::SlidingToRolling, rollsAtOnce);
}

void tst_Motion::englishOffTheRail_data()
{
    QTest::addColumn<double>("side");
    QTest::addColumn<int>("drift"); // sign of the y velocity coming back off the foot rail

    QTest::newRow("right english comes back to the shooter's right") << 0.3 << 1;
    QTest::newRow("left english comes back to the left") << -0.3 << -1;
    QTest::newRow("no english comes straight back") << 0.0 << 0;
}

void tst_Motion::englishOffTheRail()
{
    QFETCH(double, side);
    QFETCH(int, drift);

    ShotSetup setup;
    setup.balls = {{0, {m_table.length - 400.0, m_table.width / 2}}};
    setup.cue = {metres(1.5), 0.0, side, 0.2};
    ShotProbe probe;
    SimulationOptions options;
    options.observer = &probe;
    QVERIFY(m_simulator.simulate(setup, options));
    const ShotProbe::Moment *bounce = probe.find(ShotEvent::Kind::BallCushion, 0);
    QVERIFY(bounce);
    const BallState &after = ShotProbe::ball(bounce->after, 0);
    QVERIFY(after.velocity.x < 0);
    if (drift == 0)
        QVERIFY2(std::abs(after.velocity.y) < 1e-9, qPrintable(pair(after.velocity)));
    else
        QVERIFY2(after.velocity.y * drift > 10.0, qPrintable(pair(after.velocity)));
}

void tst_Motion::spinInPlaceMovesNothing()
{
    BallState ball;
    ball.position = {700.0, 300.0};
    ball.spin = {0.0, 0.0, 40.0};
    ball.motion = Motion::Spinning;
    ShotResult result;
    QVERIFY(m_simulator.simulate(TableSize::NineFoot, std::span(&ball, 1), false, result));
    QVERIFY(result.events.empty());
    QCOMPARE(result.finalState.front().position, ball.position);
    QCOMPARE(result.finalState.front().motion, Motion::Spinning);
}

QTEST_GUILESS_MAIN(tst_Motion)
#include "tst_motion.moc"
