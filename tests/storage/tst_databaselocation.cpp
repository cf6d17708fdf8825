#include <storage/databaselocation.h>
#include <support/resulterror.h>

#include <QTest>

using dojo::Result;
using dojo::storage::DatabaseLocation;
using dojo::storage::parseDatabaseUrl;
using dojo::testsupport::errorOf;

Q_DECLARE_METATYPE(DatabaseLocation::Kind)

class tst_DatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodUrls_data();
    void parsesGoodUrls();
    void refusesMalformedUrls_data();
    void refusesMalformedUrls();
    void describeHidesThePassword_data();
    void describeHidesThePassword();
    void defaultIsInTheDataFolder();
};

void tst_DatabaseLocation::parsesGoodUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<DatabaseLocation::Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sqlitePath");

    const auto pg = DatabaseLocation::Kind::PostgreSQL;
    const auto lite = DatabaseLocation::Kind::SQLite;
    QTest::newRow("postgresql, everything")
        << QStringLiteral("postgresql://dojo:secret@db.local:6543/venue") << pg
        << QStringLiteral("db.local") << 6543 << QStringLiteral("dojo") << QStringLiteral("secret")
        << QStringLiteral("venue") << QString();
    QTest::newRow("postgres scheme, no port")
        << QStringLiteral("postgres://dojo:secret@db.local/venue") << pg
        << QStringLiteral("db.local") << 5432 << QStringLiteral("dojo") << QStringLiteral("secret")
        << QStringLiteral("venue") << QString();
    QTest::newRow("no password") << QStringLiteral("postgresql://dojo@10.0.0.5:5433/venue") << pg
                                 << QStringLiteral("10.0.0.5") << 5433 << QStringLiteral("dojo")
                                 << QString() << QStringLiteral("venue") << QString();
    QTest::newRow("no user") << QStringLiteral("postgresql://db.local/venue") << pg
                             << QStringLiteral("db.local") << 5432 << QString() << QString()
                             << QStringLiteral("venue") << QString();
    QTest::newRow("percent-encoded password")
        << QStringLiteral("postgresql://dojo:p%40ss%3Aw%2Frd%20x@db.local:5432/venue") << pg
        << QStringLiteral("db.local") << 5432 << QStringLiteral("dojo")
        << QStringLiteral("p@ss:w/rd x") << QStringLiteral("venue") << QString();
    QTest::newRow("upper-case scheme, surrounding spaces")
        << QStringLiteral("  PostgreSQL://dojo@db.local/venue ") << pg << QStringLiteral("db.local")
        << 5432 << QStringLiteral("dojo") << QString() << QStringLiteral("venue") << QString();
    QTest::newRow("IPv6 host") << QStringLiteral("postgresql://dojo@[::1]:5432/venue") << pg
                               << QStringLiteral("::1") << 5432 << QStringLiteral("dojo")
                               << QString() << QStringLiteral("venue") << QString();
    QTest::newRow("port 65535") << QStringLiteral("postgresql://h:65535/d") << pg
                                << QStringLiteral("h") << 65535 << QString() << QString()
                                << QStringLiteral("d") << QString();
    QTest::newRow("sqlite relative")
        << QStringLiteral("sqlite:data/dojopool.sqlite") << lite << QString() << 5432 << QString()
        << QString() << QString() << QStringLiteral("data/dojopool.sqlite");
    QTest::newRow("sqlite absolute, short")
        << QStringLiteral("sqlite:/var/lib/dojo/db.sqlite") << lite << QString() << 5432
        << QString() << QString() << QString() << QStringLiteral("/var/lib/dojo/db.sqlite");
    QTest::newRow("sqlite absolute, URL form")
        << QStringLiteral("sqlite:///var/lib/dojo/my%20venue.sqlite") << lite << QString() << 5432
        << QString() << QString() << QString() << QStringLiteral("/var/lib/dojo/my venue.sqlite");
}

void tst_DatabaseLocation::parsesGoodUrls()
{
    QFETCH(QString, url);
    QFETCH(DatabaseLocation::Kind, kind);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, sqlitePath);

    const Result<DatabaseLocation> parsed = parseDatabaseUrl(url);
    QVERIFY2(parsed.has_value(), qPrintable(errorOf(parsed)));
    const DatabaseLocation &location = *parsed;
    QCOMPARE(location.kind, kind);
    QCOMPARE(location.host, host);
    QCOMPARE(location.port, port);
    QCOMPARE(location.user, user);
    QCOMPARE(location.password, password);
    QCOMPARE(location.databaseName, database);
    QCOMPARE(location.sqlitePath, sqlitePath);
}

