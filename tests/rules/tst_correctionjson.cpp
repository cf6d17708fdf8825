#include "scriptedplay.h"

#include <rules/correctionjson.h>
#include <rules/refusal.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dojo;
using namespace dojo::rules;

namespace {

const std::array<QString, 2> kPlayers = {QStringLiteral("A"), QStringLiteral("B")};

QJsonObject freshCorrection(Game game)
{
    return correctionToJson(Correction{newRack(game, 0), {}}, kPlayers);
}

} // namespace

class tst_CorrectionJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryStateOfPlay_data();
    void roundTripsEveryStateOfPlay();
    void writesPlayersByName();
    void refusesBadInput_data();
    void refusesBadInput();
};

void tst_CorrectionJson::roundTripsEveryStateOfPlay_data()
{
    QTest::addColumn<QString>("game");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("eight-ball") << QStringLiteral("eight-ball") << 11u;
    QTest::newRow("nine-ball") << QStringLiteral("nine-ball") << 12u;
    QTest::newRow("ten-ball") << QStringLiteral("ten-ball") << 13u;
    QTest::newRow("straight-pool") << QStringLiteral("straight-pool") << 14u;
}

void tst_CorrectionJson::roundTripsEveryStateOfPlay()
{
    QFETCH(QString, game);
    QFETCH(quint32, seed);
    MatchSetup setup;
    setup.game = *gameFromKey(game);
    Match match(setup);
    play::ScriptedPlay script(seed);
    for (int step = 0; step < 400; ++step) {
        const Correction correction{match.rack(), match.score()};
        const QJsonObject json = correctionToJson(correction, kPlayers);
        const Result<Correction> parsed = correctionFromJson(json, kPlayers);
        QVERIFY2(parsed,
                 qPrintable(QStringLiteral("step %1: %2")
                                .arg(QString::number(step), parsed ? QString() : parsed.error())));
        QVERIFY2(parsed->rack == correction.rack, qPrintable(QString::number(step)));
        QCOMPARE(parsed->score, correction.score);
        const Result<Ruling, Refusal> ruled = match.apply(script.next(match));
        QVERIFY2(ruled, qPrintable(ruled ? QString() : refusalText(ruled.error())));
    }
}

void tst_CorrectionJson::writesPlayersByName()
{
    RackState rack = newRack(Game::EightBall, 1);
    rack.groupOfFirstSeat = Group::Stripes;
    rack.breakDue = false;
    rack.turn = 0;
    rack.foulsInARow = {2, 0};
    const QJsonObject json = correctionToJson(Correction{rack, {3, 4}}, kPlayers);
    QCOMPARE(json.value(QLatin1String("turn")).toString(), QStringLiteral("A"));
    QCOMPARE(json.value(QLatin1String("breaker")).toString(), QStringLiteral("B"));
    const QJsonObject groups{{QStringLiteral("A"), QStringLiteral("stripes")},
                             {QStringLiteral("B"), QStringLiteral("solids")}};
    QCOMPARE(json.value(QLatin1String("groups")).toObject(), groups);
    const QJsonObject score{{QStringLiteral("A"), 3}, {QStringLiteral("B"), 4}};
    QCOMPARE(json.value(QLatin1String("score")).toObject(), score);
    QCOMPARE(json.value(QLatin1String("on_table")).toArray().size(), 15);
    QVERIFY(json.value(QLatin1String("winner")).isNull());
}

