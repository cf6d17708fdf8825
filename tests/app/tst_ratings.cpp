// `dojopool ratings`: Fargo ratings fitted from a CSV of results the test writes, printed as
// one JSON object best first (ties by name, one decimal), the same as the fit itself gives;
// --starter moves every rating; a plain table without --json; a bad file is one line naming
// it, status 1; a wrong command line status 2.

#include "appprocess.h"

#include <venue/ratingfit.h>
#include <venue/resultscsv.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// Ana is the best and Cleo the weakest of three; Dee and Eve played only each other, level, and
// Zoë's one result has no racks, so the three share 500.0 and come in name order. Names with a
// comma, quotes and an accent.
const QByteArray kResults = "date,player_a,player_b,racks_a,racks_b\r\n"
                            "2026-11-03,Ana,\"Ben, \"\"the Cue\"\"\",7,3\r\n"
                            "2026-11-03,\"Ben, \"\"the Cue\"\"\",Cleo,7,4\r\n"
                            "2026-11-10,Cleo,Ana,2,7\r\n"
                            "2026-11-10,Eve,Dee,5,5\r\n"
                            "2026-11-17,Ana,Cleo,5,5\r\n"
                            "2026-11-17,Zoë,\"Ben, \"\"the Cue\"\"\",0,0\r\n";

} // namespace

class tst_Ratings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json();
    void starterMovesEveryRating();
    void plainTable();
    void badFile_data();
    void badFile();
    void badCommandLine_data();
    void badCommandLine();

private:
    QString write(const QString &name, const QByteArray &content);
    QJsonArray ratings(const QStringList &extra);

    QTemporaryDir m_home;
};

QString tst_Ratings::write(const QString &name, const QByteArray &content)
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QJsonArray tst_Ratings::ratings(const QStringList &extra)
{
    const QString path = write(QStringLiteral("results.csv"), kResults);
    AppProcess app(m_home.path());
    if (!app.run(QStringList{QStringLiteral("ratings"), QStringLiteral("--results"), path,
                             QStringLiteral("--json")}
                 + extra)
        || app.exitCode() != 0 || !app.standardError().isEmpty()) {
        qWarning("%s", qPrintable(app.standardError()));
        return {};
    }
    const QString output = app.standardOutput();
    if (!output.endsWith(u'\n') || output.count(u'\n') != 1)
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError
        || document.object().keys() != QStringList{QStringLiteral("ratings")})
        return {};
    return document.object().value(QStringLiteral("ratings")).toArray();
}

void tst_Ratings::json()
{
    const QJsonArray printed = ratings({});
    QCOMPARE(printed.size(), 6);

    // The same fit, here: the file read and fitted with every starter at 500.
    const auto sheet = dojo::venue::readResultsCsv(kResults);
    QVERIFY(sheet);
    std::vector<dojo::venue::RacksPlayed> results;
    for (const dojo::venue::DatedRacks &row : sheet->results)
        results.push_back(row.racks);
    const auto fitted = dojo::venue::fitRatings(
        std::vector<double>(static_cast<size_t>(sheet->players.size()), 500.0), results);
    QVERIFY(fitted);

    double previous = INFINITY;
    QString previousName;
    QStringList order;
    for (const QJsonValue &value : printed) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.keys(), QStringList({QStringLiteral("player"), QStringLiteral("racks"),
                                            QStringLiteral("rating")}));
        const QString name = entry.value(QStringLiteral("player")).toString();
        const double rating = entry.value(QStringLiteral("rating")).toDouble();
        const qsizetype index = sheet->players.indexOf(name);
        QVERIFY2(index >= 0, qPrintable(name));
        const auto &fit = fitted->at(static_cast<size_t>(index));
        QCOMPARE(rating, std::round(fit.rating * 10) / 10);
        QCOMPARE(entry.value(QStringLiteral("racks")).toInt(), fit.racks);
        QVERIFY2(rating < previous || (rating == previous && previousName < name),
                 qPrintable(name));
        previous = rating;
        previousName = name;
        order.append(name);
    }
    QCOMPARE(order.front(), QStringLiteral("Ana"));
    QCOMPARE(order.back(), QStringLiteral("Cleo"));
    const qsizetype dee = order.indexOf(QStringLiteral("Dee"));
    QCOMPARE(order.mid(dee, 3), QStringList({QStringLiteral("Dee"), QStringLiteral("Eve"),
                                             QStringLiteral("Zo\u00EB")}));
    // Racks counted: Ana 10 + 9 + 10, Ben 10 + 11, Zoë none, at 500.
    const auto entryOf
        = [&](const QString &name) { return printed.at(order.indexOf(name)).toObject(); };
    QCOMPARE(entryOf(QStringLiteral("Ana")).value(QStringLiteral("racks")).toInt(), 29);
    QCOMPARE(entryOf(QStringLiteral("Ben, \"the Cue\"")).value(QStringLiteral("racks")).toInt(),
             21);
    QCOMPARE(entryOf(QStringLiteral("Zo\u00EB")).value(QStringLiteral("racks")).toInt(), 0);
    QCOMPARE(entryOf(QStringLiteral("Zo\u00EB")).value(QStringLiteral("rating")).toDouble(), 500.0);
}

