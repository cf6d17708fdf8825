#include "storage/internal/venuerows.h"

#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"

#include <QVariant>

namespace dojo::storage::internal {

namespace {

// Runs an INSERT ... RETURNING id and finishes it, so the transaction can commit.
Result<qint64> insertReturningId(Transaction &txn, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = txn.exec(sql, values);
    if (!query)
        return Unexpected(query.error());
    if (!query->next()) {
        return txn.abandon(query->lastError().isValid() ? oneLine(query->lastError())
                                                        : Tr::tr("the database returned no id"));
    }
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return id;
}

} // namespace

Result<qint64> insertVenue(Transaction &txn, const QString &name, bool isDemo)
{
    if (name.trimmed().isEmpty())
        return txn.abandon(Tr::tr("a venue needs a name"));
    return insertReturningId(
        txn,
        QStringLiteral(
            "INSERT INTO venues (name, is_demo, created_at) VALUES (?, ?, ?) RETURNING id"),
        {name, isDemo ? 1 : 0, utcNowText()});
}

Result<qint64> insertTable(Transaction &txn, const TableRecord &table)
{
    if (table.name.trimmed().isEmpty())
        return txn.abandon(Tr::tr("a table needs a name"));
    if (table.status.trimmed().isEmpty())
        return txn.abandon(Tr::tr("the table \"%1\" needs a status").arg(table.name));
    return insertReturningId(
        txn,
        QStringLiteral("INSERT INTO pool_tables (venue_id, name, size, camera_source, status, "
                       "position, manual_corners) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {table.venueId, table.name, tableSizeKey(table.size), notNull(table.cameraSource),
         table.status, table.position, notNull(table.manualCorners)});
}

Result<qint64> insertPlayer(Transaction &txn, const PlayerRecord &player)
{
    if (player.name.trimmed().isEmpty())
        return txn.abandon(Tr::tr("a player needs a name"));
    return insertReturningId(
        txn,
        QStringLiteral("INSERT INTO players (home_venue_id, name, nickname, created_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {player.homeVenueId, player.name, notNull(player.nickname), utcNowText()});
}

VenueRecord venueFromRow(const QSqlQuery &query)
{
    VenueRecord venue;
    venue.id = query.value(0).toLongLong();
    venue.name = query.value(1).toString();
    venue.isDemo = query.value(2).toInt() != 0;
    return venue;
}

Result<TableRecord> tableFromRow(const QSqlQuery &query)
{
    TableRecord table;
    table.id = query.value(0).toLongLong();
    table.venueId = query.value(1).toLongLong();
    table.name = query.value(2).toString();
    const QString size = query.value(3).toString();
    const std::optional<TableSize> known = tableSizeFromKey(size);
    if (!known) {
        return Unexpected(Tr::tr("table %1 (\"%2\") has the size \"%3\", which this DojoPool "
                                 "does not know; a newer version wrote it")
                              .arg(QString::number(table.id), table.name, size));
    }
    table.size = *known;
    table.cameraSource = query.value(4).toString();
    table.status = query.value(5).toString();
    table.position = query.value(6).toInt();
    table.manualCorners = query.value(7).toString();
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
