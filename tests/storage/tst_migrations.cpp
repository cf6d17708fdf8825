#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/matchrepository.h>
#include <storage/migrations.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

QString run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? QString() : query.lastError().text();
}

std::optional<qint64> insertReturningId(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// The schema version, or -1 (with the reason logged) when it cannot be read.
int versionOf(const Database &database)
{
    const Result<int> version = database.schemaVersion();
    if (!version)
        qWarning("%s", qPrintable(version.error()));
    return version.value_or(-1);
}

bool hasTable(QSqlDatabase db, const QString &name)
{
    return db.tables().contains(name);
}

// Everything a database holds, as text: tables and every row, in a stable order.
QStringList snapshot(QSqlDatabase db)
{
    QStringList tables = db.tables();
    tables.sort();
    QStringList lines;
    for (const QString &table : tables) {
        lines.append(QStringLiteral("table ") + table);
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"))) {
            lines.append(QStringLiteral("unreadable: ") + rows.lastError().text());
            continue;
        }
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).toString());
            lines.append(values.join(u'|'));
        }
    }
    return lines;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Data that exists at version `version`, written with plain SQL as a DojoPool of that version
// would have written it.
QString insertDataOfVersion(QSqlDatabase db, int version)
{
    const QString at = QStringLiteral("'2024-05-01T18:30:00.000Z'");
    if (version >= 1) {
        const auto venue = insertReturningId(
            db, QStringLiteral("INSERT INTO venues (name, is_demo, created_at) VALUES "
                               "('Corner Pocket', 0, ")
                    + at + QStringLiteral(") RETURNING id"));
        if (!venue)
            return QStringLiteral("cannot insert a venue");
        const QString id = QString::number(*venue);
        QString error = run(db, QStringLiteral("INSERT INTO pool_tables (venue_id, name, size, "
                                               "camera_source, status, position) VALUES (")
                                    + id
                                    + QStringLiteral(", 'Table A', '8ft', 'rtsp://cam/1', "
                                                     "'booked', 2)"));
        if (error.isEmpty())
            error = run(db, QStringLiteral("INSERT INTO dojo_properties (key, value) VALUES "
                                           "('opening_hours', '10-02')"));
        if (!error.isEmpty())
            return error;
        if (version >= 2) {
            error = run(db, QStringLiteral("INSERT INTO players (home_venue_id, name, nickname, "
                                           "created_at) VALUES (")
                                + id + QStringLiteral(", 'Pat Example', 'PE', ") + at
                                + QStringLiteral(")"));
            if (!error.isEmpty())
                return error;
        }
    }
    if (version >= 3) {
        const QString error
            = run(db, QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, details) "
                                     "VALUES (")
                          + at + QStringLiteral(", 'front-desk', 'table.status', 'table:1', '')"));
        if (!error.isEmpty())
            return error;
    }
    if (version >= 4) {
        const auto match = insertReturningId(
            db, QStringLiteral("INSERT INTO matches (table_id, game, player_a, player_b, setup, "
                               "started_at) SELECT id, 'nine-ball', 'Efren', 'Shane', "
                               "'{\"race_to\": 3}', ")
                    + at + QStringLiteral(" FROM pool_tables RETURNING id"));
        if (!match)
            return QStringLiteral("cannot insert a match");
        const QString id = QString::number(*match);
        QString error
            = run(db, QStringLiteral("INSERT INTO racks (match_id, number, breaker, "
                                     "started_at) VALUES (")
                          + id + QStringLiteral(", 1, 'Efren', ") + at + QStringLiteral(")"));
        if (error.isEmpty())
            error = run(db, QStringLiteral("INSERT INTO match_steps (match_id, number, "
                                           "rack_number, kind, input, ruling, actor, at) VALUES (")
                                + id
                                + QStringLiteral(", 1, 1, 'shot', '{\"first_contact\": 1}', "
                                                 "'{\"step\": 1}', 'tracker', ")
                                + at + QStringLiteral(")"));
        return error;
    }
    return {};
}

