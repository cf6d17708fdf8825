#include <storage/changefeed.h>
#include <storage/database.h>
#include <storage/internal/changenotice.h>
#include <storage/internal/transaction.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

const QString kActor = QStringLiteral("staff:Test");

// A write the other window makes, and the kinds PostgreSQL's notice names for it.
enum class Write { TableStatus, NewPlayer, NewVenue, JoinSecret };
// Something that must reach no other connection.
enum class Silent { OwnWrite, RolledBack, UpdateOfNoRow };

} // namespace

Q_DECLARE_METATYPE(Write)
Q_DECLARE_METATYPE(Silent)

class tst_ChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statementKinds_data();
    void statementKinds();
    void concerns_data();
    void concerns();
    void anotherConnectionsWriteArrives_data();
    void anotherConnectionsWriteArrives();
    void whatOthersNeedNotKnowStaysSilent_data();
    void whatOthersNeedNotKnowStaysSilent();
    void aBurstComesAsFewSignals();
    void aLostConnectionIsASentence();

private:
    Result<void> write(Database &database, Write what);
    bool isPostgreSQL() const
    {
        return m_databases.backend() == ScratchDatabases::Backend::PostgreSQL;
    }
    // The kinds the feed reports for writes PostgreSQL names as `kinds`: SQLite cannot tell.
    QStringList expected(const QStringList &kinds) const;

    ScratchDatabases m_databases;
    std::unique_ptr<Database> m_window; // the connection the feed follows
    std::unique_ptr<Database> m_other;  // another window, `serve`, another PC
    qint64 m_venueId = 0;
    qint64 m_tableId = 0;
    int m_written = 0;
};

void tst_ChangeFeed::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_ChangeFeed::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    Result<std::unique_ptr<Database>> window = Database::open(*location);
    QVERIFY2(window, qPrintable(errorOf(window)));
    m_window = std::move(*window);
    Result<std::unique_ptr<Database>> other = Database::open(*location);
    QVERIFY2(other, qPrintable(errorOf(other)));
    m_other = std::move(*other);

    VenueRepository venues(*m_window);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    TableRecord table;
    table.venueId = m_venueId;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    const Result<qint64> tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    m_tableId = *tableId;
}

void tst_ChangeFeed::cleanup()
{
    m_window.reset();
    m_other.reset();
}

Result<void> tst_ChangeFeed::write(Database &database, Write what)
{
    VenueRepository venues(database);
    const QString n = QString::number(++m_written);
    switch (what) {
    case Write::TableStatus:
        return venues.setTableStatus(
            m_tableId, m_written % 2 ? QStringLiteral("booked") : QStringLiteral("free"), kActor);
    case Write::NewPlayer: {
        PlayerRecord player;
        player.homeVenueId = m_venueId;
        player.name = QStringLiteral("Player %1").arg(n);
        const Result<qint64> added = venues.addPlayer(player);
        return added ? Result<void>() : Unexpected(added.error());
    }
    case Write::NewVenue: {
        const Result<qint64> added = venues.addVenue(QStringLiteral("Hall %1").arg(n), false);
        return added ? Result<void>() : Unexpected(added.error());
    }
    case Write::JoinSecret:
        return venues.setJoinSecret(m_venueId, QStringLiteral("%1").arg(n).repeated(8), kActor);
    }
    return Unexpected(QStringLiteral("unknown write"));
}

QStringList tst_ChangeFeed::expected(const QStringList &kinds) const
{
    return isPostgreSQL() ? kinds : QStringList{change::kAny};
}

