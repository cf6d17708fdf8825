#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/migrations.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QDate>
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
Q_DECLARE_METATYPE(std::optional<dojo::storage::FloorPlace>)

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
    // The venue set up and edited by its staff.
    void createVenueWritesAllOrNothing_data();
    void createVenueWritesAllOrNothing();
    void venueSettingsAreAudited();
    void tableEditsAreAudited_data();
    void tableEditsAreAudited();
    void tablePlacesRoundTrip_data();
    void tablePlacesRoundTrip();
    void removedRowsComeBackWithTheirIds();
    void removalRefusedWhileHeld_data();
    void removalRefusedWhileHeld();
    void playerEditsAndMembership();

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

void tst_VenueRepository::createVenueWritesAllOrNothing_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<int>("tableCount");
    QTest::addColumn<bool>("duplicateName");

    QTest::newRow("euros in Berlin, 6 tables")
        << QStringLiteral("EUR") << QStringLiteral("Europe/Berlin") << 6 << false;
    QTest::newRow("dollars in Los Angeles, 1 table")
        << QStringLiteral("USD") << QStringLiteral("America/Los_Angeles") << 1 << false;
    QTest::newRow("a venue with no tables yet")
        << QStringLiteral("JPY") << QStringLiteral("Asia/Tokyo") << 0 << false;
    // The last table breaks the unique name: the venue and every table before it go too.
    QTest::newRow("two tables with one name")
        << QStringLiteral("GBP") << QStringLiteral("Europe/London") << 3 << true;
}

void tst_VenueRepository::createVenueWritesAllOrNothing()
{
    QFETCH(QString, currency);
    QFETCH(QString, timeZone);
    QFETCH(int, tableCount);
    QFETCH(bool, duplicateName);

    VenueRecord settings;
    settings.name = QStringLiteral("The Break Room");
    settings.currency = currency;
    settings.timeZone = timeZone;
    settings.graceMinutes = 10;
    settings.lockMinutes = 3;
    std::vector<TableRecord> tables;
    for (int i = 1; i <= tableCount; ++i) {
        TableRecord table = tableIn(0, QStringLiteral("Table %1").arg(i));
        table.size = i % 2 ? TableSize::NineFoot : TableSize::SevenFoot;
        table.position = i;
        tables.push_back(table);
    }
    if (duplicateName)
        tables.back().name = tables.front().name;

    VenueRepository venues(*m_database);
    const Result<qint64> venueId
        = venues.createVenue(settings, tables, QStringLiteral("staff:Mia"));
    if (duplicateName) {
        QVERIFY(!venueId);
        QVERIFY2(venueId.error().contains(settings.name), qPrintable(venueId.error()));
        QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM venues")), 0);
        QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 0);
        QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
        return;
    }
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const Result<VenueRecord> read = venues.venue(*venueId);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->name, settings.name);
    QCOMPARE(read->currency, currency);
    QCOMPARE(read->timeZone, timeZone);
    QCOMPARE(read->graceMinutes, 10);
    QCOMPARE(read->lockMinutes, 3);
    QVERIFY(!read->isDemo);
    const Result<std::vector<TableRecord>> written = venues.tables(*venueId);
    QVERIFY2(written, qPrintable(errorOf(written)));
    QCOMPARE(written->size(), size_t(tableCount));
    for (size_t i = 0; i < written->size(); ++i) {
        QCOMPARE(written->at(i).name, tables[i].name);
        QCOMPARE(written->at(i).size, tables[i].size);
        QVERIFY(!written->at(i).floorPlace); // a new venue's tables stand on the grid
        QCOMPARE(written->at(i).rateClass, QString());
    }
    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(1));
    QCOMPARE(entries->front().action, QStringLiteral("venue.created"));
    QCOMPARE(entries->front().actor, QStringLiteral("staff:Mia"));
    QCOMPARE(entries->front().subject, QStringLiteral("venue:%1").arg(*venueId));
    const QJsonObject details = QJsonDocument::fromJson(entries->front().details.toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("tables")).toInt(), tableCount);
    QCOMPARE(details.value(QStringLiteral("timeZone")).toString(), timeZone);
}

