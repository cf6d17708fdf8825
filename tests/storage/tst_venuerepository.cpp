#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/migrations.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

Q_DECLARE_METATYPE(dojo::TableSize)

namespace {

const QString kSeedKey = QStringLiteral("test_seed_written");

qint64 countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
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

// A free table without a camera: storage wants a status word for every table it writes.
TableRecord tableIn(qint64 venueId, const QString &name)
{
    TableRecord table;
    table.venueId = venueId;
    table.name = name;
    table.status = QStringLiteral("free");
    return table;
}

PlayerRecord playerIn(qint64 venueId, const QString &name, const QString &nickname = {})
{
    PlayerRecord player;
    player.homeVenueId = venueId;
    player.name = name;
    player.nickname = nickname;
    return player;
}

// A small first venue, its players written out of order so reading sorts them.
VenueSeed smallSeed(bool isDemo)
{
    VenueSeed seed;
    seed.name = QStringLiteral("Dojo Demo");
    seed.isDemo = isDemo;
    TableRecord first = tableIn(0, QStringLiteral("Table 1"));
    first.cameraSource = QStringLiteral("simulated:1");
    first.status = QStringLiteral("in-play");
    first.position = 1;
    TableRecord second = tableIn(0, QStringLiteral("Table 2"));
    second.size = TableSize::SevenFoot;
    second.cameraSource = QStringLiteral("simulated:2");
    second.status = QStringLiteral("booked");
    second.position = 2;
    seed.tables = {first, second};
    seed.players = {playerIn(0, QStringLiteral("Hana Sato")),
                    playerIn(0, QStringLiteral("Alex Moreno"), QStringLiteral("Lefty"))};
    return seed;
}

qsizetype demoCount(const std::vector<VenueRecord> &venues)
{
    return std::count_if(venues.begin(), venues.end(),
                         [](const VenueRecord &venue) { return venue.isDemo; });
}

} // namespace

class tst_VenueRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tablesRoundTrip_data();
    void tablesRoundTrip();
    void tablesAreOrderedByPosition();
    void tablesWrittenByANewerVersion_data();
    void tablesWrittenByANewerVersion();
    void playersRoundTrip();
    void refusesBadWrites_data();
    void refusesBadWrites();
    void statusChangeWritesAnAuditEntry_data();
    void statusChangeWritesAnAuditEntry();
    void cornersAreStoredAndAudited();
    void removingAVenueCascades();
    void auditLogListsNewestFirst();
    void seedIsWrittenOnce_data();
    void seedIsWrittenOnce();
    void seedNeverComesBack_data();
    void seedNeverComesBack();
    void seedNotWrittenBesideARealVenue();
    void removingDemoVenuesKeepsTheRest_data();
    void removingDemoVenuesKeepsTheRest();
    void concurrentStartsWriteTheSeedOnce();

private:
    ScratchDatabases m_databases;
    std::optional<DatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
};

void tst_VenueRepository::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_VenueRepository::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(location ? QString() : location.error()));
    m_location = *location;
    Result<std::unique_ptr<Database>> opened = Database::open(*m_location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
}

void tst_VenueRepository::cleanup()
{
    m_database.reset();
}

void tst_VenueRepository::tablesRoundTrip_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("camera");

    QTest::newRow("9ft free, simulated")
        << TableSize::NineFoot << QStringLiteral("free") << QStringLiteral("simulated:1");
    QTest::newRow("8ft booked, RTSP") << TableSize::EightFoot << QStringLiteral("booked")
                                      << QStringLiteral("rtsp://10.0.0.7:554/stream?x=1&y='2'");
    QTest::newRow("8ft oversized in play, device")
        << TableSize::EightFootOversized << QStringLiteral("in-play")
        << QStringLiteral("/dev/video2");
    QTest::newRow("7ft free, no camera")
        << TableSize::SevenFoot << QStringLiteral("free") << QString();
    QTest::newRow("unicode file path") << TableSize::NineFoot << QStringLiteral("booked")
                                       << QStringLiteral("/srv/Aufnahmen/Tisch \u00fc 3.mp4");
    // Storage keeps the word; the venue module decides which words it knows.
    QTest::newRow("a status word storage does not check")
        << TableSize::NineFoot << QStringLiteral("out-of-order") << QStringLiteral("simulated:2");
}

