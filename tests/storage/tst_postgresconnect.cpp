#include <storage/database.h>
#include <storage/migrations.h>
#include <support/postgresserver.h>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace dojo::storage;
using dojo::testsupport::PostgresServer;

class tst_PostgresConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensThroughTheUrl();
    void connectionFailuresAreOneClearLine_data();
    void connectionFailuresAreOneClearLine();

private:
    PostgresServer m_server;
};

void tst_PostgresConnect::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void tst_PostgresConnect::opensThroughTheUrl()
{
    const DatabaseLocationParse parsed = parseDatabaseUrl(m_server.url());
    QVERIFY2(parsed.location, qPrintable(parsed.error));
    const DatabaseOpen opened = Database::open(*parsed.location);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QVERIFY(opened.database->isPostgreSQL());
    QCOMPARE(opened.database->schemaVersion(), latestSchemaVersion());
}

void tst_PostgresConnect::connectionFailuresAreOneClearLine_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("cause"); // what the driver's part of the message must mention

    QTest::newRow("nothing listens on the port")
        << QStringLiteral("port") << QStringLiteral("refused");
    QTest::newRow("no such database")
        << QStringLiteral("database") << QStringLiteral("does not exist");
    QTest::newRow("no such user") << QStringLiteral("user") << QStringLiteral("does not exist");
}

void tst_PostgresConnect::connectionFailuresAreOneClearLine()
{
    QFETCH(QString, problem);
    QFETCH(QString, cause);

    DatabaseLocation location = m_server.location();
    location.password = QStringLiteral("s3cr3t-pw");
    if (problem == u"port") {
        QTcpServer probe; // a port that was just free, so nothing answers there
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        location.port = probe.serverPort();
    } else if (problem == u"database") {
        location.databaseName = QStringLiteral("no_such_venue");
    } else if (problem == u"user") {
        location.user = QStringLiteral("no_such_user");
    }
    if (problem == u"port")
        QVERIFY(location.port != m_server.port());

    QElapsedTimer timer;
    timer.start();
    const DatabaseOpen opened = Database::open(location);
    QVERIFY(!opened.database);
    QVERIFY(timer.elapsed() < 6000); // connect_timeout is 5 s
    const QString prefix = QStringLiteral("cannot connect to PostgreSQL at 127.0.0.1:%1/%2: ")
                               .arg(location.port)
                               .arg(location.databaseName);
    QVERIFY2(opened.error.startsWith(prefix), qPrintable(opened.error));
    QVERIFY2(opened.error.size() > prefix.size(), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(cause), qPrintable(opened.error));
    QVERIFY(!opened.error.contains(u'\n'));
    QVERIFY(!opened.error.contains(QLatin1String("s3cr3t-pw")));
}

QTEST_GUILESS_MAIN(tst_PostgresConnect)
#include "tst_postgresconnect.moc"
