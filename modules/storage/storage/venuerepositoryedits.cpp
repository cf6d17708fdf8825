// VenueRepository: the venue set up and edited by its staff, every write audited.
#include "storage/venuerepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"
#include "storage/internal/venuerows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QVariant>

#include <functional>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject venueJson(const VenueRecord &venue)
{
    return {{QStringLiteral("name"), venue.name},
            {QStringLiteral("currency"), venue.currency},
            {QStringLiteral("timeZone"), venue.timeZone},
            {QStringLiteral("graceMinutes"), venue.graceMinutes},
            {QStringLiteral("lockMinutes"), venue.lockMinutes}};
}

QJsonObject placeJson(const std::optional<FloorPlace> &place)
{
    if (!place)
        return {};
    return {{QStringLiteral("x"), place->xMetres},
            {QStringLiteral("y"), place->yMetres},
            {QStringLiteral("angle"), place->angleDegrees}};
}

QJsonObject tableJson(const TableRecord &table)
{
    return {{QStringLiteral("name"), table.name},
            {QStringLiteral("size"), tableSizeKey(table.size)},
            {QStringLiteral("cameraSource"), table.cameraSource},
            {QStringLiteral("rateClass"), table.rateClass},
            {QStringLiteral("position"), table.position},
            {QStringLiteral("place"), placeJson(table.floorPlace)}};
}

QJsonObject playerJson(const PlayerRecord &player)
{
    return {{QStringLiteral("name"), player.name},
            {QStringLiteral("nickname"), player.nickname},
            {QStringLiteral("memberUntil"), internal::memberUntilText(player.memberUntil)},
            {QStringLiteral("contact"), player.contact},
            {QStringLiteral("starterRating"), player.starterRating}};
}

