// `dojopool book` as a script runs it, on SQLite (--data-dir, --database sqlite:PATH) and on
// PostgreSQL (--database URL): it prints the booking, refuses an overlap with one line naming
// the booking in the way and status 3, and a wrong table or time with one line and status 2.

#include "appprocess.h"
#include "venuefolder.h"

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

// "booked Table 2 from 2026-12-05T19:00Z to 2026-12-05T21:00Z for Ana (booking 17)"
const QRegularExpression
    kBooked(QStringLiteral("^booked (.+) from (\\S+) to (\\S+) for (.+) \\(booking (\\d+)\\)\n$"));

} // namespace

class tst_Book : public QObject, private testsupport::VenueFolder
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void printsTheBooking_data();
    void printsTheBooking();
    void refusesAnOverlapWithOneLine();
    void refusesAWrongBooking_data();
    void refusesAWrongBooking();
    void honoursTheDatabaseOption();

private:
    // Runs `dojopool book` with the venue's options and these.
    bool book(AppProcess &app, const QStringList &arguments);
    bool exec(const QString &sql);

    QTemporaryDir m_home;
};

void tst_Book::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_Book::init()
{
    const Result<void> fresh = freshVenueFolder();
    QVERIFY2(fresh, qPrintable(errorOf(fresh)));
}

void tst_Book::cleanup()
{
    removeVenueFolder();
}

bool tst_Book::book(AppProcess &app, const QStringList &arguments)
{
    return app.run(QStringList{QStringLiteral("book")} + arguments + venueArguments());
}

bool tst_Book::exec(const QString &sql)
{
    const std::unique_ptr<storage::Database> database = openDatabase();
    return database && QSqlQuery(database->connection()).exec(sql);
}

void tst_Book::printsTheBooking_data()
{
    QTest::addColumn<QString>("zone"); // the venue's time zone
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("printedFrom");
    QTest::addColumn<QString>("printedTo");
    QTest::addColumn<QString>("storedFrom"); // starts_at as the database holds it

    QTest::newRow("minutes, the venue's time") << "UTC"
                                               << "2026-12-05T19:00"
                                               << "2026-12-05T21:00"
                                               << "2026-12-05T19:00Z"
                                               << "2026-12-05T21:00Z"
                                               << "2026-12-05T19:00:00.000Z";
    QTest::newRow("seconds") << "UTC"
                             << "2026-12-05T19:00:00"
                             << "2026-12-05T21:00:30"
                             << "2026-12-05T19:00Z"
                             << "2026-12-05T21:00:30Z"
                             << "2026-12-05T19:00:00.000Z";
    QTest::newRow("Z") << "UTC"
                       << "2026-12-05T19:00Z"
                       << "2026-12-05T21:00:00Z"
                       << "2026-12-05T19:00Z"
                       << "2026-12-05T21:00Z"
                       << "2026-12-05T19:00:00.000Z";
    QTest::newRow("local time in Berlin") << "Europe/Berlin"
                                          << "2026-12-05T19:00"
                                          << "2026-12-05T21:00"
                                          << "2026-12-05T19:00+01:00"
                                          << "2026-12-05T21:00+01:00"
                                          << "2026-12-05T18:00:00.000Z";
    QTest::newRow("an offset, printed in Berlin") << "Europe/Berlin"
                                                  << "2026-12-05T19:00-05:00"
                                                  << "2026-12-06T02:00+01:00"
                                                  << "2026-12-06T01:00+01:00"
                                                  << "2026-12-06T02:00+01:00"
                                                  << "2026-12-06T00:00:00.000Z";
    QTest::newRow("summer time in New York") << "America/New_York"
                                             << "2026-07-04T18:30"
                                             << "2026-07-04T20:00"
                                             << "2026-07-04T18:30-04:00"
                                             << "2026-07-04T20:00-04:00"
                                             << "2026-07-04T22:30:00.000Z";
}