void tst_VenueRepository::tablesRoundTrip()
{
    QFETCH(TableSize, size);
    QFETCH(QString, status);
    QFETCH(QString, camera);

    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const Result<VenueRecord> venue = venues.venue(*venueId);
    QVERIFY2(venue, qPrintable(errorOf(venue)));
    QCOMPARE(venue->name, QStringLiteral("Corner Pocket"));
    QVERIFY(!venue->isDemo);

    TableRecord table = tableIn(*venueId, QStringLiteral("Table 7"));
    table.size = size;
    table.status = status;
    table.cameraSource = camera;
    table.position = 7;
    const Result<qint64> tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));

    const Result<std::vector<TableRecord>> tables = venues.tables(*venueId);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QCOMPARE(tables->size(), size_t(1));
    const TableRecord &read = tables->front();
    QCOMPARE(read.id, *tableId);
    QCOMPARE(read.venueId, *venueId);
    QCOMPARE(read.name, table.name);
    QCOMPARE(read.size, size);
    QCOMPARE(read.status, status);
    QCOMPARE(read.cameraSource, camera);
    QCOMPARE(read.position, 7);
    const Result<std::vector<TableRecord>> elsewhere = venues.tables(*venueId + 1000);
    QVERIFY2(elsewhere, qPrintable(errorOf(elsewhere)));
    QVERIFY(elsewhere->empty());
}

void tst_VenueRepository::tablesAreOrderedByPosition()
{
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const std::pair<const char *, int> added[]
        = {{"Snooker", 3}, {"Bar table B", 1}, {"Bar table A", 1}, {"Pro", 2}};
    for (const auto &[name, position] : added) {
        TableRecord table = tableIn(*venueId, QLatin1String(name));
        table.position = position;
        const Result<qint64> tableId = venues.addTable(table);
        QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    }
    const Result<std::vector<TableRecord>> tables = venues.tables(*venueId);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QStringList names;
    for (const TableRecord &table : *tables)
        names.append(table.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Bar table A"), QStringLiteral("Bar table B"),
                                 QStringLiteral("Pro"), QStringLiteral("Snooker")}));
}

void tst_VenueRepository::tablesWrittenByANewerVersion_data()
{
    QTest::addColumn<QString>("size");    // the size key in the row
    QTest::addColumn<QString>("status");  // the status word in the row
    QTest::addColumn<QString>("refusal"); // what the error must say; empty when readable

    QTest::newRow("a size this build does not know")
        << QStringLiteral("10ft") << QStringLiteral("free")
        << QStringLiteral("table %1 (\"Table 9\") has the size \"10ft\", which this DojoPool does "
                          "not know");
    QTest::newRow("an empty size") << QString() << QStringLiteral("free")
                                   << QStringLiteral("table %1 (\"Table 9\") has the size \"\"");
    QTest::newRow("a status word this build does not know")
        << QStringLiteral("8ft") << QStringLiteral("out-of-order") << QString();
}

void tst_VenueRepository::tablesWrittenByANewerVersion()
{
    QFETCH(QString, size);
    QFETCH(QString, status);
    QFETCH(QString, refusal);

    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const Result<qint64> known = venues.addTable(tableIn(*venueId, QStringLiteral("Table 1")));
    QVERIFY2(known, qPrintable(errorOf(known)));

    // Written as a newer DojoPool would write it, past this build's repository.
    QSqlQuery insert(m_database->connection());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO pool_tables (venue_id, name, size, "
                                          "camera_source, status, position) VALUES (?, "
                                          "'Table 9', ?, 'simulated:9', ?, 9) RETURNING id")));
    insert.addBindValue(*venueId);
    insert.addBindValue(size.isNull() ? QStringLiteral("") : size);
    insert.addBindValue(status);
    QVERIFY2(insert.exec() && insert.next(), qPrintable(insert.lastError().text()));
    const qint64 newer = insert.value(0).toLongLong();
    insert.finish();

    const Result<std::vector<TableRecord>> tables = venues.tables(*venueId);
    if (!refusal.isEmpty()) {
        // Never read as a default size: the table would be drawn and refereed on the wrong
        // geometry.
        QVERIFY(!tables);
        const QString &error = tables.error();
        QVERIFY2(
            error.startsWith(QStringLiteral("cannot read the tables of venue %1: ").arg(*venueId)),
            qPrintable(error));
        QVERIFY2(error.contains(refusal.arg(newer)), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        return;
    }
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QCOMPARE(tables->size(), size_t(2));
    const TableRecord &read = tables->back();
    QCOMPARE(read.id, newer);
    QCOMPARE(read.name, QStringLiteral("Table 9"));
    QCOMPARE(read.size, TableSize::EightFoot);
    QCOMPARE(read.status, status);
    QCOMPARE(read.cameraSource, QStringLiteral("simulated:9"));
    QCOMPARE(tables->front().status, QStringLiteral("free"));
}

