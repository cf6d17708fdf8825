// `dojopool bracket ... --json` as scripts run it: one JSON document with its keys in the
// documented order, the first round in bracket order (byes to the top seeds), the matches
// played and the places with --simulate higher-seed-wins, nothing played without it, and
// status 2 with one line for options that do not go together or are out of range.

#include "appprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList words(const char *line)
{
    return QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
}

QStringList names(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result << value.toString();
    return result;
}

} // namespace

class tst_Bracket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simulated_data();
    void simulated();
    void roundOne_data();
    void roundOne();
    void plannedOnly();
    void singleEliminationPlaces();
    void readableWithoutJson();
    void refused_data();
    void refused();

private:
    QJsonObject run(const QStringList &arguments, QString *raw = nullptr);

    QTemporaryDir m_home;
};

QJsonObject tst_Bracket::run(const QStringList &arguments, QString *raw)
{
    AppProcess app(m_home.path());
    if (!app.run(QStringList{QStringLiteral("bracket")} + arguments))
        return {};
    if (app.exitCode() != 0)
        qWarning("%s", qPrintable(app.standardError()));
    if (raw)
        *raw = app.standardOutput();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(app.standardOutput().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(app.standardOutput()));
    return document.object();
}

void tst_Bracket::simulated_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("players");
    QTest::addColumn<int>("matches");
    QTest::newRow("single 8") << words("--format single --players 8") << "single" << 8 << 7;
    QTest::newRow("single 5, third place")
        << words("--format single --players 5 --third-place") << "single" << 5 << 5;
    QTest::newRow("single 3, third place: no second semi-final loser")
        << words("--format single --players 3 --third-place") << "single" << 3 << 2;
    QTest::newRow("double 8") << words("--format double --players 8") << "double" << 8 << 14;
    QTest::newRow("double 12, simple grand final")
        << words("--format double --players 12 --grand-final simple") << "double" << 12 << 22;
    QTest::newRow("round robin 7")
        << words("--format round-robin --players 7") << "round-robin" << 7 << 21;
    QTest::newRow("swiss 8") << words("--format swiss --players 8") << "swiss" << 8 << 12;
    QTest::newRow("swiss 9, 5 rounds")
        << words("--format swiss --players 9 --rounds 5") << "swiss" << 9 << 20;
    QTest::newRow("double 128") << words("--format double --players 128") << "double" << 128 << 254;
}

void tst_Bracket::simulated()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, format);
    QFETCH(int, players);
    QFETCH(int, matches);
    QString raw;
    const QJsonObject answer = run(arguments + words("--simulate higher-seed-wins --json"), &raw);
    QCOMPARE(answer.value(QStringLiteral("format")).toString(), format);
    QCOMPARE(answer.value(QStringLiteral("players")).toInt(), players);
    QCOMPARE(answer.value(QStringLiteral("matches_played")).toInt(), matches);
    // The keys in the documented order.
    const QStringList keys{QStringLiteral("\"format\""),         QStringLiteral("\"players\""),
                           QStringLiteral("\"rounds\""),         QStringLiteral("\"round1\""),
                           QStringLiteral("\"matches_played\""), QStringLiteral("\"standings\"")};
    qsizetype at = -1;
    for (const QString &key : keys) {
        const qsizetype next = raw.indexOf(key);
        QVERIFY2(next > at, qPrintable(key));
        at = next;
    }
    QCOMPARE(raw.count(u'\n'), 1); // one line
    // rounds: the matches played, round by round; nobody twice in a round.
    const QJsonArray rounds = answer.value(QStringLiteral("rounds")).toArray();
    int counted = 0;
    for (const QJsonValue &round : rounds) {
        QVERIFY(!round.toArray().isEmpty());
        QStringList seen;
        for (const QJsonValue &match : round.toArray()) {
            const QJsonObject pair = match.toObject();
            QCOMPARE(pair.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
            for (const QString &side : {QStringLiteral("a"), QStringLiteral("b")}) {
                const QString name = pair.value(side).toString();
                QVERIFY2(!seen.contains(name), qPrintable(name));
                seen << name;
            }
            ++counted;
        }
    }
    QCOMPARE(counted, matches);
    // The first round's first match: the top seed.
    const QStringList roundOne = names(answer.value(QStringLiteral("round1")).toArray());
    QVERIFY(!roundOne.isEmpty());
    QVERIFY(roundOne.front().startsWith(QStringLiteral("P1-")));
    // Places: everyone once; sports numbering; the top seed alone first.
    const QJsonArray standings = answer.value(QStringLiteral("standings")).toArray();
    int above = 0;
    for (const QJsonValue &standing : standings) {
        QCOMPARE(standing.toObject().value(QStringLiteral("place")).toInt(), above + 1);
        above += static_cast<int>(
            standing.toObject().value(QStringLiteral("players")).toArray().size());
    }
    QCOMPARE(above, players);
    QCOMPARE(names(standings.first().toObject().value(QStringLiteral("players")).toArray()),
             QStringList{QStringLiteral("P1")});
}

