#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/demovenue.h>
#include <storage/migrations.h>
#include <storage/venuerepository.h>
#include <support/scratchdatabases.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::ScratchDatabases;

Q_DECLARE_METATYPE(dojo::TableSize)
Q_DECLARE_METATYPE(dojo::TableStatus)

namespace {

qint64 countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
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
    void playersRoundTrip();
    void refusesBadWrites_data();
    void refusesBadWrites();
    void statusChangeWritesAnAuditEntry_data();
    void statusChangeWritesAnAuditEntry();
    void removingAVenueCascades();
    void auditLogListsNewestFirst();
    void demoVenueIsCreatedOnce();
    void demoVenueNeverComesBack_data();
    void demoVenueNeverComesBack();
    void demoVenueNotCreatedBesideARealVenue();
    void concurrentStartsCreateOneDemo();

private:
    ScratchDatabases m_databases;
    std::optional<DatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
};

void tst_VenueRepository::initTestCase()
{
    QString error;
    QVERIFY2(m_databases.start(&error), qPrintable(error));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_VenueRepository::init()
{
    QString error;
    m_location = m_databases.fresh(&error);
    QVERIFY2(m_location, qPrintable(error));
    DatabaseOpen opened = Database::open(*m_location);
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_database = std::move(opened.database);
}

void tst_VenueRepository::cleanup()
{
    m_database.reset();
}

void tst_VenueRepository::tablesRoundTrip_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<TableStatus>("status");
    QTest::addColumn<QString>("camera");

    QTest::newRow("9ft free, simulated")
        << TableSize::NineFoot << TableStatus::Free << QStringLiteral("simulated:1");
    QTest::newRow("8ft booked, RTSP") << TableSize::EightFoot << TableStatus::Booked
                                      << QStringLiteral("rtsp://10.0.0.7:554/stream?x=1&y='2'");
    QTest::newRow("8ft oversized in play, device")
        << TableSize::EightFootOversized << TableStatus::InPlay << QStringLiteral("/dev/video2");
    QTest::newRow("7ft free, no camera") << TableSize::SevenFoot << TableStatus::Free << QString();
    QTest::newRow("unicode file path") << TableSize::NineFoot << TableStatus::Booked
                                       << QStringLiteral("/srv/Aufnahmen/Tisch \u00fc 3.mp4");
}

void tst_VenueRepository::tablesRoundTrip()
{
    QFETCH(TableSize, size);
    QFETCH(TableStatus, status);
    QFETCH(QString, camera);

    VenueRepository venues(*m_database);
    const auto venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(venues.lastError()));
    const auto venue = venues.venue(*venueId);
    QVERIFY(venue);
    QCOMPARE(venue->name, QStringLiteral("Corner Pocket"));
    QVERIFY(!venue->isDemo);

    TableRecord table;
    table.venueId = *venueId;
    table.name = QStringLiteral("Table 7");
    table.size = size;
    table.status = status;
    table.cameraSource = camera;
    table.position = 7;
    const auto tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(venues.lastError()));

    const std::vector<TableRecord> tables = venues.tables(*venueId);
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(tables.front().id, *tableId);
    QCOMPARE(tables.front().venueId, *venueId);
    QCOMPARE(tables.front().name, table.name);
    QCOMPARE(tables.front().size, size);
    QCOMPARE(tables.front().status, status);
    QCOMPARE(tables.front().cameraSource, camera);
    QCOMPARE(tables.front().position, 7);
    QVERIFY(venues.tables(*venueId + 1000).empty());
    QVERIFY(venues.lastError().isEmpty());
}

void tst_VenueRepository::tablesAreOrderedByPosition()
{
    VenueRepository venues(*m_database);
    const auto venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY(venueId);
    const std::pair<const char *, int> added[]
        = {{"Snooker", 3}, {"Bar table B", 1}, {"Bar table A", 1}, {"Pro", 2}};
    for (const auto &[name, position] : added) {
        TableRecord table;
        table.venueId = *venueId;
        table.name = QLatin1String(name);
        table.position = position;
        QVERIFY2(venues.addTable(table), qPrintable(venues.lastError()));
    }
    QStringList names;
    for (const TableRecord &table : venues.tables(*venueId))
        names.append(table.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Bar table A"), QStringLiteral("Bar table B"),
                                 QStringLiteral("Pro"), QStringLiteral("Snooker")}));
}

