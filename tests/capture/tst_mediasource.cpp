#include "capturetesting.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <vector>

using namespace dojo::capture;
using dojo::capture::testing::FrameRecorder;
using dojo::capture::testing::realSources;

namespace {

constexpr int kVideoFrames = 12;

SourceSpec specOf(const QString &text)
{
    const dojo::Result<SourceSpec> spec = parseSourceSpec(text);
    return spec ? *spec : SourceSpec();
}

// The video's frame `index` shows index + 1 white columns of 12 on black: told apart whatever
// the decoder does to the levels.
constexpr int kColumnWidth = 160 / kVideoFrames;

cv::Mat videoFrame(int index)
{
    cv::Mat frame(120, 160, CV_8UC3, cv::Scalar::all(0));
    frame(cv::Rect(0, 0, (index + 1) * kColumnWidth, 120)).setTo(cv::Scalar::all(255));
    return frame;
}

int indexOfColumns(const QImage &image)
{
    int white = 0;
    for (int column = 0; column < kVideoFrames; ++column) {
        const int x = column * kColumnWidth + kColumnWidth / 2;
        if (qGray(image.pixel(x, image.height() / 2)) > 128)
            ++white;
    }
    return white - 1;
}

// Greys from near black to near white, side by side, in a video of their own.
constexpr int kGreys[] = {8, 40, 128, 220, 248};

bool writeGreys(const QString &path)
{
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 30.0,
                           cv::Size(160, 32));
    if (!writer.isOpened())
        return false;
    cv::Mat frame(32, 160, CV_8UC3);
    for (int patch = 0; patch < 5; ++patch)
        frame(cv::Rect(patch * 32, 0, 32, 32)).setTo(cv::Scalar::all(kGreys[patch]));
    for (int i = 0; i < 3; ++i)
        writer.write(frame);
    return true;
}

bool writeVideo(const QString &path)
{
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 30.0,
                           cv::Size(160, 120));
    if (!writer.isOpened())
        return false;
    for (int index = 0; index < kVideoFrames; ++index)
        writer.write(videoFrame(index));
    return true;
}

// An IP camera as many venues have one: MJPEG over HTTP (multipart/x-mixed-replace), here on
// the loopback address, that the test switches off and on again.
class MjpegCamera
{
public:
    MjpegCamera()
    {
        // Noisy pictures, which compress badly: GStreamer buffers about 2 MB of a stream before
        // it shows the first picture, and these fill that in a few frames.
        QRandomGenerator random(8);
        for (int i = 0; i < 4; ++i) {
            QImage noise(640, 480, QImage::Format_RGB32);
            for (int y = 0; y < noise.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
                for (int x = 0; x < noise.width(); ++x)
                    line[x] = random.generate() | 0xff000000u;
            }
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            noise.save(&buffer, "JPEG", 90);
            m_pictures.push_back(buffer.data());
        }
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                QObject::connect(client, &QTcpSocket::readyRead, client, [this, client] {
                    client->readAll();
                    if (m_clients.contains(client))
                        return;
                    client->write("HTTP/1.0 200 OK\r\nContent-Type: multipart/x-mixed-replace; "
                                  "boundary=frame\r\nCache-Control: no-cache\r\n\r\n");
                    m_clients.push_back(client);
                });
                QObject::connect(client, &QTcpSocket::disconnected, client, [this, client] {
                    m_clients.removeAll(client);
                    client->deleteLater();
                });
            }
        });
        m_pace.setInterval(66);
        QObject::connect(&m_pace, &QTimer::timeout, &m_server, [this] { send(); });
    }

    bool switchOn(quint16 port)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        m_pace.start();
        return true;
    }
    void switchOff()
    {
        m_pace.stop();
        m_server.close();
        const QList<QTcpSocket *> clients = m_clients;
        m_clients.clear();
        for (QTcpSocket *client : clients)
            client->abort();
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void send()
    {
        const QByteArray &picture = m_pictures[static_cast<std::size_t>(m_sent++ % 4)];
        const QByteArray part = "--frame\r\nContent-Type: image/jpeg\r\nContent-Length: "
                                + QByteArray::number(picture.size()) + "\r\n\r\n";
        for (QTcpSocket *client : std::as_const(m_clients)) {
            client->write(part);
            client->write(picture);
            client->write("\r\n");
        }
    }

    // The clients outlive the server, whose sockets say they disconnected as it deletes them.
    QList<QTcpSocket *> m_clients;
    std::vector<QByteArray> m_pictures;
    int m_sent = 0;
    QTcpServer m_server;
    QTimer m_pace;
};

// The longest the GUI thread went without running its event loop, for the test's log.
class StallWatch
{
public:
    StallWatch()
    {
        m_since.start();
        m_tick.setInterval(5);
        QObject::connect(&m_tick, &QTimer::timeout, &m_tick,
                         [this] { m_longest = std::max(m_longest, m_since.restart()); });
        m_tick.start();
    }
    qint64 longestMilliseconds() const { return m_longest; }

private:
    QTimer m_tick;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

} // namespace

class TestMediaSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileLoops();
    void fileThatDoesNotLoopFinishes();
    void mjpegKeepsItsLevels();
    void refusals_data();
    void refusals();
    void streamDisappearsAndComesBack();
    void rtspWithoutServerFails();

private:
    QTemporaryDir m_dir;
    QString m_video;
    QString m_greys;
};

void TestMediaSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_video = m_dir.filePath(QStringLiteral("rack.avi"));
    QVERIFY(writeVideo(m_video));
    m_greys = m_dir.filePath(QStringLiteral("greys.avi"));
    QVERIFY(writeGreys(m_greys));
    QFile broken(m_dir.filePath(QStringLiteral("broken.avi")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(4096, 'x'));
}

