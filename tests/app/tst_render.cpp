// `dojopool render`: the simulated table filmed into a video the app reads back and its truth,
// a line per frame and per shot (docs/tracking.md); the same seed gives the same bytes; the
// truth's shots are the simulated match's own; a wrong option is refused before anything is
// written.

#include "appprocess.h"

#include <capture/mediasource.h>
#include <capture/tablecamera.h>
#include <simulation/simulatedgame.h>

#include <core/trackinglog.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include <opencv2/videoio.hpp>

using namespace dojo;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

const QStringList kSmallRender{QStringLiteral("--shots"),      QStringLiteral("2"),
                               QStringLiteral("--resolution"), QStringLiteral("640x360"),
                               QStringLiteral("--pause"),      QStringLiteral("0.5")};

} // namespace

class tst_Render : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theTruthHasAFrameLinePerVideoFrameAndTheShots();
    void theSameSeedGivesTheSameBytes();
    void theAppPlaysTheVideoBack();
    void wrongOptionsAreRefused_data();
    void wrongOptionsAreRefused();

private:
    QString render(unsigned long long seed, const QString &name);

    QTemporaryDir m_home;
    QString m_first;
};

QString tst_Render::render(unsigned long long seed, const QString &name)
{
    const QString out = QDir(m_home.path()).filePath(name);
    AppProcess app(m_home.path());
    QStringList arguments{QStringLiteral("render"), QStringLiteral("--seed"), QString::number(seed),
                          QStringLiteral("--out"), out};
    arguments += kSmallRender;
    if (!app.run(arguments, 120000) || app.exitCode() != 0) {
        qWarning("%s", qPrintable(app.standardError()));
        return {};
    }
    return out;
}

void tst_Render::initTestCase()
{
    m_first = render(5, QStringLiteral("first"));
    QVERIFY(!m_first.isEmpty());
}

void tst_Render::theTruthHasAFrameLinePerVideoFrameAndTheShots()
{
    QFile truth(QDir(m_first).filePath(QStringLiteral("truth.jsonl")));
    QVERIFY(truth.open(QIODevice::ReadOnly));
    std::vector<FrameLine> frames;
    std::vector<ShotLine> shots;
    while (!truth.atEnd()) {
        const QByteArray text = truth.readLine().trimmed();
        const Result<TrackingLine> line = readTrackingLine(text);
        QVERIFY2(line, qPrintable(line ? QString() : line.error()));
        if (const FrameLine *frame = std::get_if<FrameLine>(&*line)) {
            QCOMPARE(frame->frame, (long long)frames.size()); // counted from 0, none missing
            QVERIFY(std::abs(frame->time - double(frame->frame) / 60) <= 0.00005); // to 0.1 ms
            QVERIFY(!frame->balls.empty() && frame->balls.size() <= 10); // 9-ball: 9 and the cue
            frames.push_back(*frame);
        } else {
            const ShotLine &shot = std::get<ShotLine>(*line);
            // Written after the frame in which its balls came to rest.
            QVERIFY(frames.back().time >= shot.end);
            QVERIFY(shot.start < shot.end);
            shots.push_back(shot);
        }
    }
    QCOMPARE(shots.size(), size_t(2));
    QVERIFY(shots.front().shot.isBreak);

    // The shots are the simulated match's own, as the players played them.
    simulation::GameSettings settings;
    settings.seed = 5;
    settings.meanPause = 0.5;
    simulation::SimulatedGame game(settings);
    for (const ShotLine &shot : shots)
        QCOMPARE(shot.shot, game.next().shot);

    // Every frame of the video has its truth line.
    cv::VideoCapture video(QDir(m_first).filePath(QStringLiteral("video.mp4")).toStdString());
    QVERIFY(video.isOpened());
    long long videoFrames = 0;
    cv::Mat picture;
    while (video.read(picture)) {
        QCOMPARE(picture.cols, 640);
        QCOMPARE(picture.rows, 360);
        ++videoFrames;
    }
    QCOMPARE(videoFrames, (long long)frames.size());
}

