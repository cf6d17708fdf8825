#include "capture/internal/cameramodes.h"
#include "capturetesting.h"

#include <QCameraDevice>
#include <QImage>
#include <QMediaDevices>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace dojo::capture;
using dojo::capture::internal::CameraMode;
using dojo::capture::testing::FrameRecorder;
using dojo::capture::testing::realSources;

Q_DECLARE_METATYPE(std::vector<dojo::capture::internal::CameraMode>)

namespace {

constexpr double kUnit = 0.1;

SourceSpec specOf(const QString &text)
{
    const dojo::Result<SourceSpec> spec = parseSourceSpec(text);
    return spec ? *spec : SourceSpec();
}

} // namespace

class TestCameraSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingCameraFailsAndOtherTablesPlayOn_data();
    void missingCameraFailsAndOtherTablesPlayOn();
    void closestMode_data();
    void closestMode();
};

void TestCameraSource::missingCameraFailsAndOtherTablesPlayOn_data()
{
    QTest::addColumn<QString>("camera");
    QTest::newRow("by index") << QStringLiteral("7");
    QTest::newRow("by device id") << QStringLiteral("/dev/video-not-here");
}

void TestCameraSource::missingCameraFailsAndOtherTablesPlayOn()
{
    QFETCH(QString, camera);
    const int cameras = static_cast<int>(QMediaDevices::videoInputs().size());
    if (camera == QLatin1String("7") && cameras > 7)
        QSKIP("This machine has an eighth camera.");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString still = dir.filePath(QStringLiteral("still.png"));
    QImage picture(32, 24, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    QVERIFY(picture.save(still));

    TableCamera missing(specOf(QStringLiteral("camera:") + camera), realSources());
    missing.setRetryUnit(kUnit);
    TableCamera neighbour(specOf(still + QStringLiteral("?fps=50")), realSources());
    FrameRecorder neighbourFrames(neighbour);
    neighbour.start();
    missing.start();

    QTRY_COMPARE(missing.health().state, SourceState::Failed);
    // The plural form of "camera(s)" is the English translation's; without it Qt keeps the text.
    QCOMPARE(missing.health().problem,
             QStringLiteral("No camera %1 is connected; this computer has %2 camera(s).")
                 .arg(camera)
                 .arg(cameras));
    QTRY_VERIFY(missing.health().nextRetryIn > 0.0);
    QTRY_VERIFY_WITH_TIMEOUT(missing.health().retries >= 2, 10000);
    QTRY_COMPARE(missing.health().state, SourceState::Failed);

    // Meanwhile the other table kept playing.
    QTRY_VERIFY(neighbourFrames.count() >= 10);
    QCOMPARE(neighbour.health().state, SourceState::Running);
    const std::size_t before = neighbourFrames.count();
    QTRY_VERIFY(neighbourFrames.count() > before + 5);
}

void TestCameraSource::closestMode_data()
{
    QTest::addColumn<std::vector<CameraMode>>("modes");
    QTest::addColumn<QSize>("resolution");
    QTest::addColumn<double>("framesPerSecond");
    QTest::addColumn<int>("expected");

    const std::vector<CameraMode> webcam = {{QSize(640, 480), 5, 30},
                                            {QSize(1280, 720), 5, 30},
                                            {QSize(1280, 720), 60, 60},
                                            {QSize(1920, 1080), 5, 30},
                                            {QSize(3840, 2160), 5, 15}};
    QTest::newRow("exact size and rate") << webcam << QSize(1920, 1080) << 30.0 << 3;
    QTest::newRow("size first, then the rate it allows") << webcam << QSize(1280, 720) << 60.0 << 2;
    QTest::newRow("the nearest rate when none allows it")
        << webcam << QSize(1280, 720) << 50.0 << 2;
    QTest::newRow("a size between two, nearer the larger")
        << webcam << QSize(1600, 900) << 30.0 << 3;
    QTest::newRow("no size: the largest") << webcam << QSize() << 0.0 << 4;
    QTest::newRow("no size at 60: the largest that keeps up") << webcam << QSize() << 60.0 << 2;
    QTest::newRow("no rate: the fastest at that size") << webcam << QSize(1280, 720) << 0.0 << 2;
    QTest::newRow("no modes") << std::vector<CameraMode>() << QSize(1920, 1080) << 30.0 << -1;
}

void TestCameraSource::closestMode()
{
    QFETCH(std::vector<CameraMode>, modes);
    QFETCH(QSize, resolution);
    QFETCH(double, framesPerSecond);
    QFETCH(int, expected);
    QCOMPARE(internal::closestCameraMode(modes, resolution, framesPerSecond), expected);
}

QTEST_MAIN(TestCameraSource)
#include "tst_camerasource.moc"
