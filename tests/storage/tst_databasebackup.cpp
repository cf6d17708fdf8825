// Backups and restores on both backends (DOJO_STORAGE_BACKEND): a backup taken while another
// process writes holds every row committed before it began and reads back whole; a restore that
// would go back in time is refused unless forced, and keeps the database as it was; files that
// are not DojoPool backups, backups of the other kind and of a newer schema are refused; a
// backup killed mid-copy leaves no file under its name and the database as it was; the newest
// change moves with the venue's data, not with leases or the backups' own records. The test
// runs itself as the writing and the killed processes.

#include <storage/backuprepository.h>
#include <storage/database.h>
#include <storage/databasebackup.h>
#include <storage/databaserestore.h>
#include <storage/migrations.h>
#include <storage/tableleases.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

const QString kWriterMode = QStringLiteral("--write-players");
const QString kPausedBackupMode = QStringLiteral("--back-up-and-pause");
const QString kRestoredName = QStringLiteral("dojo_restored");
constexpr int kFillerRows = 5000; // about 20 MB of audit entries that do not compress

QString urlOf(const DatabaseLocation &location)
{
    if (location.kind == DatabaseLocation::Kind::SQLite)
        return QStringLiteral("sqlite:") + location.sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(location.user, location.host)
        .arg(location.port)
        .arg(location.databaseName);
}

std::unique_ptr<Database> openAt(const QString &url)
{
    const Result<DatabaseLocation> location = parseDatabaseUrl(url);
    if (!location)
        return {};
    Result<std::unique_ptr<Database>> opened = Database::open(*location);
    return opened ? std::move(*opened) : nullptr;
}

// The child that writes: a player and its audit entry a transaction, until it is killed.
int runWriter(const QStringList &arguments)
{
    const std::unique_ptr<Database> database = openAt(arguments.value(2));
    if (!database)
        return 1;
    const qint64 venueId = arguments.value(3).toLongLong();
    VenueRepository venues(*database);
    for (int n = 1;; ++n) {
        PlayerRecord player;
        player.homeVenueId = venueId;
        player.name = QStringLiteral("Writer %1").arg(n);
        if (!venues.addPlayer(player, QStringLiteral("system:writer"))) {
            QThread::msleep(5); // a busy moment; the next goes on
            continue;
        }
        if (n == 1) {
            std::printf("writing\n");
            std::fflush(stdout);
        }
    }
}

// The child whose backup is killed: it stops for good inside the copy.
int runPausedBackup(const QStringList &arguments)
{
    const Result<DatabaseLocation> location = parseDatabaseUrl(arguments.value(2));
    if (!location)
        return 1;
    BackupOptions options;
    options.progress = [](const BackupProgress &progress) {
        if (progress.done == 0)
            return; // pg_dump has not written yet
        std::printf("copying %lld of %lld\n", static_cast<long long>(progress.done),
                    static_cast<long long>(progress.total));
        std::fflush(stdout);
        for (;;)
            QThread::sleep(60);
    };
    const Result<BackupFacts> taken = backUpDatabase(*location, arguments.value(3), options);
    std::printf("finished %s\n", taken ? "whole" : qPrintable(taken.error()));
    return 0;
}

QByteArray readLineFrom(QProcess &process, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(int(timeoutMs - timer.elapsed())))
            break;
    }
    return process.canReadLine() ? process.readLine().trimmed() : QByteArray();
}

QString refusalOf(const Result<Restored, RestoreRefusal> &restored)
{
    return restored ? QString() : restored.error().why;
}

} // namespace

class tst_DatabaseBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backupWhileAWriterWritesHoldsEveryCommittedRow();
    void restoreGoingBackInTimeIsRefusedUnlessForced();
    void theRefusalTellsTheTimesApart_data();
    void theRefusalTellsTheTimesApart();
    void refusesWhatIsNotABackup_data();
    void refusesWhatIsNotABackup();
    void refusesABackupOfTheOtherKind();
    void refusesABackupOfANewerSchema();
    void refusesWhileTheVenueRuns();
    void killedBackupLeavesNoFile();
    void anExistingFileIsReplacedOnlyWhenAsked();
    void newestChangeFollowsTheVenuesData();
    void aFinishedNightlyPrunesTheOlderStamps();