void tst_VenueRepository::venueSettingsAreAudited()
{
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const Result<VenueRecord> before = venues.venue(*venueId);
    QVERIFY2(before, qPrintable(errorOf(before)));
    // Migration 7's defaults for a venue that never had settings.
    QCOMPARE(before->currency, QStringLiteral("EUR"));
    QCOMPARE(before->timeZone, QStringLiteral("UTC"));
    QCOMPARE(before->graceMinutes, 15);
    QCOMPARE(before->lockMinutes, 5);

    VenueRecord changed = *before;
    changed.name = QStringLiteral("Corner Pocket Lounge");
    changed.currency = QStringLiteral("CHF");
    changed.timeZone = QStringLiteral("Europe/Zurich");
    changed.graceMinutes = 20;
    changed.lockMinutes = 2;
    const Result<void> written = venues.updateVenueSettings(changed, QStringLiteral("staff:Mia"));
    QVERIFY2(written, qPrintable(errorOf(written)));
    // The same settings again write and audit nothing.
    QVERIFY(venues.updateVenueSettings(changed, QStringLiteral("staff:Mia")));
    const Result<VenueRecord> after = venues.venue(*venueId);
    QVERIFY2(after, qPrintable(errorOf(after)));
    QCOMPARE(after->name, changed.name);
    QCOMPARE(after->currency, changed.currency);
    QCOMPARE(after->timeZone, changed.timeZone);
    QCOMPARE(after->graceMinutes, 20);
    QCOMPARE(after->lockMinutes, 2);

    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(1));
    QCOMPARE(entries->front().action, QStringLiteral("venue.settings"));
    const QJsonObject change = QJsonDocument::fromJson(entries->front().details.toUtf8()).object();
    QCOMPARE(change.value(QStringLiteral("from")).toObject().value(QStringLiteral("currency")),
             QJsonValue(QStringLiteral("EUR")));
    QCOMPARE(change.value(QStringLiteral("to")).toObject().value(QStringLiteral("currency")),
             QJsonValue(QStringLiteral("CHF")));

    changed.name = QStringLiteral(" ");
    const Result<void> nameless = venues.updateVenueSettings(changed, QStringLiteral("staff:Mia"));
    QVERIFY(!nameless);
    changed.name = QStringLiteral("Gone");
    changed.id = *venueId + 1000;
    const Result<void> missing = venues.updateVenueSettings(changed, QStringLiteral("staff:Mia"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("no such venue")), qPrintable(missing.error()));
}

void tst_VenueRepository::tableEditsAreAudited_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("audited");
    QTest::newRow("renamed") << QStringLiteral("name") << true;
    QTest::newRow("another size") << QStringLiteral("size") << true;
    QTest::newRow("another camera") << QStringLiteral("camera") << true;
    QTest::newRow("a rate class of its own") << QStringLiteral("rate") << true;
    QTest::newRow("nothing changes") << QStringLiteral("none") << false;
    QTest::newRow("the name of another table") << QStringLiteral("duplicate") << false;
}

