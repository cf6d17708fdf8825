// Table leases on both backends: who runs a table's match, judged by the database's clock.

#include <storage/database.h>
#include <storage/internal/sqltext.h>
#include <storage/tableleases.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <thread>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

const QString kFirst = QStringLiteral("deskpc pid 101 a1b2c3");
const QString kSecond = QStringLiteral("backroom pid 202 d4e5f6");

TableRecord tableIn(qint64 venueId, const QString &name)
{
    TableRecord table;
    table.venueId = venueId;
    table.name = name;
    table.status = QStringLiteral("free");
    return table;
}

// Waits (at most 10 s) until the database's clock has passed the table's lease.
bool waitUntilExpired(TableLeases &leases, qint64 venueId, qint64 tableId)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const Result<std::vector<TableLease>> all = leases.holders(venueId);
        if (!all)
            return false;
        for (const TableLease &lease : *all) {
            if (lease.tableId == tableId && lease.expired)
                return true;
        }
        QThread::msleep(100);
    }
    return false;
}

} // namespace

class tst_TableLeases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void takesAFreeTable();
    void renewsItsOwnLease();
    void refusedWhileHeld();
    void takenAfterExpiry();
    void releaseFreesOnlyOurOwn();
    void holdersOfOneVenue();
    void expiryIsTheDatabasesUtcText();
    void oneOfManyRacersWins_data();
    void oneOfManyRacersWins();

private:
    ScratchDatabases m_databases;
    std::optional<DatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    qint64 m_venueId = 0;
    qint64 m_tableId = 0;
};

void tst_TableLeases::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_TableLeases::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    m_location = *location;
    Result<std::unique_ptr<Database>> opened = Database::open(*m_location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    VenueRepository venues(*m_database);
    const Result<qint64> venue = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venue, qPrintable(errorOf(venue)));
    m_venueId = *venue;
    const Result<qint64> table = venues.addTable(tableIn(m_venueId, QStringLiteral("Table 1")));
    QVERIFY2(table, qPrintable(errorOf(table)));
    m_tableId = *table;
}

void tst_TableLeases::cleanup()
{
    m_database.reset();
}

void tst_TableLeases::takesAFreeTable()
{
    TableLeases leases(*m_database);
    const Result<LeaseTake> take = leases.takeOrRenew(m_tableId, kFirst, 10);
    QVERIFY2(take, qPrintable(errorOf(take)));
    QVERIFY(take->ours);
    QCOMPARE(take->holder, kFirst);
    QVERIFY(take->previousHolder.isEmpty());
    QVERIFY(take->expiresAt.isValid());

    const Result<std::vector<TableLease>> all = leases.holders(m_venueId);
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(all->front().tableId, m_tableId);
    QCOMPARE(all->front().holder, kFirst);
    QVERIFY(!all->front().expired);
}

void tst_TableLeases::renewsItsOwnLease()
{
    TableLeases leases(*m_database);
    const Result<LeaseTake> first = leases.takeOrRenew(m_tableId, kFirst, 10);
    QVERIFY2(first, qPrintable(errorOf(first)));
    QThread::msleep(20);
    const Result<LeaseTake> renewed = leases.takeOrRenew(m_tableId, kFirst, 30);
    QVERIFY2(renewed, qPrintable(errorOf(renewed)));
    QVERIFY(renewed->ours);
    QCOMPARE(renewed->previousHolder, kFirst);
    QVERIFY2(renewed->expiresAt > first->expiresAt,
             qPrintable(renewed->expiresAt.toString(Qt::ISODateWithMs)));
}

void tst_TableLeases::refusedWhileHeld()
{
    TableLeases leases(*m_database);
    QVERIFY(leases.takeOrRenew(m_tableId, kFirst, 10).value().ours);
    const Result<LeaseTake> refused = leases.takeOrRenew(m_tableId, kSecond, 10);
    QVERIFY2(refused, qPrintable(errorOf(refused)));
    QVERIFY(!refused->ours);
    QCOMPARE(refused->holder, kFirst);
    QCOMPARE(refused->previousHolder, kFirst);
    // The holder still renews it.
    QVERIFY(leases.takeOrRenew(m_tableId, kFirst, 10).value().ours);
}

void tst_TableLeases::takenAfterExpiry()
{
    TableLeases leases(*m_database);
    QVERIFY(leases.takeOrRenew(m_tableId, kFirst, 1).value().ours);
    QVERIFY(!leases.takeOrRenew(m_tableId, kSecond, 10).value().ours);
    QVERIFY(waitUntilExpired(leases, m_venueId, m_tableId));

    const Result<LeaseTake> taken = leases.takeOrRenew(m_tableId, kSecond, 10);
    QVERIFY2(taken, qPrintable(errorOf(taken)));
    QVERIFY(taken->ours);
    QCOMPARE(taken->previousHolder, kFirst);
    // The one that let it expire cannot renew it any more.
    const Result<LeaseTake> lost = leases.takeOrRenew(m_tableId, kFirst, 10);
    QVERIFY2(lost, qPrintable(errorOf(lost)));
    QVERIFY(!lost->ours);
    QCOMPARE(lost->holder, kSecond);
}