private:
    std::unique_ptr<Database> open(const DatabaseLocation &location);
    // An empty place to restore into: a new SQLite file, or the emptied second database.
    std::optional<DatabaseLocation> freshTarget();
    // About 20 MB of audit entries, so a copy takes long enough to be caught in the middle.
    bool fill(Database &database);
    qint64 count(Database &database, const QString &sql);
    bool exec(Database &database, const QString &sql);
    QString backupPath(const QString &name) const { return m_files->filePath(name); }

    ScratchDatabases m_databases;
    std::unique_ptr<QTemporaryDir> m_files;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_database;
    qint64 m_venueId = 0;
};

void tst_DatabaseBackup::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
    if (m_databases.backend() == ScratchDatabases::Backend::PostgreSQL) {
        const Result<void> second = m_databases.server().createDatabase(kRestoredName);
        QVERIFY2(second, qPrintable(errorOf(second)));
    }
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_DatabaseBackup::init()
{
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    const Result<DatabaseLocation> fresh = m_databases.fresh();
    QVERIFY2(fresh, qPrintable(errorOf(fresh)));
    m_location = *fresh;
    m_database = open(m_location);
    QVERIFY(m_database);
    const Result<qint64> venue = VenueRepository(*m_database)
                                     .addVenue(QStringLiteral("Corner "
                                                              "Pocket"),
                                               false);
    QVERIFY2(venue, qPrintable(errorOf(venue)));
    m_venueId = *venue;
}

void tst_DatabaseBackup::cleanup()
{
    m_database.reset();
    m_files.reset();
}

std::unique_ptr<Database> tst_DatabaseBackup::open(const DatabaseLocation &location)
{
    Result<std::unique_ptr<Database>> opened = Database::open(location);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return {};
    }
    return std::move(*opened);
}

std::optional<DatabaseLocation> tst_DatabaseBackup::freshTarget()
{
    static int count = 0;
    if (m_databases.backend() == ScratchDatabases::Backend::SQLite) {
        DatabaseLocation location;
        location.sqlitePath
            = backupPath(QStringLiteral("restored-%1/dojopool.sqlite").arg(++count));
        return location;
    }
    if (const Result<void> emptied = m_databases.server().emptyDatabase(kRestoredName); !emptied) {
        qWarning("%s", qPrintable(emptied.error()));
        return std::nullopt;
    }
    return m_databases.server().location(kRestoredName);
}

bool tst_DatabaseBackup::fill(Database &database)
{
    const QString rows = database.isPostgreSQL()
                             ? QStringLiteral("SELECT '2020-01-01T00:00:00.000Z', 'filler', "
                                              "'filler', '', (SELECT string_agg(md5(random()::text "
                                              "|| x::text), '') FROM generate_series(1, 125) AS x "
                                              "WHERE s.g > 0) FROM generate_series(1, %1) AS s(g)")
                             : QStringLiteral("WITH RECURSIVE n(g) AS (SELECT 1 UNION ALL SELECT g "
                                              "+ 1 FROM n WHERE g < %1) SELECT "
                                              "'2020-01-01T00:00:00.000Z', 'filler', 'filler', '', "
                                              "hex(randomblob(2000)) FROM n");
    return exec(database, QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, "
                                         "details) ")
                              + rows.arg(kFillerRows));
}