void tst_VenueRepository::playersRoundTrip()
{
    VenueRepository venues(*m_database);
    const auto home = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    const auto away = venues.addVenue(QStringLiteral("Side Pocket"), false);
    QVERIFY(home && away);
    PlayerRecord player;
    player.homeVenueId = *home;
    player.name = QStringLiteral("Zoe O'Neil");
    player.nickname = QStringLiteral("Zed");
    const auto zoe = venues.addPlayer(player);
    QVERIFY2(zoe, qPrintable(venues.lastError()));
    player.name = QStringLiteral("Adam");
    player.nickname.clear();
    QVERIFY(venues.addPlayer(player));
    player.homeVenueId = *away;
    player.name = QStringLiteral("Elsewhere");
    QVERIFY(venues.addPlayer(player));

    const std::vector<PlayerRecord> players = venues.players(*home);
    QCOMPARE(players.size(), size_t(2));
    QCOMPARE(players[0].name, QStringLiteral("Adam"));
    QCOMPARE(players[1].id, *zoe);
    QCOMPARE(players[1].name, QStringLiteral("Zoe O'Neil"));
    QCOMPARE(players[1].nickname, QStringLiteral("Zed"));
    QCOMPARE(players[1].homeVenueId, *home);
    QCOMPARE(venues.players(*away).size(), size_t(1));
    QCOMPARE(venues.venues().size(), size_t(2));
}

void tst_VenueRepository::refusesBadWrites_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("venue without a name") << QStringLiteral("venue-no-name");
    QTest::newRow("table without a name") << QStringLiteral("table-no-name");
    QTest::newRow("table in a venue that does not exist") << QStringLiteral("table-no-venue");
    QTest::newRow("two tables with one name") << QStringLiteral("table-duplicate");
    QTest::newRow("player in a venue that does not exist") << QStringLiteral("player-no-venue");
    QTest::newRow("status of a table that does not exist") << QStringLiteral("status-no-table");
    QTest::newRow("removing a venue that does not exist") << QStringLiteral("remove-no-venue");
    QTest::newRow("status change without an actor") << QStringLiteral("status-no-actor");
}

void tst_VenueRepository::refusesBadWrites()
{
    QFETCH(QString, write);
    VenueRepository venues(*m_database);
    const auto venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY(venueId);
    TableRecord table;
    table.venueId = *venueId;
    table.name = QStringLiteral("Table 1");
    const auto tableId = venues.addTable(table);
    QVERIFY(tableId);
    const qint64 missing = *venueId + *tableId + 1000;

    bool ok = true;
    if (write == u"venue-no-name") {
        ok = venues.addVenue(QStringLiteral("  "), false).has_value();
    } else if (write == u"table-no-name") {
        table.name.clear();
        ok = venues.addTable(table).has_value();
    } else if (write == u"table-no-venue") {
        table.venueId = missing;
        ok = venues.addTable(table).has_value();
    } else if (write == u"table-duplicate") {
        ok = venues.addTable(table).has_value();
    } else if (write == u"player-no-venue") {
        PlayerRecord player;
        player.homeVenueId = missing;
        player.name = QStringLiteral("Nobody");
        ok = venues.addPlayer(player).has_value();
    } else if (write == u"status-no-table") {
        ok = venues.setTableStatus(missing, TableStatus::InPlay, QStringLiteral("front-desk"));
    } else if (write == u"remove-no-venue") {
        ok = venues.removeVenue(missing, QStringLiteral("front-desk"));
    } else if (write == u"status-no-actor") {
        ok = venues.setTableStatus(*tableId, TableStatus::InPlay, QString());
    }
    QVERIFY(!ok);
    QVERIFY(!venues.lastError().isEmpty());
    QVERIFY2(!venues.lastError().contains(u'\n'), qPrintable(venues.lastError()));

    // Nothing half-written, and the connection is still usable.
    QCOMPARE(venues.venues().size(), size_t(1));
    const std::vector<TableRecord> tables = venues.tables(*venueId);
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(tables.front().status, TableStatus::Free);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 0);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QVERIFY(venues.setTableStatus(*tableId, TableStatus::Booked, QStringLiteral("front-desk")));
}

void tst_VenueRepository::statusChangeWritesAnAuditEntry_data()
{
    QTest::addColumn<TableStatus>("from");
    QTest::addColumn<TableStatus>("to");
    QTest::addColumn<QString>("actor");

    QTest::newRow("free to in play")
        << TableStatus::Free << TableStatus::InPlay << QStringLiteral("front-desk");
    QTest::newRow("free to booked")
        << TableStatus::Free << TableStatus::Booked << QStringLiteral("front-desk");
    QTest::newRow("in play to free")
        << TableStatus::InPlay << TableStatus::Free << QStringLiteral("referee:Maria");
    QTest::newRow("booked to in play")
        << TableStatus::Booked << TableStatus::InPlay << QStringLiteral("system");
}

