// The front desk's venue model: plain values read once, every edit written first and then
// signalled for the one table it changed, undoable edits, and the tables' status derived from
// their sessions and bookings, only out of order stored.

#include "venuefile.h"

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/sessionrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/playeredits.h>
#include <venue/staff.h>
#include <venue/tablecameraedit.h>
#include <venue/tableedits.h>
#include <venue/tablestatusedit.h>
#include <venue/venuemodel.h>
#include <venue/venuesettingsedit.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::TableStatus;

namespace {

const venue::Actor kManager{QStringLiteral("Mia"), venue::Role::Manager, false};

std::vector<storage::AuditEntry> auditEntries(storage::Database &database)
{
    Result<std::vector<storage::AuditEntry>> entries = storage::AuditLog(database).recent();
    return entries ? std::move(*entries) : std::vector<storage::AuditEntry>();
}

qint64 rowsIn(storage::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class tst_VenueModel : public QObject, private testsupport::VenueFile
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
    // Tables, players and the venue's settings edited at the desk, undoable and audited.
    void tablesAreAddedChangedRemovedAndUndone();
    void refusedEditsAreAuditedWithTheStaffMember_data();
    void refusedEditsAreAuditedWithTheStaffMember();
    void tablePlacesAreOneEditEach();
    void playersAreAddedChangedRemovedAndUndone();
    void venueSettingsAreAnEdit();

private:
    QString statusInDatabase(qint64 tableId) const;
    bool execute(const QString &sql) const;

    std::unique_ptr<venue::VenueModel> m_model;
};

void tst_VenueModel::init()
{
    const Result<void> opened = openDemoVenue();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    const Result<void> loaded = m_model->load();
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
}

void tst_VenueModel::cleanup()
{
    m_model.reset();
    closeDatabase();
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

void tst_VenueModel::tablesAreAddedChangedRemovedAndUndone()
{
    QSignalSpy shown(m_model.get(), &venue::VenueModel::venueShown);
    venue::Table snooker;
    snooker.name = QStringLiteral("Snooker");
    snooker.size = TableSize::NineFoot;
    snooker.rateClass = QStringLiteral("snooker");
    venue::TableAddEdit add(snooker, kManager);
    QCOMPARE(add.text(), QStringLiteral("Add Snooker"));
    const Result<void> added = add.apply(*m_model);
    QVERIFY2(added, qPrintable(errorOf(added)));
    QCOMPARE(shown.count(), 1);
    const qint64 id = add.tableId();
    QVERIFY(id > 0);
    QCOMPARE(m_model->tables().size(), size_t(5));
    QCOMPARE(m_model->tables().back().name, QStringLiteral("Snooker")); // after the others
    QCOMPARE(m_model->table(id)->status, TableStatus::Free);
    QCOMPARE(auditEntries(*m_database).front().action, QStringLiteral("table.added"));
    QCOMPARE(auditEntries(*m_database).front().actor, QStringLiteral("staff:Mia"));

    venue::Table renamed = *m_model->table(id);
    renamed.name = QStringLiteral("Snooker Pro");
    renamed.size = TableSize::EightFootOversized;
    renamed.cameraSource = QStringLiteral("rtsp://10.0.0.5/snooker");
    venue::TableChangeEdit change(*m_model->table(id), renamed, kManager);
    QCOMPARE(change.text(), QStringLiteral("Rename Snooker to Snooker Pro"));
    QVERIFY(change.apply(*m_model));
    QCOMPARE(m_model->table(id)->name, QStringLiteral("Snooker Pro"));
    QCOMPARE(m_model->table(id)->size, TableSize::EightFootOversized);
    QCOMPARE(m_model->table(id)->cameraSource, QStringLiteral("rtsp://10.0.0.5/snooker"));
    QVERIFY(change.revert(*m_model));
    QCOMPARE(m_model->table(id)->name, QStringLiteral("Snooker"));
    QCOMPARE(m_model->table(id)->size, TableSize::NineFoot);

    // Removing, then undoing: the same table comes back, with its id.
    const venue::Table before = *m_model->table(id);
    venue::TableRemoveEdit remove(before, kManager);
    const Result<void> removed = remove.apply(*m_model);
    QVERIFY2(removed, qPrintable(errorOf(removed)));
    QVERIFY(!m_model->table(id));
    QCOMPARE(auditEntries(*m_database).front().action, QStringLiteral("table.removed"));
    const Result<void> back = remove.revert(*m_model);
    QVERIFY2(back, qPrintable(errorOf(back)));
    QVERIFY(m_model->table(id));
    QCOMPARE(m_model->table(id)->rateClass, QStringLiteral("snooker"));
    QCOMPARE(m_model->table(id)->position, before.position);

    // Undoing the add removes it; redoing brings the same id again.
    QVERIFY(add.revert(*m_model));
    QVERIFY(!m_model->table(id));
    QVERIFY(add.apply(*m_model));
    QCOMPARE(add.tableId(), id);
    venue::VenueModel reread(*m_database);
    QVERIFY(reread.load());
    QCOMPARE(reread.tables().size(), size_t(5));
    QCOMPARE(reread.table(id)->name, QStringLiteral("Snooker"));
}

void tst_VenueModel::refusedEditsAreAuditedWithTheStaffMember_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("role"); // venue::Role
    QTest::addColumn<QString>("refusal");
    const int desk = int(venue::Role::Desk);
    const int referee = int(venue::Role::Referee);
    QTest::newRow("the desk removes a table")
        << QStringLiteral("remove-table") << desk << QStringLiteral("remove a table");
    QTest::newRow("a referee removes a table")
        << QStringLiteral("remove-table") << referee << QStringLiteral("remove a table");
    QTest::newRow("the desk removes a player")
        << QStringLiteral("remove-player") << desk << QStringLiteral("remove a player");
    QTest::newRow("the desk changes the venue's settings")
        << QStringLiteral("settings") << desk << QStringLiteral("change the venue");
    QTest::newRow("the desk adds a table")
        << QStringLiteral("add-table") << desk << QStringLiteral("change the venue");
    QTest::newRow("a referee renames a table")
        << QStringLiteral("change-table") << referee << QStringLiteral("change the venue");
}

void tst_VenueModel::refusedEditsAreAuditedWithTheStaffMember()
{
    QFETCH(QString, action);
    QFETCH(int, role);
    QFETCH(QString, refusal);
    const venue::Actor ana{QStringLiteral("Ana"), venue::Role(role), false};
    const venue::Table table = m_model->tables().at(1);
    const venue::Player player = m_model->players().at(0);
    const qint64 tablesBefore
        = rowsIn(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables"));
    const qint64 playersBefore
        = rowsIn(*m_database, QStringLiteral("SELECT COUNT(*) FROM players"));
    QSignalSpy shown(m_model.get(), &venue::VenueModel::venueShown);
    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);

    Result<void> outcome;
    QString subject;
    if (action == u"remove-table") {
        outcome = venue::TableRemoveEdit(table, ana).apply(*m_model);
        subject = QStringLiteral("table:%1").arg(table.id);
    } else if (action == u"remove-player") {
        outcome = venue::PlayerRemoveEdit(player, ana).apply(*m_model);
        subject = QStringLiteral("player:%1").arg(player.id);
    } else if (action == u"settings") {
        venue::Venue settings = *m_model->currentVenue();
        settings.currency = QStringLiteral("USD");
        outcome = venue::VenueSettingsEdit(*m_model->currentVenue(), settings, ana).apply(*m_model);
        subject = QStringLiteral("venue:%1").arg(settings.id);
    } else if (action == u"add-table") {
        venue::Table extra;
        extra.name = QStringLiteral("Table 5");
        outcome = venue::TableAddEdit(extra, ana).apply(*m_model);
        subject = QStringLiteral("venue:%1").arg(m_model->currentVenue()->id);
    } else if (action == u"change-table") {
        venue::Table renamed = table;
        renamed.name = QStringLiteral("Centre Table");
        outcome = venue::TableChangeEdit(table, renamed, ana).apply(*m_model);
        subject = QStringLiteral("table:%1").arg(table.id);
    }
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(refusal), qPrintable(outcome.error()));
    QCOMPARE(shown.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rowsIn(*m_database, QStringLiteral("SELECT COUNT(*) FROM pool_tables")), tablesBefore);
    QCOMPARE(rowsIn(*m_database, QStringLiteral("SELECT COUNT(*) FROM players")), playersBefore);
    QCOMPARE(m_model->table(table.id)->name, table.name);
    QCOMPARE(m_model->currentVenue()->currency, QStringLiteral("EUR"));

