#include "capturetesting.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo::capture;
using dojo::capture::testing::FrameRecorder;
using dojo::capture::testing::realSources;

namespace {

constexpr double kUnit = 0.05;

// The shade that marks the image at `index` of a folder: told apart after any conversion.
QColor shade(int index)
{
    return QColor::fromHsv((index * 70) % 360, 255, 255);
}

int shadeIndex(const QImage &image, int count)
{
    const QRgb seen = image.pixel(image.width() / 2, image.height() / 2);
    for (int index = 0; index < count; ++index) {
        if (shade(index).rgb() == seen)
            return index;
    }
    return -1;
}

bool writeImage(const QString &path, int index)
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(shade(index));
    return image.save(path);
}

SourceSpec specOf(const QString &text)
{
    const dojo::Result<SourceSpec> spec = parseSourceSpec(text);
    return spec ? *spec : SourceSpec();
}

} // namespace

class TestImageSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void folderPlaysInNameOrderAndLoops();
    void folderThatDoesNotLoopFinishes();
    void stillImageRepeats();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_folder; // frame1, frame2, frame3, frame10: name order, not text order
    QString m_still;
};

void TestImageSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("frames"));
    QVERIFY(QDir().mkpath(m_folder));
    const int numbers[] = {1, 2, 3, 10};
    for (int index = 0; index < 4; ++index)
        QVERIFY(writeImage(m_folder + QStringLiteral("/frame%1.png").arg(numbers[index]), index));
    QFile notes(m_folder + QStringLiteral("/notes.txt")); // not an image: ignored
    QVERIFY(notes.open(QIODevice::WriteOnly));
    m_still = m_dir.filePath(QStringLiteral("still.png"));
    QVERIFY(writeImage(m_still, 2));

    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("empty"))));
    QFile broken(m_dir.filePath(QStringLiteral("broken.png")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("this is no picture");
}

void TestImageSource::folderPlaysInNameOrderAndLoops()
{
    TableCamera camera(specOf(m_folder + QStringLiteral("?fps=50")), realSources());
    FrameRecorder recorder(camera);
    camera.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.newestNumber() >= 12, 10000);
    QCOMPARE(camera.health().state, SourceState::Running);

    // Whatever the consumer missed, the frame numbered n shows the folder's image n mod 4.
    for (const Frame &frame : recorder.frames()) {
        QCOMPARE(frame.image.format(), QImage::Format_RGB32);
        QCOMPARE(shadeIndex(frame.image, 4), static_cast<int>(frame.number % 4));
    }
    for (std::size_t i = 1; i < recorder.frames().size(); ++i)
        QVERIFY(recorder.frames()[i].time >= recorder.frames()[i - 1].time);
}

void TestImageSource::folderThatDoesNotLoopFinishes()
{
    TableCamera camera(specOf(m_folder + QStringLiteral("/?fps=100&loop=no")), realSources());
    camera.setRetryUnit(kUnit);
    FrameRecorder recorder(camera);
    camera.start();
    QTRY_COMPARE_WITH_TIMEOUT(camera.health().state, SourceState::Finished, 10000);
    QCOMPARE(camera.source()->framesDelivered(), 4);
    QTRY_COMPARE(recorder.newestNumber(), 3);
    QCOMPARE(shadeIndex(recorder.frames().back().image, 4), 3);
    QCOMPARE(camera.health().nextRetryIn, 0.0);
}

void TestImageSource::stillImageRepeats()
{
    TableCamera camera(specOf(m_still + QStringLiteral("?fps=50")), realSources());
    FrameRecorder recorder(camera);
    camera.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count() >= 5, 10000);
    QCOMPARE(camera.health().state, SourceState::Running);
    const qint64 pixels = recorder.frames().front().image.cacheKey();
    for (const Frame &frame : recorder.frames()) {
        QCOMPARE(shadeIndex(frame.image, 4), 2);
        QCOMPARE(frame.image.cacheKey(), pixels); // one picture, shared by every frame
    }
}

void TestImageSource::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sentence");

    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QTest::newRow("empty folder")
        << empty + QLatin1Char('/')
        << QStringLiteral("The folder %1 holds no images (png, jpg, jpeg, bmp, ppm, pgm, tif, "
                          "tiff or webp).")
               .arg(empty);
    const QString gone = m_dir.filePath(QStringLiteral("gone"));
    QTest::newRow("missing folder")
        << gone + QLatin1Char('/') << QStringLiteral("The folder %1 does not exist.").arg(gone);
    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    QTest::newRow("missing image")
        << missing << QStringLiteral("The image %1 does not exist.").arg(missing);
    const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
    QTest::newRow("unreadable image")
        << broken << QStringLiteral("The image %1 cannot be read.").arg(broken);
}

void TestImageSource::refusals()
{
    QFETCH(QString, path);
    QFETCH(QString, sentence);

    TableCamera camera(specOf(path), realSources());
    camera.setRetryUnit(kUnit);
    camera.start();
    QTRY_COMPARE(camera.health().state, SourceState::Failed);
    QCOMPARE(camera.health().problem, sentence);
    QTRY_VERIFY(camera.health().nextRetryIn > 0.0);
    // Tried again, and failed the same way.
    QTRY_VERIFY(camera.health().retries >= 1);
    QTRY_COMPARE(camera.health().problem, sentence);
}

QTEST_GUILESS_MAIN(TestImageSource)
#include "tst_imagesource.moc"
