// `dojopool backup` and `dojopool restore` as a person or a script runs them, on SQLite
// (--data-dir) and on PostgreSQL (--database URL): the exact lines and exit statuses of a
// backup, of a file that is there already, of a restore that would go back in time and of one
// forced, of a file that is no backup, of a restore while `serve` runs the venue, and of a wrong
// command line (docs/commands.md, "Backups").

#include "appprocess.h"
#include "venuefolder.h"

#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/migrations.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

#include <sys/stat.h>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

// "backed up SQLite /d/dojopool.sqlite to /b/x.sqlite: 812.0 kB (831488 bytes), schema version
// 10, newest change 2026-12-05T10:33:06Z"
const QRegularExpression kBackedUp(
    QStringLiteral("^backed up (SQLite|PostgreSQL) (.+) to (.+): (\\d+\\.\\d (kB|MB)) \\((\\d+) "
                   "bytes\\), schema version (\\d+), newest change (\\S+)\n$"));
// "restored /b/x.sqlite (newest change 2026-12-05T10:33:06Z, schema version 10) into SQLite
// /d/dojopool.sqlite; the database as it was is kept in /d/backups/dojopool-before-restore-..."
const QRegularExpression kRestored(QStringLiteral(
    "^restored (.+) \\(newest change (\\S+), schema version (\\d+)\\) into (SQLite|PostgreSQL) "
    "(.+); the database as it was is kept in (.+)\n$"));

} // namespace

class tst_Backup : public QObject, private testsupport::VenueFolder
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backsUpWithOneLine();
    void refusesToReplaceAFileUnlessForced();
    void refusesAWrongCommandLine_data();
    void refusesAWrongCommandLine();
    void cannotBackUpWithoutADatabase();
    void restoreThatGoesBackInTimeIsRefusedThenForced();
    void restoreRefusesAFileThatIsNoBackup();
    void restoreRefusedWhileServeRuns();
    void followsTheVenuePCsConfiguration();

private:
    bool run(AppProcess &app, const QStringList &arguments);
    bool addPlayer(const QString &name);
    QString file(const QString &name) const;

    QTemporaryDir m_home;
    qint64 m_venueId = 0;
};

void tst_Backup::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_Backup::init()
{
    const Result<void> fresh = freshVenueFolder();
    QVERIFY2(fresh, qPrintable(errorOf(fresh)));
    // A venue of two tables, as its window would have made it.
    const std::unique_ptr<storage::Database> database = openDatabase();
    QVERIFY(database);
    storage::VenueRepository venues(*database);
    const Result<qint64> venue = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venue, qPrintable(errorOf(venue)));
    m_venueId = *venue;
    for (const QString &name : {QStringLiteral("Table 1"), QStringLiteral("Table 2")}) {
        storage::TableRecord table;
        table.venueId = m_venueId;
        table.name = name;
        table.status = QStringLiteral("free");
        table.cameraSource = QStringLiteral("sim:1");
        QVERIFY(venues.addTable(table, QStringLiteral("system:test")));
    }
}

void tst_Backup::cleanup()
{
    removeVenueFolder();
}

bool tst_Backup::run(AppProcess &app, const QStringList &arguments)
{
    return app.run(arguments + venueArguments(), 120000);
}

bool tst_Backup::addPlayer(const QString &name)
{
    const std::unique_ptr<storage::Database> database = openDatabase();
    if (!database)
        return false;
    storage::PlayerRecord player;
    player.homeVenueId = m_venueId;
    player.name = name;
    return storage::VenueRepository(*database)
        .addPlayer(player, QStringLiteral("system:test"))
        .has_value();
}

QString tst_Backup::file(const QString &name) const
{
    return QDir(m_data->path()).filePath(name);
}

void tst_Backup::backsUpWithOneLine()
{
    const QString out = file(QStringLiteral("saturday.bak"));
    AppProcess app(m_home.path());
    QVERIFY(run(app, {QStringLiteral("backup"), QStringLiteral("--out"), out}));
    QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));
    QVERIFY2(app.standardError().isEmpty(), qPrintable(app.standardError()));
    const QRegularExpressionMatch line = kBackedUp.match(app.standardOutput());
    QVERIFY2(line.hasMatch(), qPrintable(app.standardOutput()));
    QCOMPARE(line.captured(1) + u' ' + line.captured(2), m_location.describe());
    QCOMPARE(line.captured(3), out);
    QCOMPARE(line.captured(6).toLongLong(), QFileInfo(out).size());
    QCOMPARE(line.captured(7).toInt(), storage::latestSchemaVersion());
    QVERIFY2(QDateTime::fromString(line.captured(8), Qt::ISODate).isValid(),
             qPrintable(line.captured(8)));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
    // Listed as a backup by hand, with its file and size.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM backups WHERE kind = 'manual' AND status "
                                  "= 'done' AND file = '%1' AND size_bytes = %2")
                       .arg(out, line.captured(6))),
             1);
}

