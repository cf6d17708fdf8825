// `dojopool play SOURCE`: the table screen alone on one source, offscreen; it stops cleanly on
// SIGTERM; a source text that names nothing is refused before any window opens.

#include "appprocess.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class tst_Play : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsASourceUntilStopped_data();
    void showsASourceUntilStopped();
    void aSourceThatNamesNothingIsRefused();

private:
    QTemporaryDir m_home;
};

void tst_Play::showsASourceUntilStopped_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("the simulated table") << QStringLiteral("sim:3?game=8-ball");
    // A missing file shows the failure on the screen and is retried; the program goes on.
    QTest::newRow("a missing file") << QStringLiteral("/nonexistent/table.mp4");
}

void tst_Play::showsASourceUntilStopped()
{
    QFETCH(QString, source);
    AppProcess app(m_home.path());
    app.setEnvironmentValue(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QVERIFY2(app.start({QStringLiteral("play"), source},
                       QStringLiteral("showing %1 on the table screen").arg(source)),
             qPrintable(app.standardError()));
    QTest::qWait(3000); // frames flow (or the retries run) for a while
    QVERIFY(app.stop(SIGTERM));
    QVERIFY2(!app.crashed(), qPrintable(app.standardError()));
    QCOMPARE(app.exitCode(), 0);
}

void tst_Play::aSourceThatNamesNothingIsRefused()
{
    AppProcess app(m_home.path());
    app.setEnvironmentValue(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QVERIFY(app.run({QStringLiteral("play"), QStringLiteral("nosuch:thing")}));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.standardError().contains(QStringLiteral("nosuch:")),
             qPrintable(app.standardError()));

    AppProcess none(m_home.path());
    QVERIFY(none.run({QStringLiteral("play")}));
    QCOMPARE(none.exitCode(), 2);
    QVERIFY2(none.standardError().contains(QStringLiteral("play needs exactly one source")),
             qPrintable(none.standardError()));
}

QTEST_GUILESS_MAIN(tst_Play)
#include "tst_play.moc"