QString changeJson(const QJsonObject &from, const QJsonObject &to)
{
    return compact({{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
}

QVariant placeValue(const std::optional<FloorPlace> &place, double FloorPlace::*member)
{
    if (!place)
        return QVariant(QMetaType::fromType<double>()); // NULL: on the grid
    return (*place).*member;
}

// Runs `write` in one transaction and commits it; a failure rolls back.
Result<void> inTransaction(const QSqlDatabase &db,
                           const std::function<Result<void>(Transaction &)> &write)
{
    Transaction txn(db);
    if (Result<void> begun = txn.begin(); !begun)
        return begun;
    if (Result<void> written = write(txn); !written)
        return written;
    return txn.commit();
}

Result<qint64> countIn(Transaction &txn, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = txn.exec(sql, values);
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(internal::oneLine(query->lastError()));
    const qint64 count = query->value(0).toLongLong();
    query->finish();
    return count;
}

Result<TableRecord> tableIn(Transaction &txn, qint64 tableId)
{
    Result<QSqlQuery> query = txn.exec(QStringLiteral("SELECT %1 FROM pool_tables WHERE id = ?")
                                           .arg(QLatin1String(internal::kTableColumns)),
                                       {tableId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no such table"));
    Result<TableRecord> table = internal::tableFromRow(*query);
    query->finish();
    if (!table)
        return txn.abandon(table.error());
    return table;
}

Result<PlayerRecord> playerIn(Transaction &txn, qint64 playerId)
{
    Result<QSqlQuery> query = txn.exec(QStringLiteral("SELECT %1 FROM players WHERE id = ?")
                                           .arg(QLatin1String(internal::kPlayerColumns)),
                                       {playerId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no such player"));
    Result<PlayerRecord> player = internal::playerFromRow(*query);
    query->finish();
    if (!player)
        return txn.abandon(player.error());
    return player;
}

// Bookings still to come and open sessions hold a table or a player: removing it would lose
// them. `column` is "table_id" or "player_id".
Result<void> checkNothingHeld(Transaction &txn, const char *column, qint64 id)
{
    const QString key = QLatin1String(column);
    const Result<qint64> bookings = countIn(
        txn,
        QStringLiteral("SELECT COUNT(*) FROM bookings WHERE %1 = ? AND state IN ('booked', "
                       "'checked-in') AND ends_at > ?")
            .arg(key),
        {id, internal::utcNowText()});
    if (!bookings)
        return Unexpected(bookings.error());
    if (*bookings > 0) {
        return txn.abandon(Tr::tr("%n booking(s) still to come hold it; cancel or move them first",
                                  nullptr, int(*bookings)));
    }
    const Result<qint64> sessions = countIn(
        txn,
        QStringLiteral("SELECT COUNT(*) FROM table_sessions WHERE %1 = ? AND state <> 'closed'")
            .arg(key),
        {id});
    if (!sessions)
        return Unexpected(sessions.error());
    if (*sessions > 0)
        return txn.abandon(Tr::tr("a session is open on it; check it out first"));
    return {};
}

} // namespace

Result<qint64> VenueRepository::createVenue(const VenueRecord &settings,
                                            const std::vector<TableRecord> &tables,
                                            const QString &actor)
{
    const auto failed = [&settings](const QString &why) {
        return Unexpected(Tr::tr("cannot create the venue \"%1\": %2").arg(settings.name, why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<qint64> venueId = internal::insertVenue(txn, settings);
    if (!venueId)
        return failed(venueId.error());
    for (TableRecord table : tables) {
        table.id = 0;
        table.venueId = *venueId;
        if (Result<qint64> id = internal::insertTable(txn, table); !id)
            return failed(id.error());
    }
    QJsonObject details = venueJson(settings);
    details.insert(QStringLiteral("tables"), int(tables.size()));
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("venue.created"),
                                   QStringLiteral("venue:%1").arg(*venueId), compact(details));
        !committed)
        return failed(committed.error());
    return venueId;
}

Result<void> VenueRepository::updateVenueSettings(const VenueRecord &settings, const QString &actor)
{
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        if (settings.name.trimmed().isEmpty())
            return Result<void>(txn.abandon(Tr::tr("a venue needs a name")));
        Result<QSqlQuery> query = txn.exec(QStringLiteral("SELECT %1 FROM venues WHERE id = ?")
                                               .arg(QLatin1String(internal::kVenueColumns)),
                                           {settings.id});
        if (!query)
            return Result<void>(Unexpected(query.error()));
        if (!query->next())
            return Result<void>(txn.abandon(Tr::tr("there is no such venue")));
        const VenueRecord from = internal::venueFromRow(*query);
        query->finish();
        if (venueJson(from) == venueJson(settings))
            return Result<void>();
        const Result<QSqlQuery> updated
            = txn.exec(QStringLiteral("UPDATE venues SET name = ?, currency = ?, time_zone = ?, "
                                      "grace_minutes = ?, lock_minutes = ? WHERE id = ?"),
                       {settings.name, internal::notNull(settings.currency),
                        internal::notNull(settings.timeZone), settings.graceMinutes,
                        settings.lockMinutes, settings.id});
        if (!updated)
            return Result<void>(Unexpected(updated.error()));
        return AuditLog::recordIn(txn, actor, QStringLiteral("venue.settings"),
                                  QStringLiteral("venue:%1").arg(settings.id),
                                  changeJson(venueJson(from), venueJson(settings)));
    });
    if (!written) {
        return Unexpected(Tr::tr("cannot change the settings of venue %1: %2")
                              .arg(QString::number(settings.id), written.error()));
    }
    return {};
}

Result<qint64> VenueRepository::addTable(const TableRecord &table, const QString &actor)
{
    qint64 added = 0;
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        const Result<qint64> id = internal::insertTable(txn, table);
        if (!id)
            return Result<void>(Unexpected(id.error()));
        added = *id;
        return AuditLog::recordIn(txn, actor, QStringLiteral("table.added"),
                                  QStringLiteral("table:%1").arg(added), compact(tableJson(table)));
    });
    if (!written) {
        return Unexpected(Tr::tr("cannot add the table \"%1\" to venue %2: %3")
                              .arg(table.name, QString::number(table.venueId), written.error()));
    }
    return added;
}

Result<void> VenueRepository::updateTable(const TableRecord &table, const QString &actor)
{
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        if (table.name.trimmed().isEmpty())
            return Result<void>(txn.abandon(Tr::tr("a table needs a name")));
        const Result<TableRecord> from = tableIn(txn, table.id);
        if (!from)
            return Result<void>(Unexpected(from.error()));
        TableRecord to = *from;
        to.name = table.name;
        to.size = table.size;
        to.cameraSource = table.cameraSource.trimmed();
        to.rateClass = table.rateClass.trimmed();
        if (tableJson(to) == tableJson(*from))
            return Result<void>();
        const Result<QSqlQuery> updated = txn.exec(
            QStringLiteral("UPDATE pool_tables SET name = ?, size = ?, camera_source = ?, "
                           "rate_class = ? WHERE id = ?"),
            {to.name, tableSizeKey(to.size), internal::notNull(to.cameraSource),
             internal::notNull(to.rateClass), table.id});
        if (!updated)
            return Result<void>(Unexpected(updated.error()));
        return AuditLog::recordIn(txn, actor, QStringLiteral("table.edited"),
                                  QStringLiteral("table:%1").arg(table.id),
                                  changeJson(tableJson(*from), tableJson(to)));
    });
    if (!written) {
        return Unexpected(
            Tr::tr("cannot change table %1: %2").arg(QString::number(table.id), written.error()));
    }
    return {};
}

Result<void> VenueRepository::removeTable(qint64 tableId, const QString &actor)
{
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        const Result<TableRecord> table = tableIn(txn, tableId);
        if (!table)
            return Result<void>(Unexpected(table.error()));
        if (Result<void> free = checkNothingHeld(txn, "table_id", tableId); !free)
            return free;
        const Result<QSqlQuery> removed
            = txn.exec(QStringLiteral("DELETE FROM pool_tables WHERE id = ?"), {tableId});
        if (!removed)
            return Result<void>(Unexpected(removed.error()));
        // The whole row, so the audit log alone says what was there.
        QJsonObject details = tableJson(*table);
        details.insert(QStringLiteral("manualCorners"), table->manualCorners);
        details.insert(QStringLiteral("status"), table->status);
        return AuditLog::recordIn(txn, actor, QStringLiteral("table.removed"),
                                  QStringLiteral("table:%1").arg(tableId), compact(details));
    });
    if (!written) {
        return Unexpected(
            Tr::tr("cannot remove table %1: %2").arg(QString::number(tableId), written.error()));
    }
    return {};
}