void tst_Backup::refusesToReplaceAFileUnlessForced()
{
    const QString out = file(QStringLiteral("backup.bak"));
    {
        QFile older(out);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("last week's");
    }
    AppProcess refused(m_home.path());
    QVERIFY(run(refused, {QStringLiteral("backup"), QStringLiteral("--out"), out}));
    QCOMPARE(refused.exitCode(), 3);
    QVERIFY(refused.standardOutput().isEmpty());
    QCOMPARE(
        refused.errorLines(),
        QStringList{
            QStringLiteral("dojopool: %1 already exists; add --force to replace it").arg(out)});
    QCOMPARE(QFileInfo(out).size(), qint64(11));

    AppProcess forced(m_home.path());
    QVERIFY(run(forced, {QStringLiteral("backup"), QStringLiteral("--out"), out,
                         QStringLiteral("--force")}));
    QVERIFY2(forced.exitCode() == 0, qPrintable(forced.standardError()));
    QVERIFY2(kBackedUp.match(forced.standardOutput()).hasMatch(),
             qPrintable(forced.standardOutput()));
    QVERIFY(QFileInfo(out).size() > 11);
}

void tst_Backup::refusesAWrongCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    QTest::newRow("backup without --out")
        << QStringList{QStringLiteral("backup")}
        << QStringLiteral("dojopool: backup needs --out FILE (see dojopool backup --help)");
    QTest::newRow("backup with an argument")
        << QStringList{QStringLiteral("backup"), QStringLiteral("--out"), QStringLiteral("a.bak"),
                       QStringLiteral("b.bak")}
        << QStringLiteral("dojopool: unexpected argument \"b.bak\" (see dojopool backup --help)");
    QTest::newRow("restore without a file")
        << QStringList{QStringLiteral("restore")}
        << QStringLiteral("dojopool: restore needs exactly one backup file (see dojopool restore "
                          "--help)");
    QTest::newRow("restore with two files")
        << QStringList{QStringLiteral("restore"), QStringLiteral("a.bak"), QStringLiteral("b.bak")}
        << QStringLiteral("dojopool: restore needs exactly one backup file (see dojopool restore "
                          "--help)");
    QTest::newRow("restore does not choose a venue")
        << QStringList{QStringLiteral("restore"), QStringLiteral("a.bak"),
                       QStringLiteral("--venue"), QStringLiteral("Corner Pocket")}
        << QStringLiteral("dojopool: --venue is an option of the window, serve, qr and book; "
                          "restore does not take it (see dojopool restore --help)");
}

void tst_Backup::refusesAWrongCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    AppProcess app(m_home.path());
    QVERIFY(run(app, arguments));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.standardOutput().isEmpty());
    QCOMPARE(app.errorLines(), QStringList{error});
}

void tst_Backup::cannotBackUpWithoutADatabase()
{
    const QString out = file(QStringLiteral("nothing.bak"));
    QStringList arguments{QStringLiteral("backup"), QStringLiteral("--out"), out};
    QString expected;
    if (m_databases.backend() == ScratchDatabases::Backend::SQLite) {
        // A data folder where the venue never ran: nothing to back up, and nothing made.
        const QString empty = file(QStringLiteral("elsewhere"));
        arguments << QStringLiteral("--data-dir") << empty;
        const QString database = QDir(empty).filePath(QStringLiteral("dojopool.sqlite"));
        expected = QStringLiteral("dojopool: cannot back up SQLite %1: there is no SQLite "
                                  "database %1 to back up")
                       .arg(database);
    } else {
        // A server that is not there: pg_dump's own words follow.
        arguments << QStringLiteral("--database")
                  << QStringLiteral("postgresql://postgres@127.0.0.1:1/nowhere");
        expected = QStringLiteral("dojopool: cannot back up PostgreSQL postgres@127.0.0.1:1/"
                                  "nowhere: pg_dump failed: ");
    }
    AppProcess app(m_home.path());
    QVERIFY(app.run(arguments, 60000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(app.standardOutput().isEmpty());
    QCOMPARE(app.errorLines().size(), 1);
    QVERIFY2(app.errorLines().constFirst().startsWith(expected), qPrintable(app.standardError()));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("elsewhere/dojopool.sqlite"))));
}