Migration brokenMigration(int version)
{
    return {version,
            QStringLiteral("deliberately broken"),
            {QStringLiteral("CREATE TABLE half_made (id {id}, note TEXT)"),
             QStringLiteral("INSERT INTO half_made (note) VALUES ('first statement ran')"),
             QStringLiteral("CREATE TABLE broken (this is not SQL")}};
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void migratesFromEachEarlierVersion_data();
    void migratesFromEachEarlierVersion();
    void rerunningIsANoOp_data();
    void rerunningIsANoOp();
    void failingMigrationRollsBack_data();
    void failingMigrationRollsBack();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();
    void foreignDatabaseIsRefused_data();
    void foreignDatabaseIsRefused();

private:
    std::optional<DatabaseLocation> freshLocation();

    ScratchDatabases m_databases;
};

void tst_Migrations::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
    QCOMPARE(latestSchemaVersion(), 10);
}

std::optional<DatabaseLocation> tst_Migrations::freshLocation()
{
    Result<DatabaseLocation> location = m_databases.fresh();
    if (!location) {
        qWarning("%s", qPrintable(location.error()));
        return std::nullopt;
    }
    return *location;
}

void tst_Migrations::migratesFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("startVersion");
    QTest::newRow("from empty") << 0;
    QTest::newRow("from version 1") << 1;
    QTest::newRow("from version 2") << 2;
    QTest::newRow("from version 3") << 3;
    QTest::newRow("from version 4") << 4;
    QTest::newRow("from version 5") << 5;
    QTest::newRow("from the latest version") << 6;
}