Result<void> VenueRepository::setTablePlace(qint64 tableId, const std::optional<FloorPlace> &place,
                                            const QString &actor)
{
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        const Result<TableRecord> table = tableIn(txn, tableId);
        if (!table)
            return Result<void>(Unexpected(table.error()));
        if (placeJson(table->floorPlace) == placeJson(place))
            return Result<void>();
        const Result<QSqlQuery> updated = txn.exec(
            QStringLiteral("UPDATE pool_tables SET floor_x = ?, floor_y = ?, floor_angle = ? "
                           "WHERE id = ?"),
            {placeValue(place, &FloorPlace::xMetres), placeValue(place, &FloorPlace::yMetres),
             place ? place->angleDegrees : 0.0, tableId});
        if (!updated)
            return Result<void>(Unexpected(updated.error()));
        return AuditLog::recordIn(txn, actor, QStringLiteral("table.placed"),
                                  QStringLiteral("table:%1").arg(tableId),
                                  changeJson(placeJson(table->floorPlace), placeJson(place)));
    });
    if (!written) {
        return Unexpected(Tr::tr("cannot place table %1 on the floor plan: %2")
                              .arg(QString::number(tableId), written.error()));
    }
    return {};
}

Result<qint64> VenueRepository::addPlayer(const PlayerRecord &player, const QString &actor)
{
    qint64 added = 0;
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        const Result<qint64> id = internal::insertPlayer(txn, player);
        if (!id)
            return Result<void>(Unexpected(id.error()));
        added = *id;
        return AuditLog::recordIn(txn, actor, QStringLiteral("player.added"),
                                  QStringLiteral("player:%1").arg(added),
                                  compact(playerJson(player)));
    });
    if (!written)
        return Unexpected(
            Tr::tr("cannot add the player \"%1\": %2").arg(player.name, written.error()));
    return added;
}

Result<void> VenueRepository::updatePlayer(const PlayerRecord &player, const QString &actor)
{
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        if (player.name.trimmed().isEmpty())
            return Result<void>(txn.abandon(Tr::tr("a player needs a name")));
        if (Result<void> rating = internal::checkStarterRating(player); !rating)
            return Result<void>(txn.abandon(rating.error()));
        const Result<PlayerRecord> from = playerIn(txn, player.id);
        if (!from)
            return Result<void>(Unexpected(from.error()));
        if (playerJson(*from) == playerJson(player))
            return Result<void>();
        const Result<QSqlQuery> updated = txn.exec(
            QStringLiteral("UPDATE players SET name = ?, nickname = ?, member_until = ?, "
                           "contact = ?, starter_rating = ? WHERE id = ?"),
            {player.name, internal::notNull(player.nickname),
             internal::memberUntilText(player.memberUntil), internal::notNull(player.contact),
             player.starterRating, player.id});
        if (!updated)
            return Result<void>(Unexpected(updated.error()));
        return AuditLog::recordIn(txn, actor, QStringLiteral("player.edited"),
                                  QStringLiteral("player:%1").arg(player.id),
                                  changeJson(playerJson(*from), playerJson(player)));
    });
    if (!written) {
        return Unexpected(
            Tr::tr("cannot change player %1: %2").arg(QString::number(player.id), written.error()));
    }
    return {};
}