void tst_Book::printsTheBooking()
{
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, printedFrom);
    QFETCH(QString, printedTo);
    QFETCH(QString, storedFrom);

    // The first start creates the demo venue; then the venue gets its time zone.
    AppProcess first(m_home.path());
    QVERIFY(book(first, {QStringLiteral("--table"), QStringLiteral("Table 1"),
                         QStringLiteral("--from"), QStringLiteral("2026-01-01T10:00"),
                         QStringLiteral("--to"), QStringLiteral("2026-01-01T11:00"),
                         QStringLiteral("--name"), QStringLiteral("Setup")}));
    QCOMPARE(first.exitCode(), 0);
    QVERIFY(exec(QStringLiteral("UPDATE venues SET time_zone = '%1'").arg(zone)));

    AppProcess app(m_home.path());
    QVERIFY(book(app, {QStringLiteral("--table"), QStringLiteral("table 2"),
                       QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                       QStringLiteral("--name"), QStringLiteral("Ana Lima")}));
    QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));
    QVERIFY2(app.standardError().isEmpty(), qPrintable(app.standardError()));
    const QRegularExpressionMatch line = kBooked.match(app.standardOutput());
    QVERIFY2(line.hasMatch(), qPrintable(app.standardOutput()));
    QCOMPARE(line.captured(1), QStringLiteral("Table 2"));
    QCOMPARE(line.captured(2), printedFrom);
    QCOMPARE(line.captured(3), printedTo);
    QCOMPARE(line.captured(4), QStringLiteral("Ana Lima"));
    const qint64 id = line.captured(5).toLongLong();

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM bookings b JOIN pool_tables t ON "
                                  "t.id = b.table_id WHERE b.id = %1 AND t.name = 'Table 2' AND "
                                  "b.starts_at = '%2' AND b.name = 'Ana Lima' AND "
                                  "b.state = 'booked'")
                       .arg(id)
                       .arg(storedFrom)),
             1);
    // The command acts as the system user who runs it, named in the audit.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                  "'booking.created' AND subject = 'booking:%1' AND actor LIKE "
                                  "'system:%'")
                       .arg(id)),
             1);
}

void tst_Book::refusesAnOverlapWithOneLine()
{
    AppProcess ben(m_home.path());
    QVERIFY(book(ben, {QStringLiteral("--table"), QStringLiteral("Table 2"),
                       QStringLiteral("--from"), QStringLiteral("2026-12-05T19:30"),
                       QStringLiteral("--to"), QStringLiteral("2026-12-05T21:00"),
                       QStringLiteral("--name"), QStringLiteral("Ben")}));
    QCOMPARE(ben.exitCode(), 0);
    const QRegularExpressionMatch booked = kBooked.match(ben.standardOutput());
    QVERIFY2(booked.hasMatch(), qPrintable(ben.standardOutput()));
    const QString benId = booked.captured(5);

    AppProcess ana(m_home.path());
    QVERIFY(book(ana, {QStringLiteral("--table"), QStringLiteral("Table 2"),
                       QStringLiteral("--from"), QStringLiteral("2026-12-05T19:00"),
                       QStringLiteral("--to"), QStringLiteral("2026-12-05T21:00"),
                       QStringLiteral("--name"), QStringLiteral("Ana")}));
    QCOMPARE(ana.exitCode(), 3);
    QVERIFY2(ana.standardOutput().isEmpty(), qPrintable(ana.standardOutput()));
    QCOMPARE(ana.errorLines(),
             QStringList{QStringLiteral("dojopool: Table 2 is already booked from "
                                        "2026-12-05T19:30Z to 2026-12-05T21:00Z for Ben "
                                        "(booking %1).")
                             .arg(benId)});
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM bookings WHERE name = 'Ana'")), 0);

    // Touching ends do not overlap.
    AppProcess after(m_home.path());
    QVERIFY(book(after, {QStringLiteral("--table"), QStringLiteral("Table 2"),
                         QStringLiteral("--from"), QStringLiteral("2026-12-05T21:00"),
                         QStringLiteral("--to"), QStringLiteral("2026-12-05T22:00"),
                         QStringLiteral("--name"), QStringLiteral("Ana")}));
    QVERIFY2(after.exitCode() == 0, qPrintable(after.standardError()));
}