void tst_Migrations::migratesFromEachEarlierVersion()
{
    QFETCH(int, startVersion);
    const auto location = freshLocation();
    QVERIFY(location);

    qint64 venueId = 0;
    qint64 tableBefore = 0; // the table written before the migration
    {
        const Result<std::unique_ptr<Database>> opened = Database::openUnmigrated(*location);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        const Database &database = **opened;
        QSqlDatabase db = database.connection();
        QCOMPARE(versionOf(database), 0);

        const Result<Migrated> toStart = migrate(db, schemaMigrations(), startVersion);
        QVERIFY2(toStart, qPrintable(errorOf(toStart)));
        QCOMPARE(toStart->fromVersion, 0);
        QCOMPARE(toStart->toVersion, startVersion);
        QCOMPARE(versionOf(database), startVersion);
        QCOMPARE(hasTable(db, QStringLiteral("players")), startVersion >= 2);
        QCOMPARE(hasTable(db, QStringLiteral("audit_log")), startVersion >= 3);
        QCOMPARE(hasTable(db, QStringLiteral("match_steps")), startVersion >= 4);
        const QString error = insertDataOfVersion(db, startVersion);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const Result<Migrated> toLatest = migrate(db, schemaMigrations());
        QVERIFY2(toLatest, qPrintable(errorOf(toLatest)));
        QCOMPARE(toLatest->fromVersion, startVersion);
        QCOMPARE(toLatest->toVersion, latestSchemaVersion());
        QCOMPARE(versionOf(database), latestSchemaVersion());

        QSqlQuery applied(db);
        QVERIFY(applied.exec(QStringLiteral("SELECT version, description, applied_at FROM "
                                            "dojo_schema ORDER BY version")));
        int expected = 0;
        while (applied.next()) {
            QCOMPARE(applied.value(0).toInt(), ++expected);
            QVERIFY(!applied.value(1).toString().isEmpty());
            QVERIFY(
                QDateTime::fromString(applied.value(2).toString(), Qt::ISODateWithMs).isValid());
        }
        QCOMPARE(expected, latestSchemaVersion());
    }

    // The normal open path sees the migrated database and the data written before.
    const Result<std::unique_ptr<Database>> opened = Database::open(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    Database &database = **opened;
    QCOMPARE(versionOf(database), latestSchemaVersion());
    VenueRepository venues(database);
    const Result<std::vector<VenueRecord>> all = venues.venues();
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(startVersion >= 1 ? 1 : 0));
    if (startVersion >= 1) {
        venueId = all->front().id;
        QCOMPARE(all->front().name, QStringLiteral("Corner Pocket"));
        const Result<std::vector<TableRecord>> tables = venues.tables(venueId);
        QVERIFY2(tables, qPrintable(errorOf(tables)));
        tableBefore = tables->empty() ? 0 : tables->front().id;
        QCOMPARE(tables->size(), size_t(1));
        QCOMPARE(tables->front().name, QStringLiteral("Table A"));
        QCOMPARE(tables->front().size, TableSize::EightFoot);
        // Migration 7 derives the status; a stored "booked" reads as in service.
        QCOMPARE(tables->front().status, QStringLiteral("free"));
        QCOMPARE(tables->front().cameraSource, QStringLiteral("rtsp://cam/1"));
        QCOMPARE(tables->front().position, 2);
        QCOMPARE(tables->front().manualCorners, QString()); // automatic until placed by hand
        const Result<std::vector<PlayerRecord>> players = venues.players(venueId);
        QVERIFY2(players, qPrintable(errorOf(players)));
        QCOMPARE(players->size(), size_t(startVersion >= 2 ? 1 : 0));
        if (startVersion >= 2)
            QCOMPARE(players->front().nickname, QStringLiteral("PE"));
        // Ids keep counting after the data written before the migration.
        TableRecord another;
        another.venueId = venueId;
        another.name = QStringLiteral("Table B");
        another.status = QStringLiteral("free");
        const Result<qint64> newTable = venues.addTable(another);
        QVERIFY2(newTable, qPrintable(errorOf(newTable)));
        QVERIFY(*newTable != tables->front().id);
    }
    AuditLog audit(database);
    const Result<std::vector<AuditEntry>> entries = audit.recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(startVersion >= 3 ? 1 : 0));
    if (startVersion >= 4) {
        MatchRepository matches(database);
        const Result<std::optional<MatchRecord>> match = matches.unfinishedMatchAt(tableBefore);
        QVERIFY2(match, qPrintable(errorOf(match)));
        QVERIFY(match->has_value());
        const MatchRecord &played = **match;
        QCOMPARE(played.players[1], QStringLiteral("Shane"));
        const Result<std::vector<MatchStepRecord>> steps = matches.steps(played.id);
        QVERIFY2(steps, qPrintable(errorOf(steps)));
        QCOMPARE(steps->size(), size_t(1));
        QCOMPARE(steps->front().kind, QStringLiteral("shot"));
        const Result<std::vector<RackRecord>> racks = matches.racks(played.id);
        QVERIFY2(racks, qPrintable(errorOf(racks)));
        QCOMPARE(racks->size(), size_t(1));
    }
}

void tst_Migrations::rerunningIsANoOp_data()
{
    QTest::addColumn<bool>("throughOpen");
    QTest::newRow("migrate() again") << false;
    QTest::newRow("Database::open() again") << true;
}

