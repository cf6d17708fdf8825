// The front desk's venue model: plain values read once, every edit written first and then
// signalled for the one table it changed, undoable edits, and the tables' status derived from
// their sessions and bookings, only out of order stored.

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/sessionrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/tablecameraedit.h>
#include <venue/tablestatusedit.h>
#include <venue/venuemodel.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::TableStatus;

class tst_VenueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsTheDemoVenue();
    void theDemoIsCreatedOnce();
    void outOfOrderIsWrittenThenSignalled();
    void anEditIsUndoneByItsRevert();
    void aCameraEditIsWrittenAuditedAndUndone();
    void aRefusedWriteChangesNothing();
    void everyStoredWordButOutOfOrderIsInService_data();
    void everyStoredWordButOutOfOrderIsInService();
    void theStatusIsDerived();
    void removingTheDemoIsFinal();

private:
    QString statusInDatabase(qint64 tableId) const;
    bool execute(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::VenueModel> m_model;
};

void tst_VenueModel::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data->path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const Result<bool> demo = venue::ensureDemoVenue(venues);
    QVERIFY2(demo && *demo, qPrintable(errorOf(demo)));
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    const Result<void> loaded = m_model->load();
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
}

void tst_VenueModel::cleanup()
{
    m_model.reset();
    m_database.reset();
    m_data.reset();
}

QString tst_VenueModel::statusInDatabase(qint64 tableId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT status FROM pool_tables WHERE id = ?"));
    query.addBindValue(tableId);
    if (!query.exec() || !query.next())
        return QStringLiteral("(no such table)");
    return query.value(0).toString();
}

