#include <storage/database.h>
#include <storage/migrations.h>
#include <support/postgresserver.h>
#include <support/resulterror.h>

#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
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
    const dojo::Result<void> started = m_server.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
}

void tst_PostgresConnect::opensThroughTheUrl()
{
    const Result<DatabaseLocation> parsed = parseDatabaseUrl(m_server.url());
    QVERIFY2(parsed, qPrintable(errorOf(parsed)));
    const Result<std::unique_ptr<Database>> opened = Database::open(*parsed);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QVERIFY((*opened)->isPostgreSQL());
    const Result<int> version = (*opened)->schemaVersion();
    QVERIFY2(version, qPrintable(errorOf(version)));
    QCOMPARE(*version, latestSchemaVersion());
}

void tst_PostgresConnect::connectionFailuresAreOneClearLine_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("cause"); // what the driver's part of the message must mention

    QTest::newRow("nothing listens on the port")
        << QStringLiteral("port") << QStringLiteral("refused");
    // Without a connect timeout, opening would wait for this server for ever.
    QTest::newRow("a server that never answers")
        << QStringLiteral("silent") << QStringLiteral("timeout");
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
    // The kernel accepts connections to a listening socket; nobody here ever reads or replies.
    QTcpServer silent;
    if (problem == u"port") {
        QTcpServer probe; // a port that was just free, so nothing answers there
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        location.port = probe.serverPort();
    } else if (problem == u"silent") {
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        location.port = silent.serverPort();
    } else if (problem == u"database") {
        location.databaseName = QStringLiteral("no_such_venue");
    } else if (problem == u"user") {
        location.user = QStringLiteral("no_such_user");
    }
    if (problem == u"port" || problem == u"silent")
        QVERIFY(location.port != m_server.port());

    const Result<std::unique_ptr<Database>> opened = Database::open(location);
    QVERIFY(!opened);
    const QString &error = opened.error();
    const QString prefix = QStringLiteral("cannot connect to PostgreSQL at 127.0.0.1:%1/%2: ")
                               .arg(location.port)
                               .arg(location.databaseName);
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(error.size() > prefix.size(), qPrintable(error));
    QVERIFY2(error.contains(cause), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(!error.contains(QLatin1String("s3cr3t-pw")));
}

QTEST_GUILESS_MAIN(tst_PostgresConnect)
#include "tst_postgresconnect.moc"
