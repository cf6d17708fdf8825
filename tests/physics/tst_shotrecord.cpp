// The SHOT every simulation yields, as FORMAT.md defines it: the first object ball the cue
// ball touches, the balls in the order they drop with their pockets, the balls driven to a
// cushion after first contact (object balls only on a break; not a ball frozen to the
// cushion it is pushed into), and never off_table from this 2D model.

#include "physics/simulator.h"

#include "core/shotrecord.h"
#include "core/shotrecordjson.h"
#include "core/tablespec.h"
#include "core/units.h"

#include <QJsonDocument>
#include <QObject>
#include <QTest>

#include <algorithm>

using namespace dojo;
using namespace dojo::physics;

Q_DECLARE_METATYPE(dojo::physics::ShotSetup)

namespace dojo {

char *toString(const ShotRecord &shot)
{
    return qstrdup(
        QJsonDocument(shotRecordToJson(shot)).toJson(QJsonDocument::Compact).constData());
}

} // namespace dojo

namespace {

const TableSpec &nineFoot()
{
    return tableSpec(TableSize::NineFoot);
}

// speed in m/s, angle in degrees
ShotSetup shot(std::vector<BallPlacement> balls, double speed, double angle, double top = 0)
{
    ShotSetup setup;
    setup.balls = std::move(balls);
    setup.cue = {metres(speed), angle, 0.0, top};
    return setup;
}

} // namespace

class tst_ShotRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record_data();
    void record();
    void breakCountsObjectBallsOnly();
};

void tst_ShotRecord::record_data()
{
    QTest::addColumn<ShotSetup>("setup");
    QTest::addColumn<QByteArray>("expected"); // the SHOT as JSON

    const double w = nineFoot().width;
    const double l = nineFoot().length;
    const double r = kBallRadius;

    QTest::newRow("cue ball alone, nothing hit: a rail does not count")
        << shot({{0, {600, w / 2}}}, 1.0, 90.0) << QByteArray(R"({"first_contact":null})");
    QTest::newRow("straight in: the 5 in the foot-right corner")
        << shot({{0, {l - 500, w - 500}}, {5, {l - 300, w - 300}}}, 2.0, 45.0, -0.2)
        << QByteArray(R"({"first_contact":5,"pocketed":[{"ball":5,"pocket":"foot-right"}]})");
    QTest::newRow("object ball driven to the foot rail, cue ball stops")
        << shot({{0, {1600, w / 2}}, {3, {1800, w / 2}}}, 1.2, 0.0)
        << QByteArray(R"({"first_contact":3,"rails":[3]})");
    QTest::newRow("kick: the cue ball's rail before contact is not counted")
        << shot({{0, {1000, 300}}, {2, {1400, 300}}}, 2.5,
                qRadiansToDegrees(std::atan2(-300.0 + r, 200.0)) * 1.0)
        << QByteArray(R"({"first_contact":2,"rails":[2,0]})");
    QTest::newRow("scratch: the cue ball follows the 6 into the side pocket")
        << shot({{0, {l / 2, 400}}, {6, {l / 2, 200}}}, 1.5, -90.0, 0.5)
        << QByteArray(
               R"({"first_contact":6,"pocketed":[{"ball":6,"pocket":"side-left"},{"ball":0,"pocket":"side-left"}]})");
    QTest::newRow("frozen to the rail and pushed into it: not driven to it")
        << shot({{0, {900, 200}}, {4, {900, r}}}, 0.4, -90.0)
        << QByteArray(R"({"first_contact":4})");
}

void tst_ShotRecord::record()
{
    QFETCH(ShotSetup, setup);
    QFETCH(QByteArray, expected);

    Simulator simulator;
    const ShotResult result = simulator.simulate(setup).value();
    const Result<ShotRecord> parse = shotRecordFromJson(QJsonDocument::fromJson(expected).object());
    QVERIFY2(parse, qPrintable(parse ? QString() : parse.error()));
    QCOMPARE(result.shot, *parse);
    QVERIFY(result.shot.offTable.empty());
}

void tst_ShotRecord::breakCountsObjectBallsOnly()
{
    // A cut that sends both balls to cushions: on a break only the object ball counts.
    const double w = nineFoot().width;
    ShotSetup setup = shot({{0, {1000, w / 2}}, {9, {1300, w / 2 + 20}}}, 3.0, 0.0);
    setup.isBreak = true;
    Simulator simulator;
    const ShotResult result = simulator.simulate(setup).value();
    QVERIFY(result.shot.isBreak);
    QCOMPARE(result.shot.firstContact, std::optional<int>(9));
    QCOMPARE(result.shot.rails, std::vector<int>{9});
    const bool cueBallOnARail
        = std::any_of(result.events.begin(), result.events.end(), [](const ShotEvent &e) {
              return e.ball == 0
                     && (e.kind == ShotEvent::Kind::BallCushion
                         || e.kind == ShotEvent::Kind::BallJaw);
          });
    QVERIFY(cueBallOnARail);

    setup.isBreak = false;
    const ShotResult notABreak = simulator.simulate(setup).value();
    QCOMPARE(notABreak.shot.rails.size(), size_t(2));
    QVERIFY(std::find(notABreak.shot.rails.begin(), notABreak.shot.rails.end(), 0)
            != notABreak.shot.rails.end());
}

QTEST_GUILESS_MAIN(tst_ShotRecord)
#include "tst_shotrecord.moc"