void tst_VenueRepository::playersRoundTrip()
{
    VenueRepository venues(*m_database);
    const Result<qint64> home = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    const Result<qint64> away = venues.addVenue(QStringLiteral("Side Pocket"), false);
    QVERIFY2(home, qPrintable(errorOf(home)));
    QVERIFY2(away, qPrintable(errorOf(away)));
    PlayerRecord player;
    player.homeVenueId = *home;
    player.name = QStringLiteral("Zoe O'Neil");
    player.nickname = QStringLiteral("Zed");
    const Result<qint64> zoe = venues.addPlayer(player);
    QVERIFY2(zoe, qPrintable(errorOf(zoe)));
    player.name = QStringLiteral("Adam");
    player.nickname.clear();
    const Result<qint64> adam = venues.addPlayer(player);
    QVERIFY2(adam, qPrintable(errorOf(adam)));
    player.homeVenueId = *away;
    player.name = QStringLiteral("Elsewhere");
    const Result<qint64> elsewhere = venues.addPlayer(player);
    QVERIFY2(elsewhere, qPrintable(errorOf(elsewhere)));

    const Result<std::vector<PlayerRecord>> players = venues.players(*home);
    QVERIFY2(players, qPrintable(errorOf(players)));
    QCOMPARE(players->size(), size_t(2));
    QCOMPARE(players->at(0).name, QStringLiteral("Adam"));
    QCOMPARE(players->at(1).id, *zoe);
    QCOMPARE(players->at(1).name, QStringLiteral("Zoe O'Neil"));
    QCOMPARE(players->at(1).nickname, QStringLiteral("Zed"));
    QCOMPARE(players->at(1).homeVenueId, *home);
    const Result<std::vector<PlayerRecord>> awayPlayers = venues.players(*away);
    QVERIFY2(awayPlayers, qPrintable(errorOf(awayPlayers)));
    QCOMPARE(awayPlayers->size(), size_t(1));
    const Result<std::vector<VenueRecord>> all = venues.venues();
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(2));
}

void tst_VenueRepository::refusesBadWrites_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("venue without a name") << QStringLiteral("venue-no-name");
    QTest::newRow("table without a name") << QStringLiteral("table-no-name");
    QTest::newRow("table without a status") << QStringLiteral("table-no-status");
    QTest::newRow("table in a venue that does not exist") << QStringLiteral("table-no-venue");
    QTest::newRow("two tables with one name") << QStringLiteral("table-duplicate");
    QTest::newRow("player in a venue that does not exist") << QStringLiteral("player-no-venue");
    QTest::newRow("status of a table that does not exist") << QStringLiteral("status-no-table");
    QTest::newRow("removing a venue that does not exist") << QStringLiteral("remove-no-venue");
    QTest::newRow("status change without an actor") << QStringLiteral("status-no-actor");
    QTest::newRow("status change to no status") << QStringLiteral("status-empty");
}

