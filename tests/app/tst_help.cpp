// dojopool's help and the options each command owns: "help" and --help list every command,
// "help COMMAND" and "COMMAND --help" show that command's own arguments and options only, and
// an option of another command or an unknown command is refused in one line, status 2.

#include "appprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class tst_Help : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryCommand_data();
    void listsEveryCommand();
    void showsOneCommand_data();
    void showsOneCommand();
    void bothFormsShowTheSameHelp_data();
    void bothFormsShowTheSameHelp();
    void refuses_data();
    void refuses();

private:
    QTemporaryDir m_home;
};

void tst_Help::listsEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("help") << QStringList{QStringLiteral("help")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
    QTest::newRow("help help") << QStringList{QStringLiteral("help"), QStringLiteral("help")};
}

void tst_Help::listsEveryCommand()
{
    QFETCH(QStringList, arguments);
    AppProcess app(m_home.path());
    QVERIFY(app.run(arguments));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(app.standardError().isEmpty(), qPrintable(app.standardError()));
    const QString help = app.standardOutput();
    QVERIFY2(help.startsWith(QStringLiteral("Usage: dojopool [COMMAND]")), qPrintable(help));
    // Each command on its own line with its arguments and its summary.
    for (const char *line :
         {"\n  (none) ", "open the front desk window", "\n  serve ",
          "run the venue without a window", "\n  referee FILE... ", "rule rack scenarios",
          "\n  simulate SHOT.json ", "simulate one shot on the physics engine",
          "\n  help [COMMAND] ", "\n  -h, --help ", "\n  -v, --version ", "\n  --database <URL> ",
          "\n  --data-dir <DIR> "}) {
        QVERIFY2(help.contains(QLatin1String(line)), line);
    }
    // A command's own options are in its help, not in the list.
    QVERIFY2(!help.contains(QStringLiteral("--sample")), qPrintable(help));
    QVERIFY2(!help.contains(QStringLiteral("--repeat")), qPrintable(help));
}

void tst_Help::showsOneCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("shows");
    QTest::addColumn<QStringList>("hides");

    const QStringList serveShows{QStringLiteral("Usage: dojopool serve [OPTIONS]\n"),
                                 QStringLiteral("run the venue without a window"),
                                 QStringLiteral("--database <URL>"),
                                 QStringLiteral("--data-dir <DIR>"),
                                 QStringLiteral("--help"),
                                 QStringLiteral("--version")};
    const QStringList serveHides{QStringLiteral("--sample"), QStringLiteral("--repeat"),
                                 QStringLiteral("Arguments:"), QStringLiteral("referee"),
                                 QStringLiteral("simulate")};
    QTest::newRow("help serve") << QStringList{QStringLiteral("help"), QStringLiteral("serve")}
                                << serveShows << serveHides;
    QTest::newRow("serve --help") << QStringList{QStringLiteral("serve"), QStringLiteral("--help")}
                                  << serveShows << serveHides;

    const QStringList simulateShows{
        QStringLiteral("Usage: dojopool simulate SHOT.json [OPTIONS]\n"),
        QStringLiteral("simulate one shot on the physics engine"),
        QStringLiteral("Arguments:\n  SHOT.json "),
        QStringLiteral("--sample <HZ>"),
        QStringLiteral("--repeat <N>"),
        QStringLiteral("--help")};
    const QStringList simulateHides{QStringLiteral("--database"), QStringLiteral("--data-dir"),
                                    QStringLiteral("serve"), QStringLiteral("referee")};
    QTest::newRow("help simulate")
        << QStringList{QStringLiteral("help"), QStringLiteral("simulate")} << simulateShows
        << simulateHides;
    QTest::newRow("simulate --help")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("--help")} << simulateShows
        << simulateHides;
    QTest::newRow("simulate SHOT.json --help")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("shot.json"),
                       QStringLiteral("--help")}
        << simulateShows << simulateHides;

    QTest::newRow("help referee")
        << QStringList{QStringLiteral("help"), QStringLiteral("referee")}
        << QStringList{QStringLiteral("Usage: dojopool referee FILE... [OPTIONS]\n"),
                       QStringLiteral("Arguments:\n  FILE... "), QStringLiteral("--help")}
        << QStringList{QStringLiteral("--database"), QStringLiteral("--sample"),
                       QStringLiteral("serve")};
}