void tst_Ratings::starterMovesEveryRating()
{
    // Only gaps count: every starter 100 higher moves every rating by 100.
    const QJsonArray at500 = ratings({});
    const QJsonArray at600 = ratings({QStringLiteral("--starter"), QStringLiteral("600")});
    QCOMPARE(at600.size(), at500.size());
    QVERIFY(!at500.isEmpty());
    for (qsizetype i = 0; i < at500.size(); ++i) {
        const QJsonObject low = at500.at(i).toObject();
        const QJsonObject high = at600.at(i).toObject();
        QCOMPARE(high.value(QStringLiteral("player")), low.value(QStringLiteral("player")));
        const double moved = high.value(QStringLiteral("rating")).toDouble()
                             - low.value(QStringLiteral("rating")).toDouble();
        QVERIFY2(std::abs(moved - 100) < 0.1 + 1e-9, qPrintable(QString::number(moved)));
    }
}

void tst_Ratings::plainTable()
{
    const QString path = write(QStringLiteral("plain.csv"), kResults);
    AppProcess app(m_home.path());
    QVERIFY(app.run({QStringLiteral("ratings"), QStringLiteral("--results"), path}));
    QCOMPARE(app.exitCode(), 0);
    const QStringList lines = app.standardOutput().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7); // a header and one player a line
    QVERIFY2(lines.at(1).contains(QStringLiteral("Ana")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).trimmed().startsWith(u'1'), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(6).contains(QStringLiteral("Cleo")), qPrintable(lines.at(6)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("Dee")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("500.0")), qPrintable(lines.at(2)));
    // The racks end each line, in a column of their own.
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(" 29")), qPrintable(lines.at(1)));
}

void tst_Ratings::badFile_data()
{
    QTest::addColumn<QByteArray>("content"); // null: no file
    QTest::addColumn<QString>("problem");

    QTest::newRow("no file") << QByteArray() << QStringLiteral("The file cannot be read: ");
    QTest::newRow("empty") << QByteArray("")
                           << QStringLiteral("The file is empty; its first line must be the "
                                             "header date,player_a,player_b,racks_a,racks_b.");
    QTest::newRow("a bad row") << QByteArray("date,player_a,player_b,racks_a,racks_b\n"
                                             "2026-11-03,Ana,Ben,7,3\n"
                                             "2026-11-03,Ana,Ben,x,3\n")
                               << QStringLiteral("line 3: racks_a is \"x\", not a whole number "
                                                 "of racks.");
}

void tst_Ratings::badFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    const QString path = content.isNull() ? m_home.filePath(QStringLiteral("none.csv"))
                                          : write(QStringLiteral("bad.csv"), content);
    AppProcess app(m_home.path());
    QVERIFY(app.run(
        {QStringLiteral("ratings"), QStringLiteral("--results"), path, QStringLiteral("--json")}));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(app.standardOutput().isEmpty());
    const QStringList lines = app.errorLines();
    QCOMPARE(lines.size(), 1);
    const QString start = QStringLiteral("dojopool: ratings: ") + path + QStringLiteral(": ");
    QVERIFY2(lines.front().startsWith(start + problem), qPrintable(lines.front()));
}

void tst_Ratings::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("line");

    const QString help = QStringLiteral(" (see dojopool ratings --help)");
    QTest::newRow("no results") << QStringList{QStringLiteral("--json")}
                                << QStringLiteral("ratings needs the results: --results FILE.csv")
                                       + help;
    QTest::newRow("a starter that is no rating")
        << QStringList{QStringLiteral("--results"), QStringLiteral("x.csv"),
                       QStringLiteral("--starter"), QStringLiteral("high")}
        << QStringLiteral("--starter needs a rating, not \"high\"") + help;
    QTest::newRow("an option of odds")
        << QStringList{QStringLiteral("--results"), QStringLiteral("x.csv"),
                       QStringLiteral("--race"), QStringLiteral("7"), QStringLiteral("5")}
        << QStringLiteral("--race is an option of odds; ratings does not take it") + help;
}

void tst_Ratings::badCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, line);
    AppProcess app(m_home.path());
    QVERIFY(app.run(QStringList{QStringLiteral("ratings")} + arguments));
    QCOMPARE(app.exitCode(), 2);
    QCOMPARE(app.errorLines(), QStringList{QStringLiteral("dojopool: ") + line});
}

QTEST_GUILESS_MAIN(tst_Ratings)
#include "tst_ratings.moc"
