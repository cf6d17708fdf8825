// The simulated overhead camera's pictures: the same settings give the same frames and only
// the noise changes from frame to frame; each ball's centre, found in the picture, maps back
// through the camera model to where the ball is (within 1 mm); a numbered solid and a stripe
// match their golden crops; a moving ball is blurred along its path; turning a ball changes
// what it shows; a ball sinking below the bed shows only down a pocket. Also writes
// render-frame.png in the build folder, a 9-ball rack and the cue ball, to look at.

#include "simulation/tablerenderer.h"

#include "core/ball.h"
#include "core/tablespec.h"

#include <QDir>
#include <QImage>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace dojo;
using namespace dojo::simulation;

namespace {

RenderSettings quiet()
{
    RenderSettings settings;
    settings.noise = 0.0;
    return settings;
}

BallPose at(int number, Vec2 position, Orientation orientation = {})
{
    BallPose pose;
    pose.number = number;
    pose.position = position;
    pose.orientation = orientation;
    return pose;
}

// A ball turned so that its +x number circle faces the camera, the number upright in the
// picture, then rolled a little so it is not square on.
Orientation numberUp(Vec2 roll)
{
    // Ball +x to table +z, ball +z to table -y (up in the picture), ball +y to table -x.
    const Orientation facing{0.5, 0.5, -0.5, 0.5};
    return rolled(facing, roll, kBallRadius);
}

// The 16 balls over the whole bed, near the corners and rails too, none touching.
std::vector<BallPose> spreadOver(const TableSpec &table)
{
    const double l = table.length;
    const double w = table.width;
    const Vec2 places[16] = {{70, 70},
                             {l - 70, 70},
                             {70, w - 70},
                             {l - 70, w - 70},
                             {l / 2, 45},
                             {l / 2, w - 45},
                             {45, w / 2},
                             {l - 45, w / 2},
                             {l / 2, w / 2},
                             {l / 4, w / 3},
                             {3 * l / 4, w / 3},
                             {l / 4, 2 * w / 3},
                             {3 * l / 4, 2 * w / 3},
                             {l / 3, w / 2},
                             {2 * l / 3, w / 2},
                             {l / 2, w / 4}};
    std::vector<BallPose> balls;
    for (int number = 0; number <= kHighestBall; ++number)
        balls.push_back(at(number, places[number], scattered(5, number)));
    return balls;
}

// A ball's shadow only darkens the cloth, every channel by the same factor; a ball's own
// colour (or its edge mixed with the cloth) is never such a darkening of the cloth's. So the
// footprint leaves the shadow out without knowing how it is drawn.
bool isBall(QRgb frame, QRgb empty)
{
    const int dr = qRed(frame) - qRed(empty);
    const int dg = qGreen(frame) - qGreen(empty);
    const int db = qBlue(frame) - qBlue(empty);
    if (std::max({std::abs(dr), std::abs(dg), std::abs(db)}) <= 2)
        return false;
    const int brightest = std::max({qRed(empty), qGreen(empty), qBlue(empty)});
    const double kept = brightest > 0 ? (brightest == qBlue(empty)    ? qBlue(frame)
                                         : brightest == qGreen(empty) ? qGreen(frame)
                                                                      : qRed(frame))
                                            / double(brightest)
                                      : 1.0;
    const bool darker = kept <= 1.0 && std::abs(qRed(frame) - kept * qRed(empty)) <= 2.0
                        && std::abs(qGreen(frame) - kept * qGreen(empty)) <= 2.0
                        && std::abs(qBlue(frame) - kept * qBlue(empty)) <= 2.0;
    return !darker;
}

struct Footprint
{
    int pixels = 0;
    QPointF centre;       // of the pixels, pixel centres at + 0.5
    double spreadX = 0.0; // standard deviations along x and y
    double spreadY = 0.0;
};

// The pixels a ball changed within `window`, told from its shadow.
Footprint footprint(const QImage &frame, const QImage &empty, const QRect &window)
{
    Footprint print;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    const QRect area = window.intersected(frame.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (!isBall(frame.pixel(x, y), empty.pixel(x, y)))
                continue;
            ++print.pixels;
            sx += x + 0.5;
            sy += y + 0.5;
            sxx += (x + 0.5) * (x + 0.5);
            syy += (y + 0.5) * (y + 0.5);
        }
    }
    if (print.pixels == 0)
        return print;
    const double n = print.pixels;
    print.centre = QPointF(sx / n, sy / n);
    print.spreadX = std::sqrt(std::max(0.0, sxx / n - (sx / n) * (sx / n)));
    print.spreadY = std::sqrt(std::max(0.0, syy / n - (sy / n) * (sy / n)));
    return print;
}