Result<void> VenueRepository::removePlayer(qint64 playerId, const QString &actor)
{
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        const Result<PlayerRecord> player = playerIn(txn, playerId);
        if (!player)
            return Result<void>(Unexpected(player.error()));
        if (Result<void> free = checkNothingHeld(txn, "player_id", playerId); !free)
            return free;
        const Result<QSqlQuery> removed
            = txn.exec(QStringLiteral("DELETE FROM players WHERE id = ?"), {playerId});
        if (!removed)
            return Result<void>(Unexpected(removed.error()));
        return AuditLog::recordIn(txn, actor, QStringLiteral("player.removed"),
                                  QStringLiteral("player:%1").arg(playerId),
                                  compact(playerJson(*player)));
    });
    if (!written) {
        return Unexpected(
            Tr::tr("cannot remove player %1: %2").arg(QString::number(playerId), written.error()));
    }
    return {};
}

Result<void> VenueRepository::mergePlayer(qint64 duplicateId, qint64 intoId, const QString &actor)
{
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        if (duplicateId == intoId)
            return Result<void>(txn.abandon(Tr::tr("a player cannot be merged into themselves")));
        const Result<PlayerRecord> duplicate = playerIn(txn, duplicateId);
        if (!duplicate)
            return Result<void>(Unexpected(duplicate.error()));
        const Result<PlayerRecord> into = playerIn(txn, intoId);
        if (!into)
            return Result<void>(Unexpected(into.error()));
        if (duplicate->homeVenueId != into->homeVenueId) {
            return Result<void>(txn.abandon(Tr::tr("%1 and %2 are players of different venues")
                                                .arg(duplicate->name, into->name)));
        }
        if (duplicate->mergedInto) {
            return Result<void>(txn.abandon(
                Tr::tr("%1 is already merged into another player").arg(duplicate->name)));
        }
        if (into->mergedInto) {
            return Result<void>(txn.abandon(
                Tr::tr("%1 was merged into another player; merge into the player kept instead")
                    .arg(into->name)));
        }
        const Result<QSqlQuery> updated = txn.exec(
            QStringLiteral(
                "UPDATE players SET merged_into = ? WHERE id = ? AND merged_into IS NULL"),
            {intoId, duplicateId});
        if (!updated)
            return Result<void>(Unexpected(updated.error()));
        const QJsonObject details{{QStringLiteral("name"), duplicate->name},
                                  {QStringLiteral("into"), intoId},
                                  {QStringLiteral("intoName"), into->name}};
        return AuditLog::recordIn(txn, actor, QStringLiteral("player.merged"),
                                  QStringLiteral("player:%1").arg(duplicateId), compact(details));
    });
    if (!written) {
        return Unexpected(
            Tr::tr("cannot merge player %1 into player %2: %3")
                .arg(QString::number(duplicateId), QString::number(intoId), written.error()));
    }
    return {};
}

Result<void> VenueRepository::unmergePlayer(qint64 duplicateId, const QString &actor)
{
    const Result<void> written = inTransaction(m_database.connection(), [&](Transaction &txn) {
        const Result<PlayerRecord> duplicate = playerIn(txn, duplicateId);
        if (!duplicate)
            return Result<void>(Unexpected(duplicate.error()));
        if (!duplicate->mergedInto) {
            return Result<void>(
                txn.abandon(Tr::tr("%1 is not merged into another player").arg(duplicate->name)));
        }
        const Result<QSqlQuery> updated = txn.exec(
            QStringLiteral("UPDATE players SET merged_into = NULL WHERE id = ?"), {duplicateId});
        if (!updated)
            return Result<void>(Unexpected(updated.error()));
        const QJsonObject details{{QStringLiteral("name"), duplicate->name},
                                  {QStringLiteral("from"), *duplicate->mergedInto}};
        return AuditLog::recordIn(txn, actor, QStringLiteral("player.unmerged"),
                                  QStringLiteral("player:%1").arg(duplicateId), compact(details));
    });
    if (!written) {
        return Unexpected(Tr::tr("cannot unmerge player %1: %2")
                              .arg(QString::number(duplicateId), written.error()));
    }
    return {};
}

} // namespace dojo::storage
