#include "storage/internal/venuerows.h"

#include "storage/internal/sqltext.h"
#include "storage/internal/storagetext.h"

#include <QVariant>

namespace dojo::storage::internal {

namespace {

// Runs an INSERT ... RETURNING id and finishes it, so the transaction can commit.
std::optional<qint64> insertReturningId(Transaction &txn, QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        *error = txn.rollbackWith(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = txn.rollbackWith(query.lastError().isValid()
                                      ? oneLine(query.lastError())
                                      : StorageText::tr("the database returned no id"));
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

bool checkName(Transaction &txn, const QString &name, const QString &problem, QString *error)
{
    if (!name.trimmed().isEmpty())
        return true;
    *error = txn.rollbackWith(problem);
    return false;
}

} // namespace

std::optional<qint64> insertVenue(Transaction &txn, const QString &name, bool isDemo,
                                  QString *error)
{
    if (!checkName(txn, name, StorageText::tr("a venue needs a name"), error))
        return std::nullopt;
    QSqlQuery query(txn.database());
    query.prepare(QStringLiteral(
        "INSERT INTO venues (name, is_demo, created_at) VALUES (?, ?, ?) RETURNING id"));
    query.addBindValue(name);
    query.addBindValue(isDemo ? 1 : 0);
    query.addBindValue(utcNowText());
    return insertReturningId(txn, query, error);
}

std::optional<qint64> insertTable(Transaction &txn, const TableRecord &table, QString *error)
{
    if (!checkName(txn, table.name, StorageText::tr("a table needs a name"), error))
        return std::nullopt;
    QSqlQuery query(txn.database());
    query.prepare(QStringLiteral("INSERT INTO pool_tables (venue_id, name, size, camera_source, "
                                 "status, position) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(table.venueId);
    query.addBindValue(table.name);
    query.addBindValue(tableSizeKey(table.size));
    query.addBindValue(notNull(table.cameraSource));
    query.addBindValue(tableStatusKey(table.status));
    query.addBindValue(table.position);
    return insertReturningId(txn, query, error);
}

std::optional<qint64> insertPlayer(Transaction &txn, const PlayerRecord &player, QString *error)
{
    if (!checkName(txn, player.name, StorageText::tr("a player needs a name"), error))
        return std::nullopt;
    QSqlQuery query(txn.database());
    query.prepare(QStringLiteral("INSERT INTO players (home_venue_id, name, nickname, created_at) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"));
    query.addBindValue(player.homeVenueId);
    query.addBindValue(player.name);
    query.addBindValue(notNull(player.nickname));
    query.addBindValue(utcNowText());
    return insertReturningId(txn, query, error);
}

VenueRecord venueFromRow(const QSqlQuery &query)
{
    VenueRecord venue;
    venue.id = query.value(0).toLongLong();
    venue.name = query.value(1).toString();
    venue.isDemo = query.value(2).toInt() != 0;
    return venue;
}

TableRecord tableFromRow(const QSqlQuery &query)
{
    TableRecord table;
    table.id = query.value(0).toLongLong();
    table.venueId = query.value(1).toLongLong();
    table.name = query.value(2).toString();
    // Keys this build does not know keep the record's defaults rather than hiding the table.
    table.size = tableSizeFromKey(query.value(3).toString()).value_or(table.size);
    table.cameraSource = query.value(4).toString();
    table.status = tableStatusFromKey(query.value(5).toString()).value_or(table.status);
    table.position = query.value(6).toInt();
    return table;
}

PlayerRecord playerFromRow(const QSqlQuery &query)
{
    PlayerRecord player;
    player.id = query.value(0).toLongLong();
    player.homeVenueId = query.value(1).toLongLong();
    player.name = query.value(2).toString();
    player.nickname = query.value(3).toString();
    return player;
}

} // namespace dojo::storage::internal