void tst_VenueRepository::refusesBadWrites()
{
    QFETCH(QString, write);
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    TableRecord table = tableIn(*venueId, QStringLiteral("Table 1"));
    const Result<qint64> tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    const qint64 missing = *venueId + *tableId + 1000;
    const QString frontDesk = QStringLiteral("front-desk");
    const QString inPlay = QStringLiteral("in-play");

    bool refused = false;
    QString error;
    const auto outcome = [&](const auto &result) {
        refused = !result;
        error = errorOf(result);
    };
    if (write == u"venue-no-name") {
        outcome(venues.addVenue(QStringLiteral("  "), false));
    } else if (write == u"table-no-name") {
        table.name.clear();
        outcome(venues.addTable(table));
    } else if (write == u"table-no-status") {
        table.name = QStringLiteral("Table 2");
        table.status = QStringLiteral(" ");
        outcome(venues.addTable(table));
    } else if (write == u"table-no-venue") {
        table.venueId = missing;
        outcome(venues.addTable(table));
    } else if (write == u"table-duplicate") {
        outcome(venues.addTable(table));
    } else if (write == u"player-no-venue") {
        PlayerRecord player;
        player.homeVenueId = missing;
        player.name = QStringLiteral("Nobody");
        outcome(venues.addPlayer(player));
    } else if (write == u"status-no-table") {
        outcome(venues.setTableStatus(missing, inPlay, frontDesk));
    } else if (write == u"remove-no-venue") {
        outcome(venues.removeVenue(missing, frontDesk));
    } else if (write == u"status-no-actor") {
        outcome(venues.setTableStatus(*tableId, inPlay, QString()));
    } else if (write == u"status-empty") {
        outcome(venues.setTableStatus(*tableId, QString(), frontDesk));
    }
    QVERIFY(refused);
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));

    // Nothing half-written, and the connection is still usable.
    const Result<std::vector<VenueRecord>> all = venues.venues();
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(1));
    const Result<std::vector<TableRecord>> tables = venues.tables(*venueId);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QCOMPARE(tables->size(), size_t(1));
    QCOMPARE(tables->front().status, QStringLiteral("free"));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 0);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    const Result<void> booked
        = venues.setTableStatus(*tableId, QStringLiteral("booked"), frontDesk);
    QVERIFY2(booked, qPrintable(errorOf(booked)));
}

void tst_VenueRepository::statusChangeWritesAnAuditEntry_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("actor");

    const QString free = QStringLiteral("free");
    const QString booked = QStringLiteral("booked");
    const QString inPlay = QStringLiteral("in-play");
    QTest::newRow("free to in play") << free << inPlay << QStringLiteral("front-desk");
    QTest::newRow("free to booked") << free << booked << QStringLiteral("front-desk");
    QTest::newRow("in play to free") << inPlay << free << QStringLiteral("referee:Maria");
    QTest::newRow("booked to in play") << booked << inPlay << QStringLiteral("system");
}

void tst_VenueRepository::statusChangeWritesAnAuditEntry()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, actor);

    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    TableRecord table = tableIn(*venueId, QStringLiteral("Table 1"));
    table.status = from;
    const Result<qint64> tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<void> changed = venues.setTableStatus(*tableId, to, actor);
    QVERIFY2(changed, qPrintable(errorOf(changed)));
    const Result<std::vector<TableRecord>> tables = venues.tables(*venueId);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QCOMPARE(tables->front().status, to);

    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> entries = audit.recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(1));
    const AuditEntry &entry = entries->front();
    QCOMPARE(entry.actor, actor);
    QCOMPARE(entry.action, QStringLiteral("table.status"));
    QCOMPARE(entry.subject, QStringLiteral("table:%1").arg(*tableId));
    const QJsonObject details = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    QCOMPARE(details.value(QLatin1String("from")).toString(), from);
    QCOMPARE(details.value(QLatin1String("to")).toString(), to);
    QVERIFY(entry.at.isValid());
    QCOMPARE(entry.at.timeSpec(), Qt::UTC);
    QVERIFY(entry.at >= before && entry.at <= QDateTime::currentDateTimeUtc().addSecs(1));

    // Setting the status it already has changes nothing and records nothing.
    const Result<void> again = venues.setTableStatus(*tableId, to, actor);
    QVERIFY2(again, qPrintable(errorOf(again)));
    const Result<std::vector<AuditEntry>> after = audit.recent();
    QVERIFY2(after, qPrintable(errorOf(after)));
    QCOMPARE(after->size(), size_t(1));
}

