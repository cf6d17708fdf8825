#include "storage/internal/venuerows.h"

#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"

#include <QDate>
#include <QMetaType>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace dojo::storage::internal {

namespace {

// Inserts a row of `table` and returns its id; an `id` that is not 0 is kept (an undone
// removal), else the database gives a new one.
Result<qint64> insertRow(Transaction &txn, const char *table, QString columns, QVariantList values,
                         qint64 id)
{
    if (id != 0) {
        columns.prepend(QStringLiteral("id, "));
        values.prepend(id);
    }
    const QStringList marks(values.size(), QStringLiteral("?"));
    return insertReturning(
        txn,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
            .arg(QLatin1String(table), columns, marks.join(QStringLiteral(", "))),
        values);
}

} // namespace

Result<qint64> insertVenue(Transaction &txn, const QString &name, bool isDemo)
{
    VenueRecord venue;
    venue.name = name;
    venue.isDemo = isDemo;
    return insertVenue(txn, venue);
}

Result<qint64> insertVenue(Transaction &txn, const VenueRecord &venue)
{
    if (venue.name.trimmed().isEmpty())
        return txn.abandon(Tr::tr("a venue needs a name"));
    return insertReturning(
        txn,
        QStringLiteral("INSERT INTO venues (name, is_demo, currency, time_zone, grace_minutes, "
                       "lock_minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {venue.name, venue.isDemo ? 1 : 0, notNull(venue.currency), notNull(venue.timeZone),
         venue.graceMinutes, venue.lockMinutes, utcNowText()});
}

Result<qint64> insertTable(Transaction &txn, const TableRecord &table)
{
    if (table.name.trimmed().isEmpty())
        return txn.abandon(Tr::tr("a table needs a name"));
    if (table.status.trimmed().isEmpty())
        return txn.abandon(Tr::tr("the table \"%1\" needs a status").arg(table.name));
    const QVariant noPlace(QMetaType::fromType<double>()); // NULL: on the grid
    const std::optional<FloorPlace> &place = table.floorPlace;
    QVariantList values{table.venueId,
                        table.name,
                        tableSizeKey(table.size),
                        notNull(table.cameraSource),
                        table.status,
                        table.position,
                        notNull(table.manualCorners),
                        notNull(table.rateClass),
                        place ? QVariant(place->xMetres) : noPlace,
                        place ? QVariant(place->yMetres) : noPlace,
                        place ? place->angleDegrees : 0.0};
    return insertRow(txn, "pool_tables",
                     QStringLiteral("venue_id, name, size, camera_source, status, position, "
                                    "manual_corners, rate_class, floor_x, floor_y, floor_angle"),
                     std::move(values), table.id);
}

Result<void> checkStarterRating(const PlayerRecord &player)
{
    // NaN fails both comparisons, so it is refused too.
    if (player.starterRating >= kLowestStarterRating
        && player.starterRating <= kHighestStarterRating)
        return {};
    return Unexpected(Tr::tr("the starter rating of %1 must be from %2 to %3, not %4")
                          .arg(player.name)
                          .arg(kLowestStarterRating)
                          .arg(kHighestStarterRating)
                          .arg(player.starterRating));
}

Result<qint64> insertPlayer(Transaction &txn, const PlayerRecord &player)
{
    if (player.name.trimmed().isEmpty())
        return txn.abandon(Tr::tr("a player needs a name"));
    if (Result<void> rating = checkStarterRating(player); !rating)
        return txn.abandon(rating.error());
    const QVariant kept(QMetaType::fromType<qint64>()); // NULL: not merged
    QVariantList values{player.homeVenueId,
                        player.name,
                        notNull(player.nickname),
                        memberUntilText(player.memberUntil),
                        notNull(player.contact),
                        player.starterRating,
                        player.mergedInto ? QVariant(*player.mergedInto) : kept,
                        utcNowText()};
    return insertRow(txn, "players",
                     QStringLiteral("home_venue_id, name, nickname, member_until, contact, "
                                    "starter_rating, merged_into, created_at"),
                     std::move(values), player.id);
}

VenueRecord venueFromRow(const QSqlQuery &query)
{
    VenueRecord venue;
    venue.id = query.value(0).toLongLong();
    venue.name = query.value(1).toString();
    venue.isDemo = query.value(2).toInt() != 0;
    venue.currency = query.value(3).toString();
    venue.timeZone = query.value(4).toString();
    venue.graceMinutes = query.value(5).toInt();
    venue.lockMinutes = query.value(6).toInt();
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
    table.rateClass = query.value(8).toString();
    if (!query.value(9).isNull() && !query.value(10).isNull()) {
        table.floorPlace = FloorPlace{query.value(9).toDouble(), query.value(10).toDouble(),
                                      query.value(11).toDouble()};
    }
    return table;
}

Result<PlayerRecord> playerFromRow(const QSqlQuery &query)
{
    PlayerRecord player;
    player.id = query.value(0).toLongLong();
    player.homeVenueId = query.value(1).toLongLong();
    player.name = query.value(2).toString();
    player.nickname = query.value(3).toString();
    const QString memberUntil = query.value(4).toString();
    if (!memberUntil.isEmpty()) {
        player.memberUntil = QDate::fromString(memberUntil, Qt::ISODate);
        if (!player.memberUntil.isValid()) {
            return Unexpected(Tr::tr("player %1 (\"%2\") is a member until \"%3\", which is not "
                                     "a date this DojoPool reads")
                                  .arg(QString::number(player.id), player.name, memberUntil));
        }
    }
    player.contact = query.value(5).toString();
    player.starterRating = query.value(6).toDouble();
    if (!query.value(7).isNull())
        player.mergedInto = query.value(7).toLongLong();
    return player;
}

QString memberUntilText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : notNull(QString());
}

} // namespace dojo::storage::internal
