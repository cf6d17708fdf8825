// Automatic calibration: from the true corners the ball-height mapping matches the simulated
// camera's; in rendered frames (tilts, lens distortion, table sizes, with and without balls)
// calibrate() finds the table and its mapping puts a ball's pixel within a few millimetres;
// on the real stills it finds the table's corners; a picture with no table is refused.

#include "simulatedcalibration.h"

#include <capture/picture.h>
#include <core/ball.h>
#include <simulation/tablerenderer.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QImage>
#include <QTest>

#include <cmath>

using namespace dojo;

Q_DECLARE_METATYPE(dojo::TableSize)

namespace {

struct Errors
{
    double mean = 0;
    double max = 0;
};

// Ball positions from the calibration against the camera's own projection, over a grid.
Errors errorsOver(const vision::Calibration &found, const simulation::CameraModel &camera,
                  TableSize table)
{
    const TableSpec &spec = tableSpec(table);
    Errors e;
    int count = 0;
    for (int i = 0; i <= 10; ++i)
        for (int j = 0; j <= 6; ++j) {
            const Vec2 truth{kBallRadius + (spec.length - kBallDiameter) * i / 10,
                             kBallRadius + (spec.width - kBallDiameter) * j / 6};
            const QPointF pixel = *camera.project({truth.x, truth.y, kBallRadius});
            const double off = distance(*found.ballPosition(pixel), truth);
            e.mean += off;
            e.max = std::max(e.max, off);
            ++count;
        }
    e.mean /= count;
    return e;
}

std::vector<simulation::BallPose> sixteenBalls(const TableSpec &spec)
{
    std::vector<simulation::BallPose> balls;
    for (int n = 0; n < 16; ++n) {
        simulation::BallPose ball;
        ball.number = n;
        // Spread over the table, a few against the cushions.
        ball.position = {kBallRadius + (spec.length - kBallDiameter) * ((n * 7) % 16) / 15.0,
                         kBallRadius + (spec.width - kBallDiameter) * ((n * 5) % 8) / 7.0};
        balls.push_back(ball);
    }
    return balls;
}

} // namespace

class tst_Calibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromTheTrueCorners_data();
    void fromTheTrueCorners();
    void findsARenderedTable_data();
    void findsARenderedTable();
    void findsTheCornersAtEachResolution_data();
    void findsTheCornersAtEachResolution();
    void findsTheTableInARealStill_data();
    void findsTheTableInARealStill();
    void refusesAPictureWithNoTable_data();
    void refusesAPictureWithNoTable();

private:
    void cameras();
};

void tst_Calibration::cameras()
{
    QTest::addColumn<TableSize>("table");
    QTest::addColumn<double>("tilt");
    QTest::addColumn<double>("distortion");
    QTest::addColumn<double>("height");
    QTest::newRow("9 ft, defaults") << TableSize::NineFoot << 1.5 << -0.04 << 2500.0;
    QTest::newRow("9 ft, straight down, no distortion")
        << TableSize::NineFoot << 0.0 << 0.0 << 2500.0;
    QTest::newRow("9 ft, tilted 6 degrees") << TableSize::NineFoot << 6.0 << -0.04 << 2500.0;
    QTest::newRow("9 ft, strong barrel, low") << TableSize::NineFoot << 1.5 << -0.10 << 2000.0;
    QTest::newRow("8 ft oversized") << TableSize::EightFootOversized << 1.5 << -0.04 << 2500.0;
    QTest::newRow("7 ft, high") << TableSize::SevenFoot << 2.5 << -0.03 << 3000.0;
}

void tst_Calibration::fromTheTrueCorners_data()
{
    cameras();
}

void tst_Calibration::fromTheTrueCorners()
{
    QFETCH(TableSize, table);
    QFETCH(double, tilt);
    QFETCH(double, distortion);
    QFETCH(double, height);
    simulation::CameraSettings settings;
    settings.tiltDegrees = tilt;
    settings.distortion = distortion;
    settings.height = height;
    const simulation::CameraModel camera(tableSpec(table), settings);
    const vision::Calibration truth = testsupport::calibrationOf(camera, table);
    const Result<vision::Calibration> found
        = vision::calibrateFromCorners(truth.corners, truth.image, table, truth.distortion);
    QVERIFY(found);
    const Errors e = errorsOver(*found, camera, table);
    qInfo("ball position from the true corners: mean %.3f mm, max %.3f mm", e.mean, e.max);
    QVERIFY2(e.max <= 0.5, qPrintable(QString::number(e.max)));
}

