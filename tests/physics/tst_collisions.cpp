// Two balls meeting, checked against the textbook outcomes with the engine's own
// parameters: a stun shot straight on leaves the cue ball with (1 - e)/2 of its speed (dead
// still with ideal balls), a stun cut sends the balls off at close to 90 degrees (exactly,
// with ideal balls), the object ball is thrown by atan(mu_b) on a sliding cut, and a
// rolling cue ball on a half-ball hit ends up 33.7 degrees off its line.

#include "shotprobe.h"

#include "physics/parameters.h"
#include "physics/simulator.h"

#include "core/tablespec.h"
#include "core/units.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <memory>

using namespace dojo;
using namespace dojo::physics;

Q_DECLARE_METATYPE(dojo::physics::PhysicsParameters)

namespace {

// Frictionless, perfectly elastic balls: the ideal the textbook angles are derived for.
PhysicsParameters idealBalls()
{
    PhysicsParameters parameters;
    parameters.ballBallRestitution = 1.0;
    parameters.ballBallFriction = 0.0;
    return parameters;
}

double degreesBetween(Vec2 a, Vec2 b)
{
    return qRadiansToDegrees(
        std::acos(std::clamp(a.dot(b) / (a.length() * b.length()), -1.0, 1.0)));
}

// The cue ball heading +x into an object ball at the middle of the table, touching it
// almost at once (no time to pick up spin), at a cut angle in degrees; the object ball at
// objectX along the table (0: the middle).
struct Cut
{
    BallState cue;
    BallState object;
};

Cut cutShot(double radius, double speed, double cutDegrees, bool rolling, double objectX = 0)
{
    const TableSpec &spec = tableSpec(TableSize::NineFoot);
    const double cut = qDegreesToRadians(cutDegrees);
    Cut shot;
    shot.object.number = 1;
    shot.object.position = {objectX > 0 ? objectX : spec.length / 2, spec.width / 2};
    const Vec2 cue = shot.object.position
                     - Vec2{2 * radius * std::cos(cut) + 0.01, 2 * radius * std::sin(cut)};
    const Vec2 velocity{metres(speed), 0.0};
    shot.cue = movingBall(0, cue, velocity, rolling ? rollingSpin(velocity, radius) : Vec3{});
    return shot;
}

} // namespace

class tst_Collisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stunStraightOn_data();
    void stunStraightOn();
    void stunCut_data();
    void stunCut();
    void throwOnSlidingCut_data();
    void throwOnSlidingCut();
    void rollingHalfBallHit_data();
    void rollingHalfBallHit();

private:
    static std::unique_ptr<Simulator> simulate(const PhysicsParameters &parameters, const Cut &shot,
                                               ShotProbe &probe, ShotResult &result)
    {
        auto simulator = std::make_unique<Simulator>(parameters);
        const BallState balls[] = {shot.cue, shot.object};
        SimulationOptions options;
        options.observer = &probe;
        if (!simulator->simulate(TableSize::NineFoot, balls, false, result, options))
            qFatal("the two balls of a cut shot were refused");
        return simulator;
    }
};

void tst_Collisions::stunStraightOn_data()
{
    QTest::addColumn<PhysicsParameters>("parameters");
    QTest::addColumn<double>("speed");

    QTest::newRow("stun straight on 0.5 m/s") << PhysicsParameters() << 0.5;
    QTest::newRow("stun straight on 2 m/s") << PhysicsParameters() << 2.0;
    QTest::newRow("stun straight on 3 m/s") << PhysicsParameters() << 3.0;
    QTest::newRow("ideal balls, 2 m/s: dead stop") << idealBalls() << 2.0;
}