void tst_VenueRepository::cornersAreStoredAndAudited()
{
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const Result<qint64> tableId = venues.addTable(tableIn(*venueId, QStringLiteral("Table 1")));
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    auto storedCorners = [&]() -> QString {
        const Result<std::vector<TableRecord>> tables = venues.tables(*venueId);
        return tables && tables->size() == 1 ? tables->front().manualCorners
                                             : QStringLiteral("<unreadable>");
    };
    QCOMPARE(storedCorners(), QString()); // a new table is calibrated automatically

    // Storage keeps the text as given; the venue module writes and reads its format.
    const QString corners = QStringLiteral("0.1,0.2;0.9,0.2;0.1,0.8;0.9,0.8");
    const Result<void> placed = venues.setTableCorners(*tableId, corners, QStringLiteral("anna"));
    QVERIFY2(placed, qPrintable(errorOf(placed)));
    QCOMPARE(storedCorners(), corners);
    // The same corners again write nothing and audit nothing.
    QVERIFY(venues.setTableCorners(*tableId, corners, QStringLiteral("anna")));
    const Result<void> automatic
        = venues.setTableCorners(*tableId, QString(), QStringLiteral("ben"));
    QVERIFY2(automatic, qPrintable(errorOf(automatic)));
    QCOMPARE(storedCorners(), QString());

    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> entries = audit.recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(2));
    const AuditEntry &back = entries->at(0); // newest first
    const AuditEntry &placedEntry = entries->at(1);
    QCOMPARE(placedEntry.action, QStringLiteral("table.corners"));
    QCOMPARE(placedEntry.actor, QStringLiteral("anna"));
    QCOMPARE(placedEntry.subject, QStringLiteral("table:%1").arg(*tableId));
    const QJsonObject change = QJsonDocument::fromJson(placedEntry.details.toUtf8()).object();
    QCOMPARE(change.value(QStringLiteral("from")).toString(), QString());
    QCOMPARE(change.value(QStringLiteral("to")).toString(), corners);
    QCOMPARE(back.action, QStringLiteral("table.corners"));
    QCOMPARE(back.actor, QStringLiteral("ben"));

    const Result<void> missing
        = venues.setTableCorners(*tableId + 1000, corners, QStringLiteral("anna"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("corners")), qPrintable(missing.error()));
}

void tst_VenueRepository::removingAVenueCascades()
{
    VenueRepository venues(*m_database);
    const Result<qint64> doomed = venues.addVenue(QStringLiteral("Closing Down"), false);
    const Result<qint64> kept = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(doomed, qPrintable(errorOf(doomed)));
    QVERIFY2(kept, qPrintable(errorOf(kept)));
    for (const qint64 venueId : {*doomed, *kept}) {
        for (int i = 1; i <= 3; ++i) {
            const Result<qint64> table
                = venues.addTable(tableIn(venueId, QStringLiteral("Table %1").arg(i)));
            QVERIFY2(table, qPrintable(errorOf(table)));
            PlayerRecord player;
            player.homeVenueId = venueId;
            player.name = QStringLiteral("Player %1").arg(i);
            const Result<qint64> added = venues.addPlayer(player);
            QVERIFY2(added, qPrintable(errorOf(added)));
        }
    }

    const Result<void> removed = venues.removeVenue(*doomed, QStringLiteral("front-desk"));
    QVERIFY2(removed, qPrintable(errorOf(removed)));
    const Result<VenueRecord> gone = venues.venue(*doomed);
    QVERIFY(!gone);
    QCOMPARE(gone.error(), QStringLiteral("there is no venue %1").arg(*doomed));
    const Result<std::vector<TableRecord>> doomedTables = venues.tables(*doomed);
    QVERIFY2(doomedTables, qPrintable(errorOf(doomedTables)));
    QVERIFY(doomedTables->empty());
    const Result<std::vector<PlayerRecord>> doomedPlayers = venues.players(*doomed);
    QVERIFY2(doomedPlayers, qPrintable(errorOf(doomedPlayers)));
    QVERIFY(doomedPlayers->empty());
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 3);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 3);
    const Result<std::vector<TableRecord>> keptTables = venues.tables(*kept);
    QVERIFY2(keptTables, qPrintable(errorOf(keptTables)));
    QCOMPARE(keptTables->size(), size_t(3));
    const Result<std::vector<PlayerRecord>> keptPlayers = venues.players(*kept);
    QVERIFY2(keptPlayers, qPrintable(errorOf(keptPlayers)));
    QCOMPARE(keptPlayers->size(), size_t(3));

    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> entries = audit.recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(1));
    QCOMPARE(entries->front().action, QStringLiteral("venue.removed"));
    QCOMPARE(entries->front().subject, QStringLiteral("venue:%1").arg(*doomed));
    QCOMPARE(entries->front().actor, QStringLiteral("front-desk"));
    QCOMPARE(entries->front().details, QStringLiteral("Closing Down"));
}