void tst_Migrations::rerunningIsANoOp()
{
    QFETCH(bool, throughOpen);
    const auto location = freshLocation();
    QVERIFY(location);
    QStringList before;
    {
        const Result<std::unique_ptr<Database>> opened = Database::open(*location);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        VenueRepository venues(**opened);
        const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
        QVERIFY2(venueId, qPrintable(errorOf(venueId)));
        before = snapshot((*opened)->connection());
    }
    QVERIFY(before.contains(QStringLiteral("table dojo_schema")));

    const Result<std::unique_ptr<Database>> opened
        = throughOpen ? Database::open(*location) : Database::openUnmigrated(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const QSqlDatabase db = (*opened)->connection();
    for (int run = 0; run < 2; ++run) {
        const Result<Migrated> again = migrate(db, schemaMigrations());
        QVERIFY2(again, qPrintable(errorOf(again)));
        QCOMPARE(again->fromVersion, latestSchemaVersion());
        QCOMPARE(again->toVersion, latestSchemaVersion());
    }
    QCOMPARE(snapshot(db), before);
}

void tst_Migrations::failingMigrationRollsBack_data()
{
    QTest::addColumn<int>("startVersion");
    QTest::addColumn<int>("brokenVersion");
    QTest::addColumn<int>("expectedVersion");

    QTest::newRow("first migration broken, empty database") << 0 << 1 << 0;
    QTest::newRow("middle migration broken, from empty") << 0 << 2 << 1;
    QTest::newRow("middle migration broken, from version 1") << 1 << 2 << 1;
    QTest::newRow("last migration broken, from version 3") << 3 << 4 << 3;
    QTest::newRow("last migration broken, from version 4") << 4 << 5 << 4;
    QTest::newRow("migration after the latest broken") << 5 << 6 << 5;
}

void tst_Migrations::failingMigrationRollsBack()
{
    QFETCH(int, startVersion);
    QFETCH(int, brokenVersion);
    QFETCH(int, expectedVersion);

    std::vector<Migration> migrations;
    for (const Migration &migration : schemaMigrations()) {
        migrations.push_back(migration.version == brokenVersion ? brokenMigration(brokenVersion)
                                                                : migration);
    }
    if (brokenVersion > latestSchemaVersion())
        migrations.push_back(brokenMigration(brokenVersion));

    const auto location = freshLocation();
    QVERIFY(location);
    const Result<std::unique_ptr<Database>> opened = Database::openUnmigrated(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const Database &database = **opened;
    QSqlDatabase db = database.connection();
    const Result<Migrated> started = migrate(db, schemaMigrations(), startVersion);
    QVERIFY2(started, qPrintable(errorOf(started)));
    QCOMPARE(started->toVersion, startVersion);
    QVERIFY(insertDataOfVersion(db, startVersion).isEmpty());
    const QStringList before = snapshot(db);

    const Result<Migrated> outcome = migrate(db, migrations);
    QVERIFY(!outcome);
    const QString &error = outcome.error();
    QVERIFY2(error.contains(QStringLiteral("migration %1").arg(brokenVersion)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("failed: ")), qPrintable(error));
    QVERIFY2(!error.endsWith(QLatin1String("failed: ")), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    // A failure reports no versions: the database says how far it got.
    QCOMPARE(versionOf(database), expectedVersion);
    QVERIFY(!hasTable(db, QStringLiteral("half_made")));
    QVERIFY(!hasTable(db, QStringLiteral("broken")));
    if (expectedVersion == 0)
        QVERIFY(!hasTable(db, QStringLiteral("dojo_schema")));
    if (expectedVersion == startVersion)
        QCOMPARE(snapshot(db), before);
    // Later migrations did not run past the broken one.
    QCOMPARE(hasTable(db, QStringLiteral("audit_log")), expectedVersion >= 3);
    QCOMPARE(hasTable(db, QStringLiteral("matches")), expectedVersion >= 4);

    // With the fault fixed, the same database migrates to the end.
    const Result<Migrated> fixed = migrate(db, schemaMigrations());
    QVERIFY2(fixed, qPrintable(errorOf(fixed)));
    QCOMPARE(fixed->fromVersion, expectedVersion);
    QCOMPARE(fixed->toVersion, latestSchemaVersion());
}

void tst_Migrations::newerSchemaIsRefused_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("one above") << latestSchemaVersion() + 1;
    QTest::newRow("two above") << latestSchemaVersion() + 2;
    QTest::newRow("far ahead") << 1000;
}

void tst_Migrations::newerSchemaIsRefused()
{
    QFETCH(int, version);
    const auto location = freshLocation();
    QVERIFY(location);
    QStringList before;
    {
        const Result<std::unique_ptr<Database>> opened = Database::open(*location);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        VenueRepository venues(**opened);
        const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
        QVERIFY2(venueId, qPrintable(errorOf(venueId)));
        // What a newer DojoPool would have left: its own table and a higher version.
        QSqlDatabase db = (*opened)->connection();
        QVERIFY(run(db, QStringLiteral("CREATE TABLE holograms (id INTEGER)")).isEmpty());
        QVERIFY(run(db, QStringLiteral("INSERT INTO dojo_schema (version, description, applied_at) "
                                       "VALUES (%1, 'from the future', '2030-01-01T00:00:00.000Z')")
                            .arg(version))
                    .isEmpty());
        QCOMPARE(versionOf(**opened), version);
        before = snapshot(db);
    }
    const bool sqlite = location->kind == DatabaseLocation::Kind::SQLite;
    const QByteArray bytesBefore = sqlite ? fileBytes(location->sqlitePath) : QByteArray();

    const QString expected = QStringLiteral("the database schema is version %1 but this DojoPool "
                                            "knows only up to version %2; use a newer DojoPool")
                                 .arg(version)
                                 .arg(latestSchemaVersion());
    {
        const Result<std::unique_ptr<Database>> refused = Database::open(*location);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), expected);
    }
    if (sqlite)
        QCOMPARE(fileBytes(location->sqlitePath), bytesBefore);

    const Result<std::unique_ptr<Database>> raw = Database::openUnmigrated(*location);
    QVERIFY2(raw, qPrintable(errorOf(raw)));
    const Result<Migrated> outcome = migrate((*raw)->connection(), schemaMigrations());
    QVERIFY(!outcome);
    QCOMPARE(outcome.error(), expected);
    QCOMPARE(snapshot((*raw)->connection()), before);
}