void tst_VenueRepository::tableEditsAreAudited()
{
    QFETCH(QString, change);
    QFETCH(bool, audited);
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const Result<qint64> tableId = venues.addTable(tableIn(*venueId, QStringLiteral("Table 1")),
                                                   QStringLiteral("staff:Mia"));
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    QVERIFY(venues.addTable(tableIn(*venueId, QStringLiteral("Table 2"))));

    const Result<std::vector<TableRecord>> before = venues.tables(*venueId);
    QVERIFY2(before, qPrintable(errorOf(before)));
    TableRecord table = before->front();
    QCOMPARE(table.id, *tableId);
    if (change == u"name")
        table.name = QStringLiteral("Diamond Pro");
    else if (change == u"size")
        table.size = TableSize::EightFootOversized;
    else if (change == u"camera")
        table.cameraSource = QStringLiteral("rtsp://10.0.0.9/table1");
    else if (change == u"rate")
        table.rateClass = QStringLiteral("tv table");
    else if (change == u"duplicate")
        table.name = QStringLiteral("Table 2");
    const Result<void> written = venues.updateTable(table, QStringLiteral("staff:Mia"));
    QCOMPARE(written.has_value(), change != u"duplicate");

    const Result<std::vector<TableRecord>> after = venues.tables(*venueId);
    QVERIFY2(after, qPrintable(errorOf(after)));
    const auto stored = std::find_if(after->begin(), after->end(),
                                     [&](const TableRecord &t) { return t.id == *tableId; });
    QVERIFY(stored != after->end());
    QCOMPARE(stored->name, written ? table.name : QStringLiteral("Table 1"));
    QCOMPARE(stored->size, table.size);
    QCOMPARE(stored->cameraSource, table.cameraSource);
    QCOMPARE(stored->rateClass, table.rateClass);

    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(audited ? 2 : 1)); // table.added, then the edit
    QCOMPARE(entries->back().action, QStringLiteral("table.added"));
    if (audited) {
        QCOMPARE(entries->front().action, QStringLiteral("table.edited"));
        QCOMPARE(entries->front().actor, QStringLiteral("staff:Mia"));
        QCOMPARE(entries->front().subject, QStringLiteral("table:%1").arg(*tableId));
    }
}

void tst_VenueRepository::tablePlacesRoundTrip_data()
{
    QTest::addColumn<std::optional<FloorPlace>>("place");
    QTest::newRow("by the window") << std::optional(FloorPlace{2.5, 1.75, 0});
    QTest::newRow("turned a quarter") << std::optional(FloorPlace{7.25, 4.0, 90});
    QTest::newRow("at the hall's corner") << std::optional(FloorPlace{0, 0, 270});
    QTest::newRow("back on the grid") << std::optional<FloorPlace>();
}

void tst_VenueRepository::tablePlacesRoundTrip()
{
    QFETCH(std::optional<FloorPlace>, place);
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    TableRecord table = tableIn(*venueId, QStringLiteral("Table 1"));
    table.floorPlace = FloorPlace{1, 1, 180}; // where it stood before
    const Result<qint64> tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));

    const Result<void> placed = venues.setTablePlace(*tableId, place, QStringLiteral("staff:Mia"));
    QVERIFY2(placed, qPrintable(errorOf(placed)));
    const Result<std::vector<TableRecord>> read = venues.tables(*venueId);
    QVERIFY2(read, qPrintable(errorOf(read)));
    const std::optional<FloorPlace> &stored = read->front().floorPlace;
    QCOMPARE(stored.has_value(), place.has_value());
    if (place) {
        QCOMPARE(stored->xMetres, place->xMetres);
        QCOMPARE(stored->yMetres, place->yMetres);
        QCOMPARE(stored->angleDegrees, place->angleDegrees);
    }
    QVERIFY(venues.setTablePlace(*tableId, place, QStringLiteral("staff:Mia")));
    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(1)); // the same place again is not a change
    QCOMPARE(entries->front().action, QStringLiteral("table.placed"));
    QVERIFY(!venues.setTablePlace(*tableId + 1000, place, QStringLiteral("staff:Mia")));
}

