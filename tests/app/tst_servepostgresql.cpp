// `dojopool serve --database postgresql://...` against a real PostgreSQL server that this
// test starts itself: the demo venue is created once and the venue survives a restart.

#include "appprocess.h"

#include <support/postgresserver.h>

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class tst_ServePostgreSQL : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesFromPostgreSQL();

private:
    QTemporaryDir m_home;
    dojo::testsupport::PostgresServer m_server;
};

void tst_ServePostgreSQL::initTestCase()
{
    const dojo::Result<void> started = m_server.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
}

void tst_ServePostgreSQL::servesFromPostgreSQL()
{
    for (int start = 1; start <= 2; ++start) {
        QTemporaryDir data;
        AppProcess app(m_home.path());
        QVERIFY2(app.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--data-dir"), data.path(), QStringLiteral("--database"),
                            m_server.url()},
                           QStringLiteral("serving from")),
                 qPrintable(app.standardError()));
        QVERIFY(app.stop(SIGTERM));
        QCOMPARE(app.exitCode(), 0);
        const QString log = app.standardError();
        QVERIFY2(log.contains(QStringLiteral("serving from PostgreSQL")), qPrintable(log));
        QCOMPARE(log.contains(QStringLiteral("created the demo venue")), start == 1);
        QVERIFY2(log.contains(QStringLiteral("venue \"Dojo Demo\": 4 tables, 8 players")),
                 qPrintable(log));
    }
}

QTEST_GUILESS_MAIN(tst_ServePostgreSQL)
#include "tst_servepostgresql.moc"
