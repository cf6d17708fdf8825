// The one JSON home of the rules: a step as a stored match keeps it and as a scenario writes
// it, and a match's setup, read with the same limits in both places.

#include "rackplay.h"

#include <rules/scenario.h>
#include <rules/setupjson.h>
#include <rules/stepjson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;

namespace {

const std::array<QString, 2> kPlayers = {QStringLiteral("Efren"), QStringLiteral("Shane")};

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString errorOf(const Result<Step> &step)
{
    return step ? QString() : step.error();
}

// A scenario with this header and one stalemate step; `header` is spliced in as JSON text.
QByteArray scenario(const char *header)
{
    return QByteArray(R"({"format": "dojopool-rack/1", "players": ["Efren", "Shane"], )") + header
           + R"(, "steps": [{"event": "stalemate"}]})";
}

} // namespace

Q_DECLARE_METATYPE(dojo::rules::StepKind)

class TestStepJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedStepsReadBack_data();
    void storedStepsReadBack();
    void storedStepsRefused_data();
    void storedStepsRefused();
    void scenarioSteps_data();
    void scenarioSteps();
    void setupReadsBack_data();
    void setupReadsBack();
    void setupLimitsAreTheSameEverywhere_data();
    void setupLimitsAreTheSameEverywhere();
};

void TestStepJson::storedStepsReadBack_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("kind");

    RackState rack = newRack(Game::EightBall, 1);
    rack.breakDue = false;
    rack.groupOfFirstSeat = Group::Stripes;
    rack.onTable = BallSet::range(1, 12);
    QTest::newRow("a break") << Step(breakShot().hits(1).pots(3).rails({4, 5}))
                             << QStringLiteral("shot");
    QTest::newRow("a called shot with a referee's foul")
        << Step(made(4).refereeCalls(RefereeFoul::DoubleHit)) << QStringLiteral("shot");
    QTest::newRow("a push-out") << Step(Shot().pushOut().hits(2)) << QStringLiteral("shot");
    QTest::newRow("a choice") << Step(Choice::HandBack) << QStringLiteral("decision");
    QTest::newRow("a stalemate") << Step(Stalemate{}) << QStringLiteral("stalemate");
    QTest::newRow("a correction") << Step(Correction{rack, {2, 3}}) << QStringLiteral("correction");
}

void TestStepJson::storedStepsReadBack()
{
    QFETCH(Step, step);
    QFETCH(QString, kind);

    QCOMPARE(stepKindKey(kindOf(step)), kind);
    const QJsonObject input = stepInputToJson(step, kPlayers);
    const Result<Step> read = stepFromJson(kind, input, kPlayers);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QVERIFY(*read == step);
}

void TestStepJson::storedStepsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("a kind a newer DojoPool wrote")
        << QStringLiteral("masse") << QJsonObject()
        << QStringLiteral("the step kind \"masse\" is unknown");
    QTest::newRow("no kind") << QStringLiteral("") << QJsonObject()
                             << "the step kind \"\" is unknown";
    QTest::newRow("a choice that does not exist")
        << QStringLiteral("decision") << object(R"({"choice": "golden-break"})")
        << QStringLiteral("choice: unknown choice \"golden-break\"");
    QTest::newRow("a decision with more than the choice")
        << QStringLiteral("decision") << object(R"({"choice": "shoot", "why": "x"})")
        << QStringLiteral("a decision holds exactly {\"choice\": KEY}");
    QTest::newRow("a stalemate with input")
        << QStringLiteral("stalemate") << object(R"({"shot": 1})")
        << QStringLiteral("a stalemate has no input");
    QTest::newRow("a shot without first_contact")
        << QStringLiteral("shot") << object(R"({"rails": [1]})")
        << QStringLiteral("first_contact: missing");
    QTest::newRow("a correction naming a stranger")
        << QStringLiteral("correction") << object(R"({"game": "nine-ball"})")
        << QStringLiteral("on_table: missing");
}

void TestStepJson::storedStepsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, input);
    QFETCH(QString, error);

    const Result<Step> read = stepFromJson(kind, input, kPlayers);
    QVERIFY(!read);
    QVERIFY2(read.error().startsWith(error), qPrintable(read.error()));
}