    const std::vector<storage::AuditEntry> entries = auditEntries(*m_database);
    QVERIFY(!entries.empty());
    QCOMPARE(entries.front().action, QStringLiteral("access.refused"));
    QCOMPARE(entries.front().actor, QStringLiteral("staff:Ana"));
    QCOMPARE(entries.front().subject, subject);
    QCOMPARE(entries.front().details, outcome.error());
}

void tst_VenueModel::tablePlacesAreOneEditEach()
{
    const venue::Table first = m_model->tables().at(0);
    const venue::Table second = m_model->tables().at(1);
    QVERIFY(!first.place); // the demo's tables stand on the grid
    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);

    // One drag: one edit, one write, one signal.
    const venue::FloorPlace byTheBar{4250, 1500, 0};
    venue::TablePlacesEdit drag({{first.id, first.name, first.place, byTheBar}},
                                QStringLiteral("staff:Mia"));
    QCOMPARE(drag.text(), QStringLiteral("Move Table 1"));
    QVERIFY(drag.apply(*m_model));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->table(first.id)->place, std::optional(byTheBar));
    const venue::FloorPlace turned{4250, 1500, 90};
    venue::TablePlacesEdit turn({{first.id, first.name, byTheBar, turned}},
                                QStringLiteral("staff:Mia"));
    QCOMPARE(turn.text(), QStringLiteral("Turn Table 1"));
    QVERIFY(turn.apply(*m_model));
    QVERIFY(turn.apply(*m_model)); // the same place again: nothing written, nothing audited
    venue::TablePlacesEdit secondDrag(
        {{second.id, second.name, second.place, venue::FloorPlace{7000, 1500, 0}}},
        QStringLiteral("staff:Mia"));
    QVERIFY(secondDrag.apply(*m_model));

    // Read back: stored in metres, read as the same millimetres.
    venue::VenueModel reread(*m_database);
    QVERIFY(reread.load());
    QCOMPARE(reread.table(first.id)->place, std::optional(turned));

    // Arrange in Grid: every placed table back, one edit; undo puts each where it stood.
    std::vector<venue::TablePlacesEdit::Move> toGrid;
    for (const venue::Table &table : m_model->tables()) {
        if (table.place)
            toGrid.push_back({table.id, table.name, table.place, std::nullopt});
    }
    QCOMPARE(toGrid.size(), size_t(2));
    venue::TablePlacesEdit grid(toGrid, QStringLiteral("staff:Mia"));
    QCOMPARE(grid.text(), QStringLiteral("Arrange the tables in a grid"));
    QVERIFY(grid.apply(*m_model));
    QVERIFY(!m_model->table(first.id)->place);
    QVERIFY(!m_model->table(second.id)->place);
    QVERIFY(grid.revert(*m_model));
    QCOMPARE(m_model->table(first.id)->place, std::optional(turned));
    QCOMPARE(m_model->table(second.id)->place->x, 7000.0);
    int placedEntries = 0;
    for (const storage::AuditEntry &entry : auditEntries(*m_database))
        placedEntries += entry.action == u"table.placed" ? 1 : 0;
    QCOMPARE(placedEntries, 7); // drag, turn, the second drag, two to the grid, two back
}

