// Results entered by hand as CSV: the header, quoting (RFC 4180), a byte order mark, CRLF,
// spaces and blank lines read; every bad row refused with one sentence naming its line.
#include <venue/resultscsv.h>

#include <QTest>

using namespace dojo;
using namespace dojo::venue;

class tst_ResultsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsResults();
    void readsTheFileAsPeopleWriteIt_data();
    void readsTheFileAsPeopleWriteIt();
    void refusals_data();
    void refusals();
};

void tst_ResultsCsv::readsResults()
{
    const QByteArray csv = "date,player_a,player_b,racks_a,racks_b\n"
                           "2026-11-03,Ana,Ben,7,5\n"
                           "2026-11-03,Cleo,Ana,2,7\n"
                           "2026-11-10,Ben,Cleo,0,0\n";
    const Result<ResultsSheet> sheet = readResultsCsv(csv);
    QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error()));
    QCOMPARE(sheet->players,
             QStringList({QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cleo")}));
    QCOMPARE(sheet->results.size(), size_t(3));
    const DatedRacks &second = sheet->results.at(1);
    QCOMPARE(second.date, QDate(2026, 11, 3));
    QCOMPARE(second.line, 3);
    QCOMPARE(second.racks.a, 2); // Cleo
    QCOMPARE(second.racks.b, 0); // Ana
    QCOMPARE(second.racks.racksA, 2);
    QCOMPARE(second.racks.racksB, 7);
    QCOMPARE(sheet->results.at(2).racks.racksA, 0);
    QCOMPARE(sheet->results.at(2).date, QDate(2026, 11, 10));

    const Result<ResultsSheet> headerOnly
        = readResultsCsv("date,player_a,player_b,racks_a,racks_b");
    QVERIFY(headerOnly);
    QVERIFY(headerOnly->players.isEmpty());
    QVERIFY(headerOnly->results.empty());
}

void tst_ResultsCsv::readsTheFileAsPeopleWriteIt_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("playerA"); // of the one result
    QTest::addColumn<QString>("playerB");
    QTest::addColumn<int>("line");

    const QByteArray header = "date,player_a,player_b,racks_a,racks_b";
    QTest::newRow("CRLF") << header + "\r\n2026-01-02,Ana,Ben,3,4\r\n"
                          << QStringLiteral("Ana") << QStringLiteral("Ben") << 2;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + header + "\n2026-01-02,Ana,Ben,3,4"
                                     << QStringLiteral("Ana") << QStringLiteral("Ben") << 2;
    QTest::newRow("spaces around fields") << QByteArray(
        " date , player_a,player_b ,racks_a,  racks_b\n 2026-01-02 ,  Ana  ,\tBen , 3 ,4 \n")
                                          << QStringLiteral("Ana") << QStringLiteral("Ben") << 2;
    QTest::newRow("blank lines") << "\n\r\n" + header + "\n\n   \n2026-01-02,Ana,Ben,3,4\n\n"
                                 << QStringLiteral("Ana") << QStringLiteral("Ben") << 6;
    QTest::newRow("a comma in quotes")
        << header + "\n2026-01-02,\"Smith, Ana\",Ben,3,4\n"
        << QStringLiteral("Smith, Ana") << QStringLiteral("Ben") << 2;
    QTest::newRow("doubled quotes")
        << header + "\n2026-01-02,\"Ana \"\"Ace\"\" Smith\",Ben,3,4\n"
        << QStringLiteral("Ana \"Ace\" Smith") << QStringLiteral("Ben") << 2;
    QTest::newRow("quoted, with spaces outside")
        << header + "\n2026-01-02,  \"Ana\"  , \"Ben\",\"3\",4\n"
        << QStringLiteral("Ana") << QStringLiteral("Ben") << 2;
    QTest::newRow("quoted header") << QByteArray(
        "\"date\",\"player_a\",\"player_b\",\"racks_a\",\"racks_b\"\n2026-01-02,Ana,Ben,3,4")
                                   << QStringLiteral("Ana") << QStringLiteral("Ben") << 2;
    QTest::newRow("a line break in quotes, counted")
        << header + "\n2026-01-02,\"Ana\nthe second\",Ben,3,4\n2026-01-03,Ana,Ben,1,1\n"
        << QStringLiteral("Ana\nthe second") << QStringLiteral("Ben") << 2;
    QTest::newRow("names in any script")
        << header + "\n2026-01-02,Zoë,Łukasz,3,4\n"
        << QStringLiteral("Zo\u00EB") << QStringLiteral("\u0141ukasz") << 2;
}

void tst_ResultsCsv::readsTheFileAsPeopleWriteIt()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, playerA);
    QFETCH(QString, playerB);
    QFETCH(int, line);
    const Result<ResultsSheet> sheet = readResultsCsv(csv);
    QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error()));
    QVERIFY(!sheet->results.empty());
    const DatedRacks &first = sheet->results.front();
    QCOMPARE(sheet->players.value(first.racks.a), playerA);
    QCOMPARE(sheet->players.value(first.racks.b), playerB);
    QCOMPARE(first.line, line);
    QCOMPARE(first.date, QDate(2026, 1, 2));
    QCOMPARE(first.racks.racksA, 3);
    QCOMPARE(first.racks.racksB, 4);
    if (sheet->results.size() > 1)
        QCOMPARE(sheet->results.at(1).line, line + 2); // the quoted line break is a line
}

