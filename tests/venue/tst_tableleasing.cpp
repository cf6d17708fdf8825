// TableLeasing on an SQLite file: the tables' leases taken, renewed, stood by for, taken over
// once their holder stops renewing, and lost at once to another holder.

#include <storage/database.h>
#include <storage/tableleases.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/tableleasing.h>

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

// Short leases, so a test waits a second or two rather than ten.
constexpr venue::TableLeasing::Timing kQuick{1, 200};

} // namespace

class tst_TableLeasing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void takesFreeTablesAndRenewsThem();
    void standsByThenTakesOver();
    void losesATableTakenByAnother();
    void releasesTablesNoLongerWanted();
    void holderNamesThePcAndProcess();

private:
    std::vector<venue::Table> tables() const;

    QTemporaryDir m_folder;
    std::unique_ptr<storage::Database> m_database;
    std::vector<qint64> m_tableIds;
    int m_count = 0;
};

void tst_TableLeasing::init()
{
    const QString folder = m_folder.filePath(QString::number(++m_count)); // a new file each test
    QVERIFY(QDir().mkpath(folder));
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(folder));
    m_tableIds.clear();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const qint64 venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false).value();
    for (const char *name : {"Table 1", "Table 2"}) {
        storage::TableRecord table;
        table.venueId = venueId;
        table.name = QLatin1String(name);
        table.status = QStringLiteral("free");
        const Result<qint64> id = venues.addTable(table);
        QVERIFY2(id, qPrintable(errorOf(id)));
        m_tableIds.push_back(*id);
    }
}

void tst_TableLeasing::cleanup()
{
    m_database.reset();
}

std::vector<venue::Table> tst_TableLeasing::tables() const
{
    std::vector<venue::Table> all;
    for (qint64 id : m_tableIds) {
        venue::Table table;
        table.id = id;
        all.push_back(table);
    }
    return all;
}

void tst_TableLeasing::takesFreeTablesAndRenewsThem()
{
    venue::TableLeasing leasing(*m_database, QStringLiteral("deskpc pid 1 aaaaaa"), kQuick);
    QSignalSpy gained(&leasing, &venue::TableLeasing::gained);
    leasing.setTables(tables());
    QCOMPARE(gained.count(), 2); // at once, before setTables returns
    QVERIFY(gained.at(0).at(1).toString().isEmpty());
    for (qint64 id : m_tableIds)
        QVERIFY(leasing.holds(id));
    // Renewed on the timer well past the one-second lease: another cannot take it.
    QTest::qWait(2000);
    for (qint64 id : m_tableIds) {
        const Result<storage::LeaseTake> other
            = storage::TableLeases(*m_database).takeOrRenew(id, QStringLiteral("other"), 1);
        QVERIFY2(other, qPrintable(errorOf(other)));
        QVERIFY(!other->ours);
    }
    QCOMPARE(gained.count(), 2);
}

void tst_TableLeasing::standsByThenTakesOver()
{
    const QString first = QStringLiteral("backroom pid 7 bbbbbb");
    storage::TableLeases leases(*m_database);
    for (qint64 id : m_tableIds)
        QVERIFY(leases.takeOrRenew(id, first, 2).value().ours);

    venue::TableLeasing leasing(*m_database, QStringLiteral("deskpc pid 1 aaaaaa"), kQuick);
    QSignalSpy standing(&leasing, &venue::TableLeasing::heldElsewhere);
    QSignalSpy gained(&leasing, &venue::TableLeasing::gained);
    leasing.setTables(tables());
    QCOMPARE(standing.count(), 2);
    QCOMPARE(standing.at(0).at(1).toString(), first);
    QCOMPARE(gained.count(), 0);
    QVERIFY(!leasing.holds(m_tableIds.front()));
    QCOMPARE(leasing.holderOf(m_tableIds.front()), first);

    // The first holder stops renewing: both tables are taken over, naming it.
    QTRY_COMPARE_WITH_TIMEOUT(gained.count(), 2, 10000);
    QCOMPARE(gained.at(0).at(1).toString(), first);
    QCOMPARE(standing.count(), 2); // said once per holder
    for (qint64 id : m_tableIds)
        QVERIFY(leasing.holds(id));
}

void tst_TableLeasing::losesATableTakenByAnother()
{
    venue::TableLeasing leasing(*m_database, QStringLiteral("deskpc pid 1 aaaaaa"), kQuick);
    QSignalSpy lost(&leasing, &venue::TableLeasing::lost);
    leasing.setTables(tables());
    QVERIFY(leasing.holds(m_tableIds.front()));

    // As though this process had stalled past its lease and another took the table.
    QSqlQuery steal(m_database->connection());
    QVERIFY(steal.exec(QStringLiteral("UPDATE table_leases SET holder = 'thief pid 9 cccccc', "
                                      "expires_at = '9999-12-31T23:59:59.999Z' WHERE table_id = %1")
                           .arg(m_tableIds.front())));
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
    QCOMPARE(lost.at(0).at(0).toLongLong(), m_tableIds.front());
    QCOMPARE(lost.at(0).at(1).toString(), QStringLiteral("thief pid 9 cccccc"));
    QVERIFY(!leasing.holds(m_tableIds.front()));
    QVERIFY(leasing.holds(m_tableIds.back()));
}

void tst_TableLeasing::releasesTablesNoLongerWanted()
{
    storage::TableLeases leases(*m_database);
    {
        venue::TableLeasing leasing(*m_database, QStringLiteral("deskpc pid 1 aaaaaa"), kQuick);
        leasing.setTables(tables());
        leasing.setTables({tables().front()});
        const Result<storage::LeaseTake> free
            = leases.takeOrRenew(m_tableIds.back(), QStringLiteral("other"), 10);
        QVERIFY2(free, qPrintable(errorOf(free)));
        QVERIFY(free->ours);
        QVERIFY(free->previousHolder.isEmpty());
    }
    // Gone, it released the rest.
    const Result<storage::LeaseTake> taken
        = leases.takeOrRenew(m_tableIds.front(), QStringLiteral("other"), 10);
    QVERIFY2(taken, qPrintable(errorOf(taken)));
    QVERIFY(taken->ours);
    QVERIFY(taken->previousHolder.isEmpty());
}

void tst_TableLeasing::holderNamesThePcAndProcess()
{
    const QString one = venue::TableLeasing::holderForThisProcess();
    const QString two = venue::TableLeasing::holderForThisProcess();
    QVERIFY2(one.contains(QStringLiteral(" pid %1 ").arg(QCoreApplication::applicationPid())),
             qPrintable(one));
    QVERIFY(one != two); // a restarted process with the same pid is another holder
}

QTEST_GUILESS_MAIN(tst_TableLeasing)
#include "tst_tableleasing.moc"
