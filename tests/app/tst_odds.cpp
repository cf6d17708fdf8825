// `dojopool odds`: the chance of winning a rack and a race from two ratings, as one JSON object
// checked against closed forms computed here, or as one plain line; `--race RA RB` takes two
// words; a wrong command line is one line, status 2.

#include "appprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

double rackChance(double rating, double opponent)
{
    return 1.0 / (1.0 + std::pow(2.0, (opponent - rating) / 100.0));
}

// The race by the binomial tail: at least `needed` of the `needed + opponentNeeded - 1` racks
// that decide it, each term made from logarithms.
double raceChance(double p, int needed, int opponentNeeded)
{
    const int racks = needed + opponentNeeded - 1;
    double sum = 0;
    for (int k = needed; k <= racks; ++k) {
        sum += std::exp(std::lgamma(racks + 1.0) - std::lgamma(k + 1.0)
                        - std::lgamma(racks - k + 1.0) + k * std::log(p)
                        + (racks - k) * std::log1p(-p));
    }
    return sum;
}

} // namespace

class tst_Odds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_data();
    void json();
    void optionsBeforeTheCommand();
    void plainLine();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_home;
};

void tst_Odds::json_data()
{
    QTest::addColumn<QString>("rating");
    QTest::addColumn<QString>("opponent");
    QTest::addColumn<int>("racksNeeded");
    QTest::addColumn<int>("opponentNeeded");

    QTest::newRow("600 against 500, 7 against 5")
        << QStringLiteral("600") << QStringLiteral("500") << 7 << 5;
    QTest::newRow("equal, 9 each") << QStringLiteral("500") << QStringLiteral("500") << 9 << 9;
    QTest::newRow("race to 1") << QStringLiteral("500") << QStringLiteral("600") << 1 << 1;
    QTest::newRow("2 against 2") << QStringLiteral("700") << QStringLiteral("500") << 2 << 2;
    QTest::newRow("negative and fractional ratings")
        << QStringLiteral("-50") << QStringLiteral("12.5") << 3 << 4;
    QTest::newRow("a long race") << QStringLiteral("540") << QStringLiteral("520") << 1000 << 900;
}

void tst_Odds::json()
{
    QFETCH(QString, rating);
    QFETCH(QString, opponent);
    QFETCH(int, racksNeeded);
    QFETCH(int, opponentNeeded);
    AppProcess app(m_home.path());
    QVERIFY(app.run({QStringLiteral("odds"), QStringLiteral("--rating"), rating,
                     QStringLiteral("--rating"), opponent, QStringLiteral("--race"),
                     QString::number(racksNeeded), QString::number(opponentNeeded),
                     QStringLiteral("--json")}));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(app.standardError().isEmpty(), qPrintable(app.standardError()));
    const QString output = app.standardOutput();
    QVERIFY2(output.endsWith(u'\n') && output.count(u'\n') == 1, qPrintable(output));
    QVERIFY2(output.startsWith(QStringLiteral("{\"rack\": ")), qPrintable(output));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject answer = document.object();
    QCOMPARE(answer.keys(), QStringList({QStringLiteral("match"), QStringLiteral("rack")}));
    const double p = rackChance(rating.toDouble(), opponent.toDouble());
    const double rack = answer.value(QStringLiteral("rack")).toDouble();
    const double match = answer.value(QStringLiteral("match")).toDouble();
    QVERIFY2(std::abs(rack - p) < 1e-12, qPrintable(QString::number(rack, 'g', 17)));
    const double expected = raceChance(p, racksNeeded, opponentNeeded);
    QVERIFY2(std::abs(match - expected) < 1e-9,
             qPrintable(QString::number(match, 'g', 17) + QStringLiteral(" against ")
                        + QString::number(expected, 'g', 17)));
}

void tst_Odds::optionsBeforeTheCommand()
{
    // The command's name is found past both words of --race.
    AppProcess app(m_home.path());
    QVERIFY(app.run({QStringLiteral("--race"), QStringLiteral("1"), QStringLiteral("1"),
                     QStringLiteral("odds"), QStringLiteral("--rating"), QStringLiteral("600"),
                     QStringLiteral("--rating"), QStringLiteral("500"), QStringLiteral("--json")}));
    QCOMPARE(app.exitCode(), 0);
    const QJsonObject answer = QJsonDocument::fromJson(app.standardOutput().toUtf8()).object();
    QVERIFY(std::abs(answer.value(QStringLiteral("match")).toDouble() - 2.0 / 3.0) < 1e-12);
}