void tst_Backup::restoreThatGoesBackInTimeIsRefusedThenForced()
{
    QVERIFY(addPlayer(QStringLiteral("Ana")));
    const QString backup = file(QStringLiteral("friday.bak"));
    AppProcess taken(m_home.path());
    QVERIFY(run(taken, {QStringLiteral("backup"), QStringLiteral("--out"), backup}));
    QVERIFY2(taken.exitCode() == 0, qPrintable(taken.standardError()));
    const QString backupNewest = kBackedUp.match(taken.standardOutput()).captured(8);

    QThread::msleep(1100); // a second later: the refusal shows seconds
    QVERIFY(addPlayer(QStringLiteral("Ben")));
    const QString players = QStringLiteral("SELECT COUNT(*) FROM players WHERE name IN ('Ana', "
                                           "'Ben')");
    const QString stamps = QStringLiteral("SELECT MAX(changed_at) FROM dojo_changes");
    QString databaseNewest;
    {
        const std::unique_ptr<storage::Database> database = openDatabase();
        QVERIFY(database);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(stamps) && query.next());
        databaseNewest = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs)
                             .toUTC()
                             .toString(Qt::ISODate);
    }

    AppProcess refused(m_home.path());
    QVERIFY(run(refused, {QStringLiteral("restore"), backup}));
    QCOMPARE(refused.exitCode(), 3);
    QVERIFY(refused.standardOutput().isEmpty());
    QCOMPARE(refused.errorLines(),
             QStringList{QStringLiteral("dojopool: the database has changes from %1 that this "
                                        "backup (of %2) lacks; add --force to go back to the "
                                        "backup anyway")
                             .arg(databaseNewest, backupNewest)});
    QCOMPARE(count(players), 2);
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("backups"))));

    AppProcess forced(m_home.path());
    QVERIFY(run(forced, {QStringLiteral("restore"), backup, QStringLiteral("--force")}));
    QVERIFY2(forced.exitCode() == 0, qPrintable(forced.standardError()));
    QVERIFY2(forced.standardError().isEmpty(), qPrintable(forced.standardError()));
    const QRegularExpressionMatch line = kRestored.match(forced.standardOutput());
    QVERIFY2(line.hasMatch(), qPrintable(forced.standardOutput()));
    QCOMPARE(line.captured(1), backup);
    QCOMPARE(line.captured(2), backupNewest);
    QCOMPARE(line.captured(3).toInt(), storage::latestSchemaVersion());
    QCOMPARE(line.captured(4) + u' ' + line.captured(5), m_location.describe());
    // The database as it was, kept where the nightly backups go.
    const QFileInfo kept(line.captured(6));
    QCOMPARE(kept.absolutePath(), file(QStringLiteral("backups")));
    QVERIFY2(kept.fileName().startsWith(QLatin1String("dojopool-before-restore-")),
             qPrintable(kept.fileName()));
    QVERIFY(kept.size() > 0);
    QCOMPARE(count(players), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM players WHERE name = 'Ana'")), 1);

    // And back again from the kept copy: it is newer, so no --force.
    AppProcess undone(m_home.path());
    QVERIFY(run(undone, {QStringLiteral("restore"), kept.absoluteFilePath()}));
    QVERIFY2(undone.exitCode() == 0, qPrintable(undone.standardError()));
    QCOMPARE(count(players), 2);
}

void tst_Backup::restoreRefusesAFileThatIsNoBackup()
{
    const QString notes = file(QStringLiteral("notes.txt"));
    {
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Table 3 needs new cloth\n");
    }
    AppProcess app(m_home.path());
    QVERIFY(run(app, {QStringLiteral("restore"), notes}));
    QCOMPARE(app.exitCode(), 1);
    QCOMPARE(app.errorLines(),
             QStringList{QStringLiteral("dojopool: cannot restore %1: %1 is not a DojoPool backup: "
                                        "it is neither an SQLite database nor a PostgreSQL dump")
                             .arg(notes)});
    AppProcess missing(m_home.path());
    const QString gone = file(QStringLiteral("gone.bak"));
    QVERIFY(run(missing, {QStringLiteral("restore"), gone}));
    QCOMPARE(missing.exitCode(), 1);
    QCOMPARE(
        missing.errorLines(),
        QStringList{
            QStringLiteral("dojopool: cannot restore %1: there is no backup file %1").arg(gone)});
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 2);
}