void tst_VenueModel::playersAreAddedChangedRemovedAndUndone()
{
    const venue::Actor desk{QStringLiteral("Ana"), venue::Role::Desk, false};
    venue::Player newcomer;
    newcomer.name = QStringLiteral("Bea Quinn");
    newcomer.memberUntil = QDate(2027, 6, 30);
    venue::PlayerAddEdit add(newcomer, desk);
    QVERIFY(add.apply(*m_model)); // the desk may add players
    const qint64 id = add.playerId();
    QCOMPARE(m_model->players().size(), size_t(9));
    QCOMPARE(m_model->player(id)->memberUntil, QDate(2027, 6, 30));
    QCOMPARE(auditEntries(*m_database).front().actor, QStringLiteral("staff:Ana"));

    venue::Player renamed = *m_model->player(id);
    renamed.nickname = QStringLiteral("Queenie");
    renamed.memberUntil = QDate();
    venue::PlayerChangeEdit change(*m_model->player(id), renamed, desk);
    QVERIFY(change.apply(*m_model));
    QCOMPARE(m_model->player(id)->nickname, QStringLiteral("Queenie"));
    QVERIFY(!m_model->player(id)->memberUntil.isValid());
    QVERIFY(change.revert(*m_model));
    QCOMPARE(m_model->player(id)->memberUntil, QDate(2027, 6, 30));

    // The desk's undo of the add would remove a player: only a manager may.
    const Result<void> deskUndo = add.revert(*m_model);
    QVERIFY(!deskUndo);
    QVERIFY(m_model->player(id));

    venue::PlayerRemoveEdit remove(*m_model->player(id), kManager);
    QVERIFY(remove.apply(*m_model));
    QVERIFY(!m_model->player(id));
    QVERIFY(remove.revert(*m_model));
    QCOMPARE(m_model->player(id)->name, QStringLiteral("Bea Quinn"));
    QCOMPARE(m_model->player(id)->memberUntil, QDate(2027, 6, 30));
}