void tst_Odds::plainLine()
{
    AppProcess app(m_home.path());
    QVERIFY(app.run({QStringLiteral("odds"), QStringLiteral("--rating"), QStringLiteral("600"),
                     QStringLiteral("--rating"), QStringLiteral("500"), QStringLiteral("--race"),
                     QStringLiteral("2"), QStringLiteral("2")}));
    QCOMPARE(app.exitCode(), 0);
    const QString output = app.standardOutput();
    QCOMPARE(output.count(u'\n'), 1);
    // 2/3 of the racks; 2 against 2: p^2 (3 - 2p) = 20/27.
    const QString rack = QString::number(200.0 / 3.0, 'f', 1) + QStringLiteral(" %");
    const QString race = QString::number(2000.0 / 27.0, 'f', 1) + QStringLiteral(" %");
    QVERIFY2(output.contains(rack) && output.contains(race), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("600")) && output.contains(QStringLiteral("500")),
             qPrintable(output));
}

void tst_Odds::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("line");

    const QString rating = QStringLiteral("--rating");
    const QString race = QStringLiteral("--race");
    const QString json = QStringLiteral("--json");
    const QString help = QStringLiteral(" (see dojopool odds --help)");
    const QStringList two{rating, QStringLiteral("600"), rating, QStringLiteral("500")};
    QTest::newRow("one rating") << QStringList{rating, QStringLiteral("600"), race,
                                               QStringLiteral("7"), QStringLiteral("5")}
                                << QStringLiteral("odds needs exactly two ratings: --rating A "
                                                  "--rating B")
                                       + help;
    QTest::newRow("three ratings")
        << two
               + QStringList{rating, QStringLiteral("450"), race, QStringLiteral("7"),
                             QStringLiteral("5")}
        << QStringLiteral("odds needs exactly two ratings: --rating A --rating B") + help;
    QTest::newRow("a rating that is no number")
        << QStringList{rating,
                       QStringLiteral("600"),
                       rating,
                       QStringLiteral("good"),
                       race,
                       QStringLiteral("7"),
                       QStringLiteral("5")}
        << QStringLiteral("--rating needs a number, not \"good\"") + help;
    QTest::newRow("no race") << two + QStringList{json}
                             << QStringLiteral("odds needs the race, once: --race RA RB, the "
                                               "racks each player needs")
                                    + help;
    QTest::newRow("the race twice")
        << two + QStringList{race, QStringLiteral("7"), QStringLiteral("5"),
                             race, QStringLiteral("3"), QStringLiteral("3")}
        << QStringLiteral("odds needs the race, once: --race RA RB, the racks each player needs")
               + help;
    QTest::newRow("one word after --race, at the end")
        << two + QStringList{race, QStringLiteral("7")}
        << QStringLiteral("--race needs two values: --race RA RB") + help;
    QTest::newRow("one word after --race, then an option")
        << two + QStringList{race, QStringLiteral("7"), json}
        << QStringLiteral("--race needs two values: --race RA RB") + help;
    QTest::newRow("--race=7") << two + QStringList{QStringLiteral("--race=7"), QStringLiteral("5")}
                              << QStringLiteral("--race needs two values: --race RA RB") + help;
    QTest::newRow("a race of 0")
        << two + QStringList{race, QStringLiteral("0"), QStringLiteral("5")}
        << QStringLiteral("--race needs whole numbers of racks from 1 to 100000, not \"0\"") + help;
    QTest::newRow("a race that is no number")
        << two + QStringList{race, QStringLiteral("7"), QStringLiteral("five")}
        << QStringLiteral("--race needs whole numbers of racks from 1 to 100000, not \"five\"")
               + help;
    QTest::newRow("an argument") << two
                                        + QStringList{race, QStringLiteral("7"),
                                                      QStringLiteral("5"), QStringLiteral("extra")}
                                 << QStringLiteral("unexpected argument \"extra\"") + help;
}

void tst_Odds::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, line);
    AppProcess app(m_home.path());
    QVERIFY(app.run(QStringList{QStringLiteral("odds")} + arguments));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.standardOutput().isEmpty(), qPrintable(app.standardOutput()));
    QCOMPARE(app.errorLines(), QStringList{QStringLiteral("dojopool: ") + line});
}

QTEST_GUILESS_MAIN(tst_Odds)
#include "tst_odds.moc"