void tst_ChangeFeed::statementKinds_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("kind"); // empty: the statement changes nothing

    QTest::newRow("insert") << QStringLiteral("INSERT INTO players (name) VALUES (?)")
                            << QStringLiteral("players");
    QTest::newRow("update, leading space")
        << QStringLiteral("  update pool_tables SET status = ? WHERE id = ?")
        << QStringLiteral("tables");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM venues WHERE id = ?")
                            << QStringLiteral("venue");
    QTest::newRow("a step") << QStringLiteral("INSERT INTO match_steps (match_id) VALUES (?)")
                            << QStringLiteral("matches");
    QTest::newRow("a session") << QStringLiteral("UPDATE table_sessions SET ended_at = ?")
                               << QStringLiteral("sessions");
    QTest::newRow("a booking") << QStringLiteral("INSERT INTO bookings (table_id) VALUES (?)")
                               << QStringLiteral("bookings");
    QTest::newRow("the audit") << QStringLiteral("INSERT INTO audit_log (at) VALUES (?)")
                               << QStringLiteral("audit");
    QTest::newRow("sqlite's insert or ignore")
        << QStringLiteral("INSERT OR IGNORE INTO staff (name) VALUES (?)")
        << QStringLiteral("staff");
    QTest::newRow("a table nobody named")
        << QStringLiteral("INSERT INTO something_new (x) VALUES (1)") << QStringLiteral("any");
    QTest::newRow("schema") << QStringLiteral("CREATE TABLE x (id INTEGER)")
                            << QStringLiteral("any");
    QTest::newRow("read") << QStringLiteral("SELECT name FROM players WHERE id = ?") << QString();
    QTest::newRow("read naming an update")
        << QStringLiteral("SELECT 'UPDATE players SET x' FROM venues") << QString();
    QTest::newRow("read with a CTE")
        << QStringLiteral("WITH t AS (SELECT 1) SELECT * FROM t") << QString();
    QTest::newRow("write with a CTE")
        << QStringLiteral("WITH t AS (SELECT 1) DELETE FROM bookings WHERE id IN (SELECT * FROM t)")
        << QStringLiteral("bookings");
    QTest::newRow("begin") << QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE") << QString();
    QTest::newRow("commit") << QStringLiteral("COMMIT") << QString();
    QTest::newRow("lock") << QStringLiteral("SELECT pg_advisory_xact_lock(1)") << QString();
    QTest::newRow("pragma") << QStringLiteral("PRAGMA data_version") << QString();
}

void tst_ChangeFeed::statementKinds()
{
    QFETCH(QString, sql);
    QFETCH(QString, kind);
    QCOMPARE(storage::internal::changeKindOf(sql).value_or(QString()), kind);
}

void tst_ChangeFeed::concerns_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<bool>("concernsTheFloor");

    QTest::newRow("a table") << QStringList{QStringLiteral("audit"), QStringLiteral("tables")}
                             << true;
    QTest::newRow("a player") << QStringList{QStringLiteral("players")} << true;
    QTest::newRow("anything") << QStringList{QStringLiteral("any")} << true;
    QTest::newRow("a match step") << QStringList{QStringLiteral("matches")} << false;
    QTest::newRow("a lease and the audit")
        << QStringList{QStringLiteral("audit"), QStringLiteral("leases")} << false;
}

void tst_ChangeFeed::concerns()
{
    QFETCH(QStringList, kinds);
    QFETCH(bool, concernsTheFloor);
    QCOMPARE(ChangeFeed::concerns(kinds, {change::kVenue, change::kTables, change::kPlayers}),
             concernsTheFloor);
    QCOMPARE(storage::internal::kindsFromPayload(storage::internal::changePayload(kinds)),
             kinds.contains(change::kAny) ? QStringList{change::kAny} : kinds);
}

void tst_ChangeFeed::anotherConnectionsWriteArrives_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QStringList>("kinds");

    QTest::newRow("a table's status")
        << Write::TableStatus << QStringList{QStringLiteral("audit"), QStringLiteral("tables")};
    QTest::newRow("a new player") << Write::NewPlayer << QStringList{QStringLiteral("players")};
    QTest::newRow("a new venue") << Write::NewVenue << QStringList{QStringLiteral("venue")};
    QTest::newRow("a new join secret")
        << Write::JoinSecret << QStringList{QStringLiteral("audit"), QStringLiteral("venue")};
}

void tst_ChangeFeed::anotherConnectionsWriteArrives()
{
    QFETCH(Write, write);
    QFETCH(QStringList, kinds);
    ChangeFeed feed(*m_window);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    const Result<void> started = feed.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
    QVERIFY(feed.isFollowing());

    const Result<void> written = this->write(*m_other, write);
    QVERIFY2(written, qPrintable(errorOf(written)));
    // Generous: the feed is only asked to be there within the second a person notices.
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().first().toStringList(), expected(kinds));
}

