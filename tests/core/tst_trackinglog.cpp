// The tracking log's lines (docs/tracking.md): written as the format says, read back the same,
// and a bad line refused with the field named.

#include <core/trackinglog.h>

#include <QTest>

using namespace dojo;

class tst_TrackingLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFrameLineIsWrittenAsTheFormatSays();
    void linesReadBackTheSame();
    void badLinesAreRefused_data();
    void badLinesAreRefused();
};

void tst_TrackingLog::aFrameLineIsWrittenAsTheFormatSays()
{
    const FrameLine line{12, 0.2, {{3, {1200.5, 400.2}}, {0, {635.0, 317.504}}}};
    QCOMPARE(trackingLineJson(line),
             QByteArray(R"({"frame": 12, "t": 0.2, "balls": [{"id": 3, "x": 1200.5, "y": 400.2}, )"
                        R"({"id": 0, "x": 635, "y": 317.5}]})"));
}

void tst_TrackingLog::linesReadBackTheSame()
{
    const FrameLine frame{7, 0.1167, {{9, {100.25, 50.75}}}};
    const Result<TrackingLine> frameRead = readTrackingLine(trackingLineJson(frame));
    QVERIFY2(frameRead, qPrintable(frameRead ? QString() : frameRead.error()));
    QCOMPARE(std::get<FrameLine>(*frameRead), frame);

    ShotLine shot;
    shot.shot.firstContact = 1;
    shot.shot.pocketed = {{1, PocketId::FootRight}};
    shot.shot.rails = {0};
    shot.start = 4.25;
    shot.end = 7.5;
    const QByteArray text = trackingLineJson(shot);
    QVERIFY(text.startsWith(R"({"shot": {)"));
    QVERIFY(text.endsWith(R"("t_start": 4.25, "t_end": 7.5})"));
    const Result<TrackingLine> shotRead = readTrackingLine(text);
    QVERIFY2(shotRead, qPrintable(shotRead ? QString() : shotRead.error()));
    QCOMPARE(std::get<ShotLine>(*shotRead), shot);

    // The tracker's shot says whether a referee must look at it, and why.
    shot.review = true;
    shot.reason = QStringLiteral("Two balls were hit within one frame: \"1\" or 2?");
    const QByteArray reviewed = trackingLineJson(shot);
    QVERIFY2(
        reviewed.endsWith(
            R"("t_end": 7.5, "review": true, "reason": "Two balls were hit within one frame: \"1\" or 2?"})"),
        reviewed.constData());
    const Result<TrackingLine> reviewedRead = readTrackingLine(reviewed);
    QVERIFY2(reviewedRead, qPrintable(reviewedRead ? QString() : reviewedRead.error()));
    QCOMPARE(std::get<ShotLine>(*reviewedRead), shot);
}

void tst_TrackingLog::badLinesAreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{frame") << QStringLiteral("not JSON");
    QTest::newRow("neither") << QByteArray(R"({"t": 1})")
                             << QStringLiteral("\"frame\" or \"shot\"");
    QTest::newRow("ball without y")
        << QByteArray(R"({"frame": 1, "t": 0, "balls": [{"id": 1, "x": 2}]})")
        << QStringLiteral("balls[0].y");
    QTest::newRow("shot without end")
        << QByteArray(R"({"shot": {"first_contact": null}, "t_start": 1})")
        << QStringLiteral("t_end");
}

void tst_TrackingLog::badLinesAreRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    const Result<TrackingLine> read = readTrackingLine(line);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(error), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(tst_TrackingLog)
#include "tst_trackinglog.moc"