void tst_Collisions::stunStraightOn()
{
    QFETCH(PhysicsParameters, parameters);
    QFETCH(double, speed);

    const double radius = parameters.ballRadius;
    const double e = parameters.ballBallRestitution;
    // Near the head rail, so the object ball is long gone while the cue ball creeps.
    const Cut shot = cutShot(radius, speed, 0.0, false, 300.0);
    ShotProbe probe;
    ShotResult result;
    simulate(parameters, shot, probe, result);

    const ShotProbe::Moment *hit = probe.find(ShotEvent::Kind::BallBall, 0);
    QVERIFY(hit);
    const double v = ShotProbe::ball(hit->before, 0).velocity.x;
    const BallState &cue = ShotProbe::ball(hit->after, 0);
    const BallState &object = ShotProbe::ball(hit->after, 1);
    QVERIFY(std::abs(cue.velocity.x - (1 - e) / 2 * v) <= 1e-9 * v);
    QVERIFY(std::abs(object.velocity.x - (1 + e) / 2 * v) <= 1e-9 * v);
    QVERIFY(std::abs(cue.velocity.y) < 1e-9 && std::abs(object.velocity.y) < 1e-9);

    // What is left of the cue ball slides until it rolls at v - 2/7 u, then rolls to rest:
    // it creeps that far (u: the slip it left the collision with).
    const double g = parameters.gravity;
    const double muS = parameters.slidingFriction;
    const Vec2 slip{cue.velocity.x - radius * cue.spin.y, cue.velocity.y + radius * cue.spin.x};
    const double slideTime = 2 * slip.length() / (7 * muS * g);
    const Vec2 rolling = cue.velocity - slip * (2.0 / 7.0);
    const double creep
        = (cue.velocity * slideTime).x
          - (slip.length() > 0 ? 0.5 * muS * g * slideTime * slideTime * slip.x / slip.length()
                               : 0.0)
          + rolling.lengthSquared() / (2 * parameters.rollingFriction * g);
    const ShotProbe::Moment *rest = probe.find(ShotEvent::Kind::RollingToRest, 0);
    if (e == 1.0) {
        QVERIFY(cue.velocity.length() < 1e-9);
        QVERIFY(!rest || distance(ShotProbe::ball(rest->after, 0).position, cue.position) < 1e-6);
        return;
    }
    QVERIFY(rest);
    QVERIFY(!probe.find(ShotEvent::Kind::BallBall, 0, 1)
            || probe.find(ShotEvent::Kind::BallBall, 0, 1)->event.time > rest->event.time);
    const double moved = ShotProbe::ball(rest->after, 0).position.x - cue.position.x;
    QVERIFY2(std::abs(moved - creep) < 1e-6,
             qPrintable(QStringLiteral("moved %1 mm, expected %2").arg(moved).arg(creep)));
    QVERIFY(moved < radius);
}

void tst_Collisions::stunCut_data()
{
    QTest::addColumn<PhysicsParameters>("parameters");
    QTest::addColumn<double>("cut");
    QTest::addColumn<double>("lowest");
    QTest::addColumn<double>("highest");

    QTest::newRow("ideal balls, 30 degree cut") << idealBalls() << 30.0 << 89.999 << 90.001;
    QTest::newRow("ideal balls, 60 degree cut") << idealBalls() << 60.0 << 89.999 << 90.001;
    // e < 1 leaves the cue ball some forward speed and throw turns the object ball toward
    // the cue ball's side: both close the angle a few degrees.
    QTest::newRow("stun cut 15 degrees") << PhysicsParameters() << 15.0 << 80.0 << 90.0;
    QTest::newRow("stun cut 30 degrees") << PhysicsParameters() << 30.0 << 82.0 << 90.0;
    QTest::newRow("stun cut 45 degrees") << PhysicsParameters() << 45.0 << 84.0 << 90.0;
    QTest::newRow("stun cut 60 degrees") << PhysicsParameters() << 60.0 << 84.0 << 90.0;
}

void tst_Collisions::stunCut()
{
    QFETCH(PhysicsParameters, parameters);
    QFETCH(double, cut);
    QFETCH(double, lowest);
    QFETCH(double, highest);

    ShotProbe probe;
    ShotResult result;
    simulate(parameters, cutShot(parameters.ballRadius, 2.0, cut, false), probe, result);
    const ShotProbe::Moment *hit = probe.find(ShotEvent::Kind::BallBall, 0);
    QVERIFY(hit);
    const double apart = degreesBetween(ShotProbe::ball(hit->after, 0).velocity,
                                        ShotProbe::ball(hit->after, 1).velocity);
    QVERIFY2(apart >= lowest && apart <= highest, qPrintable(QString::number(apart, 'f', 4)));
}

