// Ball detection and identification: on rendered frames, where the truth is known (every ball
// found once, within a millimetre or two, each identified, nothing on an empty table), and on
// the real stills, whose calibration is built here from corners measured by eye.

#include "simulatedcalibration.h"

#include <capture/picture.h>
#include <simulation/tablerenderer.h>
#include <vision/ballsighting.h>

#include <core/ball.h>
#include <core/tablespec.h>

#include <QDir>
#include <QImage>
#include <QLineF>
#include <QPolygonF>
#include <QStringList>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace dojo;

namespace {

// 16 balls: spread over the bed, three touching in a cluster, two against rails, one in the
// head-left corner's jaw.
std::vector<simulation::BallPose> rack(const TableSpec &table, unsigned long long seed)
{
    const double r = kBallRadius;
    const double d = kBallDiameter;
    std::vector<Vec2> where = {{400, 300},
                               {700, 900},
                               {1000, 500},
                               {1300, 200},
                               {1600, 1000},
                               {1900, 400},
                               {2200, 800},
                               {900, 1100},
                               {1500, 640}, // the cluster: three touching
                               {1500 + d, 640},
                               {1500 + d / 2, 640 + d * std::sqrt(3.0) / 2},
                               {r + 0.5, 700},                    // against the head rail
                               {1800, table.width - r - 0.5},     // against the right rail
                               {r + 20, r + 20},                  // in the head-left corner's jaw
                               {table.length - r - 0.5, r + 150}, // against the foot rail
                               {table.length - 300, table.width - 200}};
    std::vector<simulation::BallPose> balls;
    for (int number = 0; number <= kHighestBall; ++number) {
        simulation::BallPose pose;
        pose.number = number;
        pose.position = where[size_t((number + int(seed)) % 16)];
        pose.orientation = simulation::scattered(seed, number);
        balls.push_back(pose);
    }
    return balls;
}

// What was found, drawn on the picture in the temporary directory, to look at by eye.
void annotate(const cv::Mat &picture, const std::vector<vision::BallSighting> &found,
              const QString &name)
{
    cv::Mat out = picture.clone();
    for (const vision::BallSighting &s : found) {
        const cv::Point2d c(s.pixel.x(), s.pixel.y());
        cv::circle(out, c, int(std::lround(s.radius)), cv::Scalar(0, 0, 255), 1, cv::LINE_AA);
        cv::putText(out, std::to_string(s.ball), c + cv::Point2d(s.radius, -s.radius),
                    cv::FONT_HERSHEY_SIMPLEX, std::max(0.5, s.radius / 25), cv::Scalar(0, 0, 255),
                    2);
    }
    cv::imwrite(
        QString(QDir::tempPath() + QStringLiteral("/ballsighting-%1.png").arg(name)).toStdString(),
        out);
}

// A still's calibration from its bed corners measured by eye (HL, HR, FL, FR): a plain bed
// homography, the ball's height ignored, no distortion; enough for the cloth and the radius.
vision::Calibration stillCalibration(const cv::Mat &picture, const QPolygonF &corners)
{
    const TableSpec &table = tableSpec(TableSize::EightFootOversized);
    const std::vector<cv::Point2f> bed = {{0, 0},
                                          {float(table.length), 0},
                                          {0, float(table.width)},
                                          {float(table.length), float(table.width)}};
    std::vector<cv::Point2f> image;
    for (const QPointF &corner : corners)
        image.emplace_back(float(corner.x()), float(corner.y()));
    const cv::Mat h = cv::getPerspectiveTransform(bed, image, cv::DECOMP_LU);
    vision::Calibration calibration;
    calibration.table = TableSize::EightFootOversized;
    calibration.image = QSize(picture.cols, picture.rows);
    for (int i = 0; i < 9; ++i)
        calibration.bedToImage[size_t(i)] = h.at<double>(i / 3, i % 3);
    calibration.ballToImage = calibration.bedToImage;
    calibration.distortionCentre = QPointF(picture.cols / 2.0, picture.rows / 2.0);
    for (size_t i = 0; i < 4; ++i)
        calibration.corners[i] = corners[int(i)];

    return calibration;
}

struct Rendered
{
    cv::Mat picture;
    vision::Calibration calibration;
};

Rendered render(const std::vector<simulation::BallPose> &balls, unsigned long long seed)
{
    simulation::RenderSettings settings;
    settings.seed = seed;
    const simulation::TableRenderer renderer(settings);
    return {capture::bgrPicture(renderer.render(balls, balls, 0)),
            testsupport::calibrationOf(renderer.camera(), settings.table)};
}

} // namespace