qint64 tst_DatabaseBackup::count(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

bool tst_DatabaseBackup::exec(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

void tst_DatabaseBackup::backupWhileAWriterWritesHoldsEveryCommittedRow()
{
    QVERIFY(fill(*m_database));
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(),
                 {kWriterMode, urlOf(m_location), QString::number(m_venueId)});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QCOMPARE(readLineFrom(writer, 30000), QByteArray("writing"));
    QThread::msleep(300);

    // Every row committed by now must be in the backup.
    const QString writerRows = QStringLiteral("SELECT COUNT(*) FROM players WHERE name LIKE "
                                              "'Writer %'");
    QStringList committed; // the players' ids, read in one statement
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM players WHERE name LIKE 'Writer %'")));
        while (query.next())
            committed << query.value(0).toString();
    }
    const qint64 before = committed.size();
    const Result<std::optional<QDateTime>> newestBefore = newestChange(m_database->connection());
    QVERIFY2(newestBefore && *newestBefore, qPrintable(errorOf(newestBefore)));
    QElapsedTimer timer;
    timer.start();
    const QString file = backupPath(QStringLiteral("busy") + backupSuffix(formatOf(m_location)));
    const Result<BackupFacts> taken = backUpDatabase(m_location, file);
    const qint64 tookMs = timer.elapsed();
    const qint64 after = count(*m_database, writerRows);
    writer.kill();
    writer.waitForFinished();
    QVERIFY2(taken, qPrintable(errorOf(taken)));
    qInfo("backed up %lld bytes in %lld ms while the writer wrote %lld players (%lld before, "
          "%lld after)",
          static_cast<long long>(taken->bytes), static_cast<long long>(tookMs),
          static_cast<long long>(after - before), static_cast<long long>(before),
          static_cast<long long>(after));
    QVERIFY(before > 0);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
    QCOMPARE(taken->bytes, QFileInfo(file).size());
    QCOMPARE(taken->format, formatOf(m_location));
    QCOMPARE(taken->schemaVersion, latestSchemaVersion());
    QVERIFY(taken->newestChange);
    QVERIFY(*taken->newestChange >= **newestBefore);

    // Read back from the file alone, the same facts.
    const Result<BackupFacts> read = readBackupFacts(file);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->newestChange, taken->newestChange);
    QCOMPARE(read->schemaVersion, taken->schemaVersion);

    // Restored elsewhere: it opens, and holds every player committed before the backup began,
    // each with its audit entry (one snapshot: no half transaction).
    const std::optional<DatabaseLocation> target = freshTarget();
    QVERIFY(target);
    m_database.reset(); // PostgreSQL: the scratch database is ours alone again
    const Result<Restored, RestoreRefusal> restored
        = restoreBackup(*target, file, {.keepFolder = backupPath(QStringLiteral("kept"))});
    QVERIFY2(restored, qPrintable(refusalOf(restored)));
    QVERIFY(restored->keptAs.isEmpty()); // nothing was there to keep
    const std::unique_ptr<Database> back = open(*target);
    QVERIFY(back);
    QCOMPARE(count(*back, QStringLiteral("SELECT COUNT(*) FROM players WHERE id IN (%1)")
                              .arg(committed.join(u','))),
             before);
    QVERIFY(count(*back, writerRows) >= before);
    QCOMPARE(count(*back, QStringLiteral("SELECT COUNT(*) FROM players p WHERE p.name LIKE "
                                         "'Writer %' AND NOT EXISTS (SELECT 1 FROM audit_log a "
                                         "WHERE a.action = 'player.added' AND a.subject = "
                                         "'player:' || p.id)")),
             0);
    QCOMPARE(count(*back, QStringLiteral("SELECT COUNT(*) FROM audit_log a WHERE a.action = "
                                         "'player.added' AND NOT EXISTS (SELECT 1 FROM players p "
                                         "WHERE a.subject = 'player:' || p.id)")),
             0);
    QCOMPARE(count(*back, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = "
                                         "'filler'")),
             qint64(kFillerRows));
    const Result<std::optional<QDateTime>> newestBack = newestChange(back->connection());
    QVERIFY2(newestBack, qPrintable(errorOf(newestBack)));
    QCOMPARE(*newestBack, taken->newestChange);
}

