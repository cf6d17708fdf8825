#include "capture/sourcespec.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo::capture;
using Kind = SourceSpec::Kind;

Q_DECLARE_METATYPE(dojo::capture::SourceSpec)

namespace {

SourceSpec camera(const QString &id, QSize resolution = {}, double rate = 0.0)
{
    SourceSpec spec;
    spec.kind = Kind::Camera;
    spec.camera = id;
    spec.resolution = resolution;
    spec.framesPerSecond = rate;
    return spec;
}

SourceSpec simulated(unsigned long long seed, const QString &game = {}, const QString &size = {},
                     QSize resolution = {}, double rate = 0.0)
{
    SourceSpec spec;
    spec.kind = Kind::Simulated;
    spec.seed = seed;
    spec.game = game;
    spec.tableSize = size;
    spec.resolution = resolution;
    spec.framesPerSecond = rate;
    return spec;
}

SourceSpec stream(const QString &url)
{
    SourceSpec spec;
    spec.kind = Kind::Stream;
    spec.url = QUrl(url);
    return spec;
}

SourceSpec file(Kind kind, const QString &path, double rate = 0.0, bool loop = true)
{
    SourceSpec spec;
    spec.kind = kind;
    spec.path = path;
    if (kind == Kind::VideoFile)
        spec.url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    spec.framesPerSecond = rate;
    spec.loop = loop;
    return spec;
}

} // namespace

class TestSourceSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();

private:
    QTemporaryDir m_folder;
};

void TestSourceSpec::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestSourceSpec::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SourceSpec>("expected");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("camera by index") << "camera:0" << camera(QStringLiteral("0")) << "camera:0";
    QTest::newRow("camera by id, size and rate")
        << "camera:/dev/video2?size=1280x720&fps=30"
        << camera(QStringLiteral("/dev/video2"), QSize(1280, 720), 30.0)
        << "camera:/dev/video2?size=1280x720&fps=30";
    QTest::newRow("camera with a fractional rate")
        << "camera:1?fps=29.97" << camera(QStringLiteral("1"), {}, 29.97) << "camera:1?fps=29.97";
    QTest::newRow("camera, options in another order")
        << "camera:usb-cam?FPS=60&size=1920X1080"
        << camera(QStringLiteral("usb-cam"), QSize(1920, 1080), 60.0)
        << "camera:usb-cam?size=1920x1080&fps=60";
    QTest::newRow("simulated") << "sim:42" << simulated(42) << "sim:42";
    QTest::newRow("simulated, long form with game and table")
        << "simulated:42?game=8-ball&size=7ft"
        << simulated(42, QStringLiteral("8-ball"), QStringLiteral("7ft"))
        << "sim:42?game=8-ball&size=7ft";
    QTest::newRow("simulated, resolution and rate")
        << "sim:7?resolution=1280x720&fps=30&game=9-ball"
        << simulated(7, QStringLiteral("9-ball"), {}, QSize(1280, 720), 30.0)
        << "sim:7?game=9-ball&resolution=1280x720&fps=30";
    QTest::newRow("simulated, largest seed")
        << "sim:18446744073709551615" << simulated(18446744073709551615ULL)
        << "sim:18446744073709551615";
    QTest::newRow("simulated, seed 0 with zeros") << "sim:000" << simulated(0) << "sim:0";
    QTest::newRow("rtsp stream") << "rtsp://127.0.0.1:8554/table1"
                                 << stream(QStringLiteral("rtsp://127.0.0.1:8554/table1"))
                                 << "rtsp://127.0.0.1:8554/table1";
    QTest::newRow("http MJPEG stream with its own query")
        << "http://10.0.0.5:8080/video.mjpg?action=stream&fps=5"
        << stream(QStringLiteral("http://10.0.0.5:8080/video.mjpg?action=stream&fps=5"))
        << "http://10.0.0.5:8080/video.mjpg?action=stream&fps=5";
    QTest::newRow("https stream") << "https://cams.example/table/3"
                                  << stream(QStringLiteral("https://cams.example/table/3"))
                                  << "https://cams.example/table/3";
    QTest::newRow("video file") << "clips/break.avi"
                                << file(Kind::VideoFile, QStringLiteral("clips/break.avi"))
                                << "clips/break.avi";
    QTest::newRow("video file that stops at its end")
        << "clips/break.mp4?loop=no"
        << file(Kind::VideoFile, QStringLiteral("clips/break.mp4"), 0.0, false)
        << "clips/break.mp4?loop=no";
    QTest::newRow("file: prefix") << "file:/data/break.mkv"
                                  << file(Kind::VideoFile, QStringLiteral("/data/break.mkv"))
                                  << "/data/break.mkv";
    QTest::newRow("file URL") << "file:///data/break.mkv"
                              << file(Kind::VideoFile, QStringLiteral("/data/break.mkv"))
                              << "/data/break.mkv";
    QTest::newRow("file: keeps a colon in a name")
        << "file:odd:name.avi" << file(Kind::VideoFile, QStringLiteral("odd:name.avi"))
        << "file:odd:name.avi";
    QTest::newRow("image") << "stills/table.png"
                           << file(Kind::Image, QStringLiteral("stills/table.png"))
                           << "stills/table.png";
    QTest::newRow("image, suffix in capitals")
        << "STILL.JPG" << file(Kind::Image, QStringLiteral("STILL.JPG")) << "STILL.JPG";
    QTest::newRow("image at 5 fps")
        << "still.webp?fps=5" << file(Kind::Image, QStringLiteral("still.webp"), 5.0)
        << "still.webp?fps=5";
    for (const char *suffix : {"jpeg", "bmp", "ppm", "pgm", "tif", "tiff"}) {
        const QString path = QStringLiteral("still.") + QLatin1String(suffix);
        QTest::addRow("image .%s", suffix) << path << file(Kind::Image, path) << path;
    }
    QTest::newRow("folder, by its slash")
        << "frames/" << file(Kind::ImageFolder, QStringLiteral("frames")) << "frames/";
    QTest::newRow("folder that exists")
        << m_folder.path() << file(Kind::ImageFolder, m_folder.path())
        << m_folder.path() + QLatin1Char('/');
    QTest::newRow("folder at 60 fps, once")
        << "frames/?fps=60&loop=no"
        << file(Kind::ImageFolder, QStringLiteral("frames"), 60.0, false)
        << "frames/?fps=60&loop=no";
    QTest::newRow("spaces around") << "  sim:3  " << simulated(3) << "sim:3";
}