class tst_BallSighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryRenderedBallOnceWhereItIs_data();
    void findsEveryRenderedBallOnceWhereItIs();
    void findsNothingOnAnEmptyRenderedTable();
    void findsTheBallsOnARealStill_data();
    void findsTheBallsOnARealStill();
    void tellsTheBallsApartOnTheFourKStill();
};

void tst_BallSighting::findsEveryRenderedBallOnceWhereItIs_data()
{
    QTest::addColumn<unsigned long long>("seed");
    for (unsigned long long seed : {1ULL, 2ULL, 3ULL, 4ULL, 5ULL})
        QTest::newRow(qPrintable(QStringLiteral("rack %1").arg(seed))) << seed;
}

void tst_BallSighting::findsEveryRenderedBallOnceWhereItIs()
{
    QFETCH(unsigned long long, seed);
    const TableSpec &table = tableSpec(TableSize::NineFoot);
    const std::vector<simulation::BallPose> balls = rack(table, seed);
    const Rendered frame = render(balls, seed);
    const std::vector<vision::BallSighting> found
        = vision::findBalls(frame.picture, frame.calibration);

    annotate(frame.picture, found, QStringLiteral("rack-%1").arg(seed));
    std::vector<double> errors;
    QStringList missed;
    QPointF bias;
    int identified = 0;
    for (const simulation::BallPose &ball : balls) {
        const auto nearest
            = std::min_element(found.begin(), found.end(), [&](const auto &a, const auto &b) {
                  return distance(a.position, ball.position) < distance(b.position, ball.position);
              });
        if (nearest == found.end() || distance(nearest->position, ball.position) > kBallRadius) {
            missed.append(QString::number(ball.number));
            continue;
        }
        errors.push_back(distance(nearest->position, ball.position));
        const QPointF truth = frame.calibration.ballPixel(ball.position);
        bias += (nearest->pixel - truth) / 16.0;
        if (nearest->ball == ball.number)
            ++identified;
        else
            qInfo("ball %d taken for %d (confidence %.2f)", ball.number, nearest->ball,
                  nearest->confidence);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char(' '))));
    QCOMPARE(found.size(), balls.size());
    std::sort(errors.begin(), errors.end());
    double mean = 0;
    for (double e : errors)
        mean += e / double(errors.size());
    const double p95 = errors[size_t(std::ceil(0.95 * double(errors.size()))) - 1];
    qInfo("position error: mean %.2f mm, p95 %.2f mm, worst %.2f mm; identified %d of 16; mean "
          "offset (%.2f, %.2f) px",
          mean, p95, errors.back(), identified, bias.x(), bias.y());
    // What it reaches (measured: mean 0.7-1.1 mm, p95 2.0-3.2 mm over these racks).
    QVERIFY2(mean <= 1.2, qPrintable(QString::number(mean)));
    QVERIFY2(p95 <= 3.5, qPrintable(QString::number(p95)));
    QCOMPARE(identified, 16);
}

void tst_BallSighting::findsNothingOnAnEmptyRenderedTable()
{
    const Rendered frame = render({}, 7);
    QCOMPARE(vision::findBalls(frame.picture, frame.calibration).size(), size_t(0));
}

void tst_BallSighting::findsTheBallsOnARealStill_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QPolygonF>("corners"); // bed corners measured by eye: HL, HR, FL, FR
    QTest::addColumn<int>("balls");
    // What it reaches so far: every ball counted, and the cue ball told (see the report).
    QTest::addColumn<bool>("allFound");
    QTest::addColumn<bool>("cueTold");
    const QPolygonF overhead720{{82, 58}, {1200, 52}, {100, 605}, {1190, 600}};
    QTest::newRow("empty, 720p") << QStringLiteral("overhead-empty-720p.jpg") << overhead720 << 0
                                 << true << false;
    QTest::newRow("ten balls, 720p")
        << QStringLiteral("overhead-ten-balls-720p.jpg") << overhead720 << 10 << true << true;
    QTest::newRow("all balls, 4k")
        << QStringLiteral("overhead-all-balls-4k.jpg")
        << QPolygonF{{220, 180}, {3620, 180}, {220, 1920}, {3620, 1920}} << 16 << false << true;
    QTest::newRow("blue cloth") << QStringLiteral("overhead-blue-cloth-16-balls.png")
                                << QPolygonF{{96, 96}, {2490, 96}, {96, 1310}, {2490, 1310}} << 16
                                << false << false;
}

