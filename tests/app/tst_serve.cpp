// `dojopool serve`: runs without a display, logs to stderr, stops with status 0 on SIGTERM
// and SIGINT, and keeps the venue between starts.

#include "appprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class tst_Serve : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stopsCleanlyOnSignal_data();
    void stopsCleanlyOnSignal();
    void keepsTheVenueBetweenStarts();
    void runsEveryTablesCamera();
    void helpAndVersion();
    void refusesAPortThatIsTaken();
    void windowOpensOffscreenAndClosesOnSigterm();
    void windowLeavesThePhonesToServeBesideIt();
    void windowBesideAnotherProgramLeavesTheLiveGamesOff();

private:
    QTemporaryDir m_home;
};

void tst_Serve::stopsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("signalName");
    QTest::newRow("SIGTERM") << SIGTERM << QStringLiteral("SIGTERM");
    QTest::newRow("SIGINT") << SIGINT << QStringLiteral("SIGINT");
}

void tst_Serve::stopsCleanlyOnSignal()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, signalName);
    QTemporaryDir data;
    QVERIFY(data.isValid());

    AppProcess app(m_home.path());
    QVERIFY2(app.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--data-dir"), data.path()},
                       QStringLiteral("serving from")),
             qPrintable(app.standardError()));
    QVERIFY(app.stop(signalNumber));
    QVERIFY2(!app.crashed(), qPrintable(app.standardError()));
    QCOMPARE(app.exitCode(), 0);

    const QString log = app.standardError();
    QVERIFY2(log.contains(QStringLiteral("created the demo venue")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("venue \"Dojo Demo\": 4 tables, 8 players")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("stopping on ") + signalName), qPrintable(log));
    QVERIFY2(log.trimmed().endsWith(QStringLiteral("stopped")), qPrintable(log));
    QVERIFY(QFileInfo::exists(QDir(data.path()).filePath(QStringLiteral("dojopool.sqlite"))));
    QVERIFY(app.standardOutput().isEmpty());
}

void tst_Serve::keepsTheVenueBetweenStarts()
{
    QTemporaryDir data;
    for (int start = 1; start <= 2; ++start) {
        AppProcess app(m_home.path());
        QVERIFY2(app.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--data-dir"), data.path()},
                           QStringLiteral("serving from")),
                 qPrintable(app.standardError()));
        QVERIFY(app.stop(SIGTERM));
        QCOMPARE(app.exitCode(), 0);
        const QString log = app.standardError();
        QCOMPARE(log.contains(QStringLiteral("created the demo venue")), start == 1);
        QCOMPARE(log.count(QStringLiteral("venue \"Dojo Demo\": 4 tables, 8 players")), 1);
    }
}

void tst_Serve::runsEveryTablesCamera()
{
    QTemporaryDir data;
    AppProcess app(m_home.path());
    // The demo's four simulated tables start drawing; the log says when each runs.
    QVERIFY2(app.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--data-dir"), data.path()},
                       QStringLiteral("serving from")),
             qPrintable(app.standardError()));
    QVERIFY2(app.waitForText(QStringLiteral("the camera is running"), 4, 60000),
             qPrintable(app.standardError()));
    // The tables are tracked and refereed: the first shot (a break) is ruled into the table's
    // match, or waits for a referee with the reason, and the log says which.
    const QRegularExpression shotLine(
        QStringLiteral("Table \\d: shot 1(: | waits for a referee: )\\S"));
    QVERIFY2(app.waitForText(QStringLiteral(": shot 1"), 1, 120000),
             qPrintable(app.standardError()));
    QVERIFY2(shotLine.match(app.standardError()).hasMatch(), qPrintable(app.standardError()));
    QVERIFY(app.stop(SIGTERM));
    QVERIFY2(!app.crashed(), qPrintable(app.standardError()));
    QCOMPARE(app.exitCode(), 0);
    const QString log = app.standardError();
    for (int table = 1; table <= 4; ++table) {
        QVERIFY2(log.contains(QStringLiteral("Table %1: the camera is running").arg(table)),
                 qPrintable(log));
    }
    QVERIFY2(!log.contains(QStringLiteral("the camera failed")), qPrintable(log));

    AppProcess without(m_home.path());
    QVERIFY(without.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--data-dir"), data.path(), QStringLiteral("--cameras"),
                           QStringLiteral("off")},
                          QStringLiteral("serving from")));
    QVERIFY(without.stop(SIGTERM));
    QCOMPARE(without.exitCode(), 0);
    QVERIFY2(!without.standardError().contains(QStringLiteral("camera")),
             qPrintable(without.standardError()));
}

