// One table's tracking chained as one: the table found by itself or from corners placed by
// hand, and found again by itself when the camera is knocked.

#include "simulatedcalibration.h"

#include <capture/picture.h>
#include <simulation/tableplayback.h>
#include <simulation/tablerenderer.h>
#include <vision/tabletracker.h>

#include <QLineF>
#include <QString>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <algorithm>

using namespace dojo;

namespace {

simulation::RenderSettings settings1080()
{
    simulation::RenderSettings render;
    render.camera.resolution = QSize(1920, 1080);
    return render;
}

double largestGap(const std::array<QPointF, 4> &a, const std::array<QPointF, 4> &b)
{
    double gap = 0;
    for (size_t i = 0; i < 4; ++i)
        gap = std::max(gap, QLineF(a[i], b[i]).length());
    return gap;
}

// Every tracked ball is one of the rack's, where it lies. The blue 2 at the back of the rack
// on the blue cloth is not found yet (the tracking benchmark's known gap): one may be missing.
void checkBalls(const vision::TableState &state, const std::vector<simulation::BallPose> &truth)
{
    QVERIFY2(
        state.balls.size() + 1 >= truth.size(),
        qPrintable(QStringLiteral("%1 of %2 balls").arg(state.balls.size()).arg(truth.size())));
    for (const vision::TrackedBall &ball : state.balls) {
        const auto found = std::find_if(truth.begin(), truth.end(),
                                        [&](const auto &pose) { return pose.number == ball.ball; });
        QVERIFY2(found != truth.end(), qPrintable(QString::number(ball.ball)));
        QVERIFY2(distance(found->position, ball.position) < 3.0,
                 qPrintable(QStringLiteral("ball %1 is %2 mm off")
                                .arg(ball.ball)
                                .arg(distance(found->position, ball.position))));
    }
}

} // namespace

class tst_TableTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheTableByItself();
    void usesTheCornersPlacedByHand();
    void findsTheTableAgainWhenTheCameraIsKnocked();
};

void tst_TableTracker::findsTheTableByItself()
{
    const simulation::TableRenderer renderer(settings1080());
    simulation::TablePlayback playback({});
    const std::vector<simulation::BallPose> racked = playback.advanceTo(2.0);
    const cv::Mat picture = capture::bgrPicture(renderer.render(racked, racked, 0));
    vision::TableTracker tracker(TableSize::NineFoot);
    QVERIFY(!tracker.problem().isEmpty());
    vision::TableView view = tracker.see(picture, 0, 0.0);
    for (int frame = 1; frame < 10; ++frame) // a ball is tracked once it is seen again
        view = tracker.see(picture, frame, frame / 60.0);
    QVERIFY2(view.calibrated, qPrintable(tracker.problem()));
    QVERIFY(tracker.problem().isEmpty());
    const vision::Calibration truth
        = testsupport::calibrationOf(renderer.camera(), TableSize::NineFoot);
    QVERIFY(largestGap(tracker.calibration()->corners, truth.corners) < 5.0);
    checkBalls(view.state, racked);
}

void tst_TableTracker::usesTheCornersPlacedByHand()
{
    const simulation::TableRenderer renderer(settings1080());
    simulation::TablePlayback playback({});
    const std::vector<simulation::BallPose> racked = playback.advanceTo(2.0);
    const cv::Mat picture = capture::bgrPicture(renderer.render(racked, racked, 0));
    const vision::Calibration truth
        = testsupport::calibrationOf(renderer.camera(), TableSize::NineFoot);
    std::array<QPointF, 4> fractions;
    for (size_t i = 0; i < 4; ++i)
        fractions[i] = QPointF(truth.corners[i].x() / 1920.0, truth.corners[i].y() / 1080.0);
    vision::TableTracker tracker(TableSize::NineFoot, fractions);
    vision::TableView view = tracker.see(picture, 0, 0.0);
    for (int frame = 1; frame < 10; ++frame)
        view = tracker.see(picture, frame, frame / 60.0);
    QVERIFY(view.calibrated);
    QVERIFY(largestGap(tracker.calibration()->corners, truth.corners) < 0.01);
    checkBalls(view.state, racked);

    // Corners that outline no table are refused with a sentence, and nothing is tracked.
    vision::TableTracker wrong(TableSize::NineFoot,
                               std::array<QPointF, 4>{QPointF(0.1, 0.1), QPointF(0.2, 0.2),
                                                      QPointF(0.3, 0.3), QPointF(0.4, 0.4)});
    QVERIFY(!wrong.see(picture, 0, 0.0).calibrated);
    QVERIFY(!wrong.problem().isEmpty());
}

void tst_TableTracker::findsTheTableAgainWhenTheCameraIsKnocked()
{
    const simulation::TableRenderer renderer(settings1080());
    simulation::TablePlayback playback({});
    const std::vector<simulation::BallPose> racked = playback.advanceTo(2.0);
    const cv::Mat picture = capture::bgrPicture(renderer.render(racked, racked, 0));
    // The camera knocked: the picture turned 1.5 degrees and shifted 20 pixels.
    const cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(960, 540), 1.5, 1.0);
    cv::Mat knocked;
    cv::Mat shift = turn.clone();
    shift.at<double>(0, 2) += 20;
    shift.at<double>(1, 2) += 8;
    cv::warpAffine(picture, knocked, shift, picture.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);

    vision::TableTracker tracker(TableSize::NineFoot);
    const double fps = 30;
    long long frame = 0;
    for (; frame < 30; ++frame)
        QVERIFY(tracker.see(picture, frame, double(frame) / fps).calibrated);
    const std::array<QPointF, 4> before = tracker.calibration()->corners;
    bool refound = false;
    for (; frame < 30 + 5 * 30 && !refound; ++frame) {
        tracker.see(knocked, frame, double(frame) / fps);
        refound
            = tracker.calibration() && largestGap(tracker.calibration()->corners, before) > 10.0;
    }
    QVERIFY2(refound, qPrintable(tracker.problem()));
    const double seconds = double(frame - 30) / fps;
    QVERIFY2(seconds <= 3.0, qPrintable(QString::number(seconds)));
    std::array<QPointF, 4> expected;
    for (size_t i = 0; i < 4; ++i) {
        const QPointF c = before[i];
        expected[i] = QPointF(shift.at<double>(0, 0) * c.x() + shift.at<double>(0, 1) * c.y()
                                  + shift.at<double>(0, 2),
                              shift.at<double>(1, 0) * c.x() + shift.at<double>(1, 1) * c.y()
                                  + shift.at<double>(1, 2));
    }
    QVERIFY2(largestGap(tracker.calibration()->corners, expected) < 5.0,
             qPrintable(QString::number(largestGap(tracker.calibration()->corners, expected))));
    qInfo("the knocked camera was found again after %.2f s", seconds);
}

QTEST_GUILESS_MAIN(tst_TableTracker)
#include "tst_tabletracker.moc"