void tst_Backup::restoreRefusedWhileServeRuns()
{
    const QString backup = file(QStringLiteral("tonight.bak"));
    AppProcess taken(m_home.path());
    QVERIFY(run(taken, {QStringLiteral("backup"), QStringLiteral("--out"), backup}));
    QVERIFY2(taken.exitCode() == 0, qPrintable(taken.standardError()));

    AppProcess serve(m_home.path());
    QVERIFY2(serve.start(QStringList{QStringLiteral("serve"), QStringLiteral("--cameras"),
                                     QStringLiteral("off"), QStringLiteral("--port"),
                                     QStringLiteral("0")}
                             + venueArguments(),
                         QStringLiteral("Table 2: run here by")),
             qPrintable(serve.standardError()));

    AppProcess refused(m_home.path());
    QVERIFY(run(refused, {QStringLiteral("restore"), backup, QStringLiteral("--force")}));
    QCOMPARE(refused.exitCode(), 4);
    QCOMPARE(refused.errorLines().size(), 1);
    const QRegularExpression running(
        QStringLiteral("^dojopool: cannot restore while the venue runs: the venue is running "
                       "\\(Table 1: (.+); Table 2: (.+)\\); stop the window and serve on every PC "
                       "first$"));
    const QRegularExpressionMatch line = running.match(refused.errorLines().constFirst());
    QVERIFY2(line.hasMatch(), qPrintable(refused.standardError()));
    QCOMPARE(line.captured(1), line.captured(2)); // serve holds both
    QVERIFY2(serve.standardError().contains(line.captured(1)), qPrintable(line.captured(1)));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("backups"))));

    // Stopped, serve gives its tables up: the restore goes ahead.
    QVERIFY(serve.stop(SIGTERM));
    QCOMPARE(serve.exitCode(), 0);
    AppProcess restored(m_home.path());
    QVERIFY(run(restored, {QStringLiteral("restore"), backup, QStringLiteral("--force")}));
    QVERIFY2(restored.exitCode() == 0, qPrintable(restored.standardError()));
    QVERIFY2(kRestored.match(restored.standardOutput()).hasMatch(),
             qPrintable(restored.standardOutput()));
}

void tst_Backup::followsTheVenuePCsConfiguration()
{
    // The venue PC's configuration names the shared folder (and a chain's database): no
    // --data-dir, no --database, as a venue's owner types it (docs/packaging.md).
    const QString config = QDir(m_home.path()).filePath(QStringLiteral("dojopool.conf"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("data-dir = " + QFile::encodeName(m_data->path()) + "\n");
        if (m_databases.backend() == ScratchDatabases::Backend::PostgreSQL)
            file.write("database = " + m_databases.server().url().toUtf8() + "\n");
    }
    // Shared: set-group-ID, as the package makes /var/lib/dojopool.
    QVERIFY(QFile::setPermissions(m_data->path(), QFile::ReadOwner | QFile::WriteOwner
                                                      | QFile::ExeOwner | QFile::ReadGroup
                                                      | QFile::WriteGroup | QFile::ExeGroup));
    QVERIFY(::chmod(QFile::encodeName(m_data->path()).constData(), 02770) == 0);

    const QString backup = QDir(m_home.path()).filePath(QStringLiteral("usb.bak"));
    AppProcess taken(m_home.path());
    taken.setEnvironmentValue(QStringLiteral("DOJOPOOL_CONFIG"), config);
    QVERIFY(taken.run({QStringLiteral("backup"), QStringLiteral("--out"), backup}));
    QVERIFY2(taken.exitCode() == 0, qPrintable(taken.standardError()));
    const QRegularExpressionMatch line = kBackedUp.match(taken.standardOutput());
    QVERIFY2(line.hasMatch(), qPrintable(taken.standardOutput()));
    QCOMPARE(line.captured(1) + u' ' + line.captured(2), m_location.describe());

    QThread::msleep(20);
    QVERIFY(addPlayer(QStringLiteral("Cleo")));
    AppProcess restored(m_home.path());
    restored.setEnvironmentValue(QStringLiteral("DOJOPOOL_CONFIG"), config);
    QVERIFY(restored.run({QStringLiteral("restore"), backup, QStringLiteral("--force")}));
    QVERIFY2(restored.exitCode() == 0, qPrintable(restored.standardError()));
    const QRegularExpressionMatch done = kRestored.match(restored.standardOutput());
    QVERIFY2(done.hasMatch(), qPrintable(restored.standardOutput()));
    QCOMPARE(done.captured(4) + u' ' + done.captured(5), m_location.describe());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM players WHERE name = 'Cleo'")), 0);
    // What the restore made in the shared folder stays the group's: the backups folder, and
    // the database.
    const QFileInfo kept(done.captured(6));
    QCOMPARE(kept.absolutePath(), file(QStringLiteral("backups")));
    QVERIFY(QFileInfo(kept.absolutePath()).permissions().testFlag(QFile::WriteGroup));
    QVERIFY(!QFileInfo(kept.absolutePath()).permissions().testFlag(QFile::ReadOther));
    if (m_location.kind == storage::DatabaseLocation::Kind::SQLite)
        QVERIFY(QFileInfo(m_location.sqlitePath).permissions().testFlag(QFile::WriteGroup));
}

QTEST_GUILESS_MAIN(tst_Backup)

#include "tst_backup.moc"