void TestStepJson::scenarioSteps_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<StepKind>("kind");
    QTest::addColumn<QString>("error"); // empty: read

    QTest::newRow("a shot") << QByteArray(R"({"shot": {"first_contact": 1}})") << StepKind::Shot
                            << QString();
    QTest::newRow("a decision") << QByteArray(R"({"decision": "accept"})") << StepKind::Decision
                                << QString();
    QTest::newRow("a stalemate") << QByteArray(R"({"event": "stalemate"})") << StepKind::Stalemate
                                 << QString();
    QTest::newRow("a shot naming its field")
        << QByteArray(R"({"shot": {"first_contact": 16}})") << StepKind::Shot
        << QStringLiteral("shot.first_contact: ball 16 does not exist");
    QTest::newRow("two kinds at once")
        << QByteArray(R"({"decision": "accept", "event": "stalemate"})") << StepKind::Decision
        << QStringLiteral("a step holds exactly one of shot, decision or event");
    QTest::newRow("an unknown event") << QByteArray(R"({"event": "rain"})") << StepKind::Stalemate
                                      << QStringLiteral("event: the only event is \"stalemate\"");
    QTest::newRow("an unknown choice")
        << QByteArray(R"({"decision": "concede"})") << StepKind::Decision
        << QStringLiteral("decision: unknown choice \"concede\"");
}

void TestStepJson::scenarioSteps()
{
    QFETCH(QByteArray, json);
    QFETCH(StepKind, kind);
    QFETCH(QString, error);

    const Result<Step> read = scenarioStepFromJson(QJsonDocument::fromJson(json).object());
    if (error.isEmpty()) {
        QVERIFY2(read, qPrintable(errorOf(read)));
        QCOMPARE(kindOf(*read), kind);
    } else {
        QVERIFY(!read);
        QCOMPARE(read.error(), error);
    }
}

void TestStepJson::setupReadsBack_data()
{
    QTest::addColumn<MatchSetup>("setup");

    MatchSetup eight = setupFor(Game::EightBall);
    QTest::newRow("8-ball, WPA defaults") << eight;
    MatchSetup nine = setupFor(Game::NineBall);
    nine.raceTo = 7;
    nine.breakRule = BreakRule::Winner;
    nine.firstBreaker = 1;
    nine.startingScore = {2, 5};
    nine.options.threeFoulRule = false;
    QTest::newRow("9-ball race to 7, winner breaks, Shane first, 2-5") << nine;
    MatchSetup straight = setupFor(Game::StraightPool);
    straight.raceTo = 100;
    straight.startingScore = {-3, 40};
    straight.options.straightPoolBreachPenalty = 3;
    QTest::newRow("14.1 to 100 from -3 to 40") << straight;
    QTest::newRow("10-ball with no target") << setupFor(Game::TenBall);
}

void TestStepJson::setupReadsBack()
{
    QFETCH(MatchSetup, setup);

    const Result<MatchSetup> read = setupFromJson(setupToJson(setup, kPlayers), kPlayers);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read->game, setup.game);
    QCOMPARE(read->raceTo, setup.raceTo);
    QCOMPARE(read->breakRule, setup.breakRule);
    QCOMPARE(read->firstBreaker, setup.firstBreaker);
    QCOMPARE(read->startingScore, setup.startingScore);
    QCOMPARE(read->options.threeFoulRule, setup.options.threeFoulRule);
    QCOMPARE(read->options.straightPoolBreachPenalty, setup.options.straightPoolBreachPenalty);
}

void TestStepJson::setupLimitsAreTheSameEverywhere_data()
{
    QTest::addColumn<QByteArray>("raceTo"); // the race_to value, as JSON text
    QTest::addColumn<bool>("accepted");

    QTest::newRow("no target: 0") << QByteArray("0") << true;
    QTest::newRow("a race to 1") << QByteArray("1") << true;
    QTest::newRow("a race to 150") << QByteArray("150") << true;
    QTest::newRow("negative") << QByteArray("-1") << false;
    QTest::newRow("a fraction") << QByteArray("2.5") << false;
    QTest::newRow("a string") << QByteArray("\"7\"") << false;
}

void TestStepJson::setupLimitsAreTheSameEverywhere()
{
    QFETCH(QByteArray, raceTo);
    QFETCH(bool, accepted);

    // The stored setup and a scenario's header read race_to alike.
    QJsonObject stored = setupToJson(setupFor(Game::NineBall), kPlayers);
    stored.insert(QStringLiteral("race_to"),
                  QJsonDocument::fromJson("[" + raceTo + "]").array().at(0));
    const Result<MatchSetup> fromStore = setupFromJson(stored, kPlayers);
    const QByteArray header = R"("game": "nine-ball", "race_to": )" + raceTo;
    const Result<Scenario> fromScenario = parseScenario(scenario(header.constData()));
    QCOMPARE(bool(fromStore), accepted);
    QCOMPARE(bool(fromScenario), accepted);
    if (!accepted) {
        QCOMPARE(fromStore.error(), fromScenario.error());
        QVERIFY2(fromStore.error().startsWith(QStringLiteral("race_to: ")),
                 qPrintable(fromStore.error()));
    } else {
        QCOMPARE(fromStore->raceTo, fromScenario->setup.raceTo);
    }
}

QTEST_GUILESS_MAIN(TestStepJson)
#include "tst_stepjson.moc"
