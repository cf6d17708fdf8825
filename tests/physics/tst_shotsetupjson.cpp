// Reading a shot to simulate from JSON: a good file gives the setup it says; a bad one is
// refused with the field named first ("balls[2].x: ...").

#include "physics/shotsetupjson.h"

#include "core/tablespec.h"
#include "core/units.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QObject>
#include <QTest>

using namespace dojo;
using namespace dojo::physics;

namespace {

QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    return document.array().at(0);
}

} // namespace

class tst_ShotSetupJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheIssuesExample();
    void refuses_data();
    void refuses();
};

void tst_ShotSetupJson::readsTheIssuesExample()
{
    const Result<ShotSetup> parse = shotSetupFromJson(json(R"({"table": "8ft",
        "balls": [{"id": 0, "x": 635, "y": 635}, {"id": 9, "x": 1500, "y": 300.5},
                  {"id": 1, "x": 28.575, "y": 200}],
        "cue": {"speed": 2.0, "angle": 12.5, "side": -0.25, "top": 0.5}, "break": true})"));
    QVERIFY2(parse, qPrintable(parse ? QString() : parse.error()));
    const ShotSetup &setup = *parse;
    QCOMPARE(setup.table, TableSize::EightFoot);
    QCOMPARE(setup.balls.size(), size_t(3));
    QCOMPARE(setup.balls[1].number, 9);
    QCOMPARE(setup.balls[1].position, (Vec2{1500, 300.5}));
    QCOMPARE(setup.balls[2].position.x, 28.575); // frozen to the head rail
    QCOMPARE(setup.cue.speed, metres(2.0));
    QCOMPARE(setup.cue.angle, 12.5);
    QCOMPARE(setup.cue.side, -0.25);
    QCOMPARE(setup.cue.top, 0.5);
    QVERIFY(setup.isBreak);

    const Result<ShotSetup> defaults = shotSetupFromJson(json(
        R"({"table": "9ft", "balls": [{"id": 0, "x": 635, "y": 635}], "cue": {"speed": 1, "angle": 0}})"));
    QVERIFY2(defaults, qPrintable(defaults ? QString() : defaults.error()));
    QCOMPARE(defaults->cue.side, 0.0);
    QCOMPARE(defaults->cue.top, 0.0);
    QVERIFY(!defaults->isBreak);
}