QRect around(const TableRenderer &renderer, Vec2 position, double radiusPixels)
{
    const QPointF centre = *renderer.camera().project({position.x, position.y, kBallRadius});
    const int reach = int(std::ceil(radiusPixels));
    return QRect(int(std::floor(centre.x())) - reach, int(std::floor(centre.y())) - reach,
                 2 * reach + 1, 2 * reach + 1);
}

double meanDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                   + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

// A 9-ball rack on the foot spot, the 1 at its apex and the 9 in its middle.
std::vector<BallPose> nineBallRack(const TableSpec &table)
{
    const int order[9] = {1, 2, 3, 4, 9, 5, 6, 7, 8};
    const int rows[5] = {1, 2, 3, 2, 1};
    const double spacing = 2 * kBallRadius + 0.1;
    std::vector<BallPose> balls;
    int next = 0;
    for (int row = 0; row < 5; ++row) {
        for (int i = 0; i < rows[row]; ++i) {
            const Vec2 place{table.footSpot.x + row * spacing * std::sqrt(3.0) / 2,
                             table.footSpot.y + (i - (rows[row] - 1) / 2.0) * spacing};
            balls.push_back(at(order[next], place, scattered(9, order[next])));
            ++next;
        }
    }
    balls.push_back(at(kCueBall, table.headSpot + Vec2{-120, 90}, scattered(9, kCueBall)));
    return balls;
}

} // namespace

class TestTableRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void frameIsTheCamerasPicture();
    void sameSettingsSameFrames();
    void noiseChangesWithTheFrame();
    void ballCentresMapToTheTable();
    void goldenCrops_data();
    void goldenCrops();
    void motionBlurFollowsTheMotion_data();
    void motionBlurFollowsTheMotion();
    void orientationMatters();
    void sinkingBallShowsOnlyInAPocket();
    void ballInOneListIsDrawn();
    void writesAFrameToLookAt();

private:
    std::unique_ptr<TableRenderer> m_quiet; // noise 0: shared by the measuring tests
    QImage m_empty;
};

void TestTableRenderer::initTestCase()
{
    m_quiet = std::make_unique<TableRenderer>(quiet());
    m_empty = m_quiet->render({}, {}, 0);
}

void TestTableRenderer::frameIsTheCamerasPicture()
{
    QCOMPARE(m_empty.size(), quiet().camera.resolution);
    QCOMPARE(m_empty.format(), QImage::Format_RGB32);
    QCOMPARE(m_quiet->camera().settings().resolution, quiet().camera.resolution);
    // Tournament blue at the middle of the bed.
    const QRgb middle
        = m_empty.pixel(m_quiet->camera()
                            .project({tableSpec(TableSize::NineFoot).length / 2, 500.0, 0.0})
                            ->toPoint());
    QCOMPARE_GT(qBlue(middle), qGreen(middle));
    QCOMPARE_GT(qGreen(middle), qRed(middle));
}

void TestTableRenderer::sameSettingsSameFrames()
{
    const RenderSettings settings; // with noise
    const TableRenderer first(settings);
    const TableRenderer second(settings);
    const std::vector<BallPose> balls = spreadOver(tableSpec(settings.table));
    std::vector<BallPose> moved = balls;
    moved[3].position = moved[3].position + Vec2{12, -5};
    moved[3].orientation = rolled(moved[3].orientation, {12, -5}, kBallRadius);
    QCOMPARE(first.render(balls, moved, 42), second.render(balls, moved, 42));
    QCOMPARE(first.render(balls, balls, 7), second.render(balls, balls, 7));
    // The same renderer again, after other frames: nothing it keeps changes a frame.
    QCOMPARE(first.render(balls, moved, 42), second.render(balls, moved, 42));
}