void tst_VenueRepository::removedRowsComeBackWithTheirIds()
{
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    TableRecord table = tableIn(*venueId, QStringLiteral("Snooker"));
    table.rateClass = QStringLiteral("snooker");
    table.floorPlace = FloorPlace{3, 2, 90};
    table.cameraSource = QStringLiteral("simulated:4");
    const Result<qint64> tableId = venues.addTable(table, QStringLiteral("staff:Mia"));
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    PlayerRecord player = playerIn(*venueId, QStringLiteral("Hana Sato"), QStringLiteral("Ace"));
    player.memberUntil = QDate(2027, 3, 31);
    const Result<qint64> playerId = venues.addPlayer(player, QStringLiteral("staff:Mia"));
    QVERIFY2(playerId, qPrintable(errorOf(playerId)));

    QVERIFY(venues.removeTable(*tableId, QStringLiteral("staff:Mia")));
    QVERIFY(venues.removePlayer(*playerId, QStringLiteral("staff:Mia")));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 0);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 0);
    QVERIFY(!venues.removeTable(*tableId, QStringLiteral("staff:Mia")));

    // An undone removal: the rows come back as they were, with their ids.
    table.id = *tableId;
    player.id = *playerId;
    const Result<qint64> tableBack = venues.addTable(table, QStringLiteral("staff:Mia"));
    QVERIFY2(tableBack, qPrintable(errorOf(tableBack)));
    QCOMPARE(*tableBack, *tableId);
    const Result<qint64> playerBack = venues.addPlayer(player, QStringLiteral("staff:Mia"));
    QVERIFY2(playerBack, qPrintable(errorOf(playerBack)));
    QCOMPARE(*playerBack, *playerId);
    const Result<std::vector<TableRecord>> tables = venues.tables(*venueId);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QCOMPARE(tables->front().rateClass, QStringLiteral("snooker"));
    QVERIFY(tables->front().floorPlace);
    QCOMPARE(tables->front().floorPlace->angleDegrees, 90.0);
    const Result<std::vector<PlayerRecord>> players = venues.players(*venueId);
    QVERIFY2(players, qPrintable(errorOf(players)));
    QCOMPARE(players->front().memberUntil, QDate(2027, 3, 31));

    // A new table after that still gets an id of its own.
    const Result<qint64> another = venues.addTable(tableIn(*venueId, QStringLiteral("Table 9")),
                                                   QStringLiteral("staff:Mia"));
    QVERIFY2(another, qPrintable(errorOf(another)));
    QVERIFY(*another != *tableId);

    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QStringList actions;
    for (const AuditEntry &entry : *entries)
        actions.prepend(entry.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("table.added"), QStringLiteral("player.added"),
                                   QStringLiteral("table.removed"),
                                   QStringLiteral("player.removed"), QStringLiteral("table.added"),
                                   QStringLiteral("player.added"), QStringLiteral("table.added")}));
}

void tst_VenueRepository::removalRefusedWhileHeld_data()
{
    QTest::addColumn<QString>("what");   // "table" or "player"
    QTest::addColumn<QString>("holder"); // what holds it
    QTest::addColumn<bool>("refused");
    QTest::newRow("table booked tonight")
        << QStringLiteral("table") << QStringLiteral("ahead") << true;
    QTest::newRow("table with a session open")
        << QStringLiteral("table") << QStringLiteral("session") << true;
    QTest::newRow("table booked last week")
        << QStringLiteral("table") << QStringLiteral("past") << false;
    QTest::newRow("table with a cancelled booking")
        << QStringLiteral("table") << QStringLiteral("cancelled") << false;
    QTest::newRow("player booked tonight")
        << QStringLiteral("player") << QStringLiteral("ahead") << true;
    QTest::newRow("player with a session open")
        << QStringLiteral("player") << QStringLiteral("session") << true;
    QTest::newRow("player booked last week")
        << QStringLiteral("player") << QStringLiteral("past") << false;
}