void tst_VenueRepository::auditLogListsNewestFirst()
{
    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> none = audit.recent();
    QVERIFY2(none, qPrintable(errorOf(none)));
    QVERIFY(none->empty());
    const Result<void> booking = audit.record(
        QStringLiteral("front-desk"), QStringLiteral("booking.created"), QStringLiteral("table:1"));
    QVERIFY2(booking, qPrintable(errorOf(booking)));
    const Result<void> ruling
        = audit.record(QStringLiteral("referee:Maria"), QStringLiteral("ruling.override"),
                       QStringLiteral("table:2"), QStringLiteral("{\"foul\":false}"));
    QVERIFY2(ruling, qPrintable(errorOf(ruling)));
    const Result<void> opened
        = audit.record(QStringLiteral("system"), QStringLiteral("venue.opened"), QString());
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const Result<void> anonymous
        = audit.record(QString(), QStringLiteral("anonymous.change"), QString());
    QVERIFY(!anonymous);
    QVERIFY(!anonymous.error().isEmpty());

    const Result<std::vector<AuditEntry>> two = audit.recent(2);
    QVERIFY2(two, qPrintable(errorOf(two)));
    QCOMPARE(two->size(), size_t(2));
    QCOMPARE(two->at(0).action, QStringLiteral("venue.opened"));
    QCOMPARE(two->at(1).action, QStringLiteral("ruling.override"));
    QCOMPARE(two->at(1).details, QStringLiteral("{\"foul\":false}"));
    QVERIFY(two->at(0).id > two->at(1).id);
    const Result<std::vector<AuditEntry>> all = audit.recent();
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(3));
    const Result<std::vector<AuditEntry>> zero = audit.recent(0);
    QVERIFY2(zero, qPrintable(errorOf(zero)));
    QVERIFY(zero->empty());
}

void tst_VenueRepository::seedIsWrittenOnce_data()
{
    QTest::addColumn<bool>("isDemo");
    QTest::addColumn<QString>("action"); // what the audit entry says
    QTest::newRow("the demo venue") << true << QStringLiteral("venue.demo-created");
    QTest::newRow("a real first venue") << false << QStringLiteral("venue.created");
}