void tst_BallSighting::findsTheBallsOnARealStill()
{
    QFETCH(QString, file);
    QFETCH(QPolygonF, corners);
    QFETCH(int, balls);
    QFETCH(bool, allFound);
    QFETCH(bool, cueTold);
    const cv::Mat picture
        = cv::imread(QString(QStringLiteral(DOJO_SHARED_DIR "/footage/") + file).toStdString());
    QVERIFY(!picture.empty());
    const vision::Calibration calibration = stillCalibration(picture, corners);
    const std::vector<vision::BallSighting> found = vision::findBalls(picture, calibration);
    annotate(picture, found, file.section(QLatin1Char('.'), 0, 0));
    QStringList seen;
    for (const vision::BallSighting &s : found)
        seen.append(QString::number(s.ball));
    qInfo("%s: %d found, numbers %s", qPrintable(file), int(found.size()),
          qPrintable(seen.join(QLatin1Char(' '))));
    // Never more than there are: no rail mark, pocket or hand taken for a ball.
    QVERIFY(int(found.size()) <= balls);
    if (allFound)
        QCOMPARE(int(found.size()), balls);
    if (cueTold)
        QVERIFY(std::count_if(found.begin(), found.end(),
                              [](const vision::BallSighting &s) { return s.ball == kCueBall; })
                == 1);
}

void tst_BallSighting::tellsTheBallsApartOnTheFourKStill()
{
    const cv::Mat picture = cv::imread(DOJO_SHARED_DIR "/footage/overhead-all-balls-4k.jpg");
    QVERIFY(!picture.empty());
    const vision::Calibration calibration
        = stillCalibration(picture, {{220, 180}, {3620, 180}, {220, 1920}, {3620, 1920}});
    // Where each ball is, read by eye (pixels, within a few).
    const std::vector<std::pair<int, QPointF>> byEye
        = {{13, {640, 480}},  {15, {1488, 472}}, {6, {2320, 468}},  {1, {3192, 440}},
           {12, {640, 880}},  {4, {1484, 876}},  {5, {2332, 860}},  {8, {3180, 860}},
           {10, {640, 1300}}, {3, {1496, 1288}}, {9, {2332, 1308}}, {11, {3180, 1292}},
           {7, {652, 1680}},  {2, {1500, 1672}}, {0, {2340, 1664}}, {14, {3188, 1680}}};
    const std::vector<vision::BallSighting> found = vision::findBalls(picture, calibration);
    int right = 0;
    int kindRight = 0;
    int identified = 0;
    for (const vision::BallSighting &s : found) {
        const auto nearest
            = std::min_element(byEye.begin(), byEye.end(), [&](const auto &a, const auto &b) {
                  return QLineF(a.second, s.pixel).length() < QLineF(b.second, s.pixel).length();
              });
        // Every sighting is one of the balls.
        QVERIFY(QLineF(nearest->second, s.pixel).length() < s.radius);
        if (s.ball < 0)
            continue;
        ++identified;
        right += s.ball == nearest->first ? 1 : 0;
        kindRight += ball(s.ball).kind == ball(nearest->first).kind ? 1 : 0;
        if (nearest->first == kCueBall || nearest->first == kEightBall)
            QCOMPARE(s.ball, nearest->first);
    }
    qInfo("4k still: %d of 16 found, %d identified, %d of them right, %d of the right kind "
          "(cue, solid, eight, stripe)",
          int(found.size()), identified, right, kindRight);
    QVERIFY(int(found.size()) >= 14);
    // Mostly right where it gives a number at all.
    QVERIFY(right * 3 >= identified * 2);
}

QTEST_GUILESS_MAIN(tst_BallSighting)
#include "tst_ballsighting.moc"