void tst_CorrectionJson::refusesBadInput_data()
{
    QTest::addColumn<QString>("game");
    QTest::addColumn<QString>("key"); // empty: the whole value is replaced
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    const QString nine = QStringLiteral("nine-ball");
    const QString eight = QStringLiteral("eight-ball");
    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("not an object") << nine << QString() << QJsonValue(QJsonArray{1})
                                   << QStringLiteral("a correction is a JSON object");
    QTest::newRow("an unknown key")
        << nine << QStringLiteral("cue") << QJsonValue(1) << QStringLiteral("cue: unknown key");
    QTest::newRow("turn missing") << nine << QStringLiteral("turn") << missing
                                  << QStringLiteral("turn: missing");
    QTest::newRow("an unknown game")
        << nine << QStringLiteral("game") << QJsonValue(QStringLiteral("snooker"))
        << QStringLiteral("game: expected eight-ball");
    QTest::newRow("ball 12 in nine-ball")
        << nine << QStringLiteral("on_table") << QJsonValue(QJsonArray{1, 12})
        << QStringLiteral("on_table[1]: ball 12 is not in a nine-ball rack");
    QTest::newRow("the cue ball on the table")
        << nine << QStringLiteral("on_table") << QJsonValue(QJsonArray{0})
        << QStringLiteral("on_table[0]: ball 0 is not in a nine-ball rack");
    QTest::newRow("a ball listed twice")
        << nine << QStringLiteral("on_table") << QJsonValue(QJsonArray{4, 4})
        << QStringLiteral("on_table[1]: ball 4 is listed twice");
    QTest::newRow("a ball that is not a number")
        << nine << QStringLiteral("on_table") << QJsonValue(QJsonArray{QStringLiteral("one")})
        << QStringLiteral("on_table[0]: expected a whole number");
    QTest::newRow("on_table not a list") << nine << QStringLiteral("on_table") << QJsonValue(9)
                                         << QStringLiteral("on_table: expected a list");
    QTest::newRow("turn to a stranger")
        << nine << QStringLiteral("turn") << QJsonValue(QStringLiteral("C"))
        << QStringLiteral("turn: expected \"A\" or \"B\"");
    QTest::newRow("turn to nobody") << nine << QStringLiteral("turn") << QJsonValue()
                                    << QStringLiteral("turn: expected a player's name, got null");
    QTest::newRow("break_due as text")
        << nine << QStringLiteral("break_due") << QJsonValue(QStringLiteral("yes"))
        << QStringLiteral("break_due: expected true or false");
    QTest::newRow("an unknown ball in hand")
        << nine << QStringLiteral("ball_in_hand") << QJsonValue(QStringLiteral("kitchen"))
        << QStringLiteral("ball_in_hand: expected none, anywhere or behind-head-string");
    QTest::newRow("an unknown pending choice")
        << nine << QStringLiteral("pending") << QJsonValue(QStringLiteral("coin-toss"))
        << QStringLiteral("pending: unknown \"coin-toss\"");
    QTest::newRow("options with nothing pending")
        << nine << QStringLiteral("options") << QJsonValue(QJsonArray{QStringLiteral("shoot")})
        << QStringLiteral("options: no choice is pending");
    QTest::newRow("pending with no options")
        << nine << QStringLiteral("pending") << QJsonValue(QStringLiteral("push-out"))
        << QStringLiteral("options: the pending push-out offers choices");
    QTest::newRow("groups in nine-ball")
        << nine << QStringLiteral("groups")
        << QJsonValue(QJsonObject{{QStringLiteral("A"), QStringLiteral("solids")},
                                  {QStringLiteral("B"), QStringLiteral("stripes")}})
        << QStringLiteral("groups: only eight-ball has groups");
    QTest::newRow("both players on solids")
        << eight << QStringLiteral("groups")
        << QJsonValue(QJsonObject{{QStringLiteral("A"), QStringLiteral("solids")},
                                  {QStringLiteral("B"), QStringLiteral("solids")}})
        << QStringLiteral("groups: expected one player on solids and one on stripes");
    QTest::newRow("an unknown group")
        << eight << QStringLiteral("groups")
        << QJsonValue(QJsonObject{{QStringLiteral("A"), QStringLiteral("spots")},
                                  {QStringLiteral("B"), QStringLiteral("stripes")}})
        << QStringLiteral("groups.A: expected solids or stripes");
    QTest::newRow("negative fouls")
        << nine << QStringLiteral("fouls_in_a_row")
        << QJsonValue(QJsonObject{{QStringLiteral("A"), -1}, {QStringLiteral("B"), 0}})
        << QStringLiteral("fouls_in_a_row.A: cannot be negative");
    QTest::newRow("half a foul")
        << nine << QStringLiteral("fouls_in_a_row")
        << QJsonValue(QJsonObject{{QStringLiteral("A"), 0}, {QStringLiteral("B"), 1.5}})
        << QStringLiteral("fouls_in_a_row.B: expected a whole number, got 1.5");
    QTest::newRow("a winner of a rack in play")
        << nine << QStringLiteral("winner") << QJsonValue(QStringLiteral("A"))
        << QStringLiteral("winner: a rack that is not over has none");
    QTest::newRow("negative racks won")
        << nine << QStringLiteral("score")
        << QJsonValue(QJsonObject{{QStringLiteral("A"), -2}, {QStringLiteral("B"), 0}})
        << QStringLiteral("score.A: racks won cannot be negative");
    QTest::newRow("a score for one player")
        << nine << QStringLiteral("score") << QJsonValue(QJsonObject{{QStringLiteral("A"), 2}})
        << QStringLiteral("score: expected {\"A\": N, \"B\": N}");
}

void tst_CorrectionJson::refusesBadInput()
{
    QFETCH(QString, game);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);

    QJsonObject correction = freshCorrection(*gameFromKey(game));
    QVERIFY(correctionFromJson(correction, kPlayers));
    QJsonValue input = value;
    if (!key.isEmpty()) {
        if (value.isUndefined())
            correction.remove(key);
        else
            correction.insert(key, value);
        input = correction;
    }
    const Result<Correction> parsed = correctionFromJson(input, kPlayers);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(expected), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(tst_CorrectionJson)
#include "tst_correctionjson.moc"