bool tst_VenueModel::execute(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

void tst_VenueModel::readsTheDemoVenue()
{
    QCOMPARE(m_model->venues().size(), size_t(1));
    QVERIFY(m_model->currentVenue());
    QCOMPARE(m_model->currentVenue()->name, QStringLiteral("Dojo Demo"));
    QVERIFY(m_model->hasDemoVenue());
    const std::vector<venue::Table> &tables = m_model->tables();
    QCOMPARE(tables.size(), size_t(4));
    const std::vector<TableSize> sizes = {TableSize::NineFoot, TableSize::NineFoot,
                                          TableSize::EightFootOversized, TableSize::SevenFoot};
    // Nothing is played or booked yet: every status is derived as free.
    const std::vector<TableStatus> statuses
        = {TableStatus::Free, TableStatus::Free, TableStatus::Free, TableStatus::Free};
    for (size_t i = 0; i < tables.size(); ++i) {
        QCOMPARE(tables[i].name, QStringLiteral("Table %1").arg(i + 1));
        QCOMPARE(tables[i].size, sizes[i]);
        QCOMPARE(tables[i].status, statuses[i]);
        QCOMPARE(tables[i].cameraSource, QStringLiteral("simulated:%1").arg(i + 1));
    }
    QCOMPARE(m_model->players().size(), size_t(8));
    QVERIFY(m_model->databaseDescription().startsWith(QStringLiteral("SQLite ")));
}

void tst_VenueModel::theDemoIsCreatedOnce()
{
    storage::VenueRepository venues(*m_database);
    const Result<bool> again = venue::ensureDemoVenue(venues);
    QVERIFY2(again, qPrintable(errorOf(again)));
    QVERIFY(!*again);
    QCOMPARE(venues.venues()->size(), size_t(1));
}

void tst_VenueModel::outOfOrderIsWrittenThenSignalled()
{
    const venue::Table table = m_model->tables().at(1);
    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);
    QSignalSpy shown(m_model.get(), &venue::VenueModel::venueShown);
    QSignalSpy venues(m_model.get(), &venue::VenueModel::venuesChanged);
    // The slot sees the database already written.
    QString storedWhenSignalled;
    connect(m_model.get(), &venue::VenueModel::tableChanged, this,
            [&](qint64 id) { storedWhenSignalled = statusInDatabase(id); });

    const Result<void> set
        = m_model->setTableOutOfOrder(table.id, true, QStringLiteral("desk:Ana"));
    QVERIFY2(set, qPrintable(errorOf(set)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.front().front().toLongLong(), table.id);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(venues.count(), 0);
    QCOMPARE(storedWhenSignalled, QStringLiteral("out-of-order"));
    QCOMPARE(m_model->table(table.id)->status, TableStatus::OutOfOrder);
    QVERIFY(m_model->table(table.id)->outOfOrder);
    QCOMPARE(m_model->tables().at(0).status, TableStatus::Free); // the others as they were

    storage::AuditLog audit(*m_database);
    const std::vector<storage::AuditEntry> entries = audit.recent(1).value();
    QCOMPARE(entries.front().action, QStringLiteral("table.status"));
    QCOMPARE(entries.front().actor, QStringLiteral("desk:Ana"));
}

void tst_VenueModel::anEditIsUndoneByItsRevert()
{
    const venue::Table table = m_model->tables().at(3);
    venue::TableStatusEdit edit(table.id, table.name, true, QStringLiteral("front-desk"));
    QCOMPARE(edit.text(), QStringLiteral("Mark Table 4 out of order"));
    QVERIFY(edit.apply(*m_model));
    QCOMPARE(statusInDatabase(table.id), QStringLiteral("out-of-order"));
    QCOMPARE(m_model->table(table.id)->status, TableStatus::OutOfOrder);
    QVERIFY(edit.revert(*m_model));
    QCOMPARE(statusInDatabase(table.id), QStringLiteral("free"));
    QCOMPARE(m_model->table(table.id)->status, TableStatus::Free);
}

void tst_VenueModel::aCameraEditIsWrittenAuditedAndUndone()
{
    const venue::Table table = m_model->tables().at(2);
    QCOMPARE(table.cameraSource, QStringLiteral("simulated:3"));
    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);
    venue::TableCameraEdit edit(table.id, table.name, table.cameraSource,
                                QStringLiteral("rtsp://10.0.0.7/table3"),
                                QStringLiteral("desk:Ana"));
    QCOMPARE(edit.text(),
             QStringLiteral("Point the camera of Table 3 at “rtsp://10.0.0.7/table3”"));
    const Result<void> applied = edit.apply(*m_model);
    QVERIFY2(applied, qPrintable(errorOf(applied)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->table(table.id)->cameraSource, QStringLiteral("rtsp://10.0.0.7/table3"));
    storage::AuditLog audit(*m_database);
    const std::vector<storage::AuditEntry> entries = audit.recent(1).value();
    QCOMPARE(entries.front().action, QStringLiteral("table.camera"));
    QCOMPARE(entries.front().actor, QStringLiteral("desk:Ana"));

    QVERIFY(edit.revert(*m_model));
    QCOMPARE(m_model->table(table.id)->cameraSource, QStringLiteral("simulated:3"));
    // Read back from the database, not only the model's memory.
    venue::VenueModel reread(*m_database);
    QVERIFY(reread.load());
    QCOMPARE(reread.table(table.id)->cameraSource, QStringLiteral("simulated:3"));
}

void tst_VenueModel::aRefusedWriteChangesNothing()
{
    const venue::Table table = m_model->tables().at(1);
    QVERIFY(execute(QStringLiteral("DELETE FROM pool_tables WHERE id = %1").arg(table.id)));
    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);
    const Result<void> set
        = m_model->setTableOutOfOrder(table.id, true, QStringLiteral("front-desk"));
    QVERIFY(!set);
    QVERIFY2(set.error().contains(QStringLiteral("there is no such table")),
             qPrintable(set.error()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->table(table.id)->status, table.status);

    const Result<void> stranger
        = m_model->setTableOutOfOrder(987654, true, QStringLiteral("front-desk"));
    QVERIFY(!stranger);
    QCOMPARE(changed.count(), 0);
}

void tst_VenueModel::everyStoredWordButOutOfOrderIsInService_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("an older version's word") << QStringLiteral("in-play");
    QTest::newRow("a newer version's word") << QStringLiteral("closed-for-cleaning");
    QTest::newRow("a capital letter") << QStringLiteral("Out-of-order");
    QTest::newRow("empty") << QStringLiteral("");
}

