#include "storage/demovenue.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"
#include "storage/internal/transaction.h"
#include "storage/internal/venuerows.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace dojo::storage {

using internal::StorageText;

using internal::Transaction;

namespace {

const QString &demoCreatedKey()
{
    static const QString key = QStringLiteral("demo_created");
    return key;
}

struct DemoTable
{
    const char *name;
    TableSize size;
    TableStatus status;
    const char *camera;
};

struct DemoPlayer
{
    const char *name;
    const char *nickname;
};

constexpr DemoTable kDemoTables[] = {
    {"Table 1", TableSize::NineFoot, TableStatus::InPlay, "simulated:1"},
    {"Table 2", TableSize::NineFoot, TableStatus::Free, "simulated:2"},
    {"Table 3", TableSize::EightFootOversized, TableStatus::Booked, "simulated:3"},
    {"Table 4", TableSize::SevenFoot, TableStatus::Free, "simulated:4"},
};

constexpr DemoPlayer kDemoPlayers[] = {
    {"Alex Moreno", "Lefty"}, {"Bea Schmidt", ""}, {"Chen Wei", "The Professor"},
    {"Dana Okafor", ""},      {"Emil Novak", ""},  {"Farah Haddad", "Ice"},
    {"Gus Lindqvist", ""},    {"Hana Sato", ""},
};

// Reads one count or flag; on failure rolls the transaction back and says why.
std::optional<qint64> countIn(Transaction &txn, const QString &sql, QString *error)
{
    QSqlQuery query(txn.database());
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next()) {
        *error = txn.rollbackWith(query.lastError());
        return std::nullopt;
    }
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

bool createDemo(Transaction &txn, QString *error)
{
    const std::optional<qint64> venueId
        = internal::insertVenue(txn, QStringLiteral("Dojo Demo"), true, error);
    if (!venueId)
        return false;
    int position = 0;
    for (const DemoTable &demo : kDemoTables) {
        TableRecord table;
        table.venueId = *venueId;
        table.name = QLatin1String(demo.name);
        table.size = demo.size;
        table.status = demo.status;
        table.cameraSource = QLatin1String(demo.camera);
        table.position = ++position;
        if (!internal::insertTable(txn, table, error))
            return false;
    }
    for (const DemoPlayer &demo : kDemoPlayers) {
        PlayerRecord player;
        player.homeVenueId = *venueId;
        player.name = QLatin1String(demo.name);
        player.nickname = QLatin1String(demo.nickname);
        if (!internal::insertPlayer(txn, player, error))
            return false;
    }

    QSqlQuery property(txn.database());
    property.prepare(QStringLiteral("INSERT INTO dojo_properties (key, value) VALUES (?, ?)"));
    property.addBindValue(demoCreatedKey());
    property.addBindValue(internal::utcNowText());
    if (!property.exec()) {
        *error = txn.rollbackWith(property.lastError());
        return false;
    }
    if (!AuditLog::recordIn(
            txn.database(), QStringLiteral("system"), QStringLiteral("venue.demo-created"),
            QStringLiteral("venue:%1").arg(*venueId), QStringLiteral("Dojo Demo"), error)) {
        txn.rollback();
        return false;
    }
    return true;
}

} // namespace

DemoVenueOutcome ensureDemoVenue(Database &database)
{
    DemoVenueOutcome outcome;
    Transaction txn(database.connection());
    QString error;
    // Two venue PCs starting together on one PostgreSQL must not both create the demo.
    if (!txn.begin(&error, internal::kDemoVenueLock)) {
        outcome.error = StorageText::tr("cannot create the demo venue: ") + error;
        return outcome;
    }
    const std::optional<qint64> hadDemo
        = countIn(txn,
                  QStringLiteral("SELECT COUNT(*) FROM dojo_properties WHERE key = '")
                      + demoCreatedKey() + u'\'',
                  &error);
    const std::optional<qint64> venues
        = hadDemo ? countIn(txn, QStringLiteral("SELECT COUNT(*) FROM venues"), &error)
                  : std::nullopt;
    if (!hadDemo || !venues) {
        outcome.error = StorageText::tr("cannot create the demo venue: ") + error;
        return outcome;
    }
    if (*hadDemo > 0 || *venues > 0) {
        outcome.ok = txn.commit(&outcome.error);
        return outcome;
    }
    if (!createDemo(txn, &error) || !txn.commit(&error)) {
        outcome.error = StorageText::tr("cannot create the demo venue: ") + error;
        return outcome;
    }
    outcome.ok = true;
    outcome.created = true;
    return outcome;
}

std::optional<qint64> demoVenueId(Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM venues WHERE is_demo = 1 ORDER BY id LIMIT 1"))
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool removeDemoVenue(Database &database, const QString &actor, QString *error)
{
    QString why;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = StorageText::tr("cannot remove the demo venue: ") + reason;
        return false;
    };
    const QSqlDatabase db = database.connection();
    Transaction txn(db);
    if (!txn.begin(&why))
        return fail(why);

    QStringList subjects;
    QSqlQuery demos(db);
    demos.setForwardOnly(true);
    if (!demos.exec(QStringLiteral("SELECT id FROM venues WHERE is_demo = 1 ORDER BY id")))
        return fail(txn.rollbackWith(demos.lastError()));
    while (demos.next())
        subjects.append(QStringLiteral("venue:%1").arg(demos.value(0).toLongLong()));
    demos.finish();
    if (subjects.isEmpty())
        return txn.commit(error);

    // Tables and players go with the venues through ON DELETE CASCADE; demo_created stays.
    QSqlQuery remove(db);
    if (!remove.exec(QStringLiteral("DELETE FROM venues WHERE is_demo = 1")))
        return fail(txn.rollbackWith(remove.lastError()));
    if (!AuditLog::recordIn(db, actor, QStringLiteral("venue.demo-removed"), subjects.join(u','),
                            QStringLiteral("Dojo Demo"), &why)
        || !txn.commit(&why))
        return fail(txn.rollbackWith(why));
    return true;
}

} // namespace dojo::storage