void tst_VenueRepository::statusChangeWritesAnAuditEntry()
{
    QFETCH(TableStatus, from);
    QFETCH(TableStatus, to);
    QFETCH(QString, actor);

    VenueRepository venues(*m_database);
    const auto venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY(venueId);
    TableRecord table;
    table.venueId = *venueId;
    table.name = QStringLiteral("Table 1");
    table.status = from;
    const auto tableId = venues.addTable(table);
    QVERIFY(tableId);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY2(venues.setTableStatus(*tableId, to, actor), qPrintable(venues.lastError()));
    QCOMPARE(venues.tables(*venueId).front().status, to);

    AuditLog audit(*m_database);
    std::vector<AuditEntry> entries = audit.recent();
    QCOMPARE(entries.size(), size_t(1));
    const AuditEntry &entry = entries.front();
    QCOMPARE(entry.actor, actor);
    QCOMPARE(entry.action, QStringLiteral("table.status"));
    QCOMPARE(entry.subject, QStringLiteral("table:%1").arg(*tableId));
    const QJsonObject details = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    QCOMPARE(details.value(QLatin1String("from")).toString(), tableStatusKey(from));
    QCOMPARE(details.value(QLatin1String("to")).toString(), tableStatusKey(to));
    QVERIFY(entry.at.isValid());
    QCOMPARE(entry.at.timeSpec(), Qt::UTC);
    QVERIFY(entry.at >= before && entry.at <= QDateTime::currentDateTimeUtc().addSecs(1));

    // Setting the status it already has changes nothing and records nothing.
    QVERIFY(venues.setTableStatus(*tableId, to, actor));
    QCOMPARE(audit.recent().size(), size_t(1));
}

void tst_VenueRepository::removingAVenueCascades()
{
    VenueRepository venues(*m_database);
    const auto doomed = venues.addVenue(QStringLiteral("Closing Down"), false);
    const auto kept = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY(doomed && kept);
    for (const qint64 venueId : {*doomed, *kept}) {
        for (int i = 1; i <= 3; ++i) {
            TableRecord table;
            table.venueId = venueId;
            table.name = QStringLiteral("Table %1").arg(i);
            QVERIFY(venues.addTable(table));
            PlayerRecord player;
            player.homeVenueId = venueId;
            player.name = QStringLiteral("Player %1").arg(i);
            QVERIFY(venues.addPlayer(player));
        }
    }

    QVERIFY2(venues.removeVenue(*doomed, QStringLiteral("front-desk")),
             qPrintable(venues.lastError()));
    QVERIFY(!venues.venue(*doomed));
    QVERIFY(venues.tables(*doomed).empty());
    QVERIFY(venues.players(*doomed).empty());
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 3);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 3);
    QCOMPARE(venues.tables(*kept).size(), size_t(3));
    QCOMPARE(venues.players(*kept).size(), size_t(3));

    AuditLog audit(*m_database);
    const std::vector<AuditEntry> entries = audit.recent();
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries.front().action, QStringLiteral("venue.removed"));
    QCOMPARE(entries.front().subject, QStringLiteral("venue:%1").arg(*doomed));
    QCOMPARE(entries.front().actor, QStringLiteral("front-desk"));
    QCOMPARE(entries.front().details, QStringLiteral("Closing Down"));
}

void tst_VenueRepository::auditLogListsNewestFirst()
{
    AuditLog audit(*m_database);
    QVERIFY(audit.recent().empty());
    QVERIFY2(audit.record(QStringLiteral("front-desk"), QStringLiteral("booking.created"),
                          QStringLiteral("table:1")),
             qPrintable(audit.lastError()));
    QVERIFY(audit.record(QStringLiteral("referee:Maria"), QStringLiteral("ruling.override"),
                         QStringLiteral("table:2"), QStringLiteral("{\"foul\":false}")));
    QVERIFY(audit.record(QStringLiteral("system"), QStringLiteral("venue.opened"), QString()));
    QVERIFY(!audit.record(QString(), QStringLiteral("anonymous.change"), QString()));
    QVERIFY(!audit.lastError().isEmpty());

    const std::vector<AuditEntry> two = audit.recent(2);
    QVERIFY(audit.lastError().isEmpty());
    QCOMPARE(two.size(), size_t(2));
    QCOMPARE(two[0].action, QStringLiteral("venue.opened"));
    QCOMPARE(two[1].action, QStringLiteral("ruling.override"));
    QCOMPARE(two[1].details, QStringLiteral("{\"foul\":false}"));
    QVERIFY(two[0].id > two[1].id);
    QCOMPARE(audit.recent().size(), size_t(3));
    QVERIFY(audit.recent(0).empty());
}