void TestMediaSource::fileLoops()
{
    TableCamera camera(specOf(m_video), realSources());
    FrameRecorder recorder(camera);
    camera.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.newestNumber() >= 3 * kVideoFrames, 20000);
    QCOMPARE(camera.health().state, SourceState::Running);

    // Frame numbers count on past the file's end, and the pictures start over.
    int restarts = 0;
    int previous = -1;
    for (const Frame &frame : recorder.frames()) {
        QCOMPARE(frame.image.format(), QImage::Format_RGB32);
        QCOMPARE(frame.image.size(), QSize(160, 120));
        const int index = indexOfColumns(frame.image);
        QVERIFY(index >= 0 && index < kVideoFrames);
        if (index < previous)
            ++restarts;
        previous = index;
    }
    QVERIFY2(restarts >= 2, qPrintable(QStringLiteral("%1 restarts").arg(restarts)));
}

void TestMediaSource::fileThatDoesNotLoopFinishes()
{
    TableCamera camera(specOf(m_video + QStringLiteral("?loop=no")), realSources());
    FrameRecorder recorder(camera);
    camera.start();
    QTRY_COMPARE_WITH_TIMEOUT(camera.health().state, SourceState::Finished, 20000);
    QVERIFY(recorder.count() >= 1);
    QVERIFY(recorder.newestNumber() < kVideoFrames);
    QCOMPARE(indexOfColumns(recorder.frames().back().image), kVideoFrames - 1);
    QCOMPARE(camera.health().nextRetryIn, 0.0);
}

// MJPEG is full-range YUV: a grey comes out as the grey that went in, not stretched and
// clipped as if it were video range.
void TestMediaSource::mjpegKeepsItsLevels()
{
    TableCamera camera(specOf(m_greys + QStringLiteral("?loop=no")), realSources());
    FrameRecorder recorder(camera);
    camera.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count() >= 1, 20000);
    const QImage picture = recorder.frames().front().image;
    for (int patch = 0; patch < 5; ++patch) {
        const int grey = qGray(picture.pixel(patch * 32 + 16, 16));
        QVERIFY2(qAbs(grey - kGreys[patch]) <= 3,
                 qPrintable(QStringLiteral("%1 came out as %2").arg(kGreys[patch]).arg(grey)));
    }
}

void TestMediaSource::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sentence");

    const QString missing = m_dir.filePath(QStringLiteral("missing.avi"));
    QTest::newRow("missing") << missing
                             << QStringLiteral("The video file %1 does not exist.").arg(missing);
    const QString broken = m_dir.filePath(QStringLiteral("broken.avi"));
    // The part in brackets is GStreamer's reason, in its words.
    QTest::newRow("unreadable")
        << broken << QStringLiteral("The video file %1 cannot be played (").arg(broken);
}

void TestMediaSource::refusals()
{
    QFETCH(QString, path);
    QFETCH(QString, sentence);

    TableCamera camera(specOf(path), realSources());
    camera.setRetryUnit(0.1);
    camera.start();
    QTRY_COMPARE_WITH_TIMEOUT(camera.health().state, SourceState::Failed, 10000);
    qInfo("%s", qPrintable(camera.health().problem));
    QVERIFY2(camera.health().problem.startsWith(sentence), qPrintable(camera.health().problem));
    QTRY_VERIFY(camera.health().nextRetryIn > 0.0);
}

void TestMediaSource::streamDisappearsAndComesBack()
{
    StallWatch stalls;
    MjpegCamera ipCamera;
    QVERIFY(ipCamera.switchOn(0));
    const quint16 port = ipCamera.port();
    const QString url = QStringLiteral("http://127.0.0.1:%1/table.mjpg").arg(port);

    TableCamera camera(specOf(url), realSources());
    camera.setRetryUnit(0.25);
    FrameRecorder recorder(camera);
    camera.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count() >= 10, 20000);
    QCOMPARE(camera.health().state, SourceState::Running);
    QCOMPARE(recorder.frames().back().image.size(), QSize(640, 480));

    ipCamera.switchOff();
    QTRY_COMPARE_WITH_TIMEOUT(camera.health().state, SourceState::Failed, 10000);
    const QString problem = camera.health().problem;
    qInfo("stream gone: %s", qPrintable(problem));
    QVERIFY2(problem.startsWith(QStringLiteral("The stream %1 ").arg(url)), qPrintable(problem));

    // Retried while the camera is off, failing each time.
    QTRY_VERIFY_WITH_TIMEOUT(camera.health().retries >= 2, 20000);
    qInfo("while off: %s", qPrintable(camera.health().problem));
    const std::size_t before = recorder.count();

    QVERIFY(ipCamera.switchOn(port));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count() >= before + 10, 30000);
    QTRY_COMPARE(camera.health().state, SourceState::Running);
    QTRY_COMPARE(camera.health().retries, 0);
    qInfo("the GUI thread's longest stall: %lld ms", stalls.longestMilliseconds());
}

void TestMediaSource::rtspWithoutServerFails()
{
    QTcpServer probe; // a port where nobody listens
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString url = QStringLiteral("rtsp://127.0.0.1:%1/table").arg(port);

    TableCamera camera(specOf(url), realSources());
    camera.setRetryUnit(0.1);
    camera.start();
    QTRY_COMPARE_WITH_TIMEOUT(camera.health().state, SourceState::Failed, 15000);
    const QString problem = camera.health().problem;
    qInfo("rtsp without a server: %s", qPrintable(problem));
    QVERIFY2(problem.startsWith(QStringLiteral("The stream %1 ").arg(url)), qPrintable(problem));
    QTRY_VERIFY(camera.health().nextRetryIn > 0.0);
}

QTEST_MAIN(TestMediaSource)
#include "tst_mediasource.moc"