void tst_DatabaseBackup::restoreGoingBackInTimeIsRefusedUnlessForced()
{
    VenueRepository venues(*m_database);
    PlayerRecord ana;
    ana.homeVenueId = m_venueId;
    ana.name = QStringLiteral("Ana");
    QVERIFY(venues.addPlayer(ana, QStringLiteral("system:test")));
    const QString file = backupPath(QStringLiteral("ana") + backupSuffix(formatOf(m_location)));
    const Result<BackupFacts> taken = backUpDatabase(m_location, file);
    QVERIFY2(taken, qPrintable(errorOf(taken)));

    QThread::msleep(1100); // the next change is a second later: the refusal shows seconds
    PlayerRecord ben = ana;
    ben.name = QStringLiteral("Ben");
    QVERIFY(venues.addPlayer(ben, QStringLiteral("system:test")));
    const Result<std::optional<QDateTime>> newest = newestChange(m_database->connection());
    QVERIFY2(newest && *newest, qPrintable(errorOf(newest)));
    QVERIFY(**newest > *taken->newestChange);
    const QString players = QStringLiteral("SELECT COUNT(*) FROM players WHERE name IN ('Ana', "
                                           "'Ben')");
    m_database.reset();

    const QString keep = backupPath(QStringLiteral("kept"));
    const Result<Restored, RestoreRefusal> refused
        = restoreBackup(m_location, file, {.keepFolder = keep});
    QVERIFY(!refused);
    QCOMPARE(refused.error().reason, RestoreRefusal::Reason::DatabaseIsNewer);
    QCOMPARE(
        refused.error().why,
        QStringLiteral("the database has changes from %1 that this backup (of %2) lacks")
            .arg((*newest)->toString(Qt::ISODate), taken->newestChange->toString(Qt::ISODate)));
    QVERIFY(!QFileInfo::exists(keep)); // nothing kept: nothing was about to be overwritten
    m_database = open(m_location);
    QCOMPARE(count(*m_database, players), 2);
    m_database.reset();

    const QDateTime now(QDate(2026, 12, 5), QTime(10, 33, 6));
    const Result<Restored, RestoreRefusal> forced
        = restoreBackup(m_location, file, {.force = true, .keepFolder = keep, .now = now});
    QVERIFY2(forced, qPrintable(refusalOf(forced)));
    QCOMPARE(forced->keptAs, QDir(keep).filePath(QStringLiteral("dojopool-before-restore-2026-"
                                                                "12-05-103306")
                                                 + backupSuffix(formatOf(m_location))));
    m_database = open(m_location);
    QVERIFY(m_database);
    QCOMPARE(count(*m_database, players), 1);
    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM players WHERE name = 'Ana'")),
             1);
    const Result<std::optional<QDateTime>> restoredNewest = newestChange(m_database->connection());
    QVERIFY2(restoredNewest, qPrintable(errorOf(restoredNewest)));
    QCOMPARE(*restoredNewest, taken->newestChange);

    // The safety copy holds the database as it was: restored in turn, Ben is back, unforced.
    const Result<BackupFacts> kept = readBackupFacts(forced->keptAs);
    QVERIFY2(kept, qPrintable(errorOf(kept)));
    QCOMPARE(kept->newestChange, *newest);
    m_database.reset();
    const Result<Restored, RestoreRefusal> undone
        = restoreBackup(m_location, forced->keptAs, {.keepFolder = keep});
    QVERIFY2(undone, qPrintable(refusalOf(undone)));
    m_database = open(m_location);
    QCOMPARE(count(*m_database, players), 2);
}

void tst_DatabaseBackup::theRefusalTellsTheTimesApart_data()
{
    QTest::addColumn<QString>("backupStamp"); // the newest change the backup holds
    QTest::addColumn<QString>("laterStamp");  // the database's, written after it
    QTest::addColumn<QString>("refusal");

    QTest::newRow("seconds apart")
        << "2099-01-01T10:33:06.100Z"
        << "2099-01-02T08:00:00.000Z"
        << "the database has changes from 2099-01-02T08:00:00Z that this backup (of "
           "2099-01-01T10:33:06Z) lacks";
    QTest::newRow("within one second: the milliseconds")
        << "2099-01-01T10:33:06.100Z"
        << "2099-01-01T10:33:06.900Z"
        << "the database has changes from 2099-01-01T10:33:06.900Z that this backup (of "
           "2099-01-01T10:33:06.100Z) lacks";
}

void tst_DatabaseBackup::theRefusalTellsTheTimesApart()
{
    QFETCH(QString, backupStamp);
    QFETCH(QString, laterStamp);
    QFETCH(QString, refusal);
    // Stamps written by hand (a plain statement stamps nothing itself).
    const QString stamp = QStringLiteral("INSERT INTO dojo_changes (writer, changed_at) VALUES "
                                         "('%1', '%2')");
    QVERIFY(exec(*m_database, stamp.arg(QStringLiteral("first"), backupStamp)));
    const QString file = backupPath(QStringLiteral("stamped") + backupSuffix(formatOf(m_location)));
    const Result<BackupFacts> taken = backUpDatabase(m_location, file);
    QVERIFY2(taken, qPrintable(errorOf(taken)));
    QCOMPARE(taken->newestChange, QDateTime::fromString(backupStamp, Qt::ISODateWithMs));
    QVERIFY(exec(*m_database, stamp.arg(QStringLiteral("second"), laterStamp)));
    m_database.reset();

    const Result<Restored, RestoreRefusal> refused
        = restoreBackup(m_location, file, {.keepFolder = backupPath(QStringLiteral("kept"))});
    QVERIFY(!refused);
    QCOMPARE(refused.error().reason, RestoreRefusal::Reason::DatabaseIsNewer);
    QCOMPARE(refused.error().why, refusal);
}