void tst_VenueRepository::demoVenueIsCreatedOnce()
{
    const DemoVenueOutcome first = ensureDemoVenue(*m_database);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.created);

    VenueRepository venues(*m_database);
    const std::vector<VenueRecord> all = venues.venues();
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all.front().name, QStringLiteral("Dojo Demo"));
    QVERIFY(all.front().isDemo);
    QCOMPARE(demoVenueId(*m_database), std::optional<qint64>(all.front().id));

    const std::vector<TableRecord> tables = venues.tables(all.front().id);
    QCOMPARE(tables.size(), size_t(4));
    const TableSize sizes[] = {TableSize::NineFoot, TableSize::NineFoot,
                               TableSize::EightFootOversized, TableSize::SevenFoot};
    const TableStatus statuses[]
        = {TableStatus::InPlay, TableStatus::Free, TableStatus::Booked, TableStatus::Free};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(tables[i].name, QStringLiteral("Table %1").arg(i + 1));
        QCOMPARE(tables[i].size, sizes[i]);
        QCOMPARE(tables[i].status, statuses[i]);
        QCOMPARE(tables[i].cameraSource, QStringLiteral("simulated:%1").arg(i + 1));
        QCOMPARE(tables[i].position, i + 1);
    }

    const std::vector<PlayerRecord> players = venues.players(all.front().id);
    QCOMPARE(players.size(), size_t(8));
    QCOMPARE(players.front().name, QStringLiteral("Alex Moreno"));
    QCOMPARE(players.front().nickname, QStringLiteral("Lefty"));
    QCOMPARE(players[2].nickname, QStringLiteral("The Professor"));
    QCOMPARE(players.back().name, QStringLiteral("Hana Sato"));

    AuditLog audit(*m_database);
    const std::vector<AuditEntry> entries = audit.recent();
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries.front().action, QStringLiteral("venue.demo-created"));
    QCOMPARE(entries.front().actor, QStringLiteral("system"));

    const DemoVenueOutcome second = ensureDemoVenue(*m_database);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(!second.created);
    QCOMPARE(venues.venues().size(), size_t(1));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 4);
}

void tst_VenueRepository::demoVenueNeverComesBack_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::newRow("same connection") << false;
    QTest::newRow("after a fresh open") << true;
}

void tst_VenueRepository::demoVenueNeverComesBack()
{
    QFETCH(bool, reopen);
    QVERIFY(ensureDemoVenue(*m_database).created);
    QString error;
    QVERIFY2(removeDemoVenue(*m_database, QStringLiteral("front-desk"), &error), qPrintable(error));
    QVERIFY(!demoVenueId(*m_database));
    VenueRepository venues(*m_database);
    QVERIFY(venues.venues().empty());
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), 0);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), 0);
    const std::vector<AuditEntry> entries = AuditLog(*m_database).recent();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries.front().action, QStringLiteral("venue.demo-removed"));
    QCOMPARE(entries.front().actor, QStringLiteral("front-desk"));

    if (reopen) {
        m_database.reset();
        DatabaseOpen opened = Database::open(*m_location);
        QVERIFY2(opened.database, qPrintable(opened.error));
        m_database = std::move(opened.database);
    }
    const DemoVenueOutcome again = ensureDemoVenue(*m_database);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(!again.created);
    QVERIFY(VenueRepository(*m_database).venues().empty());
    QVERIFY(!demoVenueId(*m_database));
    // Removing when there is no demo is fine and records nothing.
    QVERIFY(removeDemoVenue(*m_database, QStringLiteral("front-desk"), &error));
    QCOMPARE(AuditLog(*m_database).recent().size(), size_t(2));
}

void tst_VenueRepository::demoVenueNotCreatedBesideARealVenue()
{
    VenueRepository venues(*m_database);
    QVERIFY(venues.addVenue(QStringLiteral("Corner Pocket"), false));
    const DemoVenueOutcome outcome = ensureDemoVenue(*m_database);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.created);
    QCOMPARE(venues.venues().size(), size_t(1));
    QVERIFY(!demoVenueId(*m_database));
    QVERIFY(AuditLog(*m_database).recent().empty());
}

void tst_VenueRepository::concurrentStartsCreateOneDemo()
{
    // Several venue PCs (threads with their own connections) start on a new database at once:
    // they migrate and ensure the demo together, and exactly one creates it.
    m_database.reset();
    QString error;
    const auto location = m_databases.fresh(&error);
    QVERIFY2(location, qPrintable(error));

    constexpr int kStarts = 4;
    std::vector<QString> errors(kStarts);
    std::vector<int> created(kStarts, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < kStarts; ++i) {
        threads.emplace_back([&, i] {
            DatabaseOpen opened = Database::open(*location);
            if (!opened.database) {
                errors[i] = opened.error;
                return;
            }
            const DemoVenueOutcome outcome = ensureDemoVenue(*opened.database);
            errors[i] = outcome.error;
            created[i] = outcome.created ? 1 : 0;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &threadError : errors)
        QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
    QCOMPARE(std::count(created.begin(), created.end(), 1), 1);

    DatabaseOpen opened = Database::open(*location);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(VenueRepository(*opened.database).venues().size(), size_t(1));
    QCOMPARE(opened.database->schemaVersion(), latestSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_VenueRepository)
#include "tst_venuerepository.moc"
