// `dojopool simulate SHOT.json`: a straight-in shot comes out as one JSON object with the
// pocketed ball, its pocket and every parameter; --sample adds the paths, --repeat reports
// its timing on stderr and prints the same answer; bad input is one line naming the field.

#include "appprocess.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

// The 3 lies 300 mm out from the foot-right pocket's mouth on its axis, the cue ball 300 mm
// behind it: struck at 45 degrees it goes straight in.
QByteArray straightIn()
{
    const double mouth = 25.4 * 4.5625 / std::sqrt(2.0) / 2; // from each rail to the middle
    const double midX = 2540.0 - mouth;
    const double midY = 1270.0 - mouth;
    const double step = 300.0 / std::sqrt(2.0);
    return QStringLiteral(R"({"table": "9ft", "balls": [
        {"id": 0, "x": %1, "y": %2}, {"id": 3, "x": %3, "y": %4}, {"id": 9, "x": 600, "y": 300}],
        "cue": {"speed": 2.0, "angle": 45, "side": 0, "top": -0.2}})")
        .arg(midX - 2 * step)
        .arg(midY - 2 * step)
        .arg(midX - step)
        .arg(midY - step)
        .toUtf8();
}

} // namespace

class tst_Simulate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void straightInShot();
    void sampledPaths();
    void repeatReportsTiming();
    void repeatOnceStillReportsTiming();
    void badInput_data();
    void badInput();

private:
    QString write(const QString &name, const QByteArray &content);
    QJsonObject run(const QStringList &arguments, AppProcess &app);

    QTemporaryDir m_home;
};

QString tst_Simulate::write(const QString &name, const QByteArray &content)
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QJsonObject tst_Simulate::run(const QStringList &arguments, AppProcess &app)
{
    if (!app.run(QStringList{QStringLiteral("simulate")} + arguments))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(app.standardOutput().toUtf8(), &error);
    return document.object();
}

void tst_Simulate::straightInShot()
{
    const QString shot = write(QStringLiteral("straight.json"), straightIn());
    AppProcess app(m_home.path());
    const QJsonObject answer = run({shot}, app);
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(app.standardError().isEmpty(), qPrintable(app.standardError()));
    QCOMPARE(app.standardOutput().count(QLatin1Char('\n')), 1); // one JSON object, one line

    const QJsonObject record = answer.value(QStringLiteral("shot")).toObject();
    QCOMPARE(record.value(QStringLiteral("first_contact")).toInt(), 3);
    const QJsonArray pocketed = record.value(QStringLiteral("pocketed")).toArray();
    QVERIFY(!pocketed.isEmpty());
    QCOMPARE(pocketed.at(0).toObject().value(QStringLiteral("ball")).toInt(), 3);
    QCOMPARE(pocketed.at(0).toObject().value(QStringLiteral("pocket")).toString(),
             QStringLiteral("foot-right"));

    const QJsonArray finalBalls = answer.value(QStringLiteral("final")).toArray();
    QCOMPARE(finalBalls.size(), 3);
    for (const QJsonValue &ball : finalBalls) {
        const QJsonObject b = ball.toObject();
        if (b.value(QStringLiteral("id")).toInt() == 3)
            QCOMPARE(b.value(QStringLiteral("pocket")).toString(), QStringLiteral("foot-right"));
        if (b.value(QStringLiteral("id")).toInt() == 9) {
            QCOMPARE(b.value(QStringLiteral("x")).toDouble(), 600.0);
            QCOMPARE(b.value(QStringLiteral("y")).toDouble(), 300.0);
        }
    }

    const QJsonObject parameters = answer.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(parameters.value(QStringLiteral("ball_mass_kg")).toDouble(), 0.170);
    QCOMPARE(parameters.value(QStringLiteral("ball_radius_m")).toDouble(), 0.028575);
    for (const char *name :
         {"sliding_friction", "rolling_friction", "spinning_friction", "ball_ball_restitution",
          "ball_ball_friction", "cushion_restitution", "cushion_friction", "gravity_m_per_s2"}) {
        QVERIFY2(parameters.value(QLatin1String(name)).toDouble() > 0, name);
    }

    const QJsonArray events = answer.value(QStringLiteral("events")).toArray();
    QVERIFY(events.size() >= 4);
    QCOMPARE(events.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("cue-strike"));
    const bool drop = std::any_of(events.begin(), events.end(), [](const QJsonValue &e) {
        const QJsonObject event = e.toObject();
        return event.value(QStringLiteral("type")).toString() == QStringLiteral("pocket")
               && event.value(QStringLiteral("balls")).toArray() == QJsonArray{3}
               && event.value(QStringLiteral("pocket")).toString() == QStringLiteral("foot-right");
    });
    QVERIFY(drop);
    // The shot lasts until the last ball stops: the last event.
    QCOMPARE(answer.value(QStringLiteral("duration")).toDouble(),
             events.last().toObject().value(QStringLiteral("time")).toDouble());
    QVERIFY(answer.value(QStringLiteral("duration")).toDouble() > 0.1);
    QVERIFY(!answer.contains(QStringLiteral("paths")));
}