void tst_Calibration::findsARenderedTable_data()
{
    cameras();
}

void tst_Calibration::findsARenderedTable()
{
    QFETCH(TableSize, table);
    QFETCH(double, tilt);
    QFETCH(double, distortion);
    QFETCH(double, height);
    simulation::RenderSettings settings;
    settings.table = table;
    settings.camera.tiltDegrees = tilt;
    settings.camera.distortion = distortion;
    settings.camera.height = height;
    const simulation::TableRenderer renderer(settings);
    const vision::Calibration truth = testsupport::calibrationOf(renderer.camera(), table);
    const std::vector<simulation::BallPose> none;
    const std::vector<simulation::BallPose> balls = sixteenBalls(tableSpec(table));
    for (const auto *poses : {&none, &balls}) {
        const cv::Mat picture = capture::bgrPicture(renderer.render(*poses, *poses, 0));
        const Result<vision::Calibration> found = vision::calibrate(picture, table);
        QVERIFY2(found, found ? "" : qPrintable(found.error()));
        const Errors e = errorsOver(*found, renderer.camera(), table);
        double cornerOff = 0;
        for (size_t i = 0; i < 4; ++i)
            cornerOff
                = std::max(cornerOff, std::hypot(found->corners[i].x() - truth.corners[i].x(),
                                                 found->corners[i].y() - truth.corners[i].y()));
        qInfo("%d balls: ball position mean %.2f mm, max %.2f mm; corners off by up to %.2f px; "
              "k1 %.4f (true %.4f)",
              int(poses->size()), e.mean, e.max, cornerOff, found->distortion, truth.distortion);
        QVERIFY2(e.mean <= 2.0, qPrintable(QString::number(e.mean)));
        QVERIFY2(e.max <= 5.0, qPrintable(QString::number(e.max)));
    }
}

void tst_Calibration::findsTheCornersAtEachResolution_data()
{
    QTest::addColumn<QSize>("resolution");
    QTest::newRow("720p") << QSize(1280, 720);
    QTest::newRow("1080p") << QSize(1920, 1080);
    QTest::newRow("4k") << QSize(3840, 2160);
}

// The corners found lie within a few pixels of the true ones whatever the picture's size:
// nothing in the finder is tuned to one resolution.
void tst_Calibration::findsTheCornersAtEachResolution()
{
    QFETCH(QSize, resolution);
    simulation::RenderSettings settings;
    settings.camera.resolution = resolution;
    const simulation::TableRenderer renderer(settings);
    const vision::Calibration truth = testsupport::calibrationOf(renderer.camera(), settings.table);
    const std::vector<simulation::BallPose> none;
    const std::vector<simulation::BallPose> balls = sixteenBalls(tableSpec(settings.table));
    for (const auto *poses : {&none, &balls}) {
        const cv::Mat picture = capture::bgrPicture(renderer.render(*poses, *poses, 0));
        const Result<vision::Calibration> found = vision::calibrate(picture, settings.table);
        QVERIFY2(found, found ? "" : qPrintable(found.error()));
        // Pixels at 1080p: the tolerance scales with the picture.
        const double toScale = 1080.0 / resolution.height();
        double cornerOff = 0;
        for (size_t i = 0; i < 4; ++i) {
            const double off = std::hypot(found->corners[i].x() - truth.corners[i].x(),
                                          found->corners[i].y() - truth.corners[i].y());
            qInfo("%d balls: corner %d off by %.2f px (%.2f px at 1080p)", int(poses->size()),
                  int(i), off, off * toScale);
            cornerOff = std::max(cornerOff, off * toScale);
        }
        const Errors e = errorsOver(*found, renderer.camera(), settings.table);
        qInfo("%d balls: ball position mean %.2f mm, max %.2f mm", int(poses->size()), e.mean,
              e.max);
        QVERIFY2(e.mean <= 2.0, qPrintable(QString::number(e.mean)));
        QVERIFY2(e.max <= 5.0, qPrintable(QString::number(e.max)));
        QVERIFY2(cornerOff <= 3.0, qPrintable(QString::number(cornerOff)));
    }
}