void tst_DatabaseBackup::refusesWhatIsNotABackup_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("refusal"); // after the file's name

    QTest::newRow("text") << QByteArray("date,player_a,player_b\n")
                          << QStringLiteral(" is not a DojoPool backup: it is neither an SQLite "
                                            "database nor a PostgreSQL dump");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral(" is not a DojoPool backup: it is "
                                             "neither an SQLite database nor a "
                                             "PostgreSQL dump");
    QTest::newRow("another program's SQLite database")
        << QByteArray("sqlite")
        << QStringLiteral(" is not a DojoPool backup: it is an SQLite "
                          "database without DojoPool's tables");
}

void tst_DatabaseBackup::refusesWhatIsNotABackup()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, refusal);
    const QString file = backupPath(QStringLiteral("suspect.bak"));
    if (contents == "sqlite") {
        DatabaseLocation other;
        other.sqlitePath = file;
        const Result<std::unique_ptr<Database>> made = Database::openUnmigrated(other);
        QVERIFY2(made, qPrintable(errorOf(made)));
        QSqlQuery query((*made)->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
    } else {
        QFile written(file);
        QVERIFY(written.open(QIODevice::WriteOnly));
        written.write(contents);
    }
    const qint64 venues = count(*m_database, QStringLiteral("SELECT COUNT(*) FROM venues"));
    m_database.reset();

    const Result<Restored, RestoreRefusal> restored
        = restoreBackup(m_location, file, {.keepFolder = backupPath(QStringLiteral("kept"))});
    QVERIFY(!restored);
    QCOMPARE(restored.error().reason, RestoreRefusal::Reason::CannotRestore);
    QCOMPARE(restored.error().why, QDir::toNativeSeparators(file) + refusal);
    QVERIFY(!QFileInfo::exists(backupPath(QStringLiteral("kept"))));
    m_database = open(m_location);
    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM venues")), venues);
}

void tst_DatabaseBackup::refusesABackupOfTheOtherKind()
{
    if (m_databases.backend() != ScratchDatabases::Backend::PostgreSQL)
        QSKIP("both kinds need the PostgreSQL server: the postgresql run covers both ways");
    // An SQLite backup into PostgreSQL.
    DatabaseLocation sqlite;
    sqlite.sqlitePath = backupPath(QStringLiteral("venue.sqlite"));
    QVERIFY(open(sqlite));
    const QString sqliteBackup = backupPath(QStringLiteral("sqlite-backup.sqlite"));
    const Result<BackupFacts> fromSQLite = backUpDatabase(sqlite, sqliteBackup);
    QVERIFY2(fromSQLite, qPrintable(errorOf(fromSQLite)));
    m_database.reset();
    const Result<Restored, RestoreRefusal> intoPostgres = restoreBackup(
        m_location, sqliteBackup, {.keepFolder = backupPath(QStringLiteral("kept"))});
    QVERIFY(!intoPostgres);
    QCOMPARE(intoPostgres.error().why,
             QStringLiteral("%1 is a backup of an SQLite database; it cannot go into %2")
                 .arg(QDir::toNativeSeparators(sqliteBackup), m_location.describe()));

    // A PostgreSQL backup into SQLite.
    const QString dump = backupPath(QStringLiteral("postgres.pgdump"));
    const Result<BackupFacts> fromPostgres = backUpDatabase(m_location, dump);
    QVERIFY2(fromPostgres, qPrintable(errorOf(fromPostgres)));
    QCOMPARE(fromPostgres->format, BackupFormat::PostgreSQL);
    const Result<Restored, RestoreRefusal> intoSQLite
        = restoreBackup(sqlite, dump, {.keepFolder = backupPath(QStringLiteral("kept"))});
    QVERIFY(!intoSQLite);
    QCOMPARE(intoSQLite.error().why,
             QStringLiteral("%1 is a backup of a PostgreSQL database; it cannot go into %2")
                 .arg(QDir::toNativeSeparators(dump), sqlite.describe()));
}

