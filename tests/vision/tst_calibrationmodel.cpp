// The calibration's mappings on the simulated camera, whose exact calibration is known: a
// ball's centre and a point of the bed map to their pixels and back within a hundredth of a
// millimetre, distortion included; the ball-height mapping differs from the bed's near the
// corners as the camera's geometry says.

#include "simulatedcalibration.h"

#include <core/ball.h>

#include <QTest>

using namespace dojo;

class tst_CalibrationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsAsTheCameraProjects_data();
    void mapsAsTheCameraProjects();
    void aBallNearACornerIsNotWhereTheBedMappingPutsIt();
};

void tst_CalibrationModel::mapsAsTheCameraProjects_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::newRow("head-left corner") << 30.0 << 30.0;
    QTest::newRow("centre") << 1270.0 << 635.0;
    QTest::newRow("foot-right corner") << 2510.0 << 1240.0;
    QTest::newRow("side pocket") << 1270.0 << 1245.0;
}

void tst_CalibrationModel::mapsAsTheCameraProjects()
{
    QFETCH(double, x);
    QFETCH(double, y);
    simulation::CameraSettings settings;
    const simulation::CameraModel camera(tableSpec(TableSize::NineFoot), settings);
    const vision::Calibration calibration = testsupport::calibrationOf(camera, TableSize::NineFoot);

    const QPointF ball = *camera.project({x, y, kBallRadius});
    QVERIFY(std::hypot(calibration.ballPixel({x, y}).x() - ball.x(),
                       calibration.ballPixel({x, y}).y() - ball.y())
            < 0.01);
    const Vec2 back = *calibration.ballPosition(ball);
    QVERIFY2(distance(back, {x, y}) < 0.01, qPrintable(QString::number(distance(back, {x, y}))));

    const QPointF bed = *camera.project({x, y, 0});
    const Vec2 bedBack = *calibration.bedPosition(bed);
    QVERIFY(distance(bedBack, {x, y}) < 0.01);
    QVERIFY(calibration.ballRadiusPixels({x, y}) > 15 && calibration.ballRadiusPixels({x, y}) < 30);
}

void tst_CalibrationModel::aBallNearACornerIsNotWhereTheBedMappingPutsIt()
{
    const simulation::CameraModel camera(tableSpec(TableSize::NineFoot), {});
    const vision::Calibration calibration = testsupport::calibrationOf(camera, TableSize::NineFoot);
    const QPointF ball = *camera.project({40, 40, kBallRadius});
    const double off = distance(*calibration.bedPosition(ball), {40, 40});
    QVERIFY2(off > 10 && off < 25, qPrintable(QString::number(off)));
}

QTEST_GUILESS_MAIN(tst_CalibrationModel)
#include "tst_calibrationmodel.moc"