void TestTableRenderer::noiseChangesWithTheFrame()
{
    const RenderSettings settings;
    const TableRenderer renderer(settings);
    const std::vector<BallPose> balls = spreadOver(tableSpec(settings.table));
    const QImage one = renderer.render(balls, balls, 1);
    const QImage two = renderer.render(balls, balls, 2);
    QVERIFY(one != two);
    // The noise asked for: two frames' noise differs by 2 sqrt(2) levels (standard
    // deviation), so by 2 * 2 / sqrt(pi) = 2.26 levels on average.
    const double difference = meanDifference(one, two);
    QVERIFY2(difference > 2.0 && difference < 2.5, qPrintable(QString::number(difference)));
    // Another seed, other noise; no noise, the same frame every time.
    RenderSettings reseeded = settings;
    reseeded.seed = 2;
    QVERIFY(TableRenderer(reseeded).render(balls, balls, 1) != one);
    QCOMPARE(m_quiet->render(balls, balls, 1), m_quiet->render(balls, balls, 2));
}

void TestTableRenderer::ballCentresMapToTheTable()
{
    const TableSpec &table = tableSpec(quiet().table);
    const std::vector<BallPose> balls = spreadOver(table);
    const QImage frame = m_quiet->render(balls, balls, 0);
    const double radius = kBallRadius * m_quiet->camera().pixelsPerMillimetre();
    double worst = 0;
    for (const BallPose &ball : balls) {
        const Footprint print
            = footprint(frame, m_empty, around(*m_quiet, ball.position, 1.6 * radius));
        // Most of the disc the ball covers, not its shadow's spread.
        QCOMPARE_GT(print.pixels, int(0.85 * M_PI * radius * radius));
        QCOMPARE_LT(print.pixels, int(1.3 * M_PI * (radius + 1) * (radius + 1)));
        const std::optional<Vec2> seen = m_quiet->camera().onPlane(print.centre, kBallRadius);
        QVERIFY(seen.has_value());
        const double off = distance(*seen, ball.position);
        worst = std::max(worst, off);
        QVERIFY2(off < 1.0, qPrintable(QStringLiteral("ball %1 is seen %2 mm from where it is")
                                           .arg(ball.number)
                                           .arg(off)));
    }
    qInfo("the farthest ball centre is %.2f mm from its place", worst);
}

void TestTableRenderer::goldenCrops_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<Vec2>("roll"); // mm rolled from number-up
    QTest::newRow("ball 3") << 3 << Vec2{6, 4};
    QTest::newRow("ball 11") << 11 << Vec2{-5, 7};
}