void tst_VenueRepository::removalRefusedWhileHeld()
{
    QFETCH(QString, what);
    QFETCH(QString, holder);
    QFETCH(bool, refused);
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const Result<qint64> tableId = venues.addTable(tableIn(*venueId, QStringLiteral("Table 1")));
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    const Result<qint64> playerId = venues.addPlayer(playerIn(*venueId, QStringLiteral("Pat")));
    QVERIFY2(playerId, qPrintable(errorOf(playerId)));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto text = [](const QDateTime &at) { return at.toString(Qt::ISODateWithMs); };
    QSqlQuery insert(m_database->connection());
    if (holder == u"session") {
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO table_sessions (venue_id, table_id, player_id, name, started_at, "
            "started_by) VALUES (?, ?, ?, 'Pat', ?, 'staff:Mia')")));
        insert.addBindValue(*venueId);
        insert.addBindValue(*tableId);
        insert.addBindValue(*playerId);
        insert.addBindValue(text(now.addSecs(-600)));
    } else {
        const bool past = holder == u"past";
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO bookings (table_id, player_id, starts_at, ends_at, name, state, "
            "created_by, created_at) VALUES (?, ?, ?, ?, 'Pat', ?, 'staff:Mia', ?)")));
        insert.addBindValue(*tableId);
        insert.addBindValue(*playerId);
        insert.addBindValue(text(now.addDays(past ? -7 : 0).addSecs(3600)));
        insert.addBindValue(text(now.addDays(past ? -7 : 0).addSecs(7200)));
        insert.addBindValue(holder == u"cancelled" ? QStringLiteral("cancelled")
                                                   : QStringLiteral("booked"));
        insert.addBindValue(text(now.addDays(-8)));
    }
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    insert.finish();

    const Result<void> removed = what == u"table"
                                     ? venues.removeTable(*tableId, QStringLiteral("staff:Mia"))
                                     : venues.removePlayer(*playerId, QStringLiteral("staff:Mia"));
    QCOMPARE(!removed, refused);
    const QString rows = what == u"table" ? QStringLiteral("SELECT COUNT(*) FROM pool_tables")
                                          : QStringLiteral("SELECT COUNT(*) FROM players");
    QCOMPARE(countRows(*m_database, rows), refused ? 1 : 0);
    if (refused) {
        QVERIFY2(removed.error().contains(holder == u"session" ? QLatin1String("session")
                                                               : QLatin1String("booking")),
                 qPrintable(removed.error()));
        QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    }
}

void tst_VenueRepository::playerEditsAndMembership()
{
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    const Result<qint64> playerId
        = venues.addPlayer(playerIn(*venueId, QStringLiteral("Pat")), QStringLiteral("staff:Mia"));
    QVERIFY2(playerId, qPrintable(errorOf(playerId)));
    const auto stored = [&]() {
        const Result<std::vector<PlayerRecord>> players = venues.players(*venueId);
        return players && players->size() == 1 ? players->front() : PlayerRecord{};
    };
    QVERIFY(!stored().memberUntil.isValid()); // not a member

    PlayerRecord pat = stored();
    pat.name = QStringLiteral("Pat Kelly");
    pat.nickname = QStringLiteral("The Rocket");
    pat.memberUntil = QDate(2026, 12, 31);
    QVERIFY(venues.updatePlayer(pat, QStringLiteral("staff:Mia")));
    QCOMPARE(stored().name, pat.name);
    QCOMPARE(stored().nickname, pat.nickname);
    QCOMPARE(stored().memberUntil, pat.memberUntil);
    pat.memberUntil = QDate(); // the membership ends
    QVERIFY(venues.updatePlayer(pat, QStringLiteral("staff:Ben")));
    QVERIFY(!stored().memberUntil.isValid());
    QVERIFY(venues.updatePlayer(pat, QStringLiteral("staff:Ben"))); // no change, no entry
    pat.name.clear();
    QVERIFY(!venues.updatePlayer(pat, QStringLiteral("staff:Ben")));

    const Result<std::vector<AuditEntry>> entries = AuditLog(*m_database).recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(3));
    QCOMPARE(entries->at(0).action, QStringLiteral("player.edited"));
    QCOMPARE(entries->at(0).actor, QStringLiteral("staff:Ben"));
    const QJsonObject change = QJsonDocument::fromJson(entries->at(0).details.toUtf8()).object();
    QCOMPARE(change.value(QStringLiteral("from")).toObject().value(QStringLiteral("memberUntil")),
             QJsonValue(QStringLiteral("2026-12-31")));

    // A membership day this build cannot read is refused, never read as "not a member".
    QSqlQuery broken(m_database->connection());
    QVERIFY(broken.exec(QStringLiteral("UPDATE players SET member_until = 'next spring'")));
    const Result<std::vector<PlayerRecord>> unreadable = venues.players(*venueId);
    QVERIFY(!unreadable);
    QVERIFY2(unreadable.error().contains(QLatin1String("next spring")),
             qPrintable(unreadable.error()));
}

QTEST_GUILESS_MAIN(tst_VenueRepository)
#include "tst_venuerepository.moc"