void TestSourceSpec::parses()
{
    QFETCH(QString, text);
    QFETCH(SourceSpec, expected);
    QFETCH(QString, canonical);

    const dojo::Result<SourceSpec> spec = parseSourceSpec(text);
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error()));
    QCOMPARE(sourceSpecText(*spec), canonical);
    QCOMPARE(spec->url, expected.url);
    QVERIFY(*spec == expected);

    const dojo::Result<SourceSpec> again = parseSourceSpec(sourceSpecText(*spec));
    QVERIFY(again);
    QVERIFY(*again == *spec);
}

void TestSourceSpec::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");

    const QString empty = QStringLiteral(
        "The source is empty; name a camera (camera:0), a video file, an image, a folder of "
        "images, a stream URL or a simulated table (sim:1).");
    QTest::newRow("empty") << "" << empty;
    QTest::newRow("blank") << "   " << empty;
    QTest::newRow("unknown scheme")
        << "ftp://cams/table1"
        << "The source ftp://cams/table1 starts with ftp:, which is no kind of source DojoPool "
           "knows; use camera:, sim:, rtsp://, http://, https://, file: or a path.";
    QTest::newRow("camera without a name")
        << "camera:"
        << "The source camera: names no camera; write camera:0 for the first camera, or camera: "
           "followed by the camera's device id.";
    QTest::newRow("camera size in words")
        << "camera:0?size=big"
        << "The size big is not a width and height in pixels such as 1920x1080.";
    QTest::newRow("camera size of zero")
        << "camera:0?size=0x720"
        << "The size 0x720 is not a width and height in pixels such as 1920x1080.";
    QTest::newRow("camera rate of zero")
        << "camera:0?fps=0"
        << "The frame rate 0 is not a number of frames per second above 0 and up to 1000.";
    QTest::newRow("camera rate in words")
        << "camera:0?fps=fast"
        << "The frame rate fast is not a number of frames per second above 0 and up to 1000.";
    QTest::newRow("camera rate too high")
        << "camera:0?fps=5000"
        << "The frame rate 5000 is not a number of frames per second above 0 and up to 1000.";
    QTest::newRow("camera option unknown")
        << "camera:0?zoom=2"
        << "The source camera:0?zoom=2 does not take the option zoom.";
    QTest::newRow("camera option without a value")
        << "camera:0?size"
        << "The source camera:0?size has the option size, which is not written as name=value.";
    QTest::newRow("simulated without a seed")
        << "sim:"
        << "The simulated table's seed  is not a whole number from 0 to 18446744073709551615.";
    QTest::newRow("simulated seed in words")
        << "sim:abc"
        << "The simulated table's seed abc is not a whole number from 0 to 18446744073709551615.";
    QTest::newRow("simulated negative seed")
        << "simulated:-1"
        << "The simulated table's seed -1 is not a whole number from 0 to 18446744073709551615.";
    QTest::newRow("simulated seed too large")
        << "sim:18446744073709551616"
        << "The simulated table's seed 18446744073709551616 is not a whole number from 0 to "
           "18446744073709551615.";
    QTest::newRow("simulated game unknown")
        << "sim:1?game=snooker"
        << "The game snooker is not one the simulated table plays; use 8-ball or 9-ball.";
    QTest::newRow("simulated table size unknown")
        << "sim:1?size=12ft"
        << "The table size 12ft is not known; use 7ft, 8ft, 8ft-oversized or 9ft.";
    QTest::newRow("video file with a rate")
        << "clip.avi?fps=30"
        << "The source clip.avi?fps=30 does not take the option fps.";
    QTest::newRow("image that loops")
        << "still.png?loop=no"
        << "The source still.png?loop=no does not take the option loop.";
    QTest::newRow("folder loop in words") << "frames/?loop=maybe"
                                          << "The loop option maybe is neither yes nor no.";
    QTest::newRow("stream without a host") << "http://"
                                           << "The stream address http:// is not a valid URL.";
    QTest::newRow("file: with nothing") << "file:"
                                        << "The source file: names no file or folder.";
}

void TestSourceSpec::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);

    const dojo::Result<SourceSpec> spec = parseSourceSpec(text);
    QVERIFY2(!spec, qPrintable(spec ? sourceSpecText(*spec) : QString()));
    QCOMPARE(spec.error(), sentence);
}

QTEST_GUILESS_MAIN(TestSourceSpec)
#include "tst_sourcespec.moc"