void TestTableRenderer::goldenCrops()
{
    QFETCH(int, number);
    QFETCH(Vec2, roll);
    const TableSpec &table = tableSpec(quiet().table);
    const Vec2 place{table.length * 0.4, table.width * 0.45};
    const BallPose ball = at(number, place, numberUp(roll));
    // Its number faces the camera.
    QCOMPARE_GT(toTable(ball.orientation, {1, 0, 0}).z, 0.95);
    const QImage frame = m_quiet->render({&ball, 1}, {&ball, 1}, 0);
    const QImage crop = frame.copy(around(*m_quiet, place, 24));

    const QString path = QStringLiteral(DOJO_GOLDEN_DIR "/ball-%1.png").arg(number);
    if (qEnvironmentVariableIntValue("DOJO_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QStringLiteral(DOJO_GOLDEN_DIR));
        QVERIFY(crop.save(path));
        qInfo("wrote %s", qPrintable(path));
        return;
    }
    const QImage golden(path);
    QVERIFY2(!golden.isNull(),
             qPrintable(QStringLiteral("%1 is missing: run with DOJO_UPDATE_GOLDEN=1").arg(path)));
    QCOMPARE(golden.size(), crop.size());
    const double difference = meanDifference(crop, golden.convertToFormat(QImage::Format_RGB32));
    QVERIFY2(difference < 1.5, qPrintable(QStringLiteral("%1 levels off").arg(difference)));
}

void TestTableRenderer::motionBlurFollowsTheMotion_data()
{
    QTest::addColumn<Vec2>("travel"); // mm while the shutter is open
    QTest::newRow("along the table") << Vec2{30, 0};
    QTest::newRow("across the table") << Vec2{0, 30};
}

void TestTableRenderer::motionBlurFollowsTheMotion()
{
    QFETCH(Vec2, travel);
    const TableSpec &table = tableSpec(quiet().table);
    const BallPose opens = at(5, {table.length * 0.6, table.width * 0.4}, scattered(1, 5));
    BallPose closes = opens;
    closes.position = opens.position + travel;
    closes.orientation = rolled(opens.orientation, travel, kBallRadius);
    const QImage frame = m_quiet->render({&opens, 1}, {&closes, 1}, 0);
    const double radius = kBallRadius * m_quiet->camera().pixelsPerMillimetre();
    const Footprint print
        = footprint(frame, m_empty, around(*m_quiet, opens.position + travel * 0.5, 3 * radius));
    const double along = travel.x != 0 ? print.spreadX : print.spreadY;
    const double across = travel.x != 0 ? print.spreadY : print.spreadX;
    QVERIFY2(along > 1.3 * across,
             qPrintable(QStringLiteral("%1 px along, %2 px across").arg(along).arg(across)));
    // Blurred around where it was in the middle of the exposure.
    const Vec2 middle = *m_quiet->camera().onPlane(print.centre, kBallRadius);
    QCOMPARE_LT(distance(middle, opens.position + travel * 0.5), 2.0);
    // Still, it is round.
    const QImage still = m_quiet->render({&opens, 1}, {&opens, 1}, 0);
    const Footprint round = footprint(still, m_empty, around(*m_quiet, opens.position, 2 * radius));
    QCOMPARE_LT(std::abs(round.spreadX - round.spreadY), 0.1 * round.spreadX);
}

void TestTableRenderer::orientationMatters()
{
    const TableSpec &table = tableSpec(quiet().table);
    const Vec2 place{table.length * 0.3, table.width * 0.6};
    const BallPose ball = at(11, place, numberUp({3, 2}));
    BallPose turned = ball;
    turned.orientation = rolled(ball.orientation, {M_PI / 2 * kBallRadius, 0}, kBallRadius);
    // The middle of the ball only: what is printed on it, not the cloth around.
    const QRect crop
        = around(*m_quiet, place, 0.7 * kBallRadius * m_quiet->camera().pixelsPerMillimetre());
    const QImage before = m_quiet->render({&ball, 1}, {&ball, 1}, 0).copy(crop);
    const QImage after = m_quiet->render({&turned, 1}, {&turned, 1}, 0).copy(crop);
    const double difference = meanDifference(before, after);
    QVERIFY2(difference > 10.0, qPrintable(QStringLiteral("%1 levels").arg(difference)));
    QCOMPARE(m_quiet->render({&ball, 1}, {&ball, 1}, 0).copy(crop), before);
}

void TestTableRenderer::sinkingBallShowsOnlyInAPocket()
{
    const TableSpec &table = tableSpec(quiet().table);
    // Below the bed away from the pockets: the slate hides it.
    BallPose buried = at(4, {table.length / 3, table.width / 2});
    buried.height = -kBallRadius;
    QCOMPARE(m_quiet->render({&buried, 1}, {&buried, 1}, 0), m_empty);
    // Half down a corner pocket's hole: it shows, darker than on the cloth.
    const Pocket &pocket = table.pocket(PocketId::FootRight);
    BallPose dropping = at(1, pocket.centre
                                  + (pocket.centre - table.centreSpot)
                                        * (10.0 / distance(pocket.centre, table.centreSpot)));
    dropping.height = 0.0;
    const double radius = kBallRadius * m_quiet->camera().pixelsPerMillimetre();
    const QRect window = around(*m_quiet, dropping.position, 1.5 * radius);
    const QImage frame = m_quiet->render({&dropping, 1}, {&dropping, 1}, 0);
    QCOMPARE_GT(footprint(frame, m_empty, window).pixels, int(radius * radius));
}

void TestTableRenderer::ballInOneListIsDrawn()
{
    const TableSpec &table = tableSpec(quiet().table);
    const BallPose ball = at(6, {table.length * 0.7, table.width * 0.7});
    const QImage onlyAtTheEnd = m_quiet->render({}, {&ball, 1}, 0);
    QCOMPARE(onlyAtTheEnd, m_quiet->render({&ball, 1}, {&ball, 1}, 0));
    QCOMPARE(m_quiet->render({&ball, 1}, {}, 0), onlyAtTheEnd);
}

void TestTableRenderer::writesAFrameToLookAt()
{
    const RenderSettings settings; // noise on
    const TableRenderer renderer(settings);
    const std::vector<BallPose> balls = nineBallRack(tableSpec(settings.table));
    const QImage frame = renderer.render(balls, balls, 1);
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/render-frame.png");
    QVERIFY(frame.save(path));
    qInfo("wrote %s", qPrintable(path));
}

QTEST_GUILESS_MAIN(TestTableRenderer)
#include "tst_tablerenderer.moc"