void tst_VenueRepository::seedIsWrittenOnce()
{
    QFETCH(bool, isDemo);
    QFETCH(QString, action);
    const VenueSeed seed = smallSeed(isDemo);
    VenueRepository venues(*m_database);
    const Result<bool> first = venues.seedFirstVenue(seed, kSeedKey);
    QVERIFY2(first, qPrintable(errorOf(first)));
    QVERIFY(*first);

    const Result<std::vector<VenueRecord>> all = venues.venues();
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(1));
    const VenueRecord &venue = all->front();
    QCOMPARE(venue.name, seed.name);
    QCOMPARE(venue.isDemo, isDemo);
    QCOMPARE(demoCount(*all), isDemo ? 1 : 0);

    const Result<std::vector<TableRecord>> tables = venues.tables(venue.id);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QCOMPARE(tables->size(), seed.tables.size());
    for (size_t i = 0; i < seed.tables.size(); ++i) {
        const TableRecord &read = tables->at(i);
        const TableRecord &written = seed.tables[i];
        QVERIFY(read.id > 0);
        QCOMPARE(read.venueId, venue.id);
        QCOMPARE(read.name, written.name);
        QCOMPARE(read.size, written.size);
        QCOMPARE(read.status, written.status);
        QCOMPARE(read.cameraSource, written.cameraSource);
        QCOMPARE(read.position, written.position);
    }

    const Result<std::vector<PlayerRecord>> players = venues.players(venue.id);
    QVERIFY2(players, qPrintable(errorOf(players)));
    QCOMPARE(players->size(), size_t(2));
    QCOMPARE(players->front().name, QStringLiteral("Alex Moreno"));
    QCOMPARE(players->front().nickname, QStringLiteral("Lefty"));
    QCOMPARE(players->front().homeVenueId, venue.id);
    QCOMPARE(players->back().name, QStringLiteral("Hana Sato"));
    QVERIFY(players->back().nickname.isEmpty());

    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> entries = audit.recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(1));
    QCOMPARE(entries->front().action, action);
    QCOMPARE(entries->front().actor, QStringLiteral("system"));
    QCOMPARE(entries->front().subject, QStringLiteral("venue:%1").arg(venue.id));
    QCOMPARE(entries->front().details, seed.name);

    const Result<bool> second = venues.seedFirstVenue(seed, kSeedKey);
    QVERIFY2(second, qPrintable(errorOf(second)));
    QVERIFY(!*second);
    const Result<std::vector<VenueRecord>> still = venues.venues();
    QVERIFY2(still, qPrintable(errorOf(still)));
    QCOMPARE(still->size(), size_t(1));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 2);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 2);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

void tst_VenueRepository::seedNeverComesBack_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::addColumn<QString>("key");    // the key of the seed offered after the removal
    QTest::addColumn<bool>("rewritten"); // whether that seed is written
    QTest::newRow("same connection") << false << kSeedKey << false;
    QTest::newRow("after a fresh open") << true << kSeedKey << false;
    // The key is the seed's, not a flag for every seed.
    QTest::newRow("a seed with another key") << false << QStringLiteral("another_seed") << true;
}

void tst_VenueRepository::seedNeverComesBack()
{
    QFETCH(bool, reopen);
    QFETCH(QString, key);
    QFETCH(bool, rewritten);
    const Result<bool> seeded
        = VenueRepository(*m_database).seedFirstVenue(smallSeed(true), kSeedKey);
    QVERIFY2(seeded, qPrintable(errorOf(seeded)));
    QVERIFY(*seeded);
    {
        VenueRepository venues(*m_database);
        const Result<void> removed = venues.removeDemoVenues(QStringLiteral("front-desk"));
        QVERIFY2(removed, qPrintable(errorOf(removed)));
        const Result<std::vector<VenueRecord>> all = venues.venues();
        QVERIFY2(all, qPrintable(errorOf(all)));
        QVERIFY(all->empty());
    }
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 0);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 0);
    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(2));
    QCOMPARE(entries->front().action, QStringLiteral("venue.demo-removed"));
    QCOMPARE(entries->front().actor, QStringLiteral("front-desk"));

    if (reopen) {
        m_database.reset();
        Result<std::unique_ptr<Database>> opened = Database::open(*m_location);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        m_database = std::move(*opened);
    }
    VenueRepository venues(*m_database);
    const Result<bool> again = venues.seedFirstVenue(smallSeed(true), key);
    QVERIFY2(again, qPrintable(errorOf(again)));
    QCOMPARE(*again, rewritten);
    const Result<std::vector<VenueRecord>> all = venues.venues();
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(demoCount(*all), rewritten ? 1 : 0);
    QCOMPARE(all->size(), size_t(rewritten ? 1 : 0));
    if (rewritten)
        return;
    // Removing when there is no demo is fine and records nothing.
    const Result<void> removedAgain = venues.removeDemoVenues(QStringLiteral("front-desk"));
    QVERIFY2(removedAgain, qPrintable(errorOf(removedAgain)));
    const Result<std::vector<AuditEntry>> after = AuditLog(*m_database).recent();
    QVERIFY2(after, qPrintable(errorOf(after)));
    QCOMPARE(after->size(), size_t(2));
}

