// Bad input at start-up: each refusal is one clear line on stderr, a non-zero exit status,
// and nothing on disk overwritten.

#include "appprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A port on loopback that nothing listens on.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    return server.serverPort();
}

} // namespace

class tst_StartupErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWithOneLine_data();
    void refusesWithOneLine();
    void corruptSqliteIsLeftUntouched_data();
    void corruptSqliteIsLeftUntouched();

private:
    QTemporaryDir m_home;
};

void tst_StartupErrors::refusesWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("exitCode");

    const QString data = m_home.filePath(QStringLiteral("data"));
    const auto serve = [&](QStringList more) {
        return QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir"), data} + more;
    };
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--bogus")}
        << QStringLiteral("bogus") << 2;
    QTest::newRow("unknown option, window")
        << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus") << 2;
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("dance")} << QStringLiteral("dance") << 2;
    QTest::newRow("database without URL")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--database")}
        << QStringLiteral("database") << 2;
    QTest::newRow("argument to serve")
        << QStringList{QStringLiteral("serve"), QStringLiteral("extra")}
        << QStringLiteral("unexpected argument \"extra\"") << 2;
    QTest::newRow("empty data folder")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir=")}
        << QStringLiteral("--data-dir needs a folder") << 2;
    QTest::newRow("referee without a file")
        << QStringList{QStringLiteral("referee")} << QStringLiteral("scenario file") << 2;
    QTest::newRow("simulate without a file")
        << QStringList{QStringLiteral("simulate")} << QStringLiteral("exactly one shot file") << 2;
    QTest::newRow("simulate with two files")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("a.json"),
                       QStringLiteral("b.json")}
        << QStringLiteral("exactly one shot file") << 2;
    QTest::newRow("sample rate zero")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("a.json"),
                       QStringLiteral("--sample"), QStringLiteral("0")}
        << QStringLiteral("--sample needs a rate") << 2;
    QTest::newRow("repeat not a number")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("a.json"),
                       QStringLiteral("--repeat"), QStringLiteral("many")}
        << QStringLiteral("--repeat needs a whole number") << 2;
    QTest::newRow("window without display")
        << QStringList{QStringLiteral("--data-dir"), data} << QStringLiteral("DISPLAY") << 1;
    QTest::newRow("URL of another scheme")
        << serve({QStringLiteral("--database"), QStringLiteral("mysql://root@localhost/venue")})
        << QStringLiteral("--database") << 1;
    QTest::newRow("URL with a bad port") << serve(
        {QStringLiteral("--database"), QStringLiteral("postgresql://dojo@localhost:port/venue")})
                                         << QStringLiteral("--database") << 1;
    QTest::newRow("URL without a database name")
        << serve({QStringLiteral("--database"), QStringLiteral("postgresql://dojo@localhost:5432")})
        << QStringLiteral("--database") << 1;
    QTest::newRow("unreachable PostgreSQL")
        << serve({QStringLiteral("--database"),
                  QStringLiteral("postgresql://dojo:secret@127.0.0.1:%1/venue").arg(closedPort())})
        << QStringLiteral("PostgreSQL") << 1;

    QFile blocker(m_home.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.write("not a folder\n");
    blocker.close();
    QTest::newRow("data folder inside a file")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir"),
                       m_home.filePath(QStringLiteral("a-file/venue"))}
        << QStringLiteral("a-file") << 1;
    QTest::newRow("data folder is a file")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir"), blocker.fileName()}
        << QStringLiteral("a-file") << 1;
}

void tst_StartupErrors::refusesWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QFETCH(int, exitCode);

    AppProcess app(m_home.path());
    QVERIFY(app.run(arguments));
    QVERIFY2(!app.crashed(), qPrintable(app.standardError()));
    QCOMPARE(app.exitCode(), exitCode);
    const QStringList lines = app.errorLines();
    QVERIFY2(lines.size() == 1, qPrintable(app.standardError()));
    QVERIFY2(lines.front().startsWith(QStringLiteral("dojopool: ")), qPrintable(lines.front()));
    QVERIFY2(lines.front().contains(mentions), qPrintable(lines.front()));
    QVERIFY2(!lines.front().contains(QStringLiteral("secret")), "the password must not be shown");
}

void tst_StartupErrors::corruptSqliteIsLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text")
        << QByteArray("this is the venue's shopping list, not a database\n").repeated(200);
    QByteArray header("SQLite format 3");
    header.append('\0');
    QTest::newRow("truncated SQLite header") << header + QByteArray(4000, '\x7f');
}

void tst_StartupErrors::corruptSqliteIsLeftUntouched()
{
    QFETCH(QByteArray, content);
    QTemporaryDir data;
    const QString path = QDir(data.path()).filePath(QStringLiteral("dojopool.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QByteArray before = fileHash(path);

    AppProcess app(m_home.path());
    QVERIFY(app.run({QStringLiteral("serve"), QStringLiteral("--data-dir"), data.path()}));
    QVERIFY2(!app.crashed(), qPrintable(app.standardError()));
    QVERIFY(app.exitCode() != 0);
    const QStringList lines = app.errorLines();
    QVERIFY2(lines.size() == 1, qPrintable(app.standardError()));
    QVERIFY2(lines.front().contains(path), qPrintable(lines.front()));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(tst_StartupErrors)
#include "tst_startuperrors.moc"