void tst_VenueModel::everyStoredWordButOutOfOrderIsInService()
{
    QFETCH(QString, status);
    const venue::Table table = m_model->tables().at(2);
    QSqlQuery update(m_database->connection());
    update.prepare(QStringLiteral("UPDATE pool_tables SET status = ? WHERE id = ?"));
    update.addBindValue(status);
    update.addBindValue(table.id);
    QVERIFY(update.exec());

    const Result<void> loaded = m_model->load();
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    QCOMPARE(m_model->table(table.id)->status, TableStatus::Free);
    QVERIFY(!m_model->table(table.id)->outOfOrder);
}

void tst_VenueModel::theStatusIsDerived()
{
    const venue::Table one = m_model->tables().at(0);
    const venue::Table two = m_model->tables().at(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    storage::SessionRepository sessions(*m_database);
    storage::CheckInRecord checkIn;
    checkIn.venueId = m_model->currentVenue()->id;
    checkIn.tableId = one.id;
    checkIn.tableName = one.name;
    checkIn.rateClass = QStringLiteral("9ft");
    checkIn.name = QStringLiteral("Bea");
    checkIn.at = now;
    const Result<qint64> session = sessions.checkIn(checkIn, QStringLiteral("staff:Ana"));
    QVERIFY2(session, qPrintable(errorOf(session)));
    const auto utc = [](const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); };
    QSqlQuery booking(m_database->connection());
    booking.prepare(QStringLiteral("INSERT INTO bookings (table_id, starts_at, ends_at, name, "
                                   "created_by, created_at) VALUES (?, ?, ?, 'Chen', 'test', ?)"));
    for (const QVariant &value :
         QVariantList{two.id, utc(now.addSecs(20 * 60)), utc(now.addSecs(80 * 60)), utc(now)})
        booking.addBindValue(value);
    QVERIFY(booking.exec());

    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);
    QVERIFY(m_model->refreshTableStatuses(now));
    QCOMPARE(m_model->table(one.id)->status, TableStatus::InPlay);
    QCOMPARE(m_model->table(two.id)->status, TableStatus::Booked);
    QCOMPARE(changed.count(), 2);
    QVERIFY(sessions.pause(*session, now.addSecs(60), QStringLiteral("staff:Ana")));
    QVERIFY(m_model->refreshTableStatuses(now.addSecs(60)));
    QCOMPARE(m_model->table(one.id)->status, TableStatus::Paused);
    // The stored words are untouched: only out of order is stored.
    QCOMPARE(statusInDatabase(one.id), QStringLiteral("free"));
    QCOMPARE(statusInDatabase(two.id), QStringLiteral("free"));
    // Out of order wins over the session, and undone the session shows again.
    QVERIFY(m_model->setTableOutOfOrder(one.id, true, QStringLiteral("staff:Ana")));
    QCOMPARE(m_model->table(one.id)->status, TableStatus::OutOfOrder);
    QVERIFY(m_model->setTableOutOfOrder(one.id, false, QStringLiteral("staff:Ana")));
    QCOMPARE(m_model->table(one.id)->status, TableStatus::Paused);
}

void tst_VenueModel::removingTheDemoIsFinal()
{
    QSignalSpy shown(m_model.get(), &venue::VenueModel::venueShown);
    const Result<void> removed = m_model->removeDemoVenue(QStringLiteral("front-desk"));
    QVERIFY2(removed, qPrintable(errorOf(removed)));
    QCOMPARE(shown.count(), 1);
    QVERIFY(m_model->venues().empty());
    QVERIFY(!m_model->currentVenue());
    QVERIFY(m_model->tables().empty());
    QVERIFY(!m_model->hasDemoVenue());
    storage::VenueRepository venues(*m_database);
    const Result<bool> again = venue::ensureDemoVenue(venues);
    QVERIFY(again && !*again);
    storage::AuditLog audit(*m_database);
    QCOMPARE(audit.recent(1).value().front().action, QStringLiteral("venue.demo-removed"));
}

QTEST_GUILESS_MAIN(tst_VenueModel)
#include "tst_venuemodel.moc"