void tst_Render::theSameSeedGivesTheSameBytes()
{
    const QString again = render(5, QStringLiteral("again"));
    QVERIFY(!again.isEmpty());
    for (const char *file : {"truth.jsonl", "video.mp4"}) {
        const QString name = QString::fromLatin1(file);
        QCOMPARE(digest(QDir(again).filePath(name)), digest(QDir(m_first).filePath(name)));
    }
    const QString other = render(6, QStringLiteral("other"));
    QVERIFY(!other.isEmpty());
    QVERIFY(digest(QDir(other).filePath(QStringLiteral("truth.jsonl")))
            != digest(QDir(m_first).filePath(QStringLiteral("truth.jsonl"))));
}

void tst_Render::theAppPlaysTheVideoBack()
{
    const Result<capture::SourceSpec> spec
        = capture::parseSourceSpec(QDir(m_first).filePath(QStringLiteral("video.mp4")));
    QVERIFY(spec);
    QCOMPARE(spec->kind, capture::SourceSpec::Kind::VideoFile);
    capture::TableCamera camera(*spec, [](const capture::SourceSpec &wanted,
                                          capture::FrameQueue &queue, const QElapsedTimer &clock) {
        return std::make_unique<capture::MediaSource>(wanted, queue, clock);
    });
    int frames = 0;
    QSize size;
    connect(&camera, &capture::TableCamera::frameArrived, this, [&] {
        if (const std::optional<capture::Frame> frame = camera.takeFrame()) {
            ++frames;
            size = frame->image.size();
        }
    });
    camera.start();
    QTRY_VERIFY_WITH_TIMEOUT(frames >= 30, 20000);
    QCOMPARE(size, QSize(640, 360));
    QCOMPARE(camera.health().state, capture::SourceState::Running);
    camera.stop();
}

void tst_Render::wrongOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString out = QDir(m_home.path()).filePath(QStringLiteral("refused"));
    const QStringList base{QStringLiteral("render"), QStringLiteral("--seed"), QStringLiteral("1"),
                           QStringLiteral("--out"), out};
    QTest::newRow("no shots") << base << QStringLiteral("render needs --shots");
    QTest::newRow("zero shots") << (base
                                    + QStringList{QStringLiteral("--shots"), QStringLiteral("0")})
                                << QStringLiteral("--shots needs a whole number from 1 to 100000");
    QTest::newRow("codec") << (base
                               + QStringList{QStringLiteral("--shots"), QStringLiteral("1"),
                                             QStringLiteral("--codec"), QStringLiteral("gif")})
                           << QStringLiteral("--codec is mjpg, h264 or ffv1, not \"gif\"");
    QTest::newRow("game") << (base
                              + QStringList{QStringLiteral("--shots"), QStringLiteral("1"),
                                            QStringLiteral("--game"), QStringLiteral("snooker")})
                          << QStringLiteral("--game is 8-ball or 9-ball, not \"snooker\"");
    QTest::newRow("resolution") << (base
                                    + QStringList{QStringLiteral("--shots"), QStringLiteral("1"),
                                                  QStringLiteral("--resolution"),
                                                  QStringLiteral("1921x1080")})
                                << QStringLiteral("--resolution needs WIDTHxHEIGHT");
    QTest::newRow("tilt") << (base
                              + QStringList{QStringLiteral("--shots"), QStringLiteral("1"),
                                            QStringLiteral("--tilt"), QStringLiteral("40")})
                          << QStringLiteral("--tilt needs a number from -15 to 15, not \"40\"");
}

void tst_Render::wrongOptionsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    AppProcess app(m_home.path());
    QVERIFY(app.run(arguments));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.standardError().contains(error), qPrintable(app.standardError()));
    QVERIFY(!QFileInfo::exists(QDir(m_home.path()).filePath(QStringLiteral("refused"))));
}

QTEST_MAIN(tst_Render)
#include "tst_render.moc"