void tst_DatabaseLocation::refusesMalformedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem"); // a word the error must contain

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("unknown scheme")
        << QStringLiteral("mysql://dojo:secret@db.local/venue") << QStringLiteral("scheme");
    QTest::newRow("no scheme") << QStringLiteral("db.local/venue") << QStringLiteral("scheme");
    QTest::newRow("bare path") << QStringLiteral("/var/lib/dojo.sqlite")
                               << QStringLiteral("scheme");
    QTest::newRow("postgresql without //")
        << QStringLiteral("postgresql:db.local/venue") << QStringLiteral("postgresql://");
    QTest::newRow("missing host") << QStringLiteral("postgresql://dojo:secret@/venue")
                                  << QStringLiteral("host");
    QTest::newRow("missing host and user")
        << QStringLiteral("postgresql:///venue") << QStringLiteral("host");
    QTest::newRow("missing host, port only")
        << QStringLiteral("postgresql://:5432/venue") << QStringLiteral("host");
    QTest::newRow("missing database")
        << QStringLiteral("postgresql://dojo@db.local:5432") << QStringLiteral("database");
    QTest::newRow("missing database after slash")
        << QStringLiteral("postgresql://dojo@db.local/") << QStringLiteral("database");
    QTest::newRow("port not a number")
        << QStringLiteral("postgresql://db.local:abc/venue") << QStringLiteral("port");
    QTest::newRow("port empty") << QStringLiteral("postgresql://db.local:/venue")
                                << QStringLiteral("port");
    QTest::newRow("port zero") << QStringLiteral("postgresql://db.local:0/venue")
                               << QStringLiteral("port");
    QTest::newRow("port too big") << QStringLiteral("postgresql://db.local:65536/venue")
                                  << QStringLiteral("port");
    QTest::newRow("port negative")
        << QStringLiteral("postgresql://db.local:-1/venue") << QStringLiteral("port");
    QTest::newRow("port with sign")
        << QStringLiteral("postgresql://db.local:+80/venue") << QStringLiteral("port");
    QTest::newRow("user missing before @")
        << QStringLiteral("postgresql://:secret@db.local/venue") << QStringLiteral("user");
    QTest::newRow("database name with /")
        << QStringLiteral("postgresql://db.local/a/b") << QStringLiteral("database");
    QTest::newRow("options") << QStringLiteral("postgresql://db.local/venue?sslmode=require")
                             << QStringLiteral("options");
    QTest::newRow("unclosed IPv6")
        << QStringLiteral("postgresql://[::1/venue") << QStringLiteral("host");
    QTest::newRow("sqlite without file") << QStringLiteral("sqlite:") << QStringLiteral("file");
    QTest::newRow("sqlite root only") << QStringLiteral("sqlite:///") << QStringLiteral("file");
    QTest::newRow("sqlite with host")
        << QStringLiteral("sqlite://server/db.sqlite") << QStringLiteral("host");
}

void tst_DatabaseLocation::refusesMalformedUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);

    const Result<DatabaseLocation> parsed = parseDatabaseUrl(url);
    QVERIFY(!parsed.has_value());
    const QString &error = parsed.error();
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    QVERIFY2(error.contains(problem, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("\"%1\" does not name \"%2\"").arg(error, problem)));
    QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
}

void tst_DatabaseLocation::describeHidesThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("description");

    QTest::newRow("postgresql") << QStringLiteral("postgresql://dojo:secret@db.local:5432/venue")
                                << QStringLiteral("PostgreSQL dojo@db.local:5432/venue");
    QTest::newRow("encoded password") << QStringLiteral("postgresql://dojo:se%63ret@db.local/venue")
                                      << QStringLiteral("PostgreSQL dojo@db.local:5432/venue");
    QTest::newRow("no user") << QStringLiteral("postgresql://db.local:7000/venue")
                             << QStringLiteral("PostgreSQL db.local:7000/venue");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://dojo:secret@[::1]/venue")
                          << QStringLiteral("PostgreSQL dojo@[::1]:5432/venue");
    QTest::newRow("sqlite") << QStringLiteral("sqlite:///srv/dojo/dojopool.sqlite")
                            << QStringLiteral("SQLite /srv/dojo/dojopool.sqlite");
}

void tst_DatabaseLocation::describeHidesThePassword()
{
    QFETCH(QString, url);
    QFETCH(QString, description);

    const Result<DatabaseLocation> parsed = parseDatabaseUrl(url);
    QVERIFY2(parsed.has_value(), qPrintable(errorOf(parsed)));
    const QString described = parsed->describe();
    QCOMPARE(described, description);
    QVERIFY(!described.contains(QLatin1String("secret")));
}

void tst_DatabaseLocation::defaultIsInTheDataFolder()
{
    const DatabaseLocation location
        = dojo::storage::sqliteInDataFolder(QStringLiteral("/home/desk/.local/share/DojoPool"));
    QCOMPARE(location.kind, DatabaseLocation::Kind::SQLite);
    QCOMPARE(location.sqlitePath,
             QStringLiteral("/home/desk/.local/share/DojoPool/dojopool.sqlite"));
    QCOMPARE(location.describe(),
             QStringLiteral("SQLite /home/desk/.local/share/DojoPool/dojopool.sqlite"));
}

QTEST_GUILESS_MAIN(tst_DatabaseLocation)
#include "tst_databaselocation.moc"