// Another program on the live port: serve cannot do its work, says why in one line and
// exits 1, as a service manager expects.
void tst_Serve::refusesAPortThatIsTaken()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::Any, 0));
    QTemporaryDir data;
    AppProcess app(m_home.path());
    QVERIFY(app.run({QStringLiteral("serve"), QStringLiteral("--port"),
                     QString::number(taken.serverPort()), QStringLiteral("--data-dir"), data.path(),
                     QStringLiteral("--cameras"), QStringLiteral("off")}));
    QVERIFY2(!app.crashed(), qPrintable(app.standardError()));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY2(app.standardError().contains(
                 QStringLiteral("cannot serve the live games on port %1").arg(taken.serverPort())),
             qPrintable(app.standardError()));
}

void tst_Serve::helpAndVersion()
{
    AppProcess help(m_home.path());
    QVERIFY(help.run({QStringLiteral("--help")}));
    QCOMPARE(help.exitCode(), 0);
    for (const char *word : {"serve", "--database", "--data-dir", "--version", "--help"})
        QVERIFY2(help.standardOutput().contains(QLatin1String(word)), word);

    AppProcess version(m_home.path());
    QVERIFY(version.run({QStringLiteral("serve"), QStringLiteral("--version")}));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY2(version.standardOutput().startsWith(QStringLiteral("dojopool ")),
             qPrintable(version.standardOutput()));
}

void tst_Serve::windowOpensOffscreenAndClosesOnSigterm()
{
    QTemporaryDir data;
    AppProcess app(m_home.path());
    app.setEnvironmentValue(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QVERIFY2(app.start({QStringLiteral("--data-dir"), data.path()},
                       QStringLiteral("window open on \"Dojo Demo\" with 4 tables")),
             qPrintable(app.standardError()));
    QVERIFY(app.stop(SIGTERM));
    QVERIFY2(!app.crashed(), qPrintable(app.standardError()));
    QCOMPARE(app.exitCode(), 0);
    // Closing the window saved its geometry.
    QVERIFY(QFileInfo::exists(QDir(data.path()).filePath(QStringLiteral("settings.ini"))));
}

// The venue PC's service serves the phones; the window staff open beside it uses the same
// data and leaves the port to it (issue 13), printing cards that link to the service.
void tst_Serve::windowLeavesThePhonesToServeBesideIt()
{
    QTemporaryDir data;
    AppProcess service(m_home.path());
    QVERIFY2(service.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--data-dir"), data.path(), QStringLiteral("--cameras"),
                            QStringLiteral("off")},
                           QStringLiteral("serving from")),
             qPrintable(service.standardError()));
    const QRegularExpressionMatch served
        = QRegularExpression(QStringLiteral("serving the live games on port (\\d+): (\\S+)"))
              .match(service.standardError());
    QVERIFY2(served.hasMatch(), qPrintable(service.standardError()));
    const QString port = served.captured(1);

    AppProcess window(m_home.path());
    window.setEnvironmentValue(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QVERIFY2(
        window.start({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--port"), port},
                     QStringLiteral("window open on \"Dojo Demo\"")),
        qPrintable(window.standardError()));
    QVERIFY(window.stop(SIGTERM));
    QCOMPARE(window.exitCode(), 0);
    const QString log = window.standardError();
    QVERIFY2(log.contains(QStringLiteral("the live games are served at http://")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral(":%1 by another DojoPool on this PC").arg(port)),
             qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("the live games are off")), qPrintable(log));

    QVERIFY(service.stop(SIGTERM));
    QCOMPARE(service.exitCode(), 0);
}

// Something that is not DojoPool on the port: the window says the live games are off, and why.
void tst_Serve::windowBesideAnotherProgramLeavesTheLiveGamesOff()
{
    QTcpServer taken; // accepts, never answers
    QVERIFY(taken.listen(QHostAddress::Any, 0));
    QTemporaryDir data;
    AppProcess window(m_home.path());
    window.setEnvironmentValue(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QVERIFY2(window.start({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--port"),
                           QString::number(taken.serverPort())},
                          QStringLiteral("window open on \"Dojo Demo\"")),
             qPrintable(window.standardError()));
    QVERIFY(window.stop(SIGTERM));
    QCOMPARE(window.exitCode(), 0);
    const QString log = window.standardError();
    QVERIFY2(log.contains(QStringLiteral("the live games are off: cannot serve the live games on "
                                         "port %1")
                              .arg(taken.serverPort())),
             qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("by another DojoPool")), qPrintable(log));
}

QTEST_GUILESS_MAIN(tst_Serve)
#include "tst_serve.moc"