void tst_DatabaseBackup::refusesABackupOfANewerSchema()
{
    const int newer = latestSchemaVersion() + 1;
    QVERIFY(exec(*m_database, QStringLiteral("INSERT INTO dojo_schema (version, description, "
                                             "applied_at) VALUES (%1, 'from the future', "
                                             "'2030-01-01T00:00:00.000Z')")
                                  .arg(newer)));
    m_database.reset();
    const QString file = backupPath(QStringLiteral("future") + backupSuffix(formatOf(m_location)));
    const Result<BackupFacts> taken = backUpDatabase(m_location, file);
    QVERIFY2(taken, qPrintable(errorOf(taken)));
    QCOMPARE(taken->schemaVersion, newer);

    const std::optional<DatabaseLocation> target = freshTarget();
    QVERIFY(target);
    const Result<Restored, RestoreRefusal> restored
        = restoreBackup(*target, file, {.keepFolder = backupPath(QStringLiteral("kept"))});
    QVERIFY(!restored);
    QCOMPARE(restored.error().why,
             QStringLiteral("%1 is a backup of schema version %2, but this DojoPool knows only "
                            "up to version %3; use a newer DojoPool")
                 .arg(QDir::toNativeSeparators(file))
                 .arg(newer)
                 .arg(latestSchemaVersion()));
    // Untouched: SQLite's file was never made, PostgreSQL's database is still empty.
    if (target->kind == DatabaseLocation::Kind::SQLite) {
        QVERIFY(!QFileInfo::exists(target->sqlitePath));
    } else {
        const Result<std::unique_ptr<Database>> empty = Database::openUnmigrated(*target);
        QVERIFY2(empty, qPrintable(errorOf(empty)));
        QCOMPARE(*(*empty)->schemaVersion(), 0);
    }
}

void tst_DatabaseBackup::refusesWhileTheVenueRuns()
{
    TableRecord table;
    table.venueId = m_venueId;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    const Result<qint64> tableId = VenueRepository(*m_database).addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    const QString file = backupPath(QStringLiteral("now") + backupSuffix(formatOf(m_location)));
    QVERIFY(backUpDatabase(m_location, file));
    const QString holder = QStringLiteral("deskpc pid 101 a1b2c3");
    const Result<LeaseTake> taken = TableLeases(*m_database).takeOrRenew(*tableId, holder, 30);
    QVERIFY2(taken && taken->ours, qPrintable(errorOf(taken)));

    const Result<Restored, RestoreRefusal> restored
        = restoreBackup(m_location, file, {.keepFolder = backupPath(QStringLiteral("kept"))});
    QVERIFY(!restored);
    QCOMPARE(restored.error().reason, RestoreRefusal::Reason::VenueRunning);
    QCOMPARE(restored.error().why,
             QStringLiteral("the venue is running (Table 1: %1); stop the window and serve on "
                            "every PC first")
                 .arg(holder));

    // Once the lease is given up (a clean stop), the same backup goes back.
    QVERIFY(TableLeases(*m_database).release(*tableId, holder));
    m_database.reset();
    const Result<Restored, RestoreRefusal> after
        = restoreBackup(m_location, file, {.keepFolder = backupPath(QStringLiteral("kept"))});
    QVERIFY2(after, qPrintable(refusalOf(after)));
}

void tst_DatabaseBackup::killedBackupLeavesNoFile()
{
    QVERIFY(fill(*m_database));
    const QString snapshot = QStringLiteral("SELECT COUNT(*) FROM audit_log");
    const qint64 rows = count(*m_database, snapshot);
    const Result<std::optional<QDateTime>> newest = newestChange(m_database->connection());
    QVERIFY2(newest, qPrintable(errorOf(newest)));
    const QString file = backupPath(QStringLiteral("killed") + backupSuffix(formatOf(m_location)));

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {kPausedBackupMode, urlOf(m_location), file});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    const QByteArray line = readLineFrom(child, 60000);
    QVERIFY2(line.startsWith("copying "), line.constData());
    child.kill(); // SIGKILL in the middle of the copy: nothing of the child runs on
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    qInfo("killed at: %s", line.constData());

    QVERIFY(!QFileInfo::exists(file));
    // The database is as it was, and opens.
    m_database.reset();
    m_database = open(m_location);
    QVERIFY(m_database);
    QCOMPARE(count(*m_database, snapshot), rows);
    const Result<std::optional<QDateTime>> newestAfter = newestChange(m_database->connection());
    QVERIFY2(newestAfter, qPrintable(errorOf(newestAfter)));
    QCOMPARE(*newestAfter, *newest);
    if (m_location.kind == DatabaseLocation::Kind::SQLite) {
        QSqlQuery check(m_database->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    // The next backup to the same name clears what the killed one left and is whole.
    const Result<BackupFacts> again = backUpDatabase(m_location, file);
    QVERIFY2(again, qPrintable(errorOf(again)));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
    QCOMPARE(again->newestChange, *newest);
}

void tst_DatabaseBackup::anExistingFileIsReplacedOnlyWhenAsked()
{
    const QString file = backupPath(QStringLiteral("here") + backupSuffix(formatOf(m_location)));
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("an older backup");
    }
    const Result<BackupFacts> refused = backUpDatabase(m_location, file);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("%1 already exists").arg(QDir::toNativeSeparators(file)));
    QCOMPARE(QFileInfo(file).size(), qint64(15));

    const Result<BackupFacts> replaced = backUpDatabase(m_location, file, {.replace = true});
    QVERIFY2(replaced, qPrintable(errorOf(replaced)));
    QCOMPARE(QFileInfo(file).size(), replaced->bytes);
    QVERIFY(readBackupFacts(file));
}