void tst_TableLeases::releaseFreesOnlyOurOwn()
{
    TableLeases leases(*m_database);
    QVERIFY(leases.takeOrRenew(m_tableId, kFirst, 10).value().ours);
    const Result<void> notOurs = leases.release(m_tableId, kSecond);
    QVERIFY2(notOurs, qPrintable(errorOf(notOurs)));
    QCOMPARE(leases.holders(m_venueId).value().size(), size_t(1));

    const Result<void> released = leases.release(m_tableId, kFirst);
    QVERIFY2(released, qPrintable(errorOf(released)));
    QVERIFY(leases.holders(m_venueId).value().empty());
    const Result<LeaseTake> taken = leases.takeOrRenew(m_tableId, kSecond, 10);
    QVERIFY2(taken, qPrintable(errorOf(taken)));
    QVERIFY(taken->ours);
    QVERIFY(taken->previousHolder.isEmpty());
}

void tst_TableLeases::holdersOfOneVenue()
{
    VenueRepository venues(*m_database);
    const qint64 second = venues.addTable(tableIn(m_venueId, QStringLiteral("Table 2"))).value();
    const qint64 other = venues.addVenue(QStringLiteral("Side Pocket"), false).value();
    const qint64 elsewhere = venues.addTable(tableIn(other, QStringLiteral("Table 1"))).value();

    TableLeases leases(*m_database);
    QVERIFY(leases.takeOrRenew(m_tableId, kFirst, 10).value().ours);
    QVERIFY(leases.takeOrRenew(second, kSecond, 10).value().ours);
    QVERIFY(leases.takeOrRenew(elsewhere, kSecond, 10).value().ours);

    const Result<std::vector<TableLease>> all = leases.holders(m_venueId);
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(2));
    QCOMPARE(all->at(0).tableId, m_tableId);
    QCOMPARE(all->at(0).holder, kFirst);
    QCOMPARE(all->at(1).tableId, second);
    QCOMPARE(all->at(1).holder, kSecond);
}

// The database writes its clock in the very form utcText() gives, so lease times and every
// other stored time compare as text.
void tst_TableLeases::expiryIsTheDatabasesUtcText()
{
    TableLeases leases(*m_database);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(leases.takeOrRenew(m_tableId, kFirst, 10).value().ours);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT expires_at FROM table_leases")));
    QVERIFY(query.next());
    const QString text = query.value(0).toString();
    const QDateTime expires = storage::internal::utcFromText(text);
    QVERIFY2(expires.isValid(), qPrintable(text));
    QCOMPARE(storage::internal::utcText(expires), text);
    QCOMPARE(text.size(), QStringLiteral("2026-12-03T10:33:06.123Z").size());
    // Same machine, same clock: ten seconds on, give or take a minute of slack.
    const qint64 ahead = before.secsTo(expires);
    QVERIFY2(ahead > -50 && ahead < 70, qPrintable(text));
}

void tst_TableLeases::oneOfManyRacersWins_data()
{
    QTest::addColumn<bool>("heldBefore");
    QTest::newRow("free table") << false;
    QTest::newRow("expired lease") << true;
}

void tst_TableLeases::oneOfManyRacersWins()
{
    QFETCH(bool, heldBefore);
    if (heldBefore) {
        TableLeases leases(*m_database);
        QVERIFY(leases.takeOrRenew(m_tableId, kFirst, 1).value().ours);
        QVERIFY(waitUntilExpired(leases, m_venueId, m_tableId));
    }

    constexpr int kRacers = 6;
    std::vector<QString> errors(kRacers);
    std::vector<int> won(kRacers, 0);
    std::vector<QString> holders(kRacers);
    std::vector<std::thread> threads;
    const DatabaseLocation location = *m_location;
    const qint64 tableId = m_tableId;
    for (int i = 0; i < kRacers; ++i) {
        threads.emplace_back([&, i] {
            const Result<std::unique_ptr<Database>> opened = Database::open(location);
            if (!opened) {
                errors[i] = opened.error();
                return;
            }
            const QString me = QStringLiteral("racer pid %1").arg(i);
            const Result<LeaseTake> take = TableLeases(**opened).takeOrRenew(tableId, me, 10);
            if (!take) {
                errors[i] = take.error();
                return;
            }
            won[i] = take->ours ? 1 : 0;
            holders[i] = take->holder;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &error : errors)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(std::count(won.begin(), won.end(), 1), 1);
    const int winner = int(std::find(won.begin(), won.end(), 1) - won.begin());
    // Every racer saw the one winner holding it.
    for (const QString &holder : holders)
        QCOMPARE(holder, holders[winner]);
    const Result<std::vector<TableLease>> all = TableLeases(*m_database).holders(m_venueId);
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(all->front().holder, QStringLiteral("racer pid %1").arg(winner));
}

QTEST_GUILESS_MAIN(tst_TableLeases)
#include "tst_tableleases.moc"