void tst_VenueRepository::seedNotWrittenBesideARealVenue()
{
    VenueRepository venues(*m_database);
    const Result<qint64> real = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(real, qPrintable(errorOf(real)));
    const Result<bool> seeded = venues.seedFirstVenue(smallSeed(true), kSeedKey);
    QVERIFY2(seeded, qPrintable(errorOf(seeded)));
    QVERIFY(!*seeded);
    const Result<std::vector<VenueRecord>> all = venues.venues();
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(demoCount(*all), 0);
    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QVERIFY(entries->empty());
}

void tst_VenueRepository::removingDemoVenuesKeepsTheRest_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("removed");
    QTest::newRow("by the front desk") << QStringLiteral("front-desk") << true;
    // The audit entry cannot be written, so nothing is removed.
    QTest::newRow("by nobody") << QString() << false;
}

void tst_VenueRepository::removingDemoVenuesKeepsTheRest()
{
    QFETCH(QString, actor);
    QFETCH(bool, removed);
    VenueRepository venues(*m_database);
    const Result<qint64> demoA = venues.addVenue(QStringLiteral("Demo A"), true);
    const Result<qint64> real = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    const Result<qint64> demoB = venues.addVenue(QStringLiteral("Demo B"), true);
    QVERIFY2(demoA, qPrintable(errorOf(demoA)));
    QVERIFY2(real, qPrintable(errorOf(real)));
    QVERIFY2(demoB, qPrintable(errorOf(demoB)));
    for (const qint64 venueId : {*demoA, *real, *demoB}) {
        const Result<qint64> table = venues.addTable(tableIn(venueId, QStringLiteral("Table 1")));
        QVERIFY2(table, qPrintable(errorOf(table)));
        const Result<qint64> player = venues.addPlayer(playerIn(venueId, QStringLiteral("Pat")));
        QVERIFY2(player, qPrintable(errorOf(player)));
    }

    const Result<void> outcome = venues.removeDemoVenues(actor);
    QCOMPARE(outcome.has_value(), removed);
    const Result<std::vector<VenueRecord>> all = venues.venues();
    QVERIFY2(all, qPrintable(errorOf(all)));
    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    if (!removed) {
        QVERIFY2(outcome.error().startsWith(QLatin1String("cannot remove the demo venue: ")),
                 qPrintable(outcome.error()));
        QCOMPARE(all->size(), size_t(3));
        QCOMPARE(demoCount(*all), 2);
        QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 3);
        QVERIFY(entries->empty());
        return;
    }
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(all->front().id, *real);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 1);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 1);
    const Result<std::vector<TableRecord>> tables = venues.tables(*real);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QCOMPARE(tables->size(), size_t(1));
    QCOMPARE(entries->size(), size_t(1));
    QCOMPARE(entries->front().action, QStringLiteral("venue.demo-removed"));
    QCOMPARE(entries->front().actor, actor);
    QCOMPARE(entries->front().subject, QStringLiteral("venue:%1,venue:%2").arg(*demoA).arg(*demoB));
    QCOMPARE(entries->front().details, QStringLiteral("Demo A, Demo B"));
}

void tst_VenueRepository::concurrentStartsWriteTheSeedOnce()
{
    // Several venue PCs (threads with their own connections) start on a new database at once:
    // they migrate and offer the first venue together, and exactly one writes it.
    m_database.reset();
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(location ? QString() : location.error()));

    constexpr int kStarts = 4;
    std::vector<QString> errors(kStarts);
    std::vector<int> written(kStarts, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < kStarts; ++i) {
        threads.emplace_back([&, i] {
            const Result<std::unique_ptr<Database>> opened = Database::open(*location);
            if (!opened) {
                errors[i] = opened.error();
                return;
            }
            const Result<bool> seeded
                = VenueRepository(**opened).seedFirstVenue(smallSeed(true), kSeedKey);
            if (!seeded) {
                errors[i] = seeded.error();
                return;
            }
            written[i] = *seeded ? 1 : 0;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &threadError : errors)
        QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
    QCOMPARE(std::count(written.begin(), written.end(), 1), 1);

    const Result<std::unique_ptr<Database>> opened = Database::open(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const Result<std::vector<VenueRecord>> all = VenueRepository(**opened).venues();
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(countRows(**opened, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 2);
    QCOMPARE(versionOf(**opened), latestSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_VenueRepository)
#include "tst_venuerepository.moc"