using Corners = QList<QPointF>;

void tst_Calibration::findsTheTableInARealStill_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TableSize>("table");
    // Where the cushion noses' lines meet, measured by eye on 4x crops of each still
    // (head-left, head-right, foot-left, foot-right); a corner left out was not measured.
    QTest::addColumn<Corners>("measured");
    QTest::addColumn<QList<int>>("which");
    QTest::newRow("720p, empty") << QStringLiteral("overhead-empty-720p.jpg")
                                 << TableSize::EightFootOversized
                                 << Corners{{62, 59}, {1212, 52}, {80, 622}, {1200, 621}}
                                 << QList<int>{0, 1, 2, 3};
    QTest::newRow("720p, ten balls")
        << QStringLiteral("overhead-ten-balls-720p.jpg") << TableSize::EightFootOversized
        << Corners{{62, 59}, {1212, 52}, {80, 622}, {1200, 621}} << QList<int>{0, 1, 2, 3};
    QTest::newRow("4k, sixteen balls")
        << QStringLiteral("overhead-all-balls-4k.jpg") << TableSize::EightFootOversized
        << Corners{{215, 257}, {3616, 1945}} << QList<int>{0, 3};
    QTest::newRow("blue cloth, as a 9 ft table")
        << QStringLiteral("overhead-blue-cloth-16-balls.png") << TableSize::NineFoot
        << Corners{{100, 92}, {2480, 1305}} << QList<int>{0, 3};
}

void tst_Calibration::findsTheTableInARealStill()
{
    QFETCH(QString, file);
    QFETCH(TableSize, table);
    QFETCH(Corners, measured);
    QFETCH(QList<int>, which);
    const cv::Mat picture
        = cv::imread(QString(QStringLiteral(DOJO_SHARED_DIR "/footage/") + file).toStdString());
    QVERIFY(!picture.empty());
    const Result<vision::Calibration> found = vision::calibrate(picture, table);
    QVERIFY2(found, found ? "" : qPrintable(found.error()));
    const double tolerance = 0.01 * picture.cols;
    const TableSpec &spec = tableSpec(table);
    for (qsizetype i = 0; i < which.size(); ++i) {
        // The calibration's corners are at the bed; the noses stand 63.5 % of a ball above it,
        // and a point's pixel moves along the same line, nearly linearly, as it is raised.
        const size_t index = size_t(which[i]);
        const Vec2 onTable{index % 2 == 0 ? 0.0 : spec.length, index < 2 ? 0.0 : spec.width};
        const QPointF bed = found->bedPixel(onTable);
        const QPointF corner
            = bed + (found->ballPixel(onTable) - bed) * (0.635 * kBallDiameter / kBallRadius);
        const double off = std::hypot(corner.x() - measured[i].x(), corner.y() - measured[i].y());
        qInfo("nose corner %d at (%.1f, %.1f): %.1f px from the measured one (%.2f %% of the "
              "width)",
              which[i], corner.x(), corner.y(), off, 100 * off / picture.cols);
        QVERIFY2(off <= tolerance, qPrintable(QString::number(off)));
    }
}

void tst_Calibration::refusesAPictureWithNoTable_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("plain grey") << 0;
    QTest::newRow("random noise") << 1;
    QTest::newRow("a green square too small") << 2;
}

void tst_Calibration::refusesAPictureWithNoTable()
{
    QFETCH(int, kind);
    cv::Mat picture(720, 1280, CV_8UC3, cv::Scalar(128, 128, 128));
    if (kind == 1)
        cv::randu(picture, cv::Scalar::all(0), cv::Scalar::all(255));
    if (kind == 2)
        cv::rectangle(picture, cv::Rect(500, 300, 200, 150), cv::Scalar(40, 160, 40), cv::FILLED);
    const Result<vision::Calibration> found = vision::calibrate(picture, TableSize::NineFoot);
    QVERIFY(!found);
    QVERIFY(found.error().endsWith(QLatin1Char('.')));
}

QTEST_GUILESS_MAIN(tst_Calibration)
#include "tst_calibration.moc"
