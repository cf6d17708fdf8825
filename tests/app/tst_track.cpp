// `dojopool track`: the simulated table tracked end to end into the tracking log (a line per
// frame from 0, a line per shot with its review flag, never a shot wrong without one against
// the render's truth of the same seed); wrong options refused before anything is written.

#include "appprocess.h"

#include <core/trackinglog.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo;

namespace {

std::vector<TrackingLine> readLog(const QString &path)
{
    std::vector<TrackingLine> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const Result<TrackingLine> line = readTrackingLine(file.readLine().trimmed());
        if (line)
            lines.push_back(*line);
    }
    return lines;
}

} // namespace

class tst_Track : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tracksTheSimulatedTable();
    void wrongOptionsAreRefused_data();
    void wrongOptionsAreRefused();

private:
    QTemporaryDir m_home;
};

void tst_Track::tracksTheSimulatedTable()
{
    const QString log = QDir(m_home.path()).filePath(QStringLiteral("track.jsonl"));
    AppProcess app(m_home.path());
    QVERIFY(app.run({QStringLiteral("track"), QStringLiteral("sim:5"), QStringLiteral("--shots"),
                     QStringLiteral("2"), QStringLiteral("--out"), log},
                    300000));
    QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));

    long long frames = 0;
    std::vector<ShotLine> shots;
    for (const TrackingLine &line : readLog(log)) {
        if (const FrameLine *frame = std::get_if<FrameLine>(&line)) {
            QCOMPARE(frame->frame, frames++);
            QVERIFY(frame->balls.size() <= 10);
        } else {
            shots.push_back(std::get<ShotLine>(line));
        }
    }
    QVERIFY(frames > 100);
    QCOMPARE(shots.size(), size_t(2));
    for (const ShotLine &shot : shots) {
        QVERIFY(shot.review.has_value());
        QCOMPARE(*shot.review, !shot.reason.isEmpty());
    }

    // Against the render's truth of the same table: each shot is exact or flagged.
    const QString truthDir = QDir(m_home.path()).filePath(QStringLiteral("truth"));
    AppProcess render(m_home.path());
    QVERIFY(
        render.run({QStringLiteral("render"), QStringLiteral("--seed"), QStringLiteral("5"),
                    QStringLiteral("--shots"), QStringLiteral("2"), QStringLiteral("--resolution"),
                    QStringLiteral("640x360"), QStringLiteral("--out"), truthDir},
                   300000));
    std::vector<ShotLine> truth;
    for (const TrackingLine &line : readLog(QDir(truthDir).filePath(QStringLiteral("truth.jsonl"))))
        if (const ShotLine *shot = std::get_if<ShotLine>(&line))
            truth.push_back(*shot);
    QCOMPARE(truth.size(), shots.size());
    for (size_t i = 0; i < shots.size(); ++i) {
        ShotRecord seen = truth[i].shot;
        seen.call.reset(); // the player's call is not on camera
        QVERIFY2(*shots[i].review || shots[i].shot == seen,
                 qPrintable(QStringLiteral("shot %1 is wrong without a flag").arg(i + 1)));
    }
}

void tst_Track::wrongOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("no out") << QStringList{QStringLiteral("track"), QStringLiteral("sim:1")}
                            << QStringLiteral("track needs --out FILE.jsonl");
    QTest::newRow("corners") << QStringList{QStringLiteral("track"),     QStringLiteral("sim:1"),
                                            QStringLiteral("--out"),     QStringLiteral("x.jsonl"),
                                            QStringLiteral("--corners"), QStringLiteral("1,2;3")}
                             << QStringLiteral("--corners needs four pixels");
}

void tst_Track::wrongOptionsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    AppProcess app(m_home.path());
    QVERIFY(app.run(arguments));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.standardError().contains(error), qPrintable(app.standardError()));
}

QTEST_GUILESS_MAIN(tst_Track)
#include "tst_track.moc"