void tst_ResultsCsv::refusals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("sentence");

    const QByteArray header = "date,player_a,player_b,racks_a,racks_b\n";
    const QByteArray good = "2026-01-02,Ana,Ben,3,4\n";
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("The file is empty; its first line must be the header "
                                             "date,player_a,player_b,racks_a,racks_b.");
    QTest::newRow("only blank lines")
        << QByteArray("\n\r\n  \n")
        << QStringLiteral("The file is empty; its first line must be the header "
                          "date,player_a,player_b,racks_a,racks_b.");
    QTest::newRow("another header")
        << QByteArray("date,a,b,racks_a,racks_b\n") + good
        << QStringLiteral("line 1: the header is \"date,a,b,racks_a,racks_b\", not "
                          "date,player_a,player_b,racks_a,racks_b.");
    QTest::newRow("a header in capitals")
        << QByteArray("Date,Player_A,Player_B,Racks_A,Racks_B\n") + good
        << QStringLiteral("line 1: the header is \"Date,Player_A,Player_B,Racks_A,Racks_B\", not "
                          "date,player_a,player_b,racks_a,racks_b.");
    QTest::newRow("a column short") << header + good + "2026-01-03,Ana,Ben,3\n"
                                    << QStringLiteral("line 3 must have the 5 fields of the "
                                                      "header; it has 4.");
    QTest::newRow("a column more") << header + "2026-01-03,Ana,Ben,3,4,5\n"
                                   << QStringLiteral("line 2 must have the 5 fields of the "
                                                     "header; it has 6.");
    QTest::newRow("racks_a not a number")
        << header + good + good + good + good + good + "2026-01-02,Ana,Ben,x,4\n"
        << QStringLiteral("line 7: racks_a is \"x\", not a whole number of racks.");
    QTest::newRow("racks_b negative")
        << header + "2026-01-02,Ana,Ben,3,-1\n"
        << QStringLiteral("line 2: racks_b is \"-1\", not a whole number of racks.");
    QTest::newRow("racks_b a fraction")
        << header + "2026-01-02,Ana,Ben,3,2.5\n"
        << QStringLiteral("line 2: racks_b is \"2.5\", not a whole number of racks.");
    QTest::newRow("racks_a empty")
        << header + "2026-01-02,Ana,Ben,,2\n"
        << QStringLiteral("line 2: racks_a is \"\", not a whole number of racks.");
    QTest::newRow("racks_a too large")
        << header + "2026-01-02,Ana,Ben,12345678901,2\n"
        << QStringLiteral("line 2: racks_a is \"12345678901\", not a whole number of racks.");
    QTest::newRow("a date not ISO")
        << header + "02/01/2026,Ana,Ben,3,4\n"
        << QStringLiteral("line 2: date is \"02/01/2026\", not a date as YYYY-MM-DD.");
    QTest::newRow("a day that is not")
        << header + "2026-02-30,Ana,Ben,3,4\n"
        << QStringLiteral("line 2: date is \"2026-02-30\", not a date as YYYY-MM-DD.");
    QTest::newRow("a date with a time")
        << header + "2026-01-02T19:00,Ana,Ben,3,4\n"
        << QStringLiteral("line 2: date is \"2026-01-02T19:00\", not a date as YYYY-MM-DD.");
    QTest::newRow("no player_b") << header + "2026-01-02,Ana,  ,3,4\n"
                                 << QStringLiteral("line 2: player_b is empty; it must name a "
                                                   "player.");
    QTest::newRow("against themselves")
        << header + "2026-01-02,Ana, Ana ,3,4\n"
        << QStringLiteral("line 2: player_a and player_b are both \"Ana\", and a player cannot "
                          "play against themselves.");
    QTest::newRow("an open quote") << header + good + "2026-01-02,\"Ana,Ben,3,4\n"
                                   << QStringLiteral("line 3: a quoted field is not closed.");
    QTest::newRow("text after a closing quote")
        << header + "2026-01-02,\"Ana\" Smith,Ben,3,4\n"
        << QStringLiteral("line 2: a quoted field goes on after its closing quote.");
    QTest::newRow("not UTF-8") << header + "2026-01-02,Zo\xEB,Ben,3,4\n"
                               << QStringLiteral("The file is not UTF-8 text.");
}

void tst_ResultsCsv::refusals()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, sentence);
    const Result<ResultsSheet> sheet = readResultsCsv(csv);
    QVERIFY(!sheet);
    QCOMPARE(sheet.error(), sentence);
}

QTEST_GUILESS_MAIN(tst_ResultsCsv)
#include "tst_resultscsv.moc"
