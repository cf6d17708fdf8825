// The shot preview: the ghost-ball aim and cut angle, the balls in the cue ball's and the
// object ball's way, a jaw in the object ball's line, and the simulated paths and outcome.

#include "physics/shotpreview.h"
#include "physics/simulator.h"
#include "physics/tablemodel.h"

#include "core/tablespec.h"
#include "core/units.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace dojo;
using namespace dojo::physics;

namespace {

Vec2 turned(Vec2 v, double degrees)
{
    const double a = qDegreesToRadians(degrees);
    return {v.x * std::cos(a) - v.y * std::sin(a), v.x * std::sin(a) + v.y * std::cos(a)};
}

} // namespace

class tst_Preview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aimAndObstacles_data();
    void aimAndObstacles();
    void straightInIsMade();
    void missingObjectBall();

private:
    Simulator m_simulator;
    double radius() const { return m_simulator.parameters().ballRadius; }
};

void tst_Preview::aimAndObstacles_data()
{
    QTest::addColumn<PocketId>("pocket");
    QTest::addColumn<double>("objectOut");  // mm from the mouth, along the pocket's axis
    QTest::addColumn<double>("objectSide"); // mm across the axis
    QTest::addColumn<double>("cut");        // degrees the cue ball comes in off the line
    QTest::addColumn<bool>("cueBlocked");
    QTest::addColumn<bool>("objectBlocked");
    QTest::addColumn<bool>("jaw");

    QTest::newRow("straight in, clear")
        << PocketId::FootRight << 400.0 << 0.0 << 0.0 << false << false << false;
    QTest::newRow("30 degree cut, clear")
        << PocketId::HeadLeft << 500.0 << 0.0 << 30.0 << false << false << false;
    QTest::newRow("cut, a ball in the cue ball's way")
        << PocketId::FootLeft << 500.0 << 0.0 << 20.0 << true << false << false;
    QTest::newRow("straight in, a ball in the object ball's way")
        << PocketId::SideRight << 500.0 << 0.0 << 0.0 << false << true << false;
    QTest::newRow("too thin: 100 degrees")
        << PocketId::FootRight << 500.0 << 0.0 << 100.0 << false << false << false;
    QTest::newRow("side pocket down the rail: the jaw is in the way")
        << PocketId::SideLeft << 40.0 << 400.0 << 0.0 << false << false << true;
}

void tst_Preview::aimAndObstacles()
{
    QFETCH(PocketId, pocket);
    QFETCH(double, objectOut);
    QFETCH(double, objectSide);
    QFETCH(double, cut);
    QFETCH(bool, cueBlocked);
    QFETCH(bool, objectBlocked);
    QFETCH(bool, jaw);

    const PocketOpening &opening = m_simulator.table(TableSize::NineFoot).pocket(pocket);
    const Vec2 object
        = opening.mouthMiddle - opening.inward * objectOut + opening.across * objectSide;
    const Vec2 send = (opening.mouthMiddle - object) / distance(opening.mouthMiddle, object);
    const Vec2 ghost = object - send * (2 * radius());
    const Vec2 cue = ghost - turned(send, cut) * 400.0;
    ShotPreviewRequest request;
    request.pocket = pocket;
    request.objectBall = 3;
    request.balls = {{0, cue}, {3, object}};
    if (cueBlocked)
        request.balls.push_back({7, (cue + ghost) / 2 + turned(send, cut + 90) * 20.0});
    if (objectBlocked)
        request.balls.push_back({4, (object + opening.mouthMiddle) / 2});
    request.speed = metres(1.5);

    const Result<ShotPreview> previewed = previewShot(m_simulator, request);
    QVERIFY2(previewed, qPrintable(previewed ? QString() : previewed.error()));
    const ShotPreview &preview = *previewed;
    QVERIFY(distance(preview.ghostBall, ghost) < 1e-9);
    QVERIFY(distance(preview.aimPoint, opening.mouthMiddle) < 1e-9);
    QVERIFY2(std::abs(preview.cutAngle - std::abs(cut)) < 1e-6,
             qPrintable(QString::number(preview.cutAngle)));
    QCOMPARE(preview.cutTooThin, std::abs(cut) >= 90);
    const Vec2 aim = turned({1, 0}, preview.cueAngle);
    QVERIFY(distance(aim, turned(send, cut)) < 1e-9);
    QCOMPARE(preview.cueBallBlockers, cueBlocked ? std::vector<int>{7} : std::vector<int>{});
    QCOMPARE(preview.objectBallBlockers, objectBlocked ? std::vector<int>{4} : std::vector<int>{});
    QCOMPARE(preview.jawInTheWay, jaw);
    QVERIFY(!preview.cueBallPath.empty());
    QVERIFY(distance(preview.cueBallPath.front().position, cue) < 1e-9);
}

void tst_Preview::straightInIsMade()
{
    const PocketOpening &opening
        = m_simulator.table(TableSize::NineFoot).pocket(PocketId::FootLeft);
    const Vec2 object = opening.mouthMiddle - opening.inward * 400.0;
    ShotPreviewRequest request;
    request.pocket = PocketId::FootLeft;
    request.objectBall = 9;
    request.balls = {{0, object - opening.inward * 500.0}, {9, object}};
    request.speed = metres(2.0);
    request.top = -0.3;
    const Result<ShotPreview> previewed = previewShot(m_simulator, request, 100.0);
    QVERIFY(previewed);
    const ShotPreview &preview = *previewed;
    QVERIFY(preview.makesTheShot);
    QCOMPARE(preview.outcome.firstContact, std::optional<int>(9));
    QVERIFY(!preview.outcome.isPocketed(0));
    // The object ball's path runs from where it lay to the slate edge, sampled at 100 Hz.
    QVERIFY(preview.objectBallPath.size() > 10);
    QVERIFY(distance(preview.objectBallPath.front().position, object) < 1e-9);
    QVERIFY(distance(preview.objectBallPath.back().position, opening.mouthMiddle)
            < opening.shelf + 1.0);
    QVERIFY(std::abs(preview.objectBallPath[1].time - 0.01) < 1e-12);
}

void tst_Preview::missingObjectBall()
{
    ShotPreviewRequest request;
    request.balls = {{0, {600, 600}}};
    request.objectBall = 5;
    const Result<ShotPreview> previewed = previewShot(m_simulator, request);
    QVERIFY(!previewed);
    QCOMPARE(previewed.error(), QStringLiteral("ball 5 is not an object ball on the table"));
    request.balls = {{5, {600, 600}}};
    const Result<ShotPreview> noCueBall = previewShot(m_simulator, request);
    QVERIFY(!noCueBall);
    QCOMPARE(noCueBall.error(), QStringLiteral("the cue ball is not on the table"));
}

QTEST_GUILESS_MAIN(tst_Preview)
#include "tst_preview.moc"
