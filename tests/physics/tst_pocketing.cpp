// Pockets and jaws: a straight-in shot drops the object ball in the pocket it was aimed at,
// a ball rolling down the rail drops in the corner, one rolling past the side pocket does
// not, and a ball sent at a jaw's point bounces off it.

#include "shotprobe.h"

#include "physics/simulator.h"
#include "physics/tablemodel.h"

#include "core/pocket.h"
#include "core/tablespec.h"
#include "core/units.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace dojo;
using namespace dojo::physics;

Q_DECLARE_METATYPE(dojo::PocketId)
Q_DECLARE_METATYPE(dojo::TableSize)

namespace {

bool hasEvent(const ShotResult &result, ShotEvent::Kind kind, int ball)
{
    return std::any_of(result.events.begin(), result.events.end(),
                       [&](const ShotEvent &e) { return e.kind == kind && e.ball == ball; });
}

} // namespace

class tst_Pocketing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void straightIn_data();
    void straightIn();
    void downTheRail_data();
    void downTheRail();
    void jawPoint_data();
    void jawPoint();
    void cornerJawFace_data();
    void cornerJawFace();
    void bedOutline();

private:
    Simulator m_simulator;
    double radius() const { return m_simulator.parameters().ballRadius; }
};

void tst_Pocketing::straightIn_data()
{
    QTest::addColumn<TableSize>("table");
    QTest::addColumn<PocketId>("pocket");
    QTest::addColumn<double>("speed");
    QTest::addColumn<double>("offAxis"); // degrees between the shot line and the pocket's axis

    for (PocketId pocket : kAllPockets) {
        const QByteArray name = pocketKey(pocket).toUtf8();
        QTest::newRow(QByteArray("straight in, " + name + ", 1 m/s").constData())
            << TableSize::NineFoot << pocket << 1.0 << 0.0;
        QTest::newRow(QByteArray("straight in, " + name + ", 4 m/s, 7 ft").constData())
            << TableSize::SevenFoot << pocket << 4.0 << 0.0;
    }
    QTest::newRow("foot-right at 30 degrees off the axis")
        << TableSize::NineFoot << PocketId::FootRight << 2.0 << 30.0;
    QTest::newRow("side-left at 25 degrees off the axis")
        << TableSize::EightFoot << PocketId::SideLeft << 1.5 << 25.0;
}

void tst_Pocketing::straightIn()
{
    QFETCH(TableSize, table);
    QFETCH(PocketId, pocket);
    QFETCH(double, speed);
    QFETCH(double, offAxis);

    // Object ball 300 mm out from the mouth, cue ball 300 mm behind it on the same line.
    const PocketOpening &opening = m_simulator.table(table).pocket(pocket);
    const double turn = qDegreesToRadians(offAxis);
    const Vec2 in = opening.inward * std::cos(turn) + opening.across * std::sin(turn);
    const Vec2 object = opening.mouthMiddle - in * 300.0;
    const Vec2 cue = object - in * 300.0;
    ShotSetup setup;
    setup.table = table;
    setup.balls = {{0, cue}, {5, object}};
    setup.cue.speed = metres(speed);
    setup.cue.angle = qRadiansToDegrees(std::atan2(in.y, in.x));
    const ShotResult result = m_simulator.simulate(setup).value();

    QCOMPARE(result.shot.firstContact, std::optional<int>(5));
    QVERIFY(!result.shot.pocketed.empty());
    QCOMPARE(result.shot.pocketed.front(), (PocketedBall{5, pocket}));
    QVERIFY(!hasEvent(result, ShotEvent::Kind::BallJaw, 5));
}

void tst_Pocketing::downTheRail_data()
{
    QTest::addColumn<double>("y");        // centre's distance from the left rail's nose line
    QTest::addColumn<double>("startX");   // mm along the left rail
    QTest::addColumn<double>("speed");    // m/s, rolling toward the foot
    QTest::addColumn<bool>("pocketed");   // in the foot-left corner
    QTest::addColumn<bool>("touchesJaw"); // of the side pocket

    QTest::newRow("frozen to the rail into the corner") << 0.0 << 1800.0 << 1.0 << true << false;
    QTest::newRow("a millimetre off the rail into the corner")
        << 1.0 << 1800.0 << 1.0 << true << false;
    QTest::newRow("past the side pocket, a millimetre off the rail")
        << 1.0 << 600.0 << 1.2 << true << false;
}

void tst_Pocketing::downTheRail()
{
    QFETCH(double, y);
    QFETCH(double, startX);
    QFETCH(double, speed);
    QFETCH(bool, pocketed);
    QFETCH(bool, touchesJaw);

    const Vec2 start{startX, radius() + y + 1e-3};
    const Vec2 velocity{metres(speed), 0.0};
    const BallState ball = movingBall(3, start, velocity, rollingSpin(velocity, radius()));
    ShotResult result;
    QVERIFY(m_simulator.simulate(TableSize::NineFoot, std::span(&ball, 1), false, result));
    QCOMPARE(result.shot.isPocketed(3), pocketed);
    if (pocketed)
        QCOMPARE(result.shot.pocketed.front().pocket, PocketId::FootLeft);
    QCOMPARE(hasEvent(result, ShotEvent::Kind::BallJaw, 3), touchesJaw);
}

