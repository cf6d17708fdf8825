// The overhead camera's model: table millimetres to pixels and back are exact inverses at
// the bed and at a ball's centre height, the lens bends straight rails (and only when it
// has distortion), and the camera frames the table at about 0.7 px/mm at 1080p over 9 ft.

#include "simulation/cameramodel.h"

#include "core/ball.h"
#include "core/tablespec.h"
#include "core/units.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace dojo;
using namespace dojo::simulation;

Q_DECLARE_METATYPE(dojo::TableSize)

namespace {

double distanceToLine(QPointF point, QPointF a, QPointF b)
{
    const QPointF along = b - a;
    const QPointF offset = point - a;
    return std::abs(along.x() * offset.y() - along.y() * offset.x())
           / std::hypot(along.x(), along.y());
}

CameraSettings withDistortion(double k1)
{
    CameraSettings settings;
    settings.distortion = k1;
    return settings;
}

} // namespace

class TestCameraModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rayPointsAtWhatProjects();
    void distortionBendsRails_data();
    void distortionBendsRails();
    void pixelsPerMillimetre_data();
    void pixelsPerMillimetre();
    void framesTheWholeTable_data();
    void framesTheWholeTable();
};

void TestCameraModel::roundTrip_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<double>("k1");
    QTest::addColumn<double>("x"); // fractions of the playing surface; < 0 or > 1 on the rails
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("z");

    struct Place
    {
        const char *name;
        double x;
        double y;
    };
    const Place places[]
        = {{"head-left corner", 0, 0}, {"foot-right corner", 1, 1}, {"head-right corner", 0, 1},
           {"foot-left corner", 1, 0}, {"centre", 0.5, 0.5},        {"head rail", -0.03, 0.5},
           {"right rail", 0.3, 1.06},  {"side pocket", 0.5, -0.05}, {"foot spot", 0.75, 0.5}};
    for (const TableSize size : {TableSize::NineFoot, TableSize::SevenFoot}) {
        for (const double k1 : {-0.04, 0.0, 0.05}) {
            for (const Place &place : places) {
                for (const double z : {0.0, kBallRadius}) {
                    QTest::addRow("%s ft, k1 %g, %s, z %g", qPrintable(tableSizeKey(size)), k1,
                                  place.name, z)
                        << size << k1 << place.x << place.y << z;
                }
            }
        }
    }
}

void TestCameraModel::roundTrip()
{
    QFETCH(TableSize, size);
    QFETCH(double, k1);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, z);
    const TableSpec &table = tableSpec(size);
    const CameraModel camera(table, withDistortion(k1));
    const physics::Vec3 point{x * table.length, y * table.width, z};

    // Table to pixel to table.
    const std::optional<QPointF> pixel = camera.project(point);
    QVERIFY(pixel.has_value());
    const std::optional<Vec2> back = camera.onPlane(*pixel, z);
    QVERIFY(back.has_value());
    QVERIFY2(distance(*back, {point.x, point.y}) < 0.01,
             qPrintable(QStringLiteral("%1 mm off").arg(distance(*back, {point.x, point.y}))));

    // Pixel to table to pixel, from a pixel that is not the projection of a round number.
    const QPointF start = *pixel + QPointF(0.37, -0.61);
    const std::optional<Vec2> seen = camera.onPlane(start, z);
    QVERIFY(seen.has_value());
    const std::optional<QPointF> again = camera.project({seen->x, seen->y, z});
    QVERIFY(again.has_value());
    const double pixels = std::hypot(again->x() - start.x(), again->y() - start.y());
    QVERIFY2(pixels < 0.001, qPrintable(QStringLiteral("%1 px off").arg(pixels)));
}

void TestCameraModel::rayPointsAtWhatProjects()
{
    const TableSpec &table = tableSpec(TableSize::NineFoot);
    const CameraModel camera(table, CameraSettings{});
    const physics::Vec3 point{300.0, 1100.0, kBallRadius};
    const physics::Vec3 ray = camera.ray(*camera.project(point));
    const physics::Vec3 toPoint = point - camera.centre();
    QCOMPARE_LT(std::abs(ray.length() - 1.0), 1e-12);
    QCOMPARE_LT((toPoint * (1.0 / toPoint.length()) - ray).length(), 1e-9);
    // Above the bed, looking down at it.
    QCOMPARE(camera.centre().z, CameraSettings{}.height);
    QCOMPARE_LT(ray.z, 0.0);
}