void tst_ChangeFeed::whatOthersNeedNotKnowStaysSilent_data()
{
    QTest::addColumn<Silent>("silent");

    QTest::newRow("the window's own write") << Silent::OwnWrite;
    QTest::newRow("a write rolled back") << Silent::RolledBack;
    QTest::newRow("an update that matched no row") << Silent::UpdateOfNoRow;
}

void tst_ChangeFeed::whatOthersNeedNotKnowStaysSilent()
{
    QFETCH(Silent, silent);
    ChangeFeed feed(*m_window);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    const Result<void> started = feed.start();
    QVERIFY2(started, qPrintable(errorOf(started)));

    switch (silent) {
    case Silent::OwnWrite: {
        const Result<void> written = write(*m_window, Write::TableStatus);
        QVERIFY2(written, qPrintable(errorOf(written)));
        break;
    }
    case Silent::RolledBack:
    case Silent::UpdateOfNoRow: {
        storage::internal::Transaction txn(m_other->connection());
        const Result<void> begun = txn.begin();
        QVERIFY2(begun, qPrintable(errorOf(begun)));
        const qint64 table = silent == Silent::RolledBack ? m_tableId : m_tableId + 1000;
        const Result<QSqlQuery> updated = txn.exec(
            QStringLiteral("UPDATE pool_tables SET status = 'booked' WHERE id = ?"), {table});
        QVERIFY2(updated, qPrintable(errorOf(updated)));
        if (silent == Silent::RolledBack) {
            txn.rollback();
        } else {
            const Result<void> committed = txn.commit();
            QVERIFY2(committed, qPrintable(errorOf(committed)));
        }
        break;
    }
    }
    if (isPostgreSQL()) {
        // Notices arrive in commit order: had the silent one been told, it would come first or
        // share the signal with the player's.
        const Result<void> player = write(*m_other, Write::NewPlayer);
        QVERIFY2(player, qPrintable(errorOf(player)));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().first().toStringList(), QStringList{QStringLiteral("players")});
    } else {
        // data_version is asked every 300 ms: a second is three looks at it.
        QVERIFY(!changed.wait(1000));
        const Result<void> player = write(*m_other, Write::NewPlayer);
        QVERIFY2(player, qPrintable(errorOf(player)));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.count(), 1);
    }
}

void tst_ChangeFeed::aBurstComesAsFewSignals()
{
    ChangeFeed feed(*m_window);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    const Result<void> started = feed.start();
    QVERIFY2(started, qPrintable(errorOf(started)));

    constexpr int kWrites = 50;
    for (int i = 0; i < kWrites; ++i) {
        const Result<void> written = write(*m_other, i % 2 ? Write::NewPlayer : Write::TableStatus);
        QVERIFY2(written, qPrintable(errorOf(written)));
    }
    QVERIFY(changed.wait(10000));
    while (changed.wait(1000)) {
    }
    qInfo("%d writes came as %lld signals", kWrites, qlonglong(changed.count()));
    QVERIFY2(changed.count() <= 3, qPrintable(QString::number(changed.count())));
    QStringList kinds;
    for (const QList<QVariant> &signal : changed)
        kinds += signal.first().toStringList();
    kinds.removeDuplicates();
    kinds.sort();
    QCOMPARE(kinds, expected({QStringLiteral("audit"), QStringLiteral("players"),
                              QStringLiteral("tables")}));
}

void tst_ChangeFeed::aLostConnectionIsASentence()
{
    if (!isPostgreSQL())
        QSKIP("an SQLite file has no connection to lose");
    ChangeFeed feed(*m_window);
    QSignalSpy lost(&feed, &ChangeFeed::lost);
    const Result<void> started = feed.start();
    QVERIFY2(started, qPrintable(errorOf(started)));

    QSqlQuery pid(m_window->connection());
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    QSqlQuery terminate(m_other->connection());
    QVERIFY(terminate.exec(
        QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toLongLong())));
    QVERIFY(lost.wait(10000));
    const QString why = lost.first().first().toString();
    QVERIFY2(why.contains(QStringLiteral("connection to the database was lost")), qPrintable(why));
    QVERIFY(!feed.isFollowing());
}

QTEST_GUILESS_MAIN(tst_ChangeFeed)

#include "tst_changefeed.moc"