void tst_Migrations::foreignDatabaseIsRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("an empty foreign table")
        << QStringList{QStringLiteral("CREATE TABLE inventory (sku TEXT, count INTEGER)")};
    QTest::newRow("a foreign table with rows")
        << QStringList{QStringLiteral("CREATE TABLE inventory (sku TEXT, count INTEGER)"),
                       QStringLiteral("INSERT INTO inventory VALUES ('chalk', 40)")};
    QTest::newRow("tables named like ours")
        << QStringList{QStringLiteral("CREATE TABLE venues (id INTEGER, title TEXT)"),
                       QStringLiteral("INSERT INTO venues VALUES (1, 'not ours')")};
}

void tst_Migrations::foreignDatabaseIsRefused()
{
    QFETCH(QStringList, statements);
    const auto location = freshLocation();
    QVERIFY(location);
    QStringList before;
    {
        const Result<std::unique_ptr<Database>> opened = Database::openUnmigrated(*location);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        for (const QString &statement : std::as_const(statements))
            QVERIFY(run((*opened)->connection(), statement).isEmpty());
        before = snapshot((*opened)->connection());
    }
    const bool sqlite = location->kind == DatabaseLocation::Kind::SQLite;
    const QByteArray bytesBefore = sqlite ? fileBytes(location->sqlitePath) : QByteArray();

    {
        const Result<std::unique_ptr<Database>> refused = Database::open(*location);
        QVERIFY(!refused);
        const QString &error = refused.error();
        QVERIFY2(error.contains(QLatin1String("is not a DojoPool database")), qPrintable(error));
        QVERIFY2(error.startsWith(location->describe()), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }
    if (sqlite)
        QCOMPARE(fileBytes(location->sqlitePath), bytesBefore);

    const Result<std::unique_ptr<Database>> raw = Database::openUnmigrated(*location);
    QVERIFY2(raw, qPrintable(errorOf(raw)));
    const QSqlDatabase db = (*raw)->connection();
    const Result<Migrated> outcome = migrate(db, schemaMigrations());
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(QLatin1String("is not a DojoPool database")),
             qPrintable(outcome.error()));
    QCOMPARE(snapshot(db), before);
    QVERIFY(!hasTable(db, QStringLiteral("dojo_schema")));
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