void tst_VenueModel::venueSettingsAreAnEdit()
{
    const venue::Venue before = *m_model->currentVenue();
    QCOMPARE(before.currency, QStringLiteral("EUR"));
    venue::Venue after = before;
    after.name = QStringLiteral("Dojo Downtown");
    after.currency = QStringLiteral("USD");
    after.timeZone = QStringLiteral("America/New_York");
    after.graceMinutes = 10;
    after.lockMinutes = 2;
    QSignalSpy venues(m_model.get(), &venue::VenueModel::venuesChanged);
    venue::VenueSettingsEdit edit(before, after, kManager);
    const Result<void> applied = edit.apply(*m_model);
    QVERIFY2(applied, qPrintable(errorOf(applied)));
    QCOMPARE(venues.count(), 1);
    QCOMPARE(m_model->currentVenue()->name, QStringLiteral("Dojo Downtown"));
    QCOMPARE(m_model->currentVenue()->timeZone, QStringLiteral("America/New_York"));
    QVERIFY(m_model->currentVenue()->isDemo); // not a setting
    QCOMPARE(auditEntries(*m_database).front().action, QStringLiteral("venue.settings"));
    QVERIFY(edit.revert(*m_model));
    venue::VenueModel reread(*m_database);
    QVERIFY(reread.load());
    QCOMPARE(reread.currentVenue()->currency, QStringLiteral("EUR"));
    QCOMPARE(reread.currentVenue()->graceMinutes, 15);

    after.timeZone = QStringLiteral("Atlantis/Central");
    const Result<void> unknown = venue::VenueSettingsEdit(before, after, kManager).apply(*m_model);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QLatin1String("Atlantis/Central")),
             qPrintable(unknown.error()));
}

QTEST_GUILESS_MAIN(tst_VenueModel)
#include "tst_venuemodel.moc"