void TestCameraModel::distortionBendsRails_data()
{
    QTest::addColumn<double>("k1");
    QTest::addColumn<bool>("bends");
    QTest::newRow("barrel") << -0.04 << true;
    QTest::newRow("pincushion") << 0.04 << true;
    QTest::newRow("no distortion") << 0.0 << false;
}

void TestCameraModel::distortionBendsRails()
{
    QFETCH(double, k1);
    QFETCH(bool, bends);
    const TableSpec &table = tableSpec(TableSize::NineFoot);
    const CameraModel camera(table, withDistortion(k1));
    // The left rail's cushion nose and the foot rail's: straight lines on the table.
    const std::pair<physics::Vec3, physics::Vec3> rails[] = {
        {{0, 0, 0}, {table.length, 0, 0}}, {{table.length, 0, 0}, {table.length, table.width, 0}}};
    for (const auto &[from, to] : rails) {
        const QPointF a = *camera.project(from);
        const QPointF b = *camera.project(to);
        const QPointF middle = *camera.project((from + to) * 0.5);
        const double bow = distanceToLine(middle, a, b);
        if (bends)
            QVERIFY2(bow > 1.0, qPrintable(QStringLiteral("bows by %1 px").arg(bow)));
        else
            QVERIFY2(bow < 1e-6, qPrintable(QStringLiteral("bows by %1 px").arg(bow)));
    }
}

void TestCameraModel::pixelsPerMillimetre_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<QSize>("resolution");
    QTest::addColumn<double>("least");
    QTest::addColumn<double>("most");
    QTest::newRow("9 ft at 1080p") << TableSize::NineFoot << QSize(1920, 1080) << 0.6 << 0.75;
    QTest::newRow("7 ft at 1080p") << TableSize::SevenFoot << QSize(1920, 1080) << 0.75 << 0.95;
    QTest::newRow("9 ft at 720p") << TableSize::NineFoot << QSize(1280, 720) << 0.4 << 0.5;
}

void TestCameraModel::pixelsPerMillimetre()
{
    QFETCH(TableSize, size);
    QFETCH(QSize, resolution);
    QFETCH(double, least);
    QFETCH(double, most);
    const TableSpec &table = tableSpec(size);
    CameraSettings settings;
    settings.resolution = resolution;
    const CameraModel camera(table, settings);
    const double scale = camera.pixelsPerMillimetre();
    QVERIFY2(scale > least && scale < most, qPrintable(QStringLiteral("%1 px/mm").arg(scale)));

    // What it says is what the projection does: 100 mm of bed below the camera.
    const physics::Vec3 below{camera.centre().x, camera.centre().y, 0.0};
    const QPointF a = *camera.project(below - physics::Vec3{50, 0, 0});
    const QPointF b = *camera.project(below + physics::Vec3{50, 0, 0});
    QCOMPARE_LT(std::abs(std::hypot(b.x() - a.x(), b.y() - a.y()) / 100.0 - scale), 0.01 * scale);
}

void TestCameraModel::framesTheWholeTable_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<double>("tiltDegrees");
    for (const TableSize size : kAllTableSizes) {
        for (const double tilt : {0.0, 1.5, 4.0})
            QTest::addRow("%s, tilt %g", qPrintable(tableSizeKey(size)), tilt) << size << tilt;
    }
}

void TestCameraModel::framesTheWholeTable()
{
    QFETCH(TableSize, size);
    QFETCH(double, tiltDegrees);
    const TableSpec &table = tableSpec(size);
    CameraSettings settings;
    settings.tiltDegrees = tiltDegrees;
    const CameraModel camera(table, settings);
    const QRectF image(QPointF(0, 0), QSizeF(settings.resolution));
    // The playing surface with 4 in of rail around it, and every diamond.
    const double rail = inches(4.0);
    for (const double x : {-rail, table.length + rail}) {
        for (const double y : {-rail, table.width + rail})
            QVERIFY(image.contains(*camera.project({x, y, 0.0})));
    }
    for (const Diamond &diamond : table.diamonds)
        QVERIFY(image.contains(*camera.project({diamond.position.x, diamond.position.y, 0.0})));
    // And not much more: the playing surface spans most of the image's width.
    const double span = camera.project({table.length, table.width / 2, 0})->x()
                        - camera.project({0, table.width / 2, 0})->x();
    QCOMPARE_GT(span, 0.8 * settings.resolution.width());
}

QTEST_GUILESS_MAIN(TestCameraModel)
#include "tst_cameramodel.moc"