void tst_Simulate::sampledPaths()
{
    const QString shot = write(QStringLiteral("sampled.json"), straightIn());
    AppProcess app(m_home.path());
    const QJsonObject answer = run({shot, QStringLiteral("--sample"), QStringLiteral("50")}, app);
    QCOMPARE(app.exitCode(), 0);
    const QJsonArray paths = answer.value(QStringLiteral("paths")).toArray();
    QCOMPARE(paths.size(), 3);
    const double duration = answer.value(QStringLiteral("duration")).toDouble();
    for (const QJsonValue &path : paths) {
        const QJsonArray samples = path.toObject().value(QStringLiteral("samples")).toArray();
        QVERIFY(samples.size() >= 2);
        QCOMPARE(samples.at(1).toArray().at(0).toDouble(), 0.02);
        const double last = samples.last().toArray().at(0).toDouble();
        if (path.toObject().value(QStringLiteral("id")).toInt() == 3)
            QVERIFY(last < duration); // it dropped before the cue ball stopped
        else
            QCOMPARE(last, duration);
    }
}

void tst_Simulate::repeatReportsTiming()
{
    const QString shot = write(QStringLiteral("repeat.json"), straightIn());
    AppProcess once(m_home.path());
    QVERIFY(once.run({QStringLiteral("simulate"), shot}));
    AppProcess repeated(m_home.path());
    QVERIFY(repeated.run(
        {QStringLiteral("simulate"), shot, QStringLiteral("--repeat"), QStringLiteral("200")}));
    QCOMPARE(repeated.exitCode(), 0);
    QCOMPARE(repeated.standardOutput(), once.standardOutput()); // deterministic, printed once
    const QStringList lines = repeated.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.front().contains(
                 QRegularExpression(QStringLiteral("^dojopool: simulate: 200 runs in [0-9.]+ ms"))),
             qPrintable(lines.front()));
}

void tst_Simulate::repeatOnceStillReportsTiming()
{
    const QString shot = write(QStringLiteral("repeat-once.json"), straightIn());
    AppProcess once(m_home.path());
    QVERIFY(once.run({QStringLiteral("simulate"), shot}));
    QVERIFY(once.errorLines().isEmpty());
    AppProcess repeated(m_home.path());
    QVERIFY(repeated.run(
        {QStringLiteral("simulate"), shot, QStringLiteral("--repeat"), QStringLiteral("1")}));
    QCOMPARE(repeated.exitCode(), 0);
    const QStringList lines = repeated.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.front().startsWith(QStringLiteral("dojopool: simulate: 1 run in ")),
             qPrintable(lines.front()));
}

void tst_Simulate::badInput_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("problem");

    const QByteArray cue = R"("cue": {"speed": 2, "angle": 0})";
    const QByteArray cueBall = R"({"id": 0, "x": 635, "y": 635})";
    const auto shot = [&](const QByteArray &balls, const QByteArray &strike) -> QByteArray {
        return R"({"table": "9ft", "balls": [)" + balls + "], " + strike + "}";
    };

    QTest::newRow("no such file") << QByteArray() << QStringLiteral("cannot be read");
    QTest::newRow("not JSON") << QByteArray("{\"table\": ") << QStringLiteral("not JSON");
    QTest::newRow("unknown table") << QByteArray(R"({"table": "6ft", "balls": [], )" + cue + "}")
                                   << QStringLiteral("table: unknown table \"6ft\"");
    QTest::newRow("x not a number")
        << shot(cueBall + R"(, {"id": 2, "x": "far", "y": 100})", cue)
        << QStringLiteral("balls[1].x: expected a number in millimetres");
    QTest::newRow("ball off the bed") << shot(cueBall + R"(, {"id": 2, "x": 3000, "y": 100})", cue)
                                      << QStringLiteral("balls[1]: ball 2 at (3000, 100) is off");
    QTest::newRow("overlapping balls") << shot(cueBall + R"(, {"id": 2, "x": 660, "y": 640})", cue)
                                       << QStringLiteral("balls[1]: ball 2 overlaps ball 0");
    QTest::newRow("duplicate id") << shot(cueBall + R"(, {"id": 0, "x": 900, "y": 300})", cue)
                                  << QStringLiteral("balls[1].id: ball 0 is listed twice");
    QTest::newRow("id 16") << shot(cueBall + R"(, {"id": 16, "x": 900, "y": 300})", cue)
                           << QStringLiteral("balls[1].id: ball 16 does not exist");
    QTest::newRow("no cue ball") << shot(R"({"id": 5, "x": 900, "y": 300})", cue)
                                 << QStringLiteral("balls: no cue ball (id 0)");
    QTest::newRow("side beyond half a radius")
        << shot(cueBall, R"("cue": {"speed": 2, "angle": 0, "side": 0.6})")
        << QStringLiteral("cue.side: 0.6 is outside -0.5 to 0.5");
    QTest::newRow("speed zero") << shot(cueBall, R"("cue": {"speed": 0, "angle": 0})")
                                << QStringLiteral("cue.speed: must be above 0 m/s");
    QTest::newRow("speed absurd") << shot(cueBall, R"("cue": {"speed": 16, "angle": 0})")
                                  << QStringLiteral("cue.speed: 16 m/s");
}

void tst_Simulate::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);

    QString name = QString::fromUtf8(QTest::currentDataTag());
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = content.isEmpty() ? m_home.filePath(QStringLiteral("missing.json"))
                                           : write(name + QStringLiteral(".json"), content);
    QVERIFY(!path.isEmpty());
    AppProcess app(m_home.path());
    QVERIFY(app.run({QStringLiteral("simulate"), path}));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(!app.crashed());
    QVERIFY(app.standardOutput().isEmpty());
    const QStringList lines = app.errorLines();
    QCOMPARE(lines.size(), 1);
    const QString expected = QStringLiteral("dojopool: simulate: ") + path + QStringLiteral(": ");
    QVERIFY2(lines.front().startsWith(expected + problem), qPrintable(lines.front()));
}

QTEST_GUILESS_MAIN(tst_Simulate)
#include "tst_simulate.moc"
