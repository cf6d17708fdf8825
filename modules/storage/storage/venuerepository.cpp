#include "storage/venuerepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"
#include "storage/internal/transaction.h"
#include "storage/internal/venuerows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace dojo::storage {

using internal::StorageText;

using internal::Transaction;

namespace {

QString selectFrom(const char *columns, const char *rest)
{
    return QStringLiteral("SELECT ") + QLatin1String(columns) + u' ' + QLatin1String(rest);
}

QString statusChangeDetails(const QString &from, const QString &to)
{
    const QJsonObject change{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    return QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact));
}

// Reads the rows one venue owns; on failure `error` says what could not be read.
template<typename Record, typename FromRow>
std::vector<Record> rowsOfVenue(QSqlDatabase db, const QString &sql, qint64 venueId,
                                FromRow fromRow, const QString &what, QString &error)
{
    std::vector<Record> records;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(venueId);
    if (!query.exec()) {
        error = what + internal::oneLine(query.lastError());
        return records;
    }
    while (query.next())
        records.push_back(fromRow(query));
    return records;
}

// Runs one insert in its own transaction; the id, or nothing with `error` set.
template<typename Insert>
std::optional<qint64> insertAlone(QSqlDatabase db, Insert insert, QString &error)
{
    Transaction txn(db);
    std::optional<qint64> id;
    if (txn.begin(&error)) {
        id = insert(txn, &error);
        if (id && !txn.commit(&error))
            id.reset();
    }
    return id;
}

} // namespace

VenueRepository::VenueRepository(Database &database)
    : m_database(database)
{
}

std::vector<VenueRecord> VenueRepository::venues()
{
    m_lastError.clear();
    std::vector<VenueRecord> venues;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(selectFrom(internal::kVenueColumns, "FROM venues ORDER BY id"))) {
        m_lastError
            = StorageText::tr("cannot read the venues: ") + internal::oneLine(query.lastError());
        return venues;
    }
    while (query.next())
        venues.push_back(internal::venueFromRow(query));
    return venues;
}

std::optional<VenueRecord> VenueRepository::venue(qint64 id)
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectFrom(internal::kVenueColumns, "FROM venues WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = StorageText::tr("cannot read venue %1: ").arg(id)
                      + internal::oneLine(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        m_lastError = StorageText::tr("there is no venue %1").arg(id);
        return std::nullopt;
    }
    return internal::venueFromRow(query);
}

std::optional<qint64> VenueRepository::addVenue(const QString &name, bool isDemo)
{
    m_lastError.clear();
    Transaction txn(m_database.connection());
    QString error;
    std::optional<qint64> id;
    if (txn.begin(&error)) {
        id = internal::insertVenue(txn, name, isDemo, &error);
        if (id && !txn.commit(&error))
            id.reset();
    }
    if (!id)
        m_lastError = StorageText::tr("cannot add the venue \"%1\": %2").arg(name, error);
    return id;
}

bool VenueRepository::removeVenue(qint64 id, const QString &actor)
{
    m_lastError.clear();
    const QSqlDatabase db = m_database.connection();
    const QString failed = StorageText::tr("cannot remove venue %1: ").arg(id);
    Transaction txn(db);
    QString error;
    if (!txn.begin(&error)) {
        m_lastError = failed + error;
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM venues WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = failed + txn.rollbackWith(query.lastError());
        return false;
    }
    if (!query.next()) {
        m_lastError = failed + txn.rollbackWith(StorageText::tr("there is no such venue"));
        return false;
    }
    const QString name = query.value(0).toString();
    query.finish();

    // Tables and players go with it through ON DELETE CASCADE.
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM venues WHERE id = ?"));
    remove.addBindValue(id);
    if (!remove.exec()) {
        m_lastError = failed + txn.rollbackWith(remove.lastError());
        return false;
    }
    if (!AuditLog::recordIn(db, actor, QStringLiteral("venue.removed"),
                            QStringLiteral("venue:%1").arg(id), name, &error)
        || !txn.commit(&error)) {
        m_lastError = failed + txn.rollbackWith(error);
        return false;
    }
    return true;
}

std::vector<TableRecord> VenueRepository::tables(qint64 venueId)
{
    m_lastError.clear();
    return rowsOfVenue<TableRecord>(
        m_database.connection(),
        selectFrom(internal::kTableColumns,
                   "FROM pool_tables WHERE venue_id = ? ORDER BY position, name, id"),
        venueId, internal::tableFromRow,
        StorageText::tr("cannot read the tables of venue %1: ").arg(venueId), m_lastError);
}

std::optional<qint64> VenueRepository::addTable(const TableRecord &table)
{
    m_lastError.clear();
    QString error;
    const std::optional<qint64> id = insertAlone(
        m_database.connection(),
        [&](Transaction &txn, QString *why) { return internal::insertTable(txn, table, why); },
        error);
    if (!id)
        m_lastError = StorageText::tr("cannot add the table \"%1\" to venue %2: %3")
                          .arg(table.name, QString::number(table.venueId), error);
    return id;
}

bool VenueRepository::setTableStatus(qint64 tableId, TableStatus status, const QString &actor)
{
    m_lastError.clear();
    const QSqlDatabase db = m_database.connection();
    const QString failed = StorageText::tr("cannot change the status of table %1: ").arg(tableId);
    Transaction txn(db);
    QString error;
    if (!txn.begin(&error)) {
        m_lastError = failed + error;
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT status FROM pool_tables WHERE id = ?"));
    query.addBindValue(tableId);
    if (!query.exec()) {
        m_lastError = failed + txn.rollbackWith(query.lastError());
        return false;
    }
    if (!query.next()) {
        m_lastError = failed + txn.rollbackWith(StorageText::tr("there is no such table"));
        return false;
    }
    const QString from = query.value(0).toString();
    query.finish();
    const QString to = tableStatusKey(status);
    if (from == to) // nothing changes, so nothing to audit
        return txn.commit(&m_lastError);

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE pool_tables SET status = ? WHERE id = ?"));
    update.addBindValue(to);
    update.addBindValue(tableId);
    if (!update.exec()) {
        m_lastError = failed + txn.rollbackWith(update.lastError());
        return false;
    }
    if (!AuditLog::recordIn(db, actor, QStringLiteral("table.status"),
                            QStringLiteral("table:%1").arg(tableId), statusChangeDetails(from, to),
                            &error)
        || !txn.commit(&error)) {
        m_lastError = failed + txn.rollbackWith(error);
        return false;
    }
    return true;
}

std::vector<PlayerRecord> VenueRepository::players(qint64 venueId)
{
    m_lastError.clear();
    return rowsOfVenue<PlayerRecord>(
        m_database.connection(),
        selectFrom(internal::kPlayerColumns,
                   "FROM players WHERE home_venue_id = ? ORDER BY name, id"),
        venueId, internal::playerFromRow,
        StorageText::tr("cannot read the players of venue %1: ").arg(venueId), m_lastError);
}

std::optional<qint64> VenueRepository::addPlayer(const PlayerRecord &player)
{
    m_lastError.clear();
    QString error;
    const std::optional<qint64> id = insertAlone(
        m_database.connection(),
        [&](Transaction &txn, QString *why) { return internal::insertPlayer(txn, player, why); },
        error);
    if (!id)
        m_lastError = StorageText::tr("cannot add the player \"%1\": %2").arg(player.name, error);
    return id;
}

} // namespace dojo::storage