void tst_DatabaseBackup::newestChangeFollowsTheVenuesData()
{
    const auto newest = [this] {
        const Result<std::optional<QDateTime>> read = newestChange(m_database->connection());
        return read ? *read : std::nullopt;
    };
    TableRecord table;
    table.venueId = m_venueId;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    const Result<qint64> tableId = VenueRepository(*m_database).addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    const std::optional<QDateTime> afterTable = newest();
    QVERIFY(afterTable);

    // A lease's heartbeat and the backups' own records change nothing of the venue's.
    QThread::msleep(20);
    QVERIFY(TableLeases(*m_database).takeOrRenew(*tableId, QStringLiteral("pc pid 1 ab"), 10));
    BackupRecord done;
    done.startedAt = QDateTime::currentDateTimeUtc();
    done.takenBy = QStringLiteral("test");
    QVERIFY(BackupRepository(*m_database).recordDone(QString(backup::kManual), done));
    QCOMPARE(newest(), afterTable);

    // A player added moves it.
    PlayerRecord ana;
    ana.homeVenueId = m_venueId;
    ana.name = QStringLiteral("Ana");
    QVERIFY(VenueRepository(*m_database).addPlayer(ana, QStringLiteral("system:test")));
    const std::optional<QDateTime> afterPlayer = newest();
    QVERIFY(afterPlayer);
    QVERIFY(*afterPlayer > *afterTable);
}

// Every writer (a connection of a process) stamps its own row; the nightly backup's end keeps
// the newest alone, so the table does not grow with every start of the program.
void tst_DatabaseBackup::aFinishedNightlyPrunesTheOlderStamps()
{
    const auto addPlayer = [this](Database &database, const QString &name) {
        PlayerRecord player;
        player.homeVenueId = m_venueId;
        player.name = name;
        return bool(VenueRepository(database).addPlayer(player, QStringLiteral("system:test")));
    };
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben")}) {
        const std::unique_ptr<Database> other = open(m_location);
        QVERIFY(other);
        QVERIFY(addPlayer(*other, name));
        QThread::msleep(5);
    }
    QVERIFY(addPlayer(*m_database, QStringLiteral("Cleo")));
    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM dojo_changes")), qint64(3));
    const Result<std::optional<QDateTime>> before = newestChange(m_database->connection());
    QVERIFY(before && *before);

    BackupRepository backups(*m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<std::optional<qint64>> claimed
        = backups.claimNightly(now.addDays(-1), now, QStringLiteral("test"));
    QVERIFY2(claimed && *claimed, qPrintable(claimed ? QString() : claimed.error()));
    QVERIFY(
        backups.finish(**claimed, now, backupPath(QStringLiteral("nightly.sqlite")), 1, *before));

    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM dojo_changes")), qint64(1));
    const Result<std::optional<QDateTime>> after = newestChange(m_database->connection());
    QVERIFY(after);
    QCOMPARE(*after, *before);
    // The pruned writers stamp again at their next change.
    QVERIFY(addPlayer(*m_database, QStringLiteral("Dev")));
    QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM dojo_changes")), qint64(1));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == kWriterMode)
        return runWriter(arguments);
    if (arguments.value(1) == kPausedBackupMode)
        return runPausedBackup(arguments);
    tst_DatabaseBackup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databasebackup.moc"