void tst_Bracket::roundOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("roundOne");
    const auto list = [](const char *text) { return words(text); };
    QTest::newRow("single 8") << words("--format single --players 8")
                              << list("P1-P8 P4-P5 P3-P6 P2-P7");
    QTest::newRow("double 8") << words("--format double --players 8")
                              << list("P1-P8 P4-P5 P3-P6 P2-P7");
    QTest::newRow("single 5: byes")
        << words("--format single --players 5") << list("P1-BYE P4-P5 P3-BYE P2-BYE");
    QTest::newRow("double 6: byes")
        << words("--format double --players 6") << list("P1-BYE P4-P5 P3-P6 P2-BYE");
    QTest::newRow("round robin 5")
        << words("--format round-robin --players 5") << list("P1-P4 P2-P3 P5-BYE");
    QTest::newRow("swiss 7") << words("--format swiss --players 7")
                             << list("P1-P4 P2-P5 P3-P6 P7-BYE");
}

void tst_Bracket::roundOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, roundOne);
    const QJsonObject answer = run(arguments + words("--json"));
    QCOMPARE(names(answer.value(QStringLiteral("round1")).toArray()), roundOne);
}

void tst_Bracket::plannedOnly()
{
    // Without --simulate nothing is played.
    const QJsonObject answer = run(words("--format double --players 8 --json"));
    QCOMPARE(answer.value(QStringLiteral("rounds")).toArray(), QJsonArray());
    QCOMPARE(answer.value(QStringLiteral("matches_played")).toInt(-1), 0);
    QCOMPARE(answer.value(QStringLiteral("standings")).toArray(), QJsonArray());
    QCOMPARE(answer.value(QStringLiteral("round1")).toArray().size(), 4);
}

void tst_Bracket::singleEliminationPlaces()
{
    const QJsonObject answer
        = run(words("--format single --players 8 --simulate higher-seed-wins --json"));
    QJsonArray expected;
    const auto place = [&](int number, const char *players) {
        QJsonArray named;
        for (const QString &name : words(players))
            named.append(name);
        expected.append(
            QJsonObject{{QStringLiteral("place"), number}, {QStringLiteral("players"), named}});
    };
    place(1, "P1");
    place(2, "P2");
    place(3, "P3 P4");
    place(5, "P5 P6 P7 P8");
    QCOMPARE(answer.value(QStringLiteral("standings")).toArray(), expected);
    const QJsonArray rounds = answer.value(QStringLiteral("rounds")).toArray();
    QCOMPARE(rounds.size(), 3);
    QCOMPARE(rounds.at(2).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("a"), QStringLiteral("P1")},
                                     {QStringLiteral("b"), QStringLiteral("P2")}}}));
}

void tst_Bracket::readableWithoutJson()
{
    AppProcess app(m_home.path());
    QVERIFY(app.run(words("bracket --format single --players 4 --simulate higher-seed-wins")));
    QCOMPARE(app.exitCode(), 0);
    const QString text = app.standardOutput();
    QVERIFY2(text.contains(QStringLiteral("P1 beat P4 1-0")), qPrintable(text));
    QVERIFY2(!text.trimmed().startsWith(u'{'), qPrintable(text));
}

void tst_Bracket::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the line names
    QTest::newRow("no format") << words("--players 8 --json") << "--format";
    QTest::newRow("unknown format") << words("--format triple --players 8") << "triple";
    QTest::newRow("one player") << words("--format single --players 1") << "--players";
    QTest::newRow("too many players") << words("--format single --players 1025") << "1025";
    QTest::newRow("players not a number") << words("--format single --players many") << "many";
    QTest::newRow("rounds with single")
        << words("--format single --players 8 --rounds 3") << "--rounds";
    QTest::newRow("grand final with single")
        << words("--format single --players 8 --grand-final simple") << "--grand-final";
    QTest::newRow("third place with double")
        << words("--format double --players 8 --third-place") << "--third-place";
    QTest::newRow("unknown grand final")
        << words("--format double --players 8 --grand-final triple") << "triple";
    QTest::newRow("swiss rounds beyond a round robin")
        << words("--format swiss --players 8 --rounds 8") << "--rounds";
    QTest::newRow("swiss no rounds")
        << words("--format swiss --players 8 --rounds 0") << "--rounds";
    QTest::newRow("unknown simulation")
        << words("--format single --players 8 --simulate coin-toss") << "coin-toss";
}

void tst_Bracket::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    AppProcess app(m_home.path());
    QVERIFY(app.run(QStringList{QStringLiteral("bracket")} + arguments));
    QCOMPARE(app.exitCode(), 2);
    QCOMPARE(app.standardOutput(), QString());
    const QStringList lines = app.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.front().startsWith(QStringLiteral("dojopool: ")), qPrintable(lines.front()));
    QVERIFY2(lines.front().contains(named), qPrintable(lines.front()));
}

QTEST_GUILESS_MAIN(tst_Bracket)
#include "tst_bracket.moc"