void tst_Pocketing::jawPoint_data()
{
    QTest::addColumn<PocketId>("pocket");
    QTest::addColumn<bool>("jawA");

    // A corner's points sit at the end of its rails: a ball along the axis meets the rail
    // first. A side pocket's points face the table.
    QTest::newRow("side-right, head-side point") << PocketId::SideRight << true;
    QTest::newRow("side-left, foot-side point") << PocketId::SideLeft << false;
}

void tst_Pocketing::jawPoint()
{
    QFETCH(PocketId, pocket);
    QFETCH(bool, jawA);

    // Along the pocket's axis, its centre half a radius inside the point: it meets the
    // point before anything else and cannot go in.
    const TableModel &table = m_simulator.table(TableSize::NineFoot);
    const PocketOpening &opening = table.pocket(pocket);
    const double side = jawA ? -1.0 : 1.0; // jaw A lies toward -across from the middle
    const Vec2 line
        = opening.mouthMiddle + opening.across * (side * (opening.halfMouth - 0.5 * radius()));
    const Vec2 start = line - opening.inward * 400.0;
    const Vec2 velocity = opening.inward * 1500.0;
    const BallState ball = movingBall(7, start, velocity, rollingSpin(velocity, radius()));
    ShotResult result;
    QVERIFY(m_simulator.simulate(TableSize::NineFoot, std::span(&ball, 1), false, result));
    QVERIFY(!result.events.empty());
    QCOMPARE(result.events.front().kind, ShotEvent::Kind::BallJaw);
    QCOMPARE(result.events.front().pocket, pocket);
    QVERIFY(!result.shot.isPocketed(7));
    QVERIFY(table.isOnBed(result.finalState.front().position, radius(), 1e-3));
}

void tst_Pocketing::cornerJawFace_data()
{
    QTest::addColumn<double>("offRail"); // mm between the ball and the left rail's nose
    QTest::addColumn<bool>("drops");

    QTest::newRow("15 mm off the rail: meets the far jaw, drops after") << 15.0 << true;
    QTest::newRow("40 mm off the rail: rattles out off the far jaw") << 40.0 << false;
}

void tst_Pocketing::cornerJawFace()
{
    QFETCH(double, offRail);
    QFETCH(bool, drops);

    // Rolling parallel to the rail, off it, into the foot-left corner: the foot rail's jaw
    // face (angled in at 142 degrees) or its point is in the way before the slate edge.
    const Vec2 start{2000.0, radius() + offRail};
    const Vec2 velocity{800.0, 0.0};
    const BallState ball = movingBall(4, start, velocity, rollingSpin(velocity, radius()));
    ShotResult result;
    QVERIFY(m_simulator.simulate(TableSize::NineFoot, std::span(&ball, 1), false, result));
    QVERIFY(!result.events.empty());
    const ShotEvent &first = result.events.front();
    if (first.kind == ShotEvent::Kind::BallJaw) {
        QCOMPARE(first.pocket, PocketId::FootLeft); // the far jaw's point
    } else {
        QCOMPARE(first.kind, ShotEvent::Kind::BallCushion);
        const Cushion &face
            = m_simulator.table(TableSize::NineFoot).cushions()[static_cast<size_t>(first.cushion)];
        QCOMPARE(face.kind, Cushion::Kind::Jaw);
        QCOMPARE(face.pocket, PocketId::FootLeft);
    }
    QCOMPARE(result.shot.isPocketed(4), drops);
}

void tst_Pocketing::bedOutline()
{
    const TableModel &table = m_simulator.table(TableSize::NineFoot);
    const TableSpec &spec = table.spec();
    const double r = radius();
    QVERIFY(table.isOnBed(spec.centreSpot, r, 0));
    QVERIFY(table.isOnBed({r, spec.width / 2}, r, 1e-9));
    QVERIFY(!table.isOnBed({r - 0.01, spec.width / 2}, r, 1e-3));
    QVERIFY(!table.isOnBed({spec.length + 10, spec.width / 2}, r, 0));
    // In a side pocket's throat, short of the slate edge: still on the bed.
    const PocketOpening &side = table.pocket(PocketId::SideLeft);
    QVERIFY(table.isOnBed(side.mouthMiddle + side.inward * (side.shelf / 2), r, 0));
    QVERIFY(!table.isOnBed(side.mouthMiddle + side.inward * (side.shelf + 1), r, 0));
    QCOMPARE(table.cushions().size(), size_t(18));
    QCOMPARE(table.jawTips().size(), size_t(12));
}

QTEST_GUILESS_MAIN(tst_Pocketing)
#include "tst_pocketing.moc"