void tst_Help::showsOneCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, shows);
    QFETCH(QStringList, hides);

    AppProcess app(m_home.path());
    QVERIFY(app.run(arguments));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(app.standardError().isEmpty(), qPrintable(app.standardError()));
    const QString help = app.standardOutput();
    for (const QString &text : shows)
        QVERIFY2(help.contains(text), qPrintable(text + QStringLiteral(" missing in\n") + help));
    for (const QString &text : hides)
        QVERIFY2(!help.contains(text), qPrintable(text + QStringLiteral(" shown in\n") + help));
}

void tst_Help::bothFormsShowTheSameHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"serve", "referee", "simulate"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void tst_Help::bothFormsShowTheSameHelp()
{
    QFETCH(QString, command);
    AppProcess helpCommand(m_home.path());
    QVERIFY(helpCommand.run({QStringLiteral("help"), command}));
    AppProcess commandHelp(m_home.path());
    QVERIFY(commandHelp.run({command, QStringLiteral("--help")}));
    QCOMPARE(helpCommand.exitCode(), 0);
    QCOMPARE(commandHelp.exitCode(), 0);
    QVERIFY(!helpCommand.standardOutput().isEmpty());
    QCOMPARE(helpCommand.standardOutput(), commandHelp.standardOutput());
}

void tst_Help::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QString>("seeHelp");

    const QString data = m_home.filePath(QStringLiteral("untouched"));
    QTest::newRow("help of an unknown command")
        << QStringList{QStringLiteral("help"), QStringLiteral("nosuch")}
        << QStringList{QStringLiteral("unknown command \"nosuch\"")}
        << QStringLiteral("(see dojopool --help)");
    QTest::newRow("help of two commands")
        << QStringList{QStringLiteral("help"), QStringLiteral("serve"), QStringLiteral("referee")}
        << QStringList{QStringLiteral("unexpected argument \"referee\"")}
        << QStringLiteral("(see dojopool --help)");
    QTest::newRow("simulate's option to serve")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir"), data,
                       QStringLiteral("--sample"), QStringLiteral("5")}
        << QStringList{QStringLiteral("--sample is an option of simulate; serve does not take it")}
        << QStringLiteral("(see dojopool serve --help)");
    QTest::newRow("simulate's option to the window")
        << QStringList{QStringLiteral("--repeat"), QStringLiteral("3")}
        << QStringList{QStringLiteral(
               "--repeat is an option of simulate; the window does not take it")}
        << QStringLiteral("(see dojopool --help)");
    QTest::newRow("the venue's option to referee")
        << QStringList{QStringLiteral("referee"), QStringLiteral("rack.json"),
                       QStringLiteral("--data-dir"), data}
        << QStringList{QStringLiteral("--data-dir is an option of the window, serve, qr, book, "
                                      "backup and restore; referee does not take it")}
        << QStringLiteral("(see dojopool referee --help)");
    QTest::newRow("the venue's option to simulate, with its value")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("shot.json"),
                       QStringLiteral("--database=sqlite:x")}
        << QStringList{QStringLiteral("--database"), QStringLiteral("simulate does not take it")}
        << QStringLiteral("(see dojopool simulate --help)");
    QTest::newRow("an option to help")
        << QStringList{QStringLiteral("help"), QStringLiteral("--sample"), QStringLiteral("5")}
        << QStringList{QStringLiteral("--sample is an option of simulate; help does not take it")}
        << QStringLiteral("(see dojopool --help)");
    QTest::newRow("an unknown option of a command")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("shot.json"),
                       QStringLiteral("--colour")}
        << QStringList{QStringLiteral("colour")}
        << QStringLiteral("(see dojopool simulate --help)");
}

void tst_Help::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    QFETCH(QString, seeHelp);

    AppProcess app(m_home.path());
    QVERIFY(app.run(arguments));
    QVERIFY2(!app.crashed(), qPrintable(app.standardError()));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.standardOutput().isEmpty());
    const QStringList lines = app.errorLines();
    QVERIFY2(lines.size() == 1, qPrintable(app.standardError()));
    QVERIFY2(lines.front().startsWith(QStringLiteral("dojopool: ")), qPrintable(lines.front()));
    for (const QString &text : mentions)
        QVERIFY2(lines.front().contains(text), qPrintable(lines.front()));
    QVERIFY2(lines.front().endsWith(seeHelp), qPrintable(lines.front()));
    // Refused before anything was opened: no data folder made.
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("untouched"))));
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral(".local/share/DojoPool"))));
}

QTEST_GUILESS_MAIN(tst_Help)
#include "tst_help.moc"