void tst_Collisions::throwOnSlidingCut_data()
{
    QTest::addColumn<double>("cut");
    QTest::addColumn<double>("speed");

    QTest::newRow("30 degree cut, 1 m/s") << 30.0 << 1.0;
    QTest::newRow("45 degree cut, 3 m/s") << 45.0 << 3.0;
}

void tst_Collisions::throwOnSlidingCut()
{
    QFETCH(double, cut);
    QFETCH(double, speed);

    // The friction impulse reaches its Coulomb limit mu_b J_n: the object ball leaves
    // atan(mu_b) off the line of centres, toward the cue ball's direction.
    const PhysicsParameters parameters;
    ShotProbe probe;
    ShotResult result;
    const Cut shot = cutShot(parameters.ballRadius, speed, cut, false);
    simulate(parameters, shot, probe, result);
    const ShotProbe::Moment *hit = probe.find(ShotEvent::Kind::BallBall, 0);
    QVERIFY(hit);
    const Vec2 centres
        = ShotProbe::ball(hit->after, 1).position - ShotProbe::ball(hit->after, 0).position;
    const Vec2 object = ShotProbe::ball(hit->after, 1).velocity;
    const double thrown = degreesBetween(centres, object);
    const double expected = qRadiansToDegrees(std::atan(parameters.ballBallFriction));
    QVERIFY2(std::abs(thrown - expected) < 1e-6, qPrintable(QString::number(thrown, 'f', 6)));
    QVERIFY(object.y < centres.y / centres.x * object.x); // toward the cue ball's side: -y
}

void tst_Collisions::rollingHalfBallHit_data()
{
    QTest::addColumn<PhysicsParameters>("parameters");
    QTest::addColumn<double>("speed");
    QTest::addColumn<double>("tolerance");

    QTest::newRow("ideal balls, 1 m/s") << idealBalls() << 1.0 << 0.01;
    QTest::newRow("rolling half-ball hit 0.5 m/s") << PhysicsParameters() << 0.5 << 2.0;
    QTest::newRow("rolling half-ball hit 1 m/s") << PhysicsParameters() << 1.0 << 2.0;
    QTest::newRow("rolling half-ball hit 2 m/s") << PhysicsParameters() << 2.0 << 2.0;
}

void tst_Collisions::rollingHalfBallHit()
{
    QFETCH(PhysicsParameters, parameters);
    QFETCH(double, speed);
    QFETCH(double, tolerance);

    // A half-ball hit is a 30 degree cut; once the cue ball rolls again it has turned
    // atan(sin c cos c / (sin² c + 2/5)) = 33.7 degrees from its line.
    const double cut = qDegreesToRadians(30.0);
    const double expected = qRadiansToDegrees(
        std::atan(std::sin(cut) * std::cos(cut) / (std::sin(cut) * std::sin(cut) + 0.4)));
    ShotProbe probe;
    ShotResult result;
    simulate(parameters, cutShot(parameters.ballRadius, speed, 30.0, true), probe, result);
    const ShotProbe::Moment *hit = probe.find(ShotEvent::Kind::BallBall, 0);
    QVERIFY(hit);
    const ShotProbe::Moment *rolls = probe.find(ShotEvent::Kind::SlidingToRolling, 0);
    QVERIFY(rolls);
    QVERIFY(rolls->event.time > hit->event.time);
    const double turned = degreesBetween(Vec2{1, 0}, ShotProbe::ball(rolls->after, 0).velocity);
    QVERIFY2(std::abs(turned - expected) <= tolerance,
             qPrintable(QStringLiteral("%1 degrees, expected %2").arg(turned).arg(expected)));
}

QTEST_GUILESS_MAIN(tst_Collisions)
#include "tst_collisions.moc"