void tst_Book::refusesAWrongBooking_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // a part of the one line

    const auto arguments = [](const char *table, const char *from, const char *to) {
        return QStringList{QStringLiteral("--table"), QString::fromUtf8(table),
                           QStringLiteral("--from"),  QString::fromUtf8(from),
                           QStringLiteral("--to"),    QString::fromUtf8(to),
                           QStringLiteral("--name"),  QStringLiteral("Ana")};
    };
    QTest::newRow("unknown table")
        << arguments("Table 9", "2026-12-05T19:00", "2026-12-05T21:00")
        << "the venue has no table \"Table 9\"; its tables are: Table 1, Table 2, Table 3, Table 4";
    QTest::newRow("out of order") << arguments("Table 4", "2026-12-05T19:00", "2026-12-05T21:00")
                                  << "Table 4 is out of order";
    QTest::newRow("ends before it starts")
        << arguments("Table 2", "2026-12-05T21:00", "2026-12-05T19:00")
        << "must end after it starts";
    QTest::newRow("ends as it starts")
        << arguments("Table 2", "2026-12-05T19:00", "2026-12-05T20:00+01:00")
        << "must end after it starts";
    QTest::newRow("not a time") << arguments("Table 2", "tonight", "2026-12-05T21:00")
                                << "--from tonight is not a date and time";
    QTest::newRow("a date alone") << arguments("Table 2", "2026-12-05T19:00", "2026-12-05")
                                  << "--to 2026-12-05 is not a date and time";
    QTest::newRow("no name") << QStringList{QStringLiteral("--table"),
                                            QStringLiteral("Table 2"),
                                            QStringLiteral("--from"),
                                            QStringLiteral("2026-12-05T19:00"),
                                            QStringLiteral("--to"),
                                            QStringLiteral("2026-12-05T21:00")}
                             << "book needs --table NAME, --from ISO, --to ISO and --name WHO";
}

void tst_Book::refusesAWrongBooking()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    AppProcess setup(m_home.path());
    QVERIFY(book(setup, {QStringLiteral("--table"), QStringLiteral("Table 1"),
                         QStringLiteral("--from"), QStringLiteral("2026-01-01T10:00"),
                         QStringLiteral("--to"), QStringLiteral("2026-01-01T11:00"),
                         QStringLiteral("--name"), QStringLiteral("Setup")}));
    QCOMPARE(setup.exitCode(), 0);
    QVERIFY(exec(QStringLiteral("UPDATE pool_tables SET status = 'out-of-order' WHERE name = "
                                "'Table 4'")));

    AppProcess app(m_home.path());
    QVERIFY(book(app, arguments));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.standardOutput().isEmpty(), qPrintable(app.standardOutput()));
    const QStringList lines = app.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.front().startsWith(QLatin1String("dojopool: ")), qPrintable(lines.front()));
    QVERIFY2(lines.front().contains(error), qPrintable(lines.front()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM bookings")), 1);
}

void tst_Book::honoursTheDatabaseOption()
{
    if (m_databases.backend() == ScratchDatabases::Backend::PostgreSQL) {
        // Every other test here already books through --database postgresql://; the data
        // folder then holds no database.
        AppProcess app(m_home.path());
        QVERIFY(book(app, {QStringLiteral("--table"), QStringLiteral("Table 3"),
                           QStringLiteral("--from"), QStringLiteral("2026-12-05T19:00"),
                           QStringLiteral("--to"), QStringLiteral("2026-12-05T21:00"),
                           QStringLiteral("--name"), QStringLiteral("Ana")}));
        QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM bookings")), 1);
        QVERIFY(!QFile::exists(storage::sqliteInDataFolder(m_data->path()).sqlitePath));
        return;
    }
    const QString file = QDir(m_data->path()).filePath(QStringLiteral("elsewhere.sqlite"));
    AppProcess app(m_home.path());
    QVERIFY(
        app.run({QStringLiteral("book"), QStringLiteral("--table"), QStringLiteral("Table 3"),
                 QStringLiteral("--from"), QStringLiteral("2026-12-05T19:00"),
                 QStringLiteral("--to"), QStringLiteral("2026-12-05T21:00"),
                 QStringLiteral("--name"), QStringLiteral("Ana"), QStringLiteral("--data-dir"),
                 m_data->path(), QStringLiteral("--database"), QStringLiteral("sqlite:") + file}));
    QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));
    m_location = storage::DatabaseLocation{};
    m_location.sqlitePath = file;
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM bookings")), 1);
    QVERIFY(!QFile::exists(storage::sqliteInDataFolder(m_data->path()).sqlitePath));
}

QTEST_GUILESS_MAIN(tst_Book)
#include "tst_book.moc"