void tst_ShotSetupJson::refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    const QByteArray cue = R"("cue": {"speed": 2, "angle": 0})";
    const QByteArray cueBall = R"({"id": 0, "x": 635, "y": 635})";
    const auto with = [&](const QByteArray &balls, const QByteArray &strike) -> QByteArray {
        return R"({"table": "9ft", "balls": [)" + balls + "], " + strike + "}";
    };

    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << QStringLiteral("shot: expected a JSON object");
    QTest::newRow("unknown key") << QByteArray(R"({"tabel": "9ft"})")
                                 << QStringLiteral("tabel: unknown key");
    QTest::newRow("no table") << QByteArray(R"({"balls": [], "cue": {}})")
                              << QStringLiteral("table: missing");
    QTest::newRow("unknown table") << QByteArray(R"({"table": "10ft", "balls": []})")
                                   << QStringLiteral("table: unknown table \"10ft\"");
    QTest::newRow("balls not a list") << QByteArray(R"({"table": "9ft", "balls": 3})")
                                      << QStringLiteral("balls: expected a list");
    QTest::newRow("x is text") << with(cueBall + R"(, {"id": 3, "x": "left", "y": 100})", cue)
                               << QStringLiteral("balls[1].x: expected a number in millimetres");
    QTest::newRow("y missing") << with(R"({"id": 0, "x": 635})", cue)
                               << QStringLiteral("balls[0].y: missing");
    QTest::newRow("unknown ball key") << with(R"({"id": 0, "x": 635, "y": 635, "z": 1})", cue)
                                      << QStringLiteral("balls[0].z: unknown key");
    QTest::newRow("id 16") << with(cueBall + R"(, {"id": 16, "x": 900, "y": 600})", cue)
                           << QStringLiteral("balls[1].id: ball 16 does not exist (0-15)");
    QTest::newRow("id -1") << with(cueBall + R"(, {"id": -1, "x": 900, "y": 600})", cue)
                           << QStringLiteral("balls[1].id: ball -1 does not exist");
    QTest::newRow("id far beyond an int")
        << with(cueBall + R"(, {"id": 1e20, "x": 900, "y": 600})", cue)
        << QStringLiteral("balls[1].id: ball 1e+20 does not exist");
    QTest::newRow("id 2.5") << with(cueBall + R"(, {"id": 2.5, "x": 900, "y": 600})", cue)
                            << QStringLiteral("balls[1].id: ball 2.5 does not exist");
    QTest::newRow("duplicate id") << with(
        cueBall + R"(, {"id": 4, "x": 900, "y": 600}, {"id": 4, "x": 1200, "y": 600})", cue)
                                  << QStringLiteral("balls[2].id: ball 4 is listed twice");
    QTest::newRow("no cue ball") << with(R"({"id": 1, "x": 900, "y": 600})", cue)
                                 << QStringLiteral("balls: no cue ball (id 0)");
    QTest::newRow("off the bed") << with(cueBall + R"(, {"id": 2, "x": 10, "y": 600})", cue)
                                 << QStringLiteral("balls[1]: ball 2 at (10, 600) is off the bed");
    QTest::newRow("beyond the foot rail")
        << with(cueBall + R"(, {"id": 2, "x": 2600, "y": 600})", cue)
        << QStringLiteral("balls[1]: ball 2 at (2600, 600) is off the bed");
    QTest::newRow("overlapping") << with(cueBall + R"(, {"id": 7, "x": 675, "y": 635})", cue)
                                 << QStringLiteral("balls[1]: ball 7 overlaps ball 0");
    QTest::newRow("no cue") << with(cueBall, R"("nocue": 1)")
                            << QStringLiteral("nocue: unknown key");
    QTest::newRow("cue missing") << QByteArray(R"({"table": "9ft", "balls": [)" + cueBall + "]}")
                                 << QStringLiteral("cue: missing");
    QTest::newRow("speed zero") << with(cueBall, R"("cue": {"speed": 0, "angle": 0})")
                                << QStringLiteral("cue.speed: must be above 0 m/s");
    QTest::newRow("speed negative") << with(cueBall, R"("cue": {"speed": -2, "angle": 0})")
                                    << QStringLiteral("cue.speed: must be above 0 m/s");
    QTest::newRow("speed absurd") << with(cueBall, R"("cue": {"speed": 40, "angle": 0})")
                                  << QStringLiteral("cue.speed: 40 m/s is faster");
    QTest::newRow("speed as text") << with(cueBall, R"("cue": {"speed": "fast", "angle": 0})")
                                   << QStringLiteral("cue.speed: expected the cue ball's speed");
    QTest::newRow("angle missing")
        << with(cueBall, R"("cue": {"speed": 2})") << QStringLiteral("cue.angle: missing");
    QTest::newRow("side too far") << with(cueBall,
                                          R"("cue": {"speed": 2, "angle": 0, "side": 0.7})")
                                  << QStringLiteral("cue.side: 0.7 is outside -0.5 to 0.5");
    QTest::newRow("top too low") << with(cueBall,
                                         R"("cue": {"speed": 2, "angle": 0, "top": -0.51})")
                                 << QStringLiteral("cue.top: -0.51 is outside -0.5 to 0.5");
    QTest::newRow("unknown cue key")
        << with(cueBall, R"("cue": {"speed": 2, "angle": 0, "english": 1})")
        << QStringLiteral("cue.english: unknown key");
    QTest::newRow("break not a bool")
        << QByteArray(R"({"table": "9ft", "balls": [)" + cueBall + "], " + cue + R"(, "break": 1})")
        << QStringLiteral("break: expected true or false");
}

void tst_ShotSetupJson::refuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);

    const QJsonValue value = json(text);
    QVERIFY2(!value.isUndefined(), text.constData());
    const Result<ShotSetup> parse = shotSetupFromJson(value);
    QVERIFY(!parse);
    QVERIFY2(parse.error().startsWith(error), qPrintable(parse.error()));
    QVERIFY(!parse.error().contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(tst_ShotSetupJson)
#include "tst_shotsetupjson.moc"
